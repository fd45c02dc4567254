//! Checks shared by the chart kinds, so that bad input fails with a message naming
//! the value at fault instead of drawing a misleading chart.

use itx_types::YearMonth;

use crate::{Error, Meta};

/// Title, unit and source are what make a chart publishable; all three are required.
pub(crate) fn meta(chart: &'static str, meta: &Meta) -> Result<(), Error> {
    for (what, s) in [
        ("title", &meta.title),
        ("unit", &meta.unit),
        ("source line", &meta.source),
    ] {
        if s.trim().is_empty() {
            return Err(Error::Empty {
                chart,
                what: what.to_string(),
            });
        }
    }
    Ok(())
}

pub(crate) fn finite(
    chart: &'static str,
    v: f64,
    what: impl FnOnce() -> String,
) -> Result<(), Error> {
    if v.is_finite() {
        Ok(())
    } else {
        Err(Error::NotFinite {
            chart,
            what: what(),
            value: v,
        })
    }
}

pub(crate) fn non_empty<T>(chart: &'static str, items: &[T], what: &str) -> Result<(), Error> {
    if items.is_empty() {
        Err(Error::Empty {
            chart,
            what: what.to_string(),
        })
    } else {
        Ok(())
    }
}

/// Months must strictly increase (gaps are allowed and drawn as gaps).
pub(crate) fn increasing(
    chart: &'static str,
    what: &str,
    months: impl IntoIterator<Item = YearMonth>,
) -> Result<(), Error> {
    let mut prev: Option<YearMonth> = None;
    for m in months {
        if let Some(p) = prev {
            if m <= p {
                let problem = if m == p {
                    format!("{what}: {m} appears twice")
                } else {
                    format!("{what}: {m} comes after {p}; months must be in order")
                };
                return Err(Error::Invalid { chart, problem });
            }
        }
        prev = Some(m);
    }
    Ok(())
}

pub(crate) fn invalid(chart: &'static str, problem: String) -> Error {
    Error::Invalid { chart, problem }
}
