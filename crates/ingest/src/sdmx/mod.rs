//! IMF SDMX data files: SDMX-CSV (1.0 and 2.0) and SDMX-JSON data messages.
//!
//! The IMF balance-of-payments dataflow is `IMF.STA:BOP`; its key is
//! `COUNTRY.BOP_ACCOUNTING_ENTRY.INDICATOR.UNIT.FREQUENCY` with `TIME_PERIOD` as
//! the time dimension (sbp_formats.md §5). Columns and dimensions are found by
//! name, never by position. Which IMF series become which itx series is declared
//! once, in [`COUNTRIES`], [`ENTRIES`] and [`INDICATORS`]; rows of other series are
//! skipped with one warning per series.
//!
//! Values are stored in US$ million: `value = OBS_VALUE × 10^(UNIT_MULT − 6)`, with
//! UNIT_MULT taken as [`DEFAULT_UNIT_MULT`] = 0 (a warning says so) when the file
//! does not carry it: IMF's OBS_VALUE is raw US$ and its SCALE column only says how
//! to display it (sbp_formats.md §5.3). Only `UNIT` = `USD` is read.
//!
//! ```
//! use itx_ingest::{Source, sdmx};
//! let csv = "DATAFLOW,COUNTRY,BOP_ACCOUNTING_ENTRY,INDICATOR,UNIT,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n\
//!            IMF.STA:BOP(21.0.0),PAK,CD_T,SI,USD,Q,2025-Q1,1000.5,6\n"; // synthetic value
//! let parsed = sdmx::read_csv(csv.as_bytes(), &Source::named("bop.csv"))?;
//! let obs = &parsed.releases[0].observations[0];
//! assert_eq!(obs.series.as_str(), "pk.ebops.9.credit");
//! assert_eq!(obs.period.to_string(), "2025-Q1");
//! assert_eq!(obs.value, 1000.5);
//! # Ok::<(), itx_ingest::Error>(())
//! ```

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use itx_types::{
    Flow, NewObservation, NewRelease, ObservationRef, Period, SeriesInfo, SeriesKey, SourceKind,
    Status, Unit, YearQuarter,
};
use serde_json::Value;

use crate::{Error, Parsed, Skips, Source, Warning, content_hash};

mod csv;
mod json;
#[cfg(any(test, feature = "synthetic"))]
mod synthetic;
#[cfg(test)]
mod tests;

use csv::delimiter;
pub use csv::{Sink, read_csv, stream_csv, stream_csv_from};
use json::message_parts;
pub use json::read_json;
#[cfg(any(test, feature = "synthetic"))]
pub use synthetic::synthetic_csv;

/// IMF ISO3 country codes with their own itx prefix and name: `(ISO3, prefix, name)`.
/// Any other three-letter code maps to its lowercase self (`USA` → `usa`).
pub const COUNTRIES: &[(&str, &str, &str)] = &[
    ("PAK", "pk", "Pakistan"),
    ("IND", "in", "India"),
    ("BGD", "bd", "Bangladesh"),
    ("VNM", "vn", "Viet Nam"),
    ("PHL", "ph", "Philippines"),
];

/// `BOP_ACCOUNTING_ENTRY` codes read, with the itx flow they become.
pub const ENTRIES: &[(&str, Flow)] = &[
    ("CD_T", Flow::Credit),
    ("DB_T", Flow::Debit),
    ("NETCD_T", Flow::Net),
];

/// `INDICATOR` codes read: `(IMF code, EBOPS 2010 code in the itx key, item name)`.
/// The letters SA…SL are EBOPS items 1…12 (sbp_formats.md §5.1); `S` is total services.
pub const INDICATORS: &[(&str, &str, &str)] = &[
    ("S", "services", "services"),
    (
        "SA",
        "1",
        "manufacturing services on inputs owned by others",
    ),
    ("SB", "2", "maintenance and repair services"),
    ("SC", "3", "transport"),
    ("SD", "4", "travel"),
    ("SE", "5", "construction"),
    ("SF", "6", "insurance and pension services"),
    ("SG", "7", "financial services"),
    ("SH", "8", "charges for the use of intellectual property"),
    ("SI", "9", "ICT services"),
    ("SJ", "10", "other business services"),
    ("SK", "11", "personal, cultural and recreational services"),
    ("SL", "12", "government goods and services"),
];

/// The UNIT_MULT assumed when a file does not carry one (6: US$ million).
pub const DEFAULT_UNIT_MULT: i32 = 0;

/// The itx key of an IMF BOP series: `itx_key("PAK", "CD_T", "SI")` is
/// `pk.ebops.9.credit`. `None` for a series outside the declared mapping.
pub fn itx_key(country: &str, entry: &str, indicator: &str) -> Option<SeriesKey> {
    map_series(country, entry, indicator).map(|(key, _)| key)
}

/// The key and display name of a mapped series.
fn map_series(country: &str, entry: &str, indicator: &str) -> Option<(SeriesKey, String)> {
    let (country, entry, indicator) = (country.trim(), entry.trim(), indicator.trim());
    let (prefix, cname) = match COUNTRIES
        .iter()
        .find(|(iso, _, _)| iso.eq_ignore_ascii_case(country))
    {
        Some((_, prefix, name)) => ((*prefix).to_string(), (*name).to_string()),
        None if country.len() == 3 && country.bytes().all(|b| b.is_ascii_alphabetic()) => {
            (country.to_ascii_lowercase(), country.to_ascii_uppercase())
        }
        None => return None,
    };
    let flow = ENTRIES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(entry))?
        .1;
    let (_, code, item) = INDICATORS
        .iter()
        .find(|(c, _, _)| c.eq_ignore_ascii_case(indicator))?;
    let key = SeriesKey::ebops(&prefix, code, flow);
    let name = format!("{cname} {item} {} (IMF BOP)", flow.noun());
    Some((key, name))
}

/// Whether the first line of a file is an SDMX-CSV header: first field `DATAFLOW`
/// (1.0) or `STRUCTURE` (2.0), with `TIME_PERIOD` and `OBS_VALUE` columns.
pub fn looks_like_csv(header_line: &str) -> bool {
    let line = header_line.trim_start_matches('\u{feff}');
    let delim = char::from(delimiter(line.as_bytes()));
    let mut fields = line.split(delim).map(column_name);
    let first_ok = fields
        .next()
        .is_some_and(|f| f.eq_ignore_ascii_case("DATAFLOW") || f.eq_ignore_ascii_case("STRUCTURE"));
    let (mut time, mut value) = (false, false);
    for f in fields {
        time |= f.eq_ignore_ascii_case("TIME_PERIOD");
        value |= f.eq_ignore_ascii_case("OBS_VALUE");
    }
    first_ok && time && value
}

/// Whether a JSON document is an SDMX-JSON data message: `dataSets` and
/// `structure`/`structures`, at the top level or under `data`.
pub fn looks_like_json(v: &Value) -> bool {
    message_parts(v).is_some()
}

/// The role a column or SDMX component plays for itx.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Country,
    Entry,
    Indicator,
    Unit,
    Freq,
    Time,
    Value,
    Mult,
    Status,
}

const N_ROLES: usize = 9;

/// Component ids (CSV column names, JSON dimension/attribute ids) and their roles;
/// the first listed synonym wins when a file has several.
const COMPONENTS: &[(&str, Role)] = &[
    ("COUNTRY", Role::Country),
    ("REF_AREA", Role::Country),
    ("BOP_ACCOUNTING_ENTRY", Role::Entry),
    ("ACCOUNTING_ENTRY", Role::Entry),
    ("INDICATOR", Role::Indicator),
    ("UNIT", Role::Unit),
    ("UNIT_MEASURE", Role::Unit),
    ("FREQUENCY", Role::Freq),
    ("FREQ", Role::Freq),
    ("TIME_PERIOD", Role::Time),
    ("OBS_VALUE", Role::Value),
    ("UNIT_MULT", Role::Mult),
    ("OBS_STATUS", Role::Status),
];

fn role_of(id: &str) -> Option<Role> {
    COMPONENTS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(id))
        .map(|(_, r)| *r)
}

/// The name part of a header field: `"COUNTRY: Country"` → `COUNTRY`,
/// `STRUCTURE[;]` → `STRUCTURE`.
fn column_name(h: &str) -> &str {
    let h = h.trim().trim_matches('"').trim_start_matches('\u{feff}');
    let h = h.split_once(':').map_or(h, |(a, _)| a);
    h.split_once('[').map_or(h, |(a, _)| a).trim()
}

/// The code part of a value shown with its label: `"PAK: Pakistan"` → `PAK`.
fn code(s: &str) -> &str {
    s.split_once(':').map_or(s, |(a, _)| a).trim()
}

/// Parses an SDMX time period: `2025`, `2025-Q1`/`2025Q1`, `2025-03`/`2025-M03`.
fn parse_period(s: &str) -> Option<Period> {
    let t = s.trim();
    let year_text = t.get(..4)?;
    if !year_text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = year_text.parse().ok()?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    let rest = t.get(4..)?;
    if rest.is_empty() {
        return Some(Period::Year(year));
    }
    let dashed = rest.strip_prefix('-');
    let rest = dashed.unwrap_or(rest);
    let digits = |d: &str| !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit());
    let mut chars = rest.chars();
    match chars.next()? {
        'Q' | 'q' => {
            let q = chars.as_str();
            if q.len() != 1 || !digits(q) {
                return None;
            }
            YearQuarter::new(year, q.parse().ok()?)
                .ok()
                .map(Period::Quarter)
        }
        'M' | 'm' => {
            let m = chars.as_str();
            if !digits(m) {
                return None;
            }
            itx_types::YearMonth::new(year, m.parse().ok()?)
                .ok()
                .map(Period::Month)
        }
        'A' | 'a' if chars.as_str() == "1" => Some(Period::Year(year)),
        _ if dashed.is_some() && digits(rest) => {
            itx_types::YearMonth::new(year, rest.parse().ok()?)
                .ok()
                .map(Period::Month)
        }
        _ => None,
    }
}

/// Where an observation is: a CSV line, or a JSON series and observation key.
#[derive(Clone, Copy)]
enum At<'a> {
    Line(u64),
    Obs { series: &'a str, obs: &'a str },
}

/// One observation as found in a file, before interpretation.
#[derive(Default)]
struct Row<'r> {
    country: &'r str,
    entry: &'r str,
    indicator: &'r str,
    unit: &'r str,
    freq: Option<&'r str>,
    time: &'r str,
    /// `None` for a JSON null.
    value: Option<&'r str>,
    mult: Option<&'r str>,
    status: Option<&'r str>,
}

/// A series found in a file: mapped to an itx series (index into `series`), or not.
#[derive(Clone, Copy)]
enum Slot {
    Mapped(u32),
    Unmapped,
}

/// Where a [`Builder`] puts observations: a `Vec` ([`read_csv`], [`read_json`]),
/// or a [`Sink`] that takes them as the file is read ([`stream_csv`]).
trait Out {
    /// Series `info` is about to get its first figure.
    fn series(&mut self, info: &SeriesInfo, dataflow: &str) -> Result<(), Error>;
    fn push(&mut self, o: &ObservationRef<'_>) -> Result<(), Error>;
    /// Where observation `i` is, for the message naming a duplicate (JSON only).
    fn location_of(&self, i: usize) -> Option<&str>;
}

impl Out for Vec<NewObservation> {
    fn series(&mut self, _: &SeriesInfo, _: &str) -> Result<(), Error> {
        Ok(())
    }
    fn push(&mut self, o: &ObservationRef<'_>) -> Result<(), Error> {
        self.push(NewObservation {
            series: o.series.clone(),
            period: o.period,
            value: o.value,
            value_published: o.value_published.to_string(),
            unit_published: o.unit_published,
            status: o.status,
            location: o.location.to_string(),
            quote: o.quote.map(str::to_string),
            preferred: o.preferred,
        });
        Ok(())
    }
    fn location_of(&self, i: usize) -> Option<&str> {
        self.get(i).map(|o| o.location.as_str())
    }
}

/// Where each (series, period) was first seen (a CSV line or an observation
/// index), to name both places of a duplicate: per series and period kind, a
/// dense array over the span of periods seen, so the check of a row is an index
/// (a hash map of a million entries missed the cache on every row).
#[derive(Default)]
struct Seen {
    /// Per mapped series: months, quarters, years.
    dense: Vec<[Dense; 3]>,
    /// Periods of other kinds (not read from SDMX files today).
    other: HashMap<(u32, Period), u64>,
}

/// `at[k]` is 1 + the position of period index `base + k`, or 0 when not seen.
#[derive(Default)]
struct Dense {
    base: i32,
    at: Vec<u64>,
}

impl Dense {
    /// Records `pos` for period index `i`; the earlier position when taken.
    fn insert(&mut self, i: i32, pos: u64) -> Option<u64> {
        if self.at.is_empty() {
            self.base = i;
        }
        if i < self.base {
            // Grow to the left by at least the current length: amortised O(1).
            let need = usize::try_from(i64::from(self.base) - i64::from(i)).unwrap_or(0);
            let grow = need.max(self.at.len());
            let mut at = vec![0; grow + self.at.len()];
            at[grow..].copy_from_slice(&self.at);
            self.at = at;
            self.base = self
                .base
                .saturating_sub(i32::try_from(grow).unwrap_or(i32::MAX));
        }
        let k = usize::try_from(i64::from(i) - i64::from(self.base)).unwrap_or(0);
        if k >= self.at.len() {
            self.at.resize((k + 1).max(self.at.len() * 2), 0);
        }
        match self.at[k] {
            0 => {
                self.at[k] = pos.saturating_add(1);
                None
            }
            first => Some(first - 1),
        }
    }
}

impl Seen {
    /// Records that series `idx` has `period` at `pos`; the earlier position when
    /// the pair was seen before.
    fn insert(&mut self, idx: u32, period: Period, pos: u64) -> Option<u64> {
        let (kind, i) = match period {
            Period::Month(m) => (0, m.index()),
            Period::Quarter(q) => (1, q.year.saturating_mul(4) + i32::from(q.quarter)),
            Period::Year(y) => (2, y),
            _ => {
                return match self.other.entry((idx, period)) {
                    Entry::Occupied(first) => Some(*first.get()),
                    Entry::Vacant(v) => {
                        v.insert(pos);
                        None
                    }
                };
            }
        };
        let s = idx as usize;
        if s >= self.dense.len() {
            self.dense.resize_with(s + 1, Default::default);
        }
        self.dense[s][kind].insert(i, pos)
    }
}

/// Turns rows into observations, shared by the CSV and JSON readers.
struct Builder<'a, O> {
    file: &'a str,
    skips: Skips,
    warnings: Vec<Warning>,
    /// Series by `country \x1f entry \x1f indicator` codes.
    cache: HashMap<String, Slot>,
    keybuf: String,
    /// The raw fields and slot of the previous row.
    last_key: String,
    last_slot: Option<Slot>,
    unmapped: Vec<String>,
    /// Mapped series in order of first appearance; `used` marks those with figures.
    series: Vec<SeriesInfo>,
    used: Vec<bool>,
    out: O,
    /// Observations added.
    figures: usize,
    /// Scratch for the location of a figure.
    locbuf: String,
    seen: Seen,
    dataflow: String,
    mult_warned: bool,
    /// Largest |OBS_VALUE| read with UNIT_MULT assumed, for a sanity warning.
    assumed_max: f64,
}

/// What a read found, apart from the observations.
#[derive(Debug, Clone)]
pub struct Found {
    /// Mapped series with figures, in order of first appearance.
    pub series: Vec<SeriesInfo>,
    pub figures: usize,
    pub dataflow: String,
    pub warnings: Vec<Warning>,
    pub skipped: Vec<Warning>,
}

impl<'a, O: Out> Builder<'a, O> {
    fn new(file: &'a str, allow_partial: bool, out: O) -> Self {
        Builder {
            file,
            skips: Skips::new(allow_partial),
            warnings: Vec::new(),
            cache: HashMap::new(),
            keybuf: String::new(),
            last_key: String::new(),
            last_slot: None,
            unmapped: Vec::new(),
            series: Vec::new(),
            used: Vec::new(),
            out,
            figures: 0,
            locbuf: String::new(),
            seen: Seen::default(),
            dataflow: String::new(),
            mult_warned: false,
            assumed_max: 0.0,
        }
    }

    fn err(&self, at: At<'_>, message: String) -> Error {
        match at {
            At::Line(line) => Error::Line {
                file: self.file.to_string(),
                line,
                message,
            },
            At::Obs { series, obs } => Error::File {
                file: self.file.to_string(),
                message: format!("series {series} obs {obs}: {message}"),
            },
        }
    }

    fn location(&self, at: At<'_>) -> String {
        let mut s = String::with_capacity(self.file.len() + 24);
        push_location(&mut s, self.file, at);
        s
    }

    fn warn(&mut self, location: String, message: impl Into<String>) {
        self.warnings.push(Warning {
            location,
            message: message.into(),
        });
    }

    fn warn_mult_assumed(&mut self, location: String, why: &str) {
        if !self.mult_warned {
            self.mult_warned = true;
            self.warn(
                location,
                format!(
                    "{why}: OBS_VALUE taken as raw US$, as IMF publishes it (UNIT_MULT {DEFAULT_UNIT_MULT} assumed; SCALE is display-only)"
                ),
            );
        }
    }

    /// The series of a row, resolved once per distinct (country, entry, indicator).
    fn slot(&mut self, at: At<'_>, r: &Row<'_>) -> Slot {
        // Files list a series' rows together: the same raw fields as the last row
        // are the same series, without extracting codes or hashing.
        self.keybuf.clear();
        for f in [r.country, r.entry, r.indicator] {
            self.keybuf.push_str(f);
            self.keybuf.push('\u{1f}');
        }
        if let Some(slot) = self.last_slot.filter(|_| self.keybuf == self.last_key) {
            return slot;
        }
        std::mem::swap(&mut self.keybuf, &mut self.last_key);
        let (country, entry, indicator) = (code(r.country), code(r.entry), code(r.indicator));
        self.keybuf.clear();
        self.keybuf.push_str(country);
        self.keybuf.push('\u{1f}');
        self.keybuf.push_str(entry);
        self.keybuf.push('\u{1f}');
        self.keybuf.push_str(indicator);
        let slot = match self.cache.get(self.keybuf.as_str()) {
            Some(slot) => *slot,
            None => {
                let slot = self.new_slot(at, country, entry, indicator);
                self.cache.insert(self.keybuf.clone(), slot);
                slot
            }
        };
        self.last_slot = Some(slot);
        slot
    }

    fn new_slot(&mut self, at: At<'_>, country: &str, entry: &str, indicator: &str) -> Slot {
        match map_series(country, entry, indicator) {
            Some((key, name)) => {
                let idx = u32::try_from(self.series.len()).unwrap_or(u32::MAX);
                let ebops_code = key.ebops_code().map(str::to_string);
                self.series.push(SeriesInfo {
                    key,
                    name,
                    unit: Unit::UsdMillion,
                    ebops_code,
                });
                self.used.push(false);
                Slot::Mapped(idx)
            }
            None => {
                let dims = format!("{country}.{entry}.{indicator}");
                let loc = self.location(at);
                self.warn(
                    loc,
                    format!("series {dims} is not in the itx mapping; its rows are skipped"),
                );
                self.unmapped.push(dims);
                Slot::Unmapped
            }
        }
    }

    /// Reads one observation: `Ok` when added or skipped, `Err` when it stops the load.
    fn add(&mut self, at: At<'_>, r: &Row<'_>) -> Result<(), Error> {
        let Slot::Mapped(idx) = self.slot(at, r) else {
            return Ok(());
        };
        let raw = match r.value {
            Some(v) if !v.trim().is_empty() && !v.trim().eq_ignore_ascii_case("nan") => v,
            _ => return Ok(()), // missing
        };
        let unit = code(r.unit);
        if !unit.eq_ignore_ascii_case("USD") {
            let e = self.err(
                at,
                format!("UNIT {unit:?} is not USD (only US dollar series are read)"),
            );
            return self.skips.skip(e);
        }
        let time = r.time.trim();
        let Some(period) = parse_period(time) else {
            let e = self.err(
                at,
                format!(
                    "TIME_PERIOD {time:?} is not a year, quarter or month (expected 2025, 2025-Q1 or 2025-03)"
                ),
            );
            return self.skips.skip(e);
        };
        if let Some(freq) = r.freq.map(code) {
            let (ok, shape) = match period {
                Period::Year(_) => (freq.eq_ignore_ascii_case("A"), "annual"),
                Period::Quarter(_) => (freq.eq_ignore_ascii_case("Q"), "quarterly"),
                _ => (freq.eq_ignore_ascii_case("M"), "monthly"),
            };
            if !ok {
                let msg = if ["A", "Q", "M"].iter().any(|f| f.eq_ignore_ascii_case(freq)) {
                    format!("FREQUENCY {freq:?} does not match TIME_PERIOD {time:?} ({shape})")
                } else {
                    format!("FREQUENCY {freq:?} is not supported (only A, Q or M)")
                };
                let e = self.err(at, msg);
                return self.skips.skip(e);
            }
        }
        let text = raw.trim();
        let Some(number) = text.parse::<f64>().ok().filter(|v| v.is_finite()) else {
            let e = self.err(at, format!("column OBS_VALUE: {text:?} is not a number"));
            return self.skips.skip(e);
        };
        let mult = match r.mult.map(code) {
            Some(m) if !m.is_empty() => match m.parse::<i32>() {
                Ok(m) => m,
                Err(_) => {
                    let e = self.err(at, format!("UNIT_MULT {m:?} is not an integer"));
                    return self.skips.skip(e);
                }
            },
            Some(_) => {
                let loc = self.location(at);
                self.warn_mult_assumed(loc, "empty UNIT_MULT");
                self.assumed_max = self.assumed_max.max(number.abs());
                DEFAULT_UNIT_MULT
            }
            None => {
                self.assumed_max = self.assumed_max.max(number.abs());
                DEFAULT_UNIT_MULT
            }
        };
        let unit_published = match mult {
            6 => Unit::UsdMillion,
            3 => Unit::UsdThousand,
            0 => Unit::Usd,
            m => {
                let e = self.err(
                    at,
                    format!(
                        "UNIT_MULT {m} is not supported (only 0, 3 or 6: US$, thousand, million)"
                    ),
                );
                return self.skips.skip(e);
            }
        };
        let status = match r.status.map(code).and_then(|s| s.bytes().next()) {
            Some(b'P' | b'p') => Status::Provisional,
            Some(b'R' | b'r') => Status::Revised,
            Some(b'F' | b'f') => Status::Final,
            _ => Status::Unmarked,
        };
        let pos = match at {
            At::Line(line) => line,
            At::Obs { .. } => self.figures as u64,
        };
        if let Some(first) = self.seen.insert(idx, period, pos) {
            let key = self
                .series
                .get(idx as usize)
                .map_or("?", |s| s.key.as_str());
            let msg = match at {
                At::Line(line) => {
                    format!("{key} {period} appears twice: line {first} and line {line}")
                }
                At::Obs { .. } => {
                    let before = usize::try_from(first)
                        .ok()
                        .and_then(|i| self.out.location_of(i))
                        .unwrap_or("");
                    format!(
                        "{key} {period} appears twice: {before} and {}",
                        self.location(at)
                    )
                }
            };
            return Err(self.err(at, msg));
        }
        let Some(info) = self.series.get(idx as usize) else {
            return Err(self.err(at, "internal: series index out of range".into()));
        };
        if let Some(u) = self.used.get_mut(idx as usize).filter(|u| !**u) {
            *u = true;
            self.out.series(info, &self.dataflow)?;
        }
        self.locbuf.clear();
        push_location(&mut self.locbuf, self.file, at);
        self.out.push(&ObservationRef {
            series: &info.key,
            period,
            value: unit_published.to_millions(number),
            value_published: text,
            unit_published,
            status,
            location: &self.locbuf,
            quote: None,
            preferred: false,
        })?;
        self.figures += 1;
        Ok(())
    }

    /// The checks at the end of a read; what was found apart from the observations.
    fn end(&mut self, rows: usize) -> Result<Found, Error> {
        let file = self.file;
        if self.figures == 0 {
            let message = if rows == 0 {
                "no data rows (header or structure only)".to_string()
            } else if self.series.is_empty() && !self.unmapped.is_empty() {
                let mut examples = self
                    .unmapped
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                if self.unmapped.len() > 3 {
                    examples.push_str(", …");
                }
                format!(
                    "no rows of a series in the itx mapping ({} series not mapped: {examples})",
                    self.unmapped.len()
                )
            } else if !self.skips.skipped.is_empty() {
                format!(
                    "no observations left: all {} rows with values were skipped",
                    self.skips.skipped.len()
                )
            } else {
                "no observations with values (all empty or NaN)".to_string()
            };
            return Err(Error::File {
                file: file.to_string(),
                message,
            });
        }
        if self.mult_warned && self.assumed_max < 1e6 {
            let max = self.assumed_max;
            self.warn(
                file.to_string(),
                format!(
                    "values of at most {max} were taken as raw US$; figures this small look like \
                     millions (add a UNIT_MULT column, 6 for millions)"
                ),
            );
        }
        Ok(Found {
            series: std::mem::take(&mut self.series)
                .into_iter()
                .zip(std::mem::take(&mut self.used))
                .filter_map(|(s, used)| used.then_some(s))
                .collect(),
            figures: self.figures,
            dataflow: std::mem::take(&mut self.dataflow),
            warnings: std::mem::take(&mut self.warnings),
            skipped: std::mem::take(&mut self.skips.skipped),
        })
    }
}

impl Builder<'_, Vec<NewObservation>> {
    fn finish(mut self, bytes: &[u8], src: &Source, rows: usize) -> Result<Parsed, Error> {
        let found = self.end(rows)?;
        let mut release = header(src, &found.dataflow, content_hash(bytes));
        release.series = found.series;
        release.observations = self.out;
        Ok(Parsed {
            dated: None,
            releases: vec![release],
            warnings: found.warnings,
            skipped: found.skipped,
        })
    }
}

/// The release of an SDMX file, without its series and observations.
pub fn header(src: &Source, dataflow: &str, content_hash: String) -> NewRelease {
    let dataflow = if dataflow.is_empty() {
        "(dataflow not named)"
    } else {
        dataflow
    };
    NewRelease {
        source: format!("IMF SDMX {dataflow} ({})", src.file),
        kind: SourceKind::Official,
        published: src.published,
        file: Some(src.file.clone()),
        url: src.url.clone(),
        content_hash,
        note: None,
        series: Vec::new(),
        observations: Vec::new(),
    }
}

/// Appends where an observation is: `file line 12`, `file series K obs 3`.
fn push_location(buf: &mut String, file: &str, at: At<'_>) {
    buf.push_str(file);
    match at {
        At::Line(line) => {
            buf.push_str(" line ");
            push_u64(buf, line);
        }
        At::Obs { series, obs } => {
            buf.push_str(" series ");
            buf.push_str(series);
            buf.push_str(" obs ");
            buf.push_str(obs);
        }
    }
}

/// Appends the decimal digits of `n` (as `{n}` would, without the formatter).
fn push_u64(buf: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        buf.push(char::from(d));
    }
}

fn file_err(file: &str, message: impl Into<String>) -> Error {
    Error::File {
        file: file.to_string(),
        message: message.into(),
    }
}
