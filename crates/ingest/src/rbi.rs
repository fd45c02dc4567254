//! India's ICT services receipts as the Reserve Bank of India's DBIE publishes
//! them: SDMX-CSV of the dataflow `RBI:INVI_RCPTS_RN`, quarterly (`FREQ=QFY`),
//! one row per category and quarter, values in raw US$ (`UNIT_MULT=0`),
//! `TIME_PERIOD` the quarter's last day, `REPYEARSTART`/`REPYEAREND` India's
//! fiscal year (April–March).
//!
//! The categories map to EBOPS 2010 item 9 under India's keys:
//! `IC_TCIS` → `in.ebops.9.credit`, `IC_TCIS_SS` (software services) →
//! `in.ebops.9.2.credit`, `IC_TCIS_TS` → `in.ebops.9.1.credit`, `IC_TCIS_IS` →
//! `in.ebops.9.3.credit`, `IC_SERV` → `in.ebops.services.credit`.
//!
//! The source's known defects are handled and said in warnings:
//! - a row dated 31 March 2013 holds FY2012-13's annual totals: the quarter is
//!   derived as the annual total less the year's first three quarters, and its
//!   location says so;
//! - the 30 June 2017 rows repeat the 30 June 2018 rows value for value: they
//!   are left out (the quarter's true figures are unknown);
//! - a quarter-end written one day early (2020-03-30) is read as its quarter;
//! - where the three parts do not add up to the ICT total (US$ 1 million of
//!   rounding allowed), a warning names the quarter.

use std::collections::BTreeMap;

use itx_types::{
    NewObservation, NewRelease, Period, SeriesInfo, SeriesKey, SourceKind, Status, Unit,
    YearQuarter,
};

use crate::{Csv, Error, Parsed, Source, Warning, content_hash};

/// RBI's DBIE address for the data (the file's own provenance is in
/// `data/README.md`).
pub const URL: &str = "https://data.rbi.org.in/DBIE/";

/// Whether a CSV header line is this layout.
pub fn looks_like(header_line: &str) -> bool {
    header_line.contains("INVI_RCPTS_CAT_RN") && header_line.contains("TIME_PERIOD")
}

fn key_of(code: &str) -> Option<(&'static str, &'static str)> {
    Some(match code {
        "IC_TCIS" => (
            "in.ebops.9.credit",
            "India: exports of telecommunications, computer and information services",
        ),
        "IC_TCIS_SS" => (
            "in.ebops.9.2.credit",
            "India: exports of software services (computer services)",
        ),
        "IC_TCIS_TS" => (
            "in.ebops.9.1.credit",
            "India: exports of telecommunication services",
        ),
        "IC_TCIS_IS" => (
            "in.ebops.9.3.credit",
            "India: exports of information services",
        ),
        "IC_SERV" => ("in.ebops.services.credit", "India: exports of services"),
        _ => return None,
    })
}

/// The calendar quarter a quarter-end date falls in ("2020-03-30" is Q1 2020).
fn quarter_of(date: &str) -> Option<YearQuarter> {
    let mut it = date.trim().split('-');
    let (y, m) = (
        it.next()?.parse::<i32>().ok()?,
        it.next()?.parse::<u8>().ok()?,
    );
    if !(1..=12).contains(&m) {
        return None;
    }
    YearQuarter::new(y, (m - 1) / 3 + 1).ok()
}

/// One value as read.
struct Row {
    line: u64,
    code: String,
    date: String,
    usd: f64,
    raw: String,
}

/// Reads the file.
///
/// # Errors
/// A missing column, a value that is not a number, a date that is not a
/// quarter-end, each named by line.
pub fn read(text: &[u8], src: &Source) -> Result<Parsed, Error> {
    let file = src.file.as_str();
    let mut csv = Csv::open(text, file)?;
    let (c_cat, c_date, c_val, c_mult) = (
        csv.col("INVI_RCPTS_CAT_RN")?,
        csv.col("TIME_PERIOD")?,
        csv.col("OBS_VALUE")?,
        csv.col("UNIT_MULT")?,
    );
    let mut rows = Vec::new();
    let mut warnings = Vec::new();
    for r in csv.rows() {
        let r = r?;
        let code = r.get(c_cat).to_string();
        if key_of(&code).is_none() {
            continue;
        }
        if r.get(c_mult) != "0" {
            return Err(r.err(format!(
                "UNIT_MULT {:?}: only raw US$ (0) is known",
                r.get(c_mult)
            )));
        }
        let (usd, raw) = r.number(c_val, "OBS_VALUE")?;
        if usd < 0.0 {
            return Err(r.err(format!("OBS_VALUE {raw} is negative")));
        }
        let date = r.get(c_date).to_string();
        if quarter_of(&date).is_none() {
            return Err(r.err(format!("TIME_PERIOD {date:?} is not a date (YYYY-MM-DD)")));
        }
        rows.push(Row {
            line: r.line,
            code,
            date,
            usd,
            raw,
        });
    }
    if rows.is_empty() {
        return Err(Error::File {
            file: file.into(),
            message: "no rows of the ICT categories (IC_TCIS, IC_TCIS_SS, IC_TCIS_TS, IC_TCIS_IS, IC_SERV)".into(),
        });
    }
    let at = |code: &str, date: &str| {
        rows.iter()
            .find(|r| r.code == code && r.date == date)
            .map(|r| r.usd)
    };
    // Defect 2: a quarter whose every value repeats the same quarter a year later.
    let dates: Vec<String> = {
        let mut d: Vec<String> = rows.iter().map(|r| r.date.clone()).collect();
        d.sort();
        d.dedup();
        d
    };
    let mut duplicate: Vec<String> = Vec::new();
    for d in &dates {
        let Some(q) = quarter_of(d) else { continue };
        let later = dates
            .iter()
            .find(|e| quarter_of(e) == YearQuarter::new(q.year + 1, q.quarter).ok());
        if let Some(e) = later {
            let codes: Vec<&str> = rows
                .iter()
                .filter(|r| &r.date == d)
                .map(|r| r.code.as_str())
                .collect();
            if codes.len() >= 2
                && codes
                    .iter()
                    .all(|c| at(c, d) == at(c, e) && at(c, d).is_some())
            {
                warnings.push(Warning {
                    location: format!("{file} ({d})"),
                    message: format!(
                        "every value of {d} repeats {e}: a duplicate in the source; {q} is left out (its true figures are unknown)"
                    ),
                });
                duplicate.push(d.clone());
            }
        }
    }
    // Defect 1: a fiscal year's last quarter that holds the year's totals, far
    // above its neighbours: derive the quarter.
    let mut derived: BTreeMap<(String, String), (f64, String)> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.code == "IC_SERV") {
        let Some(q) = quarter_of(&r.date) else {
            continue;
        };
        if q.quarter != 1 {
            continue;
        }
        // India's fiscal year ends in March: its first three quarters end in
        // June, September and December of the year before.
        let prior: Vec<Option<f64>> = [(q.year - 1, 2), (q.year - 1, 3), (q.year - 1, 4)]
            .iter()
            .map(|&(y, qq)| {
                let d = dates
                    .iter()
                    .find(|d| quarter_of(d) == YearQuarter::new(y, qq).ok())?;
                at("IC_SERV", d)
            })
            .collect();
        let Some(sum3) = prior.iter().copied().sum::<Option<f64>>() else {
            continue;
        };
        // An annual total is about four quarters: more than twice the mean of
        // the three quarters before it means the row is the year.
        if r.usd > 2.0 * (sum3 / 3.0) {
            for code in [
                "IC_TCIS",
                "IC_TCIS_SS",
                "IC_TCIS_TS",
                "IC_TCIS_IS",
                "IC_SERV",
            ] {
                let Some(annual) = at(code, &r.date) else {
                    continue;
                };
                let parts: Option<f64> = [(q.year - 1, 2), (q.year - 1, 3), (q.year - 1, 4)]
                    .iter()
                    .map(|&(y, qq)| {
                        let d = dates
                            .iter()
                            .find(|d| quarter_of(d) == YearQuarter::new(y, qq).ok())?;
                        at(code, d)
                    })
                    .sum();
                if let Some(p) = parts {
                    derived.insert(
                        (code.to_string(), r.date.clone()),
                        (annual - p, format!("{annual} (annual) − {p} (Q1–Q3)")),
                    );
                }
            }
            warnings.push(Warning {
                location: format!("{file} ({})", r.date),
                message: format!(
                    "the rows of {} hold the fiscal year's annual totals, not the quarter's: {q} is derived as the annual total less the year's first three quarters",
                    r.date
                ),
            });
        }
    }
    // Defect 3, said once: a quarter-end date written otherwise.
    for d in &dates {
        let ends = ["03-31", "06-30", "09-30", "12-31"];
        if !ends.iter().any(|e| d.ends_with(e)) {
            if let Some(q) = quarter_of(d) {
                warnings.push(Warning {
                    location: format!("{file} ({d})"),
                    message: format!("{d} is not a quarter's last day; read as {q}"),
                });
            }
        }
    }
    let mut obs = Vec::new();
    let mut series = Vec::new();
    for r in &rows {
        if duplicate.contains(&r.date) {
            continue;
        }
        let Some((key, name)) = key_of(&r.code) else {
            continue;
        };
        let Some(q) = quarter_of(&r.date) else {
            continue;
        };
        let (usd, raw, location) = match derived.get(&(r.code.clone(), r.date.clone())) {
            Some((v, how)) => (
                *v,
                itx_types::plain(*v),
                format!("{file} line {} (derived: {how})", r.line),
            ),
            None => (
                r.usd,
                r.raw.clone(),
                format!("{file} line {} ({})", r.line, r.code),
            ),
        };
        if !series.iter().any(|s: &SeriesInfo| s.key.as_str() == key) {
            let mut info = SeriesInfo::default_for(&SeriesKey::new(key));
            info.name = name.to_string();
            series.push(info);
        }
        obs.push(NewObservation {
            series: SeriesKey::new(key),
            period: Period::Quarter(q),
            value: Unit::Usd.to_millions(usd),
            value_published: raw,
            unit_published: Unit::Usd,
            status: Status::Unmarked,
            location,
            quote: None,
            preferred: false,
        });
    }
    // Parts against the total.
    for d in dates.iter().filter(|d| !duplicate.contains(d)) {
        let get = |c: &str| {
            derived
                .get(&(c.to_string(), d.clone()))
                .map(|x| x.0)
                .or_else(|| at(c, d))
        };
        if let (Some(t), Some(a), Some(b), Some(c)) = (
            get("IC_TCIS"),
            get("IC_TCIS_SS"),
            get("IC_TCIS_TS"),
            get("IC_TCIS_IS"),
        ) {
            if (a + b + c - t).abs() > 1e6 {
                warnings.push(Warning {
                    location: format!("{file} ({d})"),
                    message: format!(
                        "software, telecom and information services add up to {} US$, the ICT total is {} US$",
                        itx_types::plain(a + b + c),
                        itx_types::plain(t)
                    ),
                });
            }
        }
    }
    let newest = dates
        .iter()
        .filter(|d| !duplicate.contains(d))
        .max()
        .cloned()
        .unwrap_or_default();
    Ok(Parsed {
        dated: None,
        skipped: Vec::new(),
        releases: vec![NewRelease {
            source: format!(
                "Reserve Bank of India (DBIE), invisibles receipts, quarterly, to {newest}"
            ),
            kind: SourceKind::Official,
            published: src.published,
            file: Some(file.into()),
            url: Some(src.url.clone().unwrap_or_else(|| URL.to_string())),
            content_hash: content_hash(text),
            note: Some(
                "RBI:INVI_RCPTS_RN(1.0), FREQ=QFY; values in US$, stored in US$ million".into(),
            ),
            series,
            observations: obs,
        }],
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::INDIA_RBI;

    fn parsed() -> Parsed {
        read(INDIA_RBI.bytes, &Source::named(INDIA_RBI.name)).unwrap()
    }

    fn value(p: &Parsed, key: &str, q: &str) -> Option<f64> {
        p.releases[0]
            .observations
            .iter()
            .find(|o| o.series.as_str() == key && o.period.to_string() == q)
            .map(|o| o.value)
    }

    /// The real file (data/peers/SOURCES.md): 57 quarters of five codes, one
    /// of them a duplicate left out; India's 2025-Q2 (Apr–Jun 2025, Q1
    /// FY2025-26) ICT total US$ 47,932,035,657.7066 and software services
    /// 47,323,845,740.6115 (the file's rows 3 and 2).
    #[test]
    fn the_real_file_with_each_defect_handled_and_said() {
        let p = parsed();
        assert_eq!(p.releases.len(), 1);
        assert_eq!(p.releases[0].observations.len(), 5 * 56);
        let ict = value(&p, "in.ebops.9.credit", "2025-Q2").unwrap();
        assert!((ict - 47_932.035_657_706_6).abs() < 1e-6);
        let sw = value(&p, "in.ebops.9.2.credit", "2025-Q2").unwrap();
        assert!((sw - 47_323.845_740_611_5).abs() < 1e-6);
        // 1. 2013-03-31 held FY2012-13's totals: the quarter is derived, about
        //    a quarter of the year, and says so.
        let q4 = p.releases[0]
            .observations
            .iter()
            .find(|o| {
                o.series.as_str() == "in.ebops.9.2.credit" && o.period.to_string() == "2013-Q1"
            })
            .unwrap();
        assert!(q4.location.contains("derived"), "{}", q4.location);
        let q3 = value(&p, "in.ebops.9.2.credit", "2012-Q4").unwrap();
        assert!(
            q4.value > 0.5 * q3 && q4.value < 2.0 * q3,
            "{} against {q3}",
            q4.value
        );
        // 2. 2017-06-30 repeated 2018-06-30: left out, 2018-Q2 kept.
        assert!(value(&p, "in.ebops.9.credit", "2017-Q2").is_none());
        assert!(value(&p, "in.ebops.9.credit", "2018-Q2").is_some());
        // 3. 2020-03-30 is 2020-Q1.
        assert!(value(&p, "in.ebops.9.credit", "2020-Q1").is_some());
        let said: Vec<String> = p.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert!(
            said.iter()
                .any(|w| w.contains("2017-06-30") && w.contains("duplicate"))
        );
        assert!(
            said.iter()
                .any(|w| w.contains("2013-03-31") && w.contains("annual"))
        );
        assert!(said.iter().any(|w| w.contains("2020-03-30")));
        // The parts add up everywhere (no warning says otherwise).
        assert!(!said.iter().any(|w| w.contains("add up")));
    }

    #[test]
    fn bad_rows_are_named_by_line() {
        let head = "DATAFLOW,AUDST,FREQ,INVI_RCPTS_CAT_RN,REPYEAREND,REPYEARSTART,UNIT_MULT,TIME_PERIOD,UNIT_MEASURE,OBS_VALUE\n";
        let src = Source::named("x.csv");
        for (row, want) in [
            (
                "RBI:INVI_RCPTS_RN(1.0),N_A,QFY,IC_TCIS,2026,2025,0,2025-06-30,USD,abc\n",
                "line 2",
            ),
            (
                "RBI:INVI_RCPTS_RN(1.0),N_A,QFY,IC_TCIS,2026,2025,0,2025-06-30,USD,-5\n",
                "negative",
            ),
            (
                "RBI:INVI_RCPTS_RN(1.0),N_A,QFY,IC_TCIS,2026,2025,0,June 2025,USD,5\n",
                "TIME_PERIOD",
            ),
            (
                "RBI:INVI_RCPTS_RN(1.0),N_A,QFY,IC_TCIS,2026,2025,6,2025-06-30,USD,5\n",
                "UNIT_MULT",
            ),
            (
                "RBI:INVI_RCPTS_RN(1.0),N_A,QFY,IC_OTHER,2026,2025,0,2025-06-30,USD,5\n",
                "no rows",
            ),
        ] {
            let e = read(format!("{head}{row}").as_bytes(), &src)
                .unwrap_err()
                .to_string();
            assert!(e.contains("x.csv") && e.contains(want), "{e}");
        }
        // Detection sends this layout here, not to the IMF SDMX reader.
        assert_eq!(
            crate::detect::detect(INDIA_RBI.bytes, "f.csv").unwrap(),
            crate::detect::Format::RbiCsv
        );
    }
}
