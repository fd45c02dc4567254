//! Plausibility on ingest: figures no release could mean are refused before
//! anything is written, each named by its file and cell or line.
//!
//! The rules, in order (the first that applies is the finding):
//! 1. **Not a number**: a value that is not finite.
//! 2. **Negative receipts**: a negative value in a credit (exports) series.
//! 3. **Future publication**: a release dated after today.
//! 4. **Before its period**: a figure for a period that had not begun on the
//!    release's publication date.
//! 5. **Ten times the record**: a value more than 10× the largest absolute
//!    value of the same series and period kind (months with months, fiscal
//!    years with fiscal years) in the store and the rest of the release, when
//!    there are at least 12 such values to compare with.
//! 6. **A jump the series has never made**: a month whose change from the month
//!    before, in logs, lies more than [`JUMP_SPREADS`] robust spreads (1.4826 ×
//!    the median absolute deviation of the series' own month-on-month log
//!    changes over the last five years) from their median, when the series has at least 24 of them and
//!    a median monthly level of at least [`JUMP_MIN_LEVEL`], and the month after
//!    (when known) moves back as far the other way. A spike is
//!    refused; a step that the next month confirms is a new level, not a typo.
//!    Robust statistics, because the history they are taken from may itself
//!    hold an error; logs, because exports move in proportions.
//!
//! Measured on the embedded SBP and press data, no real figure is refused (a
//! test runs every series through the rules).

use std::collections::BTreeMap;

use itx_store::Store;
use itx_types::{Date, Flow, Period, SeriesKey, YearMonth};
use itx_types::{NewObservation, NewRelease};

/// How many robust spreads from the median a month-on-month change must be to
/// count as one the series has never made. ICT exports' monthly changes over
/// the five years to July 2026 have a spread of 0.13 (in logs), and none of
/// them lies more than 2.5 spreads from the median; 10 spreads is a rise to
/// 3.8× or a fall to a quarter in one month.
pub const JUMP_SPREADS: f64 = 10.0;

/// The median monthly level (US$ million) below which the jump rule does not
/// apply. Small lines really do jump: SBP's "charges for the use of
/// intellectual property" went from $2.0 million (January 2025) to $17.3
/// million and back to $4.0 million, and whole-million rounding alone moves a
/// $2 million line by half. The lines itx headlines are hundreds of millions.
pub const JUMP_MIN_LEVEL: f64 = 25.0;

/// Values of a kind needed before the 10× rule applies.
const MIN_LEVELS: usize = 12;
/// Month-on-month changes needed before the jump rule applies.
const MIN_CHANGES: usize = 24;
/// Month-on-month changes the jump rule learns the series' spread from.
const RECENT_CHANGES: usize = 60;

/// One implausible figure, or release date.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The release's source.
    pub release: String,
    /// The file it was read from.
    pub file: Option<String>,
    /// The series and period, when the finding is about a figure.
    pub figure: Option<(SeriesKey, Period)>,
    /// The file's cell or line (`'EBOPS '!I59`, `line 12`), when about a figure.
    pub location: Option<String>,
    /// Why, in words a reader can act on.
    pub reason: String,
    /// Rules 5 and 6: a figure far outside the series' history, which may be
    /// real; `--accept-outliers` loads it, flagged. The other rules find
    /// figures or dates no release can mean, and are never loaded.
    pub outlier: bool,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Locations of some readers name the file already ("x.csv line 4").
        if let Some(file) = self.file.as_ref().filter(|file| {
            !self
                .location
                .as_ref()
                .is_some_and(|at| at.starts_with(file.as_str()))
        }) {
            write!(f, "{file}: ")?;
        }
        match (&self.figure, &self.location) {
            (Some((k, p)), Some(at)) => write!(f, "{at}: {k} {p}: {}", self.reason),
            (Some((k, p)), None) => write!(f, "{k} {p}: {}", self.reason),
            _ => write!(f, "{}: {}", self.release, self.reason),
        }
    }
}

/// Every implausible figure and date in `releases`, judged against the store's
/// current figures and `today`.
///
/// # Errors
/// When the store cannot be read.
pub fn check(
    store: &Store,
    releases: &[NewRelease],
    today: Date,
) -> Result<Vec<Finding>, itx_store::Error> {
    let mut out = Vec::new();
    for r in releases {
        out.extend(dated_after(r, today));
        let mut by_series: BTreeMap<&SeriesKey, Vec<Fig<'_>>> = BTreeMap::new();
        for o in &r.observations {
            by_series.entry(&o.series).or_default().push(Fig::of(o));
        }
        for (key, obs) in by_series {
            let stored: Vec<(Period, f64)> = store
                .current_series(key, None)?
                .into_iter()
                .map(|(p, v)| (p, v.value))
                .collect();
            out.extend(series_findings(r, key, &obs, &stored));
        }
    }
    Ok(out)
}

/// Rule 3: a release dated after `today`.
pub(crate) fn dated_after(r: &NewRelease, today: Date) -> Option<Finding> {
    r.published.filter(|p| *p > today).map(|p| Finding {
        release: r.source.clone(),
        file: r.file.clone(),
        figure: None,
        location: None,
        reason: format!(
            "published {p}, which is after today ({today}); give the date it was published with --published"
        ),
        outlier: false,
    })
}

/// A figure as the rules read it, borrowed from wherever it is held.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fig<'a> {
    pub period: Period,
    pub value: f64,
    pub value_published: &'a str,
    pub location: &'a str,
}

impl<'a> Fig<'a> {
    pub(crate) fn of(o: &'a NewObservation) -> Self {
        Fig {
            period: o.period,
            value: o.value,
            value_published: &o.value_published,
            location: &o.location,
        }
    }
}

fn finding(r: &NewRelease, key: &SeriesKey, o: &Fig<'_>, reason: String, outlier: bool) -> Finding {
    Finding {
        release: r.source.clone(),
        file: r.file.clone(),
        figure: Some((key.clone(), o.period)),
        location: Some(o.location.to_string()),
        reason,
        outlier,
    }
}

/// The kind of a period, for comparing like with like.
fn kind(p: &Period) -> u8 {
    match p {
        Period::Month(_) => 0,
        Period::Quarter(_) => 1,
        Period::Year(_) => 2,
        Period::FiscalYear(_) => 3,
        Period::FiscalYtd(y) => 4 + y.months,
    }
}

/// The first day of a period.
fn first_day(p: &Period) -> Option<Date> {
    let m = match *p {
        Period::Month(m) => m,
        Period::Quarter(q) => q.first_month(),
        Period::Year(y) => YearMonth::new(y, 1).ok()?,
        Period::FiscalYear(fy) => fy.first_month(),
        Period::FiscalYtd(y) => y.fy.first_month(),
    };
    Date::new(
        i16::try_from(m.year()).ok()?,
        i8::try_from(m.month()).ok()?,
        1,
    )
    .ok()
}

/// Rules 1, 2 and 4–6 for the figures `obs` of one series, given the store's
/// current figures of it before the release (`stored`).
pub(crate) fn series_findings(
    r: &NewRelease,
    key: &SeriesKey,
    obs: &[Fig<'_>],
    stored: &[(Period, f64)],
) -> Vec<Finding> {
    // The series as it would be: the store's current figures, overlaid with
    // this release's (which would become current).
    let mut merged: BTreeMap<Period, f64> = stored.iter().copied().collect();
    for o in obs.iter().filter(|o| o.value.is_finite()) {
        merged.insert(o.period, o.value);
    }
    let months: BTreeMap<YearMonth, f64> = merged
        .iter()
        .filter_map(|(p, v)| Some((p.as_month()?, *v)))
        .collect();
    let jumps = JumpRule::of(&months);
    let levels = Levels::of(&merged);
    let mut out = Vec::new();
    for o in obs {
        let hard = if !o.value.is_finite() {
            Some(format!("{:?} is not a number", o.value_published))
        } else if o.value < 0.0 && key.flow() == Some(Flow::Credit) {
            Some(format!(
                "{} is negative, and receipts (exports) cannot be",
                o.value_published
            ))
        } else {
            r.published
                .filter(|p| first_day(&o.period).is_some_and(|d| d > *p))
                .map(|p| {
                    format!(
                        "the release is dated {p}, before this period began; check the period or --published"
                    )
                })
        };
        if let Some(reason) = hard {
            out.push(finding(r, key, o, reason, false));
        } else if let Some(reason) =
            ten_times(o, &levels).or_else(|| jumps.as_ref().and_then(|j| j.judge(o, &months)))
        {
            out.push(finding(r, key, o, reason, true));
        }
    }
    out
}

/// The largest absolute values of each kind of period of a series: rule 5
/// compares each figure with the largest of the others, in one pass rather
/// than one per figure (a series of a thousand months is a thousand figures).
struct Levels {
    of: BTreeMap<u8, Kind>,
}

/// Of one kind of period: how many, the largest (with its period) and the
/// second largest.
type Kind = (usize, Option<(f64, Period)>, f64);

impl Levels {
    fn of(merged: &BTreeMap<Period, f64>) -> Levels {
        let mut of: BTreeMap<u8, Kind> = BTreeMap::new();
        for (p, v) in merged {
            let (n, top, second) = of.entry(kind(p)).or_insert((0, None, 0.0));
            *n += 1;
            let a = v.abs();
            match top {
                Some((t, _)) if a <= *t => *second = second.max(a),
                _ => {
                    *second = top.map_or(*second, |(t, _)| t);
                    *top = Some((a, *p));
                }
            }
        }
        Levels { of }
    }

    /// The number of other figures of `p`'s kind, and the largest of them.
    fn others(&self, p: &Period) -> (usize, f64) {
        match self.of.get(&kind(p)) {
            None => (0, 0.0),
            Some((n, top, second)) => match top {
                Some((_, tp)) if tp == p => (n - 1, *second),
                Some((t, _)) => (*n, *t),
                None => (*n, 0.0),
            },
        }
    }
}

fn ten_times(o: &Fig<'_>, levels: &Levels) -> Option<String> {
    // The figure itself is among the levels (as it would be stored).
    let (n, max) = levels.others(&o.period);
    if n < MIN_LEVELS {
        return None;
    }
    (max > 0.0 && o.value.abs() > 10.0 * max).then(|| {
        format!(
            "{} is {} the largest value of the series so far ({}); check the unit (thousand or million?) or the digits",
            o.value_published,
            times(o.value.abs() / max),
            itx_narrate::money(max)
        )
    })
}

/// "14 times", "over a thousand times".
fn times(ratio: f64) -> String {
    if ratio >= 1000.0 {
        "over a thousand times".into()
    } else {
        format!("{ratio:.0} times")
    }
}

/// The robust spread of a series' month-on-month log changes.
struct JumpRule {
    median: f64,
    spread: f64,
}

impl JumpRule {
    fn of(months: &BTreeMap<YearMonth, f64>) -> Option<JumpRule> {
        let all: Vec<f64> = months
            .iter()
            .filter_map(|(m, v)| log_change(months.get(&m.add_months(-1))?, *v))
            .collect();
        // The last five years: how the series moves now, not in 2005.
        let mut changes = all[all.len().saturating_sub(RECENT_CHANGES)..].to_vec();
        let mut levels: Vec<f64> = months.values().map(|v| v.abs()).collect();
        if changes.len() < MIN_CHANGES || median_of(&mut levels) < JUMP_MIN_LEVEL {
            return None;
        }
        let median = median_of(&mut changes);
        let mut dev: Vec<f64> = changes.iter().map(|c| (c - median).abs()).collect();
        // A floor: a series that never moves (a constant placeholder) would
        // otherwise call any change a jump.
        let spread = (1.4826 * median_of(&mut dev)).max(0.01);
        Some(JumpRule { median, spread })
    }

    fn judge(&self, o: &Fig<'_>, months: &BTreeMap<YearMonth, f64>) -> Option<String> {
        let m = o.period.as_month()?;
        let before = *months.get(&m.add_months(-1))?;
        let into = log_change(&before, o.value)?;
        let z = (into - self.median) / self.spread;
        if z.abs() <= JUMP_SPREADS {
            return None;
        }
        // A spike comes back; a new level stays.
        if let Some(after) = months.get(&m.add_months(1)) {
            let out_of = log_change(&o.value, *after)?;
            let back = (out_of - self.median) / self.spread;
            if back.abs() <= JUMP_SPREADS || back.signum() == z.signum() {
                return None;
            }
        }
        Some(format!(
            "{} is {:.1} times the month before ({}), a move {:.0} times larger than the series' usual month-to-month spread; check the digits",
            o.value_published,
            o.value / before,
            itx_narrate::money(before),
            z.abs()
        ))
    }
}

/// ln(b / a), for two positive values.
fn log_change(a: &f64, b: f64) -> Option<f64> {
    (*a > 0.0 && b > 0.0).then(|| (b / a).ln())
}

fn median_of(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        return 0.0;
    }
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Refuses `findings` (an error listing them) unless every one is an outlier
/// and `accept_outliers` is set; then the flags to store with the figures.
///
/// # Errors
/// A message naming each finding's file location, series, period and reason.
pub fn decide(
    findings: &[Finding],
    releases: &[NewRelease],
    accept_outliers: bool,
) -> Result<Vec<itx_store::Flag>, String> {
    if findings.is_empty() {
        return Ok(Vec::new());
    }
    let refused: Vec<&Finding> = findings
        .iter()
        .filter(|f| !(accept_outliers && f.outlier))
        .collect();
    if refused.is_empty() {
        return Ok(findings
            .iter()
            .filter_map(|f| {
                let (series, period) = f.figure.clone()?;
                Some(itx_store::Flag {
                    release: releases.iter().position(|r| r.source == f.release)?,
                    series,
                    period,
                    reason: f.reason.clone(),
                })
            })
            .collect());
    }
    const SHOWN: usize = 10;
    let mut msg = format!(
        "{} implausible figure{}, nothing was loaded:",
        refused.len(),
        if refused.len() == 1 { "" } else { "s" }
    );
    for f in refused.iter().take(SHOWN) {
        msg.push_str(&format!("\n  {f}"));
    }
    if refused.len() > SHOWN {
        msg.push_str(&format!("\n  … and {} more", refused.len() - SHOWN));
    }
    if refused.iter().all(|f| f.outlier) {
        msg.push_str(
            "\n(if these figures are right, --accept-outliers loads them, flagged in every brief and check that uses them)",
        );
    }
    Err(msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use itx_types::Status;

    fn store() -> Store {
        let mut s = Store::open_in_memory().unwrap();
        crate::load::bundle_into(&mut s).unwrap();
        s
    }

    /// Every series' current figures, as one release: what the rules say of the
    /// real data itx ships.
    fn as_release(s: &Store, key: &SeriesKey) -> NewRelease {
        NewRelease {
            source: format!("replay of {key}"),
            kind: itx_types::SourceKind::Official,
            published: Some(Date::constant(2026, 12, 2)),
            file: Some("replay".into()),
            url: None,
            content_hash: format!("replay {key}"),
            note: None,
            series: Vec::new(),
            observations: s
                .current_series(key, None)
                .unwrap()
                .into_iter()
                .map(|(period, v)| NewObservation {
                    series: key.clone(),
                    period,
                    value: v.value,
                    value_published: v.value_published,
                    unit_published: v.unit_published,
                    status: Status::Unmarked,
                    location: v.location,
                    quote: None,
                    preferred: false,
                })
                .collect(),
        }
    }

    #[test]
    fn no_real_figure_in_the_embedded_data_is_implausible() {
        let s = store();
        let keys = s.series_keys().unwrap();
        assert!(keys.len() > 100, "{}", keys.len());
        let today = Date::constant(2026, 12, 2);
        let mut findings = Vec::new();
        for key in &keys {
            findings.extend(check(&s, &[as_release(&s, key)], today).unwrap());
        }
        assert!(findings.is_empty(), "{findings:#?}");
    }

    #[test]
    fn a_spike_in_ict_exports_is_an_outlier_and_a_new_level_is_not() {
        let s = store();
        let key = SeriesKey::resolve("ict").unwrap();
        let ym = |y, m| Period::Month(YearMonth::new(y, m).unwrap());
        let obs = |p: Period, v: f64| NewObservation {
            series: key.clone(),
            period: p,
            value: v,
            value_published: v.to_string(),
            unit_published: itx_types::Unit::UsdMillion,
            status: Status::Provisional,
            location: format!("line {v}"),
            quote: None,
            preferred: false,
        };
        let mut r = as_release(&s, &key);
        r.observations = vec![obs(ym(2026, 8), 4170.0 / 2.0)]; // July 2026 was 417
        let today = Date::constant(2026, 12, 2);
        let f = check(&s, std::slice::from_ref(&r), today).unwrap();
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(
            f[0].outlier && f[0].reason.contains("5.0 times the month before"),
            "{f:#?}"
        );
        // Confirmed by the next month: a new level, not a typo.
        r.observations.push(obs(ym(2026, 9), 2100.0));
        assert!(check(&s, &[r], today).unwrap().is_empty());
    }
}
