//! `itx peers`: Pakistan beside India, quarter by quarter (`itx_app::peers`).

use std::io::Write;

use anyhow::{Result, bail};
use itx_app::Db;
use itx_types::{FiscalCalendar, Period};

use crate::Format;
use crate::listing::table;

pub fn peers(
    store: &Db,
    series: &str,
    from: Option<&str>,
    format: Format,
    chart: Option<(&std::path::Path, bool)>,
    out: &mut dyn Write,
) -> Result<()> {
    let line = itx_app::peers::Line::parse(series)?;
    let from = match from {
        None => None,
        Some(s) => match Period::parse(s, &FiscalCalendar::CALENDAR_YEAR) {
            Ok(Period::Quarter(q)) => Some(q),
            _ => bail!("--from {s:?}: a calendar quarter, like 2024-Q3"),
        },
    };
    let p = itx_app::peers::compare(store, line, from)?;
    if let Some((path, log)) = chart {
        let c = if log {
            itx_app::peers::levels_chart(store, line, from)?
        } else {
            itx_app::peers::chart(store, line, from)?
        };
        itx_app::chart::write(&c, Some(path), out)?;
    }
    if format == Format::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&p)?)?;
        return Ok(());
    }
    let pct = |v: Option<f64>| v.map_or_else(String::new, |x| format!("{x:+.1}%"));
    let share = |v: Option<f64>| v.map_or_else(String::new, |x| format!("{x:.1}%"));
    let mut rows = Vec::new();
    for r in &p.rows {
        for (country, f) in [("India", &r.india), ("Pakistan", &r.pakistan)] {
            let Some(f) = f else { continue };
            rows.push(vec![
                r.quarter.clone(),
                country.to_string(),
                f.fiscal_quarter.clone(),
                itx_types::grouped(f.value, 1),
                pct(f.yoy_pct),
                share(f.share_of_services_pct),
                pct(f.growth_4q_pct),
                if country == "Pakistan" {
                    share(r.pakistan_pct_of_india)
                } else {
                    String::new()
                },
                f.note.clone(),
            ]);
        }
    }
    table(
        out,
        format,
        &[
            "quarter",
            "country",
            "own fiscal quarter",
            "US$ million",
            "on a year earlier",
            "of services",
            "last 4Q vs 4 before",
            "% of India",
            "source",
        ],
        &rows,
    )?;
    if format == Format::Table {
        writeln!(out, "\nLine: {}.", p.definition)?;
        writeln!(
            out,
            "India's fiscal year runs April–March, Pakistan's July–June; quarters above are calendar quarters."
        )?;
        for (n, u) in p.not_compared.iter().zip(itx_types::peers::UNCOMPARED) {
            writeln!(out, "Not compared: {n}. Press-reported (US$ million):")?;
            for f in p.press.iter().filter(|f| f.country == u.country) {
                let when = if f.published.is_empty() {
                    "undated".to_string()
                } else {
                    f.published.clone()
                };
                writeln!(
                    out,
                    "  {:<24} {:<50} {:>10}  {}, {when}",
                    f.period,
                    f.series,
                    itx_types::plain(f.value),
                    f.site
                )?;
            }
        }
    }
    Ok(())
}
