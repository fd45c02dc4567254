//! Is the data old? For each series: its newest month, the release it came
//! from and when that was published, when the next month is expected, and the
//! months that are overdue (expected by now and not in the store).
//!
//! The expected date is an estimate from the store's own history: for each
//! official release that carried the series' newest month at the time, the
//! days between that month's end and the release's publication. A month is
//! expected the median of the last twelve such delays after its end (17 days
//! in the embedded data: SBP published 17–18 days after the month, and one
//! capture came 38 days after), and overdue [`GRACE_DAYS`] after that. With no
//! history the delay is SBP's practice of the third week of the next month
//! (21 days), and the basis says so. The median, not the longest delay: one
//! late copy in the store must not hide a missing month for weeks.

use itx_store::Store;
use itx_types::{Date, Release, SeriesKey, SourceKind, YearMonth};
use serde::Serialize;

/// Days after a month's end by which SBP has published it, when the store has
/// no history to estimate from: the end of the third week.
pub const DEFAULT_WINDOW_DAYS: i64 = 21;

/// Days after the expected date before a month counts as overdue.
pub const GRACE_DAYS: i64 = 7;

/// Delays longer than this are not a release schedule (a history loaded long
/// after, a component published only quarterly) and are left out.
const MAX_DELAY_DAYS: i64 = 120;

/// The freshness of one series.
#[derive(Debug, Clone, Serialize)]
pub struct Freshness {
    pub series: SeriesKey,
    pub name: String,
    /// The newest month with a figure.
    pub latest_month: Option<String>,
    /// The release that figure comes from.
    pub latest_release: Option<ReleaseRef>,
    /// The month after the newest, and when it is expected.
    pub expected_next: Option<Expected>,
    /// Months expected by `today` that the store does not have, oldest first.
    pub overdue: Vec<String>,
    /// How the newest month's release compares with the date SBP announced
    /// for it, when a calendar page announced one.
    pub calendar_check: Option<String>,
    /// The day this was judged on.
    pub today: Date,
}

/// A release, as freshness names it.
#[derive(Debug, Clone, Serialize)]
pub struct ReleaseRef {
    pub source: String,
    pub kind: &'static str,
    pub published: Option<Date>,
}

/// When a month's figures are expected.
#[derive(Debug, Clone, Serialize)]
pub struct Expected {
    pub month: String,
    /// Published by this date, on the estimate.
    pub by: Date,
    /// False when SBP announced the date (an ingested release-calendar page);
    /// true when it is estimated from the store's publication history.
    pub estimate: bool,
    /// How the date was estimated, in words.
    pub basis: String,
}

impl Freshness {
    /// True when at least one month is overdue.
    pub fn is_overdue(&self) -> bool {
        !self.overdue.is_empty()
    }

    /// One sentence for a reader: "SBP's figures for August to October 2026
    /// were expected by 21 September, 21 October and 21 November 2026 and are
    /// not in the store."
    pub fn notice(&self) -> Option<String> {
        let (first, last) = (self.overdue.first()?, self.overdue.last()?);
        let (f, l) = (long(first), long(last));
        let months = if first == last {
            f.clone()
        } else if first[..4] == last[..4] {
            // "August to October 2026"
            format!("{} to {l}", f.split(' ').next().unwrap_or(&f))
        } else {
            format!("{f} to {l}")
        };
        let expected = self
            .expected_next
            .as_ref()
            .map(|e| {
                format!(
                    " ({f} was expected by {}, estimated from the store's publication history)",
                    e.by
                )
            })
            .unwrap_or_default();
        let released = self
            .latest_release
            .as_ref()
            .and_then(|r| r.published)
            .map(|d| format!(", released {d}"))
            .unwrap_or_default();
        Some(format!(
            "Data may be out of date: SBP's figures for {months} are overdue and not in the store{expected}; the newest figure is for {}{released}. Fetch the new release with `itx fetch easydata`, or `itx ingest` the new dt.xls.",
            self.latest_month.as_deref().map_or_else(String::new, long),
        ))
    }
}

impl Freshness {
    /// [`Freshness::notice`] in `lang` (the catalogue's `stale`).
    pub fn notice_in(&self, lang: itx_l10n::Lang) -> Option<String> {
        if lang == itx_l10n::Lang::En {
            return self.notice();
        }
        let label = |m: &str| {
            m.parse::<YearMonth>().map_or_else(
                |_| m.to_string(),
                |m| itx_l10n::month_year(lang, m.year(), m.month()),
            )
        };
        let (first, last) = (self.overdue.first()?, self.overdue.last()?);
        let what = if first == last {
            label(first)
        } else {
            format!("{} تا {}", label(first), label(last))
        };
        let when = self
            .latest_release
            .as_ref()
            .and_then(|r| r.published)
            // As Urdu pages date things: "18 اگست 2026".
            .map(|d| {
                format!(
                    "{} {}",
                    d.day(),
                    itx_l10n::month_year(lang, i32::from(d.year()), d.month() as u8)
                )
            })
            .unwrap_or_default();
        Some(itx_l10n::t(
            lang,
            "stale",
            &[
                ("what", &what),
                (
                    "month",
                    &self.latest_month.as_deref().map_or_else(String::new, label),
                ),
                ("when", &when),
                ("cmd", "`itx fetch easydata`"),
            ],
        ))
    }
}

fn long(month: &str) -> String {
    month
        .parse::<YearMonth>()
        .map_or_else(|_| month.to_string(), |m| m.long_label())
}

/// The series `itx status` reports by default: Pakistan's with an alias (ICT
/// and its components, services, goods), in the order of the alias list.
pub fn tracked() -> Vec<SeriesKey> {
    let mut out: Vec<SeriesKey> = Vec::new();
    for (_, key) in itx_types::ALIASES
        .iter()
        .filter(|(_, k)| k.starts_with("pk."))
    {
        let k = SeriesKey::new(*key);
        if !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

/// The freshness of `key` on `today`; `None` when the series has no monthly figure.
///
/// # Errors
/// When the store cannot be read.
pub fn of(
    store: &Store,
    key: &SeriesKey,
    today: Date,
) -> Result<Option<Freshness>, itx_store::Error> {
    let current = store.current_series(key, None)?;
    let Some((latest, vintage)) = current
        .iter()
        .filter_map(|(p, v)| Some((p.as_month()?, v)))
        .max_by_key(|(m, _)| *m)
    else {
        return Ok(None);
    };
    let name = store
        .series_info(key)?
        .map_or_else(|| key.to_string(), |i| i.name);
    of_latest(store, key, name, latest, vintage, today).map(Some)
}

/// The freshness of `key` whose newest month, `latest`, the caller has read
/// already (the brief has the series loaded): `vintage` is its current figure.
///
/// # Errors
/// When the store cannot be read.
pub fn of_latest(
    store: &Store,
    key: &SeriesKey,
    name: String,
    latest: YearMonth,
    vintage: &itx_types::Vintage,
    today: Date,
) -> Result<Freshness, itx_store::Error> {
    let (window, basis) = window(&store.release_latest_months(key)?);
    // SBP's own date, where an ingested calendar page announced one.
    let announced = |m: YearMonth| -> Result<Option<itx_store::Announced>, itx_store::Error> {
        Ok(store.announced(&m.to_string())?.into_iter().next())
    };
    let expected_in = |m: YearMonth| -> Result<Expected, itx_store::Error> {
        Ok(match announced(m)? {
            Some(a) => Expected {
                month: m.to_string(),
                by: a.by,
                estimate: false,
                basis: format!(
                    "announced in SBP's advance release calendar ({} line {}: \"{}\", for \"{}\")",
                    a.file, a.line, a.text, a.item
                ),
            },
            None => Expected {
                month: m.to_string(),
                by: m.last_day() + jiff::Span::new().days(window),
                estimate: true,
                basis: basis.clone(),
            },
        })
    };
    let expected = expected_in(latest.add_months(1))?;
    let mut overdue = Vec::new();
    let mut due = expected.clone();
    while due.by + jiff::Span::new().days(GRACE_DAYS) < today && overdue.len() < 120 {
        overdue.push(due.month.clone());
        let m = latest.add_months(i32::try_from(overdue.len()).unwrap_or(0) + 1);
        due = expected_in(m)?;
    }
    let calendar_check = match (announced(latest)?, vintage.release.published) {
        (Some(a), Some(p)) => Some(if p <= a.by {
            format!(
                "{} came out {p}, by the date SBP announced ({})",
                latest.long_label(),
                a.by
            )
        } else {
            format!(
                "{} came out {p}, {} days after the date SBP announced ({}); the store may hold a later copy than SBP's release",
                latest.long_label(),
                (p - a.by).get_days(),
                a.by
            )
        }),
        _ => None,
    };
    Ok(Freshness {
        series: key.clone(),
        name,
        latest_month: Some(latest.to_string()),
        latest_release: Some(release_ref(&vintage.release)),
        expected_next: Some(expected),
        overdue,
        calendar_check,
        today,
    })
}

fn release_ref(r: &Release) -> ReleaseRef {
    ReleaseRef {
        source: r.source.clone(),
        kind: r.kind.as_str(),
        published: r.published,
    }
}

/// The expected delay in days after a month's end, and how it was found.
fn window(history: &[(Release, String)]) -> (i64, String) {
    // Each official, dated release that moved the series' newest month forward.
    let mut newest: Option<YearMonth> = None;
    let mut delays = Vec::new();
    for (r, month) in history {
        let (Some(published), Ok(m), SourceKind::Official) =
            (r.published, month.parse::<YearMonth>(), r.kind)
        else {
            continue;
        };
        if newest.is_some_and(|n| m <= n) {
            continue;
        }
        newest = Some(m);
        let days = (published - m.last_day()).get_days() as i64;
        if (0..=MAX_DELAY_DAYS).contains(&days) {
            delays.push(days);
        }
    }
    let mut recent = delays[delays.len().saturating_sub(12)..].to_vec();
    recent.sort_unstable();
    match (recent.first(), recent.last()) {
        (Some(lo), Some(hi)) => {
            let median = recent[recent.len() / 2];
            (
                median,
                format!(
                    "estimated from {} release{} in the store: published a median {median} days after the month's end (range {lo}–{hi}); overdue {GRACE_DAYS} days after that",
                    recent.len(),
                    if recent.len() == 1 { "" } else { "s" }
                ),
            )
        }
        _ => (
            DEFAULT_WINDOW_DAYS,
            format!(
                "estimated: no release history in the store; SBP publishes in the third week of the next month ({DEFAULT_WINDOW_DAYS} days)"
            ),
        ),
    }
}

/// Freshness of every tracked series that has data.
///
/// # Errors
/// When the store cannot be read.
pub fn status(store: &Store, today: Date) -> Result<Vec<Freshness>, itx_store::Error> {
    let mut out = Vec::new();
    for key in tracked() {
        if let Some(f) = of(store, &key, today)? {
            out.push(f);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded data ends with July 2026, published 18 August 2026 (the
    /// dashboard's capture of SBP's release). On 2 December 2026, August,
    /// September and October are overdue; November is not yet due.
    #[test]
    fn on_2_december_2026_august_to_october_are_overdue() {
        let mut s = Store::open_in_memory().unwrap();
        crate::load::bundle_into(&mut s).unwrap();
        let ict = SeriesKey::resolve("ict").unwrap();
        let f = of(&s, &ict, Date::constant(2026, 12, 2)).unwrap().unwrap();
        assert_eq!(f.latest_month.as_deref(), Some("2026-07"));
        assert_eq!(
            f.latest_release.as_ref().unwrap().published,
            Some(Date::constant(2026, 8, 18))
        );
        assert_eq!(f.overdue, ["2026-08", "2026-09", "2026-10"]);
        let e = f.expected_next.as_ref().unwrap();
        assert!(
            e.estimate && e.basis.contains("days after the month's end"),
            "{e:?}"
        );
        let notice = f.notice().unwrap();
        assert!(
            notice.contains("SBP's figures for August to October 2026 are overdue")
                && notice.contains("August 2026 was expected by 2026-09-17"),
            "{notice}"
        );
        // The day after July's release, nothing is overdue.
        let f = of(&s, &ict, Date::constant(2026, 8, 19)).unwrap().unwrap();
        assert!(f.overdue.is_empty() && f.notice().is_none(), "{f:?}");
    }
}
