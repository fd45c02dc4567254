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
use std::fmt::Write as _;

use itx_store::{NewObservation, NewRelease, ObservationBatch, ObservationRef, Outcome, Store};
use itx_types::{Flow, Period, SeriesInfo, SeriesKey, SourceKind, Status, Unit, YearQuarter};
use serde_json::Value;

use crate::bundle::LoadError;
use crate::{Error, Parsed, Skips, Source, Warning, content_hash};

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

/// SDMX-CSV 2.0 names a non-comma delimiter in its first header field
/// (`STRUCTURE[;]`); otherwise the delimiter is a comma.
fn delimiter(head: &[u8]) -> u8 {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let head = head.strip_prefix(b"\"").unwrap_or(head);
    match (head.get(..10), head.get(10), head.get(11)) {
        (Some(s), Some(&d), Some(b']')) if s.eq_ignore_ascii_case(b"STRUCTURE[") && d != b'"' => d,
        _ => b',',
    }
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
/// or batches sent to the store while the file is read ([`load_csv`]).
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
struct Found {
    /// Mapped series with figures, in order of first appearance.
    series: Vec<SeriesInfo>,
    figures: usize,
    dataflow: String,
    warnings: Vec<Warning>,
    skipped: Vec<Warning>,
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
fn header(src: &Source, dataflow: &str, content_hash: String) -> NewRelease {
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

fn csv_err(file: &str, e: &csv::Error) -> Error {
    match e.position() {
        Some(p) => Error::Line {
            file: file.to_string(),
            line: p.line(),
            message: format!("malformed CSV: {e}"),
        },
        None => file_err(file, format!("malformed CSV: {e}")),
    }
}

/// Reads an SDMX-CSV 1.0 (`DATAFLOW,…`) or 2.0 (`STRUCTURE,STRUCTURE_ID,ACTION,…`)
/// file into one release.
///
/// # Errors
/// When the file is empty or not SDMX-CSV, a required column is missing, no row is
/// of a mapped series, a (series, period) appears twice, or (without
/// `allow_partial`) a row has a bad unit, period, frequency, value or UNIT_MULT.
pub fn read_csv(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    let out = Vec::with_capacity(bytes.len() / 48);
    let (b, rows) = read_csv_into(bytes, src, out)?;
    b.finish(bytes, src, rows)
}

/// The rows of an SDMX-CSV file into `out`; the builder and the number of rows.
fn read_csv_into<'a, O: Out>(
    bytes: &[u8],
    src: &'a Source,
    out: O,
) -> Result<(Builder<'a, O>, usize), Error> {
    let file = src.file.as_str();
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(file_err(file, "empty file (expected an SDMX-CSV header)"));
    }
    // Headers are read as a record: an unquoted `STRUCTURE[;]` holds the delimiter
    // itself and so splits into `STRUCTURE[` and `]`, which are joined back here.
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter(body))
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut headers = csv::StringRecord::new();
    if !rdr
        .read_record(&mut headers)
        .map_err(|e| csv_err(file, &e))?
    {
        return Err(file_err(file, "empty file (expected an SDMX-CSV header)"));
    }
    let mut names: Vec<&str> = headers.iter().map(column_name).collect();
    let split_first = headers.get(0).is_some_and(|h| h.trim().ends_with('['))
        && headers.get(1).is_some_and(|h| h.trim() == "]");
    if split_first {
        names.remove(1);
    }
    let first = names.first().copied().unwrap_or("");
    let v2 = first.eq_ignore_ascii_case("STRUCTURE");
    if !v2 && !first.eq_ignore_ascii_case("DATAFLOW") {
        let shown: String = first.chars().take(40).collect();
        return Err(file_err(
            file,
            format!(
                "not SDMX-CSV: first column is {shown:?}, expected DATAFLOW (SDMX-CSV 1.0) or STRUCTURE (2.0)"
            ),
        ));
    }
    let find = |role: Role| {
        COMPONENTS
            .iter()
            .filter(|(_, r)| *r == role)
            .find_map(|(n, _)| names.iter().position(|h| h.eq_ignore_ascii_case(n)))
    };
    let need = |role: Role| {
        find(role).ok_or_else(|| {
            let name = COMPONENTS
                .iter()
                .find(|(_, r)| *r == role)
                .map_or("?", |(n, _)| n);
            Error::Line {
                file: file.to_string(),
                line: 1,
                message: format!("missing column {name}"),
            }
        })
    };
    let c_country = need(Role::Country)?;
    let c_entry = need(Role::Entry)?;
    let c_indicator = need(Role::Indicator)?;
    let c_unit = need(Role::Unit)?;
    let c_time = need(Role::Time)?;
    let c_value = need(Role::Value)?;
    let c_freq = find(Role::Freq);
    let c_mult = find(Role::Mult);
    let c_status = find(Role::Status);
    let c_flow = if v2 {
        names
            .iter()
            .position(|h| h.eq_ignore_ascii_case("STRUCTURE_ID"))
    } else {
        Some(0)
    };
    let c_action = names.iter().position(|h| h.eq_ignore_ascii_case("ACTION"));

    let mut b = Builder::new(file, src.allow_partial, out);
    if c_mult.is_none() {
        let scale = names.iter().any(|h| h.eq_ignore_ascii_case("SCALE"));
        let why = if scale {
            "no UNIT_MULT column (SCALE is a display attribute and is not applied)"
        } else {
            "no UNIT_MULT column"
        };
        b.warn_mult_assumed(format!("{file} line 1"), why);
    }
    let mut flow_warned = false;
    let mut delete_warned = false;
    let mut rows = 0usize;
    let mut rec = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_err(file, &e)),
        }
        rows += 1;
        let line = rec.position().map_or(0, |p| p.line());
        let at = At::Line(line);
        if rec.len() != names.len() {
            return Err(b.err(
                at,
                format!(
                    "malformed CSV: {} fields where the header has {}",
                    rec.len(),
                    names.len()
                ),
            ));
        }
        let field = |i: usize| rec.get(i).unwrap_or("");
        if let Some(c) = c_action {
            let action = code(field(c));
            if action.eq_ignore_ascii_case("D") || action.eq_ignore_ascii_case("Delete") {
                if !delete_warned {
                    delete_warned = true;
                    b.warn(
                        b.location(at),
                        "rows with ACTION D (delete) carry no figure and are skipped",
                    );
                }
                continue;
            }
        }
        if let Some(c) = c_flow {
            let df = field(c).trim();
            if b.dataflow.is_empty() {
                df.clone_into(&mut b.dataflow);
            } else if df != b.dataflow && !flow_warned {
                flow_warned = true;
                let message = format!("rows of dataflow {df:?} read as part of {:?}", b.dataflow);
                b.warn(b.location(at), message);
            }
        }
        let row = Row {
            country: field(c_country),
            entry: field(c_entry),
            indicator: field(c_indicator),
            unit: field(c_unit),
            freq: c_freq.map(field),
            time: field(c_time),
            value: Some(field(c_value)),
            mult: c_mult.map(field),
            status: c_status.map(field),
        };
        b.add(at, &row)?;
    }
    Ok((b, rows))
}

/// What [`load_csv`] did.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub outcome: Outcome,
    /// The release as written: its series, but not its observations, which went
    /// to the store as they were read.
    pub release: NewRelease,
    /// Observations read (and written, when the outcome is `Added`).
    pub figures: usize,
    pub warnings: Vec<Warning>,
    pub skipped: Vec<Warning>,
}

/// Observations per batch sent from the reading thread to the writing one.
const STREAM_BATCH: usize = 4096;
/// Batches in flight between the two threads.
const STREAM_DEPTH: usize = 4;

/// What the reading thread of [`load_csv`] sends to the writing one.
enum Msg {
    /// The first figure has been read; the dataflow is known.
    Start(String),
    /// A series with figures: written before the batch holding its first figure.
    Series(SeriesInfo),
    Batch(ObservationBatch),
}

/// The [`Out`] of [`load_csv`]'s reading thread: full batches go to the writer,
/// which sends them back empty for reuse.
struct Stream {
    tx: std::sync::mpsc::SyncSender<Msg>,
    back: std::sync::mpsc::Receiver<ObservationBatch>,
    batch: ObservationBatch,
    started: bool,
}

impl Stream {
    fn send(&self, msg: Msg) -> Result<(), Error> {
        // The writer hung up: it failed, and its error is the one reported.
        self.tx.send(msg).map_err(|_| Error::File {
            file: String::new(),
            message: "the store stopped the load".into(),
        })
    }

    fn flush(&mut self) -> Result<(), Error> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let empty = self
            .back
            .try_recv()
            .unwrap_or_else(|_| ObservationBatch::with_capacity(STREAM_BATCH));
        let full = std::mem::replace(&mut self.batch, empty);
        self.send(Msg::Batch(full))
    }
}

impl Out for Stream {
    fn series(&mut self, info: &SeriesInfo, dataflow: &str) -> Result<(), Error> {
        if !self.started {
            self.started = true;
            self.send(Msg::Start(dataflow.to_string()))?;
        }
        self.send(Msg::Series(info.clone()))
    }
    fn push(&mut self, o: &ObservationRef<'_>) -> Result<(), Error> {
        self.batch.push(o);
        if self.batch.len() >= STREAM_BATCH {
            self.flush()?;
        }
        Ok(())
    }
    fn location_of(&self, _: usize) -> Option<&str> {
        None
    }
}

/// Reads an SDMX-CSV file (as [`read_csv`]) and writes it into `store` while it
/// is read: one thread parses, the calling thread writes, so a large file costs
/// about the longer of the two instead of their sum, and the observations are
/// never all held in memory. One transaction, as [`Store::ingest`]: a file that
/// fails to read, or to write, loads nothing. A file already ingested (same
/// content hash) is read in full, for its errors and warnings, and not written.
///
/// # Errors
/// As [`read_csv`] (`LoadError::Read`), or a store failure (`LoadError::Store`).
pub fn load_csv(store: &mut Store, bytes: &[u8], src: &Source) -> Result<Loaded, LoadError> {
    use std::sync::mpsc;
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel(STREAM_DEPTH);
        let (back_tx, back) = mpsc::channel();
        let stream = Stream {
            tx,
            back,
            batch: ObservationBatch::with_capacity(STREAM_BATCH),
            started: false,
        };
        let reader = scope.spawn(move || -> Result<Found, Error> {
            let (mut b, rows) = read_csv_into(bytes, src, stream)?;
            b.out.flush()?;
            b.end(rows)
        });
        let join = |h: std::thread::ScopedJoinHandle<'_, Result<Found, Error>>| {
            h.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        let hash = content_hash(bytes);
        // No first figure: the read failed (or found none, which is an error too).
        let Ok(Msg::Start(dataflow)) = rx.recv() else {
            drop(rx);
            return Err(match join(reader) {
                Err(e) => LoadError::Read(e),
                Ok(_) => LoadError::Read(file_err(&src.file, "internal: no figure was sent")),
            });
        };
        let release = header(src, &dataflow, hash);
        let mut reader = Some(reader);
        let mut found = None;
        let written = store.ingest_streaming(&release, |sink| -> Result<(), LoadError> {
            for msg in &rx {
                match msg {
                    Msg::Start(_) => {}
                    Msg::Series(info) => sink.series(&info)?,
                    Msg::Batch(mut batch) => {
                        sink.write(&batch)?;
                        batch.clear();
                        let _ = back_tx.send(batch);
                    }
                }
            }
            // The reader has hung up: it is done, and decides commit or rollback.
            let reader = reader.take().ok_or_else(|| {
                LoadError::Read(file_err(&src.file, "internal: reader joined twice"))
            })?;
            found = Some(join(reader)?);
            Ok(())
        });
        let read = match (&written, reader) {
            // Already ingested: nothing written, but the file is read in full (its
            // errors come first, as they would from `read_csv`).
            (Ok(_), Some(reader)) => {
                for msg in &rx {
                    if let Msg::Batch(mut batch) = msg {
                        batch.clear();
                        let _ = back_tx.send(batch);
                    }
                }
                Some(join(reader)?)
            }
            // The write failed: hang up, so that the reader stops; its error (the
            // store stopped it) is not the one to report.
            (Err(_), Some(reader)) => {
                drop(rx);
                let _ = join(reader);
                None
            }
            (_, None) => None,
        };
        let outcome = written?;
        let found = found.or(read).ok_or_else(|| {
            LoadError::Read(file_err(&src.file, "internal: the reader's result is lost"))
        })?;
        let mut release = release;
        release.series = found.series;
        Ok(Loaded {
            outcome,
            release,
            figures: found.figures,
            warnings: found.warnings,
            skipped: found.skipped,
        })
    })
}

/// The `dataSets` array and the structure(s) of an SDMX-JSON data message.
fn message_parts(v: &Value) -> Option<(&Vec<Value>, Vec<&Value>)> {
    let containers = [v.get("data"), Some(v)];
    let datasets = containers
        .iter()
        .flatten()
        .find_map(|c| c.get("dataSets").and_then(Value::as_array))?;
    let structures = containers.iter().flatten().find_map(|c| {
        if let Some(s) = c.get("structure").filter(|s| s.is_object()) {
            return Some(vec![s]);
        }
        c.get("structures")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter(|s| s.is_object()).collect::<Vec<_>>())
            .filter(|a| !a.is_empty())
    })?;
    Some((datasets, structures))
}

/// A dimension or attribute of an SDMX-JSON structure, with its values as text.
struct Comp {
    id: String,
    role: Option<Role>,
    /// Position in the series key (`keyPosition`; listed order when absent).
    pos: u64,
    values: Vec<Option<String>>,
}

/// The text of a component value: its `id` (coded), else `value`, else `name`.
fn value_text(v: &Value) -> Option<String> {
    let pick = |x: &Value| match x {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    v.get("id")
        .and_then(pick)
        .or_else(|| v.get("value").and_then(pick))
        .or_else(|| v.get("name").and_then(pick))
}

fn comps(structure: &Value, group: &str, level: &str) -> Vec<Comp> {
    structure
        .get(group)
        .and_then(|g| g.get(level))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .enumerate()
                .map(|(i, c)| {
                    let id = c
                        .get("id")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string();
                    Comp {
                        role: role_of(&id),
                        pos: c
                            .get("keyPosition")
                            .and_then(Value::as_u64)
                            .unwrap_or(1_000 + i as u64),
                        values: c
                            .get("values")
                            .and_then(Value::as_array)
                            .map(|vs| vs.iter().map(value_text).collect())
                            .unwrap_or_default(),
                        id,
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The components of one structure, by level.
struct Structure {
    ds_dims: Vec<Comp>,
    series_dims: Vec<Comp>,
    obs_dims: Vec<Comp>,
    ds_attrs: Vec<Comp>,
    series_attrs: Vec<Comp>,
    obs_attrs: Vec<Comp>,
    dataflow: String,
}

impl Structure {
    fn read(s: &Value) -> Structure {
        Structure {
            ds_dims: comps(s, "dimensions", "dataSet"),
            series_dims: comps(s, "dimensions", "series"),
            obs_dims: comps(s, "dimensions", "observation"),
            ds_attrs: comps(s, "attributes", "dataSet"),
            series_attrs: comps(s, "attributes", "series"),
            obs_attrs: comps(s, "attributes", "observation"),
            dataflow: dataflow_of(s),
        }
    }
    fn all(&self) -> impl Iterator<Item = &Comp> {
        [
            &self.ds_dims,
            &self.series_dims,
            &self.obs_dims,
            &self.ds_attrs,
            &self.series_attrs,
            &self.obs_attrs,
        ]
        .into_iter()
        .flatten()
    }
    fn has(&self, role: Role) -> bool {
        self.all().any(|c| c.role == Some(role))
    }
}

/// `IMF.STA:BOP(21.0.0)` from a structure's dataflow link (URN or href), if any.
fn dataflow_of(s: &Value) -> String {
    let links = s.get("links").and_then(Value::as_array);
    for l in links.into_iter().flatten() {
        if l.get("rel").and_then(Value::as_str) != Some("dataflow") {
            continue;
        }
        if let Some(urn) = l.get("urn").and_then(Value::as_str) {
            if let Some((_, id)) = urn.split_once('=') {
                return id.to_string();
            }
        }
        if let Some(href) = l.get("href").and_then(Value::as_str) {
            let parts: Vec<&str> = href.trim_end_matches('/').rsplit('/').take(4).collect();
            if let [version, id, agency, "dataflow"] = parts.as_slice() {
                return format!("{agency}:{id}({version})");
            }
        }
    }
    s.get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_default()
}

/// Splits a colon-joined key of value indices (`"0:1:0"`; `""` for none).
fn key_indices(key: &str) -> Option<Vec<usize>> {
    if key.is_empty() {
        return Some(Vec::new());
    }
    key.split(':').map(|p| p.trim().parse().ok()).collect()
}

/// Sets `vals[role]` for each component from the indices of a key, and collects
/// the non-time codes with their key positions (for the location label).
fn apply_key<'s>(
    comps: &'s [Comp],
    idx: &[usize],
    vals: &mut [Option<&'s str>; N_ROLES],
    parts: &mut Vec<(u64, &'s str)>,
) -> Result<(), String> {
    if comps.len() != idx.len() {
        return Err(format!(
            "key has {} positions, the structure {} dimensions",
            idx.len(),
            comps.len()
        ));
    }
    for (c, &i) in comps.iter().zip(idx) {
        let v =
            c.values.get(i).and_then(Option::as_deref).ok_or_else(|| {
                format!("value {i} of dimension {} is not in the structure", c.id)
            })?;
        if let Some(role) = c.role {
            vals[role as usize] = Some(v);
        }
        if c.role != Some(Role::Time) {
            parts.push((c.pos, v));
        }
    }
    Ok(())
}

/// Sets `vals[role]` from attribute value indices (null or out-of-range: unset).
fn apply_attrs<'s>(
    comps: &'s [Comp],
    idx: Option<&[Value]>,
    vals: &mut [Option<&'s str>; N_ROLES],
) {
    for (c, i) in comps.iter().zip(idx.unwrap_or(&[])) {
        let Some(role) = c.role else { continue };
        let v = i
            .as_u64()
            .and_then(|i| usize::try_from(i).ok())
            .and_then(|i| c.values.get(i))
            .and_then(Option::as_deref);
        if v.is_some() {
            vals[role as usize] = v;
        }
    }
}

/// Reads an SDMX-JSON data message (1.0: `structure`, 2.0: `structures`; at the top
/// level or under `data`) into one release. Series-keyed data sets and flat
/// (`observations` only, all dimensions at observation level) data sets are read.
///
/// # Errors
/// As [`read_csv`], plus when the JSON is not a data message or a key does not
/// match the structure.
pub fn read_json(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    let file = src.file.as_str();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(file_err(
            file,
            "empty file (expected an SDMX-JSON data message)",
        ));
    }
    let v: Value =
        serde_json::from_slice(bytes).map_err(|e| file_err(file, format!("not JSON: {e}")))?;
    let (datasets, structure_values) = message_parts(&v).ok_or_else(|| {
        file_err(
            file,
            "not an SDMX-JSON data message: no dataSets with structure/structures",
        )
    })?;
    let structures: Vec<Structure> = structure_values
        .iter()
        .map(|s| Structure::read(s))
        .collect();
    let mut b = Builder::new(file, src.allow_partial, Vec::new());
    let mut rows = 0usize;
    let mut label = String::new();
    let mut obs_value = String::new();
    for (k, ds) in datasets.iter().enumerate() {
        let si = ds
            .get("structure")
            .and_then(Value::as_u64)
            .and_then(|i| usize::try_from(i).ok())
            .unwrap_or(0);
        let st = structures.get(si).ok_or_else(|| {
            file_err(
                file,
                format!("dataSets[{k}] refers to structure {si}, which is absent"),
            )
        })?;
        for (role, what) in [
            (Role::Country, "COUNTRY"),
            (Role::Entry, "BOP_ACCOUNTING_ENTRY"),
            (Role::Indicator, "INDICATOR"),
            (Role::Unit, "UNIT"),
            (Role::Time, "TIME_PERIOD"),
        ] {
            if !st.has(role) {
                return Err(file_err(
                    file,
                    format!("the structure has no {what} dimension"),
                ));
            }
        }
        if !st.has(Role::Mult) {
            b.warn_mult_assumed(file.to_string(), "no UNIT_MULT attribute");
        }
        if b.dataflow.is_empty() {
            b.dataflow.clone_from(&st.dataflow);
        }
        let action = ds.get("action").and_then(Value::as_str).unwrap_or("");
        if action.eq_ignore_ascii_case("Delete") {
            b.warn(
                file.to_string(),
                format!("dataSets[{k}] has action Delete and carries no figures; skipped"),
            );
            continue;
        }
        let has_mult = st.has(Role::Mult);
        let mut base: [Option<&str>; N_ROLES] = [None; N_ROLES];
        let mut base_parts: Vec<(u64, &str)> = Vec::new();
        for c in &st.ds_dims {
            let Some(v) = c.values.first().and_then(Option::as_deref) else {
                continue;
            };
            if let Some(role) = c.role {
                base[role as usize] = Some(v);
            }
            if c.role != Some(Role::Time) {
                base_parts.push((c.pos, v));
            }
        }
        apply_attrs(
            &st.ds_attrs,
            ds.get("attributes")
                .and_then(Value::as_array)
                .map(Vec::as_slice),
            &mut base,
        );
        let bad =
            |what: &str, key: &str, msg: String| file_err(file, format!("{what} {key}: {msg}"));
        // Series-keyed data: `series` → observations keyed by observation dimensions.
        // Flat data: `observations` keyed by all (observation-level) dimensions.
        let groups: Vec<(&str, Option<&Value>, &serde_json::Map<String, Value>)> =
            match (ds.get("series"), ds.get("observations")) {
                (Some(Value::Object(series)), _) => series
                    .iter()
                    .map(|(sk, sv)| {
                        let obs = sv.get("observations").and_then(Value::as_object);
                        (sk.as_str(), Some(sv), obs)
                    })
                    .filter_map(|(sk, sv, obs)| obs.map(|o| (sk, sv, o)))
                    .collect(),
                (_, Some(Value::Object(obs))) => vec![("", None, obs)],
                _ => {
                    return Err(file_err(
                        file,
                        format!("dataSets[{k}] has neither series nor observations"),
                    ));
                }
            };
        for (skey, sv, observations) in groups {
            let mut vals = base;
            let mut series_parts = base_parts.clone();
            let sidx = key_indices(skey)
                .ok_or_else(|| bad("series", skey, "key is not colon-joined numbers".into()))?;
            apply_key(&st.series_dims, &sidx, &mut vals, &mut series_parts)
                .map_err(|m| bad("series", skey, m))?;
            apply_attrs(
                &st.series_attrs,
                sv.and_then(|s| s.get("attributes"))
                    .and_then(Value::as_array)
                    .map(Vec::as_slice),
                &mut vals,
            );
            for (okey, ov) in observations {
                rows += 1;
                let mut ovals = vals;
                let mut parts = series_parts.clone();
                let oidx = key_indices(okey).ok_or_else(|| {
                    bad(
                        "observation",
                        okey,
                        "key is not colon-joined numbers".into(),
                    )
                })?;
                apply_key(&st.obs_dims, &oidx, &mut ovals, &mut parts)
                    .map_err(|m| bad("observation", okey, m))?;
                parts.sort_by_key(|(pos, _)| *pos);
                label.clear();
                for (i, (_, code)) in parts.iter().enumerate() {
                    if i > 0 {
                        label.push('.');
                    }
                    label.push_str(code);
                }
                let arr = ov.as_array().map(Vec::as_slice).unwrap_or(&[]);
                apply_attrs(&st.obs_attrs, arr.get(1..), &mut ovals);
                let at = At::Obs {
                    series: &label,
                    obs: okey,
                };
                let value = match arr.first().or(Some(ov).filter(|o| !o.is_array())) {
                    None | Some(Value::Null) => None,
                    Some(Value::Number(n)) => {
                        obs_value.clear();
                        let _ = write!(obs_value, "{n}");
                        Some(obs_value.as_str())
                    }
                    Some(Value::String(s)) => Some(s.as_str()),
                    Some(other) => {
                        let shown: String = other.to_string().chars().take(40).collect();
                        let e = b.err(at, format!("observation value {shown} is not a number"));
                        b.skips.skip(e)?;
                        continue;
                    }
                };
                let row = Row {
                    country: ovals[Role::Country as usize].unwrap_or(""),
                    entry: ovals[Role::Entry as usize].unwrap_or(""),
                    indicator: ovals[Role::Indicator as usize].unwrap_or(""),
                    unit: ovals[Role::Unit as usize].unwrap_or(""),
                    freq: ovals[Role::Freq as usize],
                    time: ovals[Role::Time as usize].unwrap_or(""),
                    value,
                    mult: ovals[Role::Mult as usize].or(has_mult.then_some("")),
                    status: ovals[Role::Status as usize],
                };
                b.add(at, &row)?;
            }
        }
    }
    let mut parsed = b.finish(bytes, src, rows)?;
    if src.published.is_none() {
        if let Some(d) = crate::docprops::sdmx_prepared(&v) {
            parsed.date_from_file(d);
        }
    }
    Ok(parsed)
}

/// A synthetic SDMX-CSV 1.0 document of `rows` observations, for throughput
/// benchmarks: NOT real data. Every row is of a mapped series (countries from a
/// list, then generated three-letter codes; entries CD_T/DB_T/NETCD_T; indicators
/// S, SA…SL) and every (series, period) is distinct: at least 936 series (24
/// countries × 3 entries × 13 indicators), each with consecutive monthly periods
/// from 1900-01 (about 1,000 months each for 1,000,000 rows). Values are made-up
/// numbers. Supports up to about 300 million rows.
pub fn synthetic_csv(rows: usize) -> String {
    const REAL: &[&str] = &[
        "PAK", "IND", "BGD", "VNM", "PHL", "USA", "GBR", "DEU", "FRA", "CHN", "JPN", "BRA", "IDN",
        "LKA", "EGY", "TUR", "MYS", "THA", "KEN", "NGA", "MEX", "CAN", "AUS", "ARE",
    ];
    const MAX_MONTHS: usize = (2200 - 1900 + 1) * 12;
    let per_country = ENTRIES.len() * INDICATORS.len();
    let series_needed = (REAL.len() * per_country).max(rows.div_ceil(MAX_MONTHS));
    let countries = series_needed.div_ceil(per_country);
    let periods = rows.div_ceil(countries * per_country).max(1);
    let country = |n: usize| -> String {
        match REAL.get(n) {
            Some(c) => (*c).to_string(),
            None => {
                let g = n - REAL.len();
                let letters = [
                    b'X' + u8::try_from((g / 676) % 3).unwrap_or(0),
                    b'A' + u8::try_from((g / 26) % 26).unwrap_or(0),
                    b'A' + u8::try_from(g % 26).unwrap_or(0),
                ];
                String::from_utf8_lossy(&letters).into_owned()
            }
        }
    };
    let mut out = String::with_capacity(rows * 72 + 128);
    out.push_str(
        "DATAFLOW,COUNTRY,BOP_ACCOUNTING_ENTRY,INDICATOR,UNIT,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS\n",
    );
    let mut n = 0usize;
    'all: for c in 0..countries {
        let cc = country(c);
        for (entry, _) in ENTRIES {
            for (ind, _, _) in INDICATORS {
                for p in 0..periods {
                    if n == rows {
                        break 'all;
                    }
                    let (year, month) = (1900 + p / 12, p % 12 + 1);
                    let value = (n.wrapping_mul(7919) % 1_000_000) as f64 / 10.0;
                    let status = if p % 5 == 0 { "P" } else { "" };
                    let _ = writeln!(
                        out,
                        "IMF.STA:BOP(21.0.0),{cc},{entry},{ind},USD,M,{year}-{month:02},{value},6,{status}"
                    );
                    n += 1;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use itx_types::YearMonth;

    fn src(file: &str) -> Source {
        Source::named(file)
    }

    fn partial(file: &str) -> Source {
        Source {
            allow_partial: true,
            ..Source::named(file)
        }
    }

    fn quarter(y: i32, q: u8) -> Period {
        Period::Quarter(YearQuarter::new(y, q).unwrap())
    }

    fn month(y: i32, m: u8) -> Period {
        Period::Month(YearMonth::new(y, m).unwrap())
    }

    const HEAD: &str = "DATAFLOW,COUNTRY,BOP_ACCOUNTING_ENTRY,INDICATOR,UNIT,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS\n";

    /// A header plus rows; the first row is line 2.
    fn csv_of(rows: &[&str]) -> String {
        let mut s = HEAD.to_string();
        for r in rows {
            s.push_str("IMF.STA:BOP(21.0.0),");
            s.push_str(r);
            s.push('\n');
        }
        s
    }

    // All values in these samples are SYNTHETIC: no real IMF value file for
    // Pakistan is available; only the layouts follow sbp_formats.md §5.
    const CSV1: &str = "\
DATAFLOW,COUNTRY: Country,BOP_ACCOUNTING_ENTRY,INDICATOR,UNIT,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS,COMMENT
IMF.STA:BOP(21.0.0),PAK,CD_T,SI,USD,Q,2025-Q1,1234.5,6,P,\"first line
second line, with a comma\"
IMF.STA:BOP(21.0.0),PAK,CD_T,SI,USD,Q,2025Q2,1301000,3,R,
IMF.STA:BOP(21.0.0),PAK,DB_T,S,USD,A,2024,4321,6,F,
IMF.STA:BOP(21.0.0),PAK,CD_T,CAB,USD,Q,2025-Q1,99,6,,
IMF.STA:BOP(21.0.0),PAK,CD_T,CAB,USD,Q,2025-Q2,98,6,,
IMF.STA:BOP(21.0.0),IND,NETCD_T,SC,USD,M,2025-03,NaN,6,,
IMF.STA:BOP(21.0.0),BGD,CD_T,SL,USD,M,2025-M04,,6,,
IMF.STA:BOP(21.0.0),VNM,CD_T,SA,USD,M,2025-04,12.5,0,A,
";

    #[test]
    fn mapping_table() {
        let k = |c, e, i| itx_key(c, e, i).map(|k| k.as_str().to_string());
        assert_eq!(k("PAK", "CD_T", "SI").as_deref(), Some("pk.ebops.9.credit"));
        assert_eq!(k("PAK", "DB_T", "SI").as_deref(), Some("pk.ebops.9.debit"));
        assert_eq!(
            k("PAK", "NETCD_T", "S").as_deref(),
            Some("pk.ebops.services.net")
        );
        assert_eq!(k("IND", "CD_T", "SA").as_deref(), Some("in.ebops.1.credit"));
        assert_eq!(
            k("BGD", "CD_T", "SJ").as_deref(),
            Some("bd.ebops.10.credit")
        );
        assert_eq!(
            k("PHL", "CD_T", "SL").as_deref(),
            Some("ph.ebops.12.credit")
        );
        assert_eq!(k("VNM", "DB_T", "SH").as_deref(), Some("vn.ebops.8.debit"));
        assert_eq!(
            k("USA", "CD_T", "SI").as_deref(),
            Some("usa.ebops.9.credit")
        );
        assert_eq!(k("PAK", "CD_T", "CAB"), None);
        assert_eq!(k("PAK", "A_T", "SI"), None);
        assert_eq!(k("G001", "CD_T", "SI"), None);
        assert_eq!(k("PAK", "CD_T", "SI2"), None); // sub-items are not declared
        for (i, (_, code, _)) in INDICATORS.iter().enumerate().skip(1) {
            assert_eq!(code.parse::<usize>().unwrap(), i); // SA..SL = 1..12
        }
        assert_eq!(
            map_series("PAK", "CD_T", "SI").unwrap().1,
            "Pakistan ICT services exports (IMF BOP)"
        );
    }

    #[test]
    fn periods() {
        assert_eq!(parse_period("2025-Q1"), Some(quarter(2025, 1)));
        assert_eq!(parse_period("2025Q4"), Some(quarter(2025, 4)));
        assert_eq!(parse_period("2025-03"), Some(month(2025, 3)));
        assert_eq!(parse_period("2025-M03"), Some(month(2025, 3)));
        assert_eq!(parse_period("2025M12"), Some(month(2025, 12)));
        assert_eq!(parse_period("2025"), Some(Period::Year(2025)));
        for bad in [
            "2025-Q5",
            "2025-Q0",
            "2025-13",
            "2025-S1",
            "2025-",
            "25-Q1",
            "2025-03-31",
            "20x5",
            "",
            "1800",
            "2025-Q12",
            "2025M",
            "ééééé",
        ] {
            assert_eq!(parse_period(bad), None, "{bad}");
        }
    }

    #[test]
    fn detection() {
        assert!(looks_like_csv(HEAD.trim_end()));
        assert!(looks_like_csv(
            "\u{feff}STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,TIME_PERIOD: Time,OBS_VALUE"
        ));
        assert!(looks_like_csv(
            "STRUCTURE[;];STRUCTURE_ID;TIME_PERIOD;OBS_VALUE"
        ));
        assert!(looks_like_csv("\"DATAFLOW\",\"TIME_PERIOD\",\"OBS_VALUE\""));
        assert!(!looks_like_csv(
            "Observation Date,Series Key,Observation Value"
        ));
        assert!(!looks_like_csv("DATAFLOW,COUNTRY,OBS_VALUE"));
        assert!(!looks_like_csv(""));
        let j: Value =
            serde_json::from_str(r#"{"data":{"dataSets":[],"structures":[{}]}}"#).unwrap();
        assert!(looks_like_json(&j));
        let j: Value = serde_json::from_str(r#"{"dataSets":[],"structure":{}}"#).unwrap();
        assert!(looks_like_json(&j));
        let j: Value = serde_json::from_str(r#"{"data":{"dataSets":[]}}"#).unwrap();
        assert!(!looks_like_json(&j));
        assert!(!looks_like_json(&Value::Null));
    }

    #[test]
    fn csv_1_0() {
        let p = read_csv(CSV1.as_bytes(), &src("imf.csv")).unwrap();
        assert_eq!(p.releases.len(), 1);
        let r = &p.releases[0];
        assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(21.0.0) (imf.csv)");
        assert_eq!(r.kind, SourceKind::Official);
        assert_eq!(r.file.as_deref(), Some("imf.csv"));
        assert_eq!(r.content_hash, content_hash(CSV1.as_bytes()));
        let got: Vec<_> = r
            .observations
            .iter()
            .map(|o| {
                (
                    o.series.as_str(),
                    o.period,
                    o.value,
                    o.value_published.as_str(),
                    o.unit_published,
                    o.status,
                    o.location.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "pk.ebops.9.credit",
                    quarter(2025, 1),
                    1234.5,
                    "1234.5",
                    Unit::UsdMillion,
                    Status::Provisional,
                    "imf.csv line 2"
                ),
                // The quoted field spans lines 2–3, so this row is line 4.
                (
                    "pk.ebops.9.credit",
                    quarter(2025, 2),
                    1301.0,
                    "1301000",
                    Unit::UsdThousand,
                    Status::Revised,
                    "imf.csv line 4"
                ),
                (
                    "pk.ebops.services.debit",
                    Period::Year(2024),
                    4321.0,
                    "4321",
                    Unit::UsdMillion,
                    Status::Final,
                    "imf.csv line 5"
                ),
                (
                    "vn.ebops.1.credit",
                    month(2025, 4),
                    12.5 / 1e6,
                    "12.5",
                    Unit::Usd,
                    Status::Unmarked,
                    "imf.csv line 10"
                ),
            ]
        );
        // One warning for the unmapped series (first seen on line 6), none for NaN/empty.
        assert_eq!(p.warnings.len(), 1, "{:?}", p.warnings);
        assert_eq!(p.warnings[0].location, "imf.csv line 6");
        assert!(p.warnings[0].message.contains("PAK.CD_T.CAB"));
        assert!(p.skipped.is_empty());
        // Series are those with figures (not IND/BGD, whose only values were missing).
        let keys: Vec<_> = r.series.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "pk.ebops.9.credit",
                "pk.ebops.services.debit",
                "vn.ebops.1.credit"
            ]
        );
        assert_eq!(r.series[0].name, "Pakistan ICT services exports (IMF BOP)");
        assert_eq!(r.series[0].ebops_code.as_deref(), Some("9"));
        assert_eq!(r.series[0].unit, Unit::UsdMillion);
        assert_eq!(r.series[1].name, "Pakistan services imports (IMF BOP)");
        assert_eq!(r.series[1].ebops_code.as_deref(), Some("services"));
    }

    #[test]
    fn csv_2_0_with_labels_and_no_unit_mult() {
        let text = "\
STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY: Country,BOP_ACCOUNTING_ENTRY: Accounting entry,INDICATOR: Indicator,UNIT: Unit,FREQUENCY: Frequency,TIME_PERIOD: Time period,OBS_VALUE: Observation value,SCALE,OBS_STATUS,FULL_DESCRIPTION
dataflow,IMF.STA:BOP(21.0.0),I,PAK: Pakistan,CD_T: Credit,SI: ICT,USD: US dollar,Q: Quarterly,2024-Q4,987600000,6,P: Provisional,\"multi-line
description\"
dataflow,IMF.STA:BOP(21.0.0),D,PAK: Pakistan,CD_T: Credit,SI: ICT,USD: US dollar,Q: Quarterly,2024-Q3,,6,,
dataflow,IMF.STA:BOP(21.0.0),I,PAK: Pakistan,DB_T: Debit,SI: ICT,USD: US dollar,A: Annual,2024,412000000,6,,x
";
        let p = read_csv(text.as_bytes(), &src("v2.csv")).unwrap();
        let r = &p.releases[0];
        assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(21.0.0) (v2.csv)");
        assert_eq!(r.observations.len(), 2);
        let o = &r.observations[0];
        assert_eq!(o.series.as_str(), "pk.ebops.9.credit");
        assert_eq!(o.period, quarter(2024, 4));
        assert_eq!(o.value, 987.6);
        assert_eq!(o.status, Status::Provisional);
        assert_eq!(o.location, "v2.csv line 2");
        let o = &r.observations[1];
        assert_eq!(o.series.as_str(), "pk.ebops.9.debit");
        assert_eq!(o.period, Period::Year(2024));
        assert_eq!(o.location, "v2.csv line 5");
        // UNIT_MULT absent: one warning at the header; the delete row: one warning.
        assert_eq!(p.warnings.len(), 2, "{:?}", p.warnings);
        assert!(p.warnings[0].message.contains("no UNIT_MULT column"));
        assert!(p.warnings[0].message.contains("SCALE"));
        assert_eq!(p.warnings[0].location, "v2.csv line 1");
        assert!(p.warnings[1].message.contains("ACTION D"));

        // A delimiter named in the first header field.
        let semi = "STRUCTURE[;];STRUCTURE_ID;ACTION;COUNTRY;BOP_ACCOUNTING_ENTRY;INDICATOR;UNIT;FREQUENCY;TIME_PERIOD;OBS_VALUE;UNIT_MULT\n\
                    dataflow;IMF.STA:BOP(24.0.0);I;BGD;CD_T;SI;USD;Q;2025-Q1;1,5;6\n";
        let err = read_csv(semi.as_bytes(), &src("semi.csv"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2") && err.contains("OBS_VALUE"), "{err}");
        let semi = semi.replace("1,5", "150.5");
        let p = read_csv(semi.as_bytes(), &src("semi.csv")).unwrap();
        let r = &p.releases[0];
        assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(24.0.0) (semi.csv)");
        assert_eq!(r.observations[0].series.as_str(), "bd.ebops.9.credit");
        assert_eq!(r.observations[0].value, 150.5);
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn synonyms_and_raw_values() {
        // REF_AREA/FREQ synonyms; IMF-style raw US$ values without UNIT_MULT
        // (sbp_formats.md §5.3: OBS_VALUE is raw USD, SCALE display-only).
        let text = "DATAFLOW,REF_AREA,BOP_ACCOUNTING_ENTRY,INDICATOR,UNIT,FREQ,TIME_PERIOD,OBS_VALUE,SCALE\n\
                    IMF.STA:BOP(21.0.0),PAK,CD_T,SI,USD,Q,2025-Q1,1050000000,6\n";
        let p = read_csv(text.as_bytes(), &src("raw.csv")).unwrap();
        assert_eq!(p.releases[0].observations[0].value, 1050.0);
        assert_eq!(p.warnings.len(), 1, "{:?}", p.warnings);
        // Values already in millions without UNIT_MULT are flagged.
        let small = text.replace("1050000000", "1050");
        let p = read_csv(small.as_bytes(), &src("raw.csv")).unwrap();
        assert_eq!(p.warnings.len(), 2, "{:?}", p.warnings);
        assert!(p.warnings[1].message.contains("look like millions"));
    }

    const JSON1: &str = r#"{
      "header": {"id": "synthetic"},
      "data": {
        "structure": {
          "links": [{"rel": "dataflow", "urn": "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=IMF.STA:BOP(21.0.0)"}],
          "dimensions": {
            "series": [
              {"id": "COUNTRY", "keyPosition": 0, "values": [{"id": "PAK", "name": "Pakistan"}, {"id": "IND"}]},
              {"id": "BOP_ACCOUNTING_ENTRY", "keyPosition": 1, "values": [{"id": "CD_T"}]},
              {"id": "INDICATOR", "keyPosition": 2, "values": [{"id": "SI"}, {"id": "CAB"}]},
              {"id": "UNIT", "keyPosition": 3, "values": [{"id": "USD"}]},
              {"id": "FREQUENCY", "keyPosition": 4, "values": [{"id": "Q"}]}
            ],
            "observation": [
              {"id": "TIME_PERIOD", "keyPosition": 5, "values": [{"id": "2024-Q4"}, {"id": "2025-Q1"}, {"id": "2025-Q2"}]}
            ]
          },
          "attributes": {
            "series": [{"id": "UNIT_MULT", "values": [{"id": "6"}, {"id": "3"}]}],
            "observation": [{"id": "OBS_STATUS", "values": [{"id": "P"}, {"id": "R"}]}]
          }
        },
        "dataSets": [{
          "series": {
            "0:0:0:0:0": {"attributes": [0], "observations": {"0": [812.25, 1], "1": ["901.5", 0], "2": [null]}},
            "1:0:0:0:0": {"attributes": [1], "observations": {"1": [2500000, null]}},
            "0:0:1:0:0": {"attributes": [0], "observations": {"0": [1.0]}}
          }
        }]
      }
    }"#;

    #[test]
    fn json_1_0() {
        let p = read_json(JSON1.as_bytes(), &src("imf.json")).unwrap();
        let r = &p.releases[0];
        assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(21.0.0) (imf.json)");
        let got: Vec<_> = r
            .observations
            .iter()
            .map(|o| {
                (
                    o.series.as_str(),
                    o.period,
                    o.value,
                    o.value_published.as_str(),
                    o.unit_published,
                    o.status,
                    o.location.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "pk.ebops.9.credit",
                    quarter(2024, 4),
                    812.25,
                    "812.25",
                    Unit::UsdMillion,
                    Status::Revised,
                    "imf.json series PAK.CD_T.SI.USD.Q obs 0"
                ),
                (
                    "pk.ebops.9.credit",
                    quarter(2025, 1),
                    901.5,
                    "901.5",
                    Unit::UsdMillion,
                    Status::Provisional,
                    "imf.json series PAK.CD_T.SI.USD.Q obs 1"
                ),
                (
                    "in.ebops.9.credit",
                    quarter(2025, 1),
                    2500.0,
                    "2500000",
                    Unit::UsdThousand,
                    Status::Unmarked,
                    "imf.json series IND.CD_T.SI.USD.Q obs 1"
                ),
            ]
        );
        assert_eq!(p.warnings.len(), 1, "{:?}", p.warnings);
        assert!(p.warnings[0].message.contains("PAK.CD_T.CAB"));
        assert_eq!(
            p.warnings[0].location,
            "imf.json series PAK.CD_T.CAB.USD.Q obs 0"
        );
    }

    const JSON2: &str = r#"{
      "meta": {"id": "synthetic", "schema": "https://json.sdmx.org/2.0.0/sdmx-json-data-schema.json"},
      "data": {
        "structures": [{
          "links": [{"rel": "dataflow", "href": "https://api.imf.org/external/sdmx/3.0/structure/dataflow/IMF.STA/BOP/21.0.0"}],
          "dimensions": {
            "dataSet": [
              {"id": "UNIT", "keyPosition": 3, "values": [{"id": "USD"}]},
              {"id": "FREQUENCY", "keyPosition": 4, "values": [{"id": "M"}]}
            ],
            "series": [
              {"id": "COUNTRY", "keyPosition": 0, "values": [{"id": "PHL"}]},
              {"id": "BOP_ACCOUNTING_ENTRY", "keyPosition": 1, "values": [{"id": "DB_T"}, {"id": "NETCD_T"}]},
              {"id": "INDICATOR", "keyPosition": 2, "values": [{"id": "SJ"}]}
            ],
            "observation": [
              {"id": "TIME_PERIOD", "keyPosition": 5, "values": [{"value": "2025-01"}, {"id": "2025-M02"}]}
            ]
          },
          "attributes": {
            "dataSet": [{"id": "UNIT_MULT", "values": [{"value": 6}]}],
            "series": [],
            "observation": [{"id": "OBS_STATUS", "values": [{"id": "F"}]}]
          }
        }],
        "dataSets": [{
          "structure": 0,
          "action": "Information",
          "attributes": [0],
          "series": {
            "0:0:0": {"observations": {"0": [-12.75, 0], "1": ["NaN"]}},
            "0:1:0": {"observations": {"1": [3.5]}}
          }
        }]
      }
    }"#;

    #[test]
    fn json_2_0() {
        let p = read_json(JSON2.as_bytes(), &src("imf2.json")).unwrap();
        let r = &p.releases[0];
        assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(21.0.0) (imf2.json)");
        assert_eq!(r.observations.len(), 2);
        let o = &r.observations[0];
        assert_eq!(o.series.as_str(), "ph.ebops.10.debit");
        assert_eq!(o.period, month(2025, 1));
        assert_eq!(o.value, -12.75);
        assert_eq!(o.status, Status::Final);
        assert_eq!(o.location, "imf2.json series PHL.DB_T.SJ.USD.M obs 0");
        let o = &r.observations[1];
        assert_eq!(o.series.as_str(), "ph.ebops.10.net");
        assert_eq!(o.period, month(2025, 2));
        assert_eq!(o.value, 3.5);
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        assert_eq!(
            r.series[0].name,
            "Philippines other business services imports (IMF BOP)"
        );
    }

    #[test]
    fn json_flat_and_top_level() {
        let text = r#"{
          "structure": {
            "dimensions": {
              "series": [],
              "observation": [
                {"id": "REF_AREA", "values": [{"id": "PAK"}]},
                {"id": "BOP_ACCOUNTING_ENTRY", "values": [{"id": "CD_T"}]},
                {"id": "INDICATOR", "values": [{"id": "SI"}]},
                {"id": "UNIT", "values": [{"id": "USD"}]},
                {"id": "FREQ", "values": [{"id": "A"}]},
                {"id": "TIME_PERIOD", "values": [{"id": "2023"}, {"id": "2024"}]}
              ]
            }
          },
          "dataSets": [{"observations": {"0:0:0:0:0:0": [2600000000], "0:0:0:0:0:1": [3223100000]}}]
        }"#;
        let p = read_json(text.as_bytes(), &src("flat.json")).unwrap();
        let r = &p.releases[0];
        assert_eq!(r.source, "IMF SDMX (dataflow not named) (flat.json)");
        let got: Vec<_> = r
            .observations
            .iter()
            .map(|o| (o.series.as_str(), o.period, o.value, o.location.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "pk.ebops.9.credit",
                    Period::Year(2023),
                    2600.0,
                    "flat.json series PAK.CD_T.SI.USD.A obs 0:0:0:0:0:0"
                ),
                (
                    "pk.ebops.9.credit",
                    Period::Year(2024),
                    3223.1,
                    "flat.json series PAK.CD_T.SI.USD.A obs 0:0:0:0:0:1"
                ),
            ]
        );
        assert_eq!(p.warnings.len(), 1);
        assert!(p.warnings[0].message.contains("UNIT_MULT"));
    }

    #[test]
    fn json_errors() {
        let e = |t: &str| {
            read_json(t.as_bytes(), &src("e.json"))
                .unwrap_err()
                .to_string()
        };
        assert!(e("").contains("empty"));
        assert!(e("{").contains("not JSON"));
        assert!(e("[1,2]").contains("not an SDMX-JSON"));
        assert!(e(r#"{"dataSets":[{}],"structure":{}}"#).contains("no COUNTRY dimension"));
        // A series key pointing past the structure's values.
        let bad = JSON1.replace("\"1:0:0:0:0\"", "\"7:0:0:0:0\"");
        let m = e(&bad);
        assert!(
            m.contains("series 7:0:0:0:0") && m.contains("value 7 of dimension COUNTRY"),
            "{m}"
        );
        // Duplicate (series, period) via two keys mapping to the same itx series.
        let dup = JSON1
            .replace(r#"{"id": "IND"}"#, r#"{"id": "PAK"}"#)
            .replace(r#""1": [2500000, null]"#, r#""0": [1, null]"#);
        let m = e(&dup);
        assert!(
            m.contains("pk.ebops.9.credit 2024-Q4 appears twice")
                && m.contains("series PAK.CD_T.SI.USD.Q obs 0"),
            "{m}"
        );
        // A non-numeric string value; allow_partial skips it.
        let nan = JSON1.replace(r#"["901.5", 0]"#, r#"["n/a", 0]"#);
        let m = e(&nan);
        assert!(
            m.contains("series PAK.CD_T.SI.USD.Q obs 1") && m.contains("OBS_VALUE"),
            "{m}"
        );
        let p = read_json(nan.as_bytes(), &partial("e.json")).unwrap();
        assert_eq!(p.releases[0].observations.len(), 2);
        assert_eq!(p.skipped.len(), 1);
    }

    #[test]
    fn unknown_unit() {
        let text = csv_of(&[
            "PAK,CD_T,SI,USD,Q,2025-Q1,1,6,",
            "PAK,CD_T,SI,XDC,Q,2025-Q2,2,6,",
        ]);
        let err = read_csv(text.as_bytes(), &src("u.csv")).unwrap_err();
        assert!(matches!(err, Error::Line { line: 3, .. }), "{err}");
        let m = err.to_string();
        assert!(
            m.starts_with("u.csv: line 3:") && m.contains("\"XDC\""),
            "{m}"
        );
        let p = read_csv(text.as_bytes(), &partial("u.csv")).unwrap();
        assert_eq!(p.releases[0].observations.len(), 1);
        assert_eq!(p.skipped.len(), 1);
        assert!(p.skipped[0].message.contains("line 3"));
    }

    #[test]
    fn bad_number() {
        let text = csv_of(&[
            "PAK,CD_T,SI,USD,Q,2025-Q1,1,6,",
            "PAK,CD_T,SI,USD,Q,2025-Q2,1.2.3,6,",
            "PAK,CD_T,SI,USD,Q,2025-Q3,3,6,",
        ]);
        let m = read_csv(text.as_bytes(), &src("n.csv"))
            .unwrap_err()
            .to_string();
        assert!(
            m.contains("n.csv")
                && m.contains("line 3")
                && m.contains("OBS_VALUE")
                && m.contains("1.2.3"),
            "{m}"
        );
        let p = read_csv(text.as_bytes(), &partial("n.csv")).unwrap();
        let periods: Vec<_> = p.releases[0]
            .observations
            .iter()
            .map(|o| o.period)
            .collect();
        assert_eq!(periods, [quarter(2025, 1), quarter(2025, 3)]);
        assert_eq!(p.skipped.len(), 1);
        assert!(p.skipped[0].message.contains("line 3"), "{:?}", p.skipped);
        // Infinity is not a figure either.
        let inf = csv_of(&["PAK,CD_T,SI,USD,Q,2025-Q1,inf,6,"]);
        assert!(read_csv(inf.as_bytes(), &src("n.csv")).is_err());
    }

    #[test]
    fn bad_unit_mult() {
        let text = csv_of(&["PAK,CD_T,SI,USD,Q,2025-Q1,1,9,"]);
        let m = read_csv(text.as_bytes(), &src("m.csv"))
            .unwrap_err()
            .to_string();
        assert!(m.contains("line 2") && m.contains("UNIT_MULT 9"), "{m}");
        // An empty UNIT_MULT cell falls back to 0 (raw US$), with a warning.
        let text = csv_of(&["PAK,CD_T,SI,USD,Q,2025-Q1,7000000,,"]);
        let p = read_csv(text.as_bytes(), &src("m.csv")).unwrap();
        assert_eq!(p.releases[0].observations[0].value, 7.0);
        assert_eq!(p.warnings.len(), 1);
        assert_eq!(p.warnings[0].location, "m.csv line 2");
    }

    #[test]
    fn duplicate_period() {
        let text = csv_of(&[
            "PAK,CD_T,SI,USD,Q,2025-Q1,1,6,",
            "PAK,CD_T,SI,USD,A,2025,4,6,",
            "PAK,CD_T,SI,USD,Q,2025Q1,2,6,",
        ]);
        let err = read_csv(text.as_bytes(), &partial("d.csv")).unwrap_err();
        assert!(matches!(err, Error::Line { line: 4, .. }), "{err}");
        let m = err.to_string();
        assert!(
            m.contains("pk.ebops.9.credit 2025-Q1 appears twice: line 2 and line 4"),
            "{m}"
        );
    }

    #[test]
    fn frequency_mismatch() {
        let text = csv_of(&["PAK,CD_T,SI,USD,Q,2025,1,6,"]);
        let m = read_csv(text.as_bytes(), &src("f.csv"))
            .unwrap_err()
            .to_string();
        assert!(
            m.contains("line 2") && m.contains("FREQUENCY \"Q\"") && m.contains("annual"),
            "{m}"
        );
        let text = csv_of(&["PAK,CD_T,SI,USD,M,2025-Q1,1,6,"]);
        let m = read_csv(text.as_bytes(), &src("f.csv"))
            .unwrap_err()
            .to_string();
        assert!(m.contains("quarterly"), "{m}");
        let text = csv_of(&["PAK,CD_T,SI,USD,S,2025-S1,1,6,"]);
        let m = read_csv(text.as_bytes(), &src("f.csv"))
            .unwrap_err()
            .to_string();
        assert!(m.contains("TIME_PERIOD \"2025-S1\""), "{m}");
        let text = csv_of(&["PAK,CD_T,SI,USD,W,2025-03,1,6,"]);
        let m = read_csv(text.as_bytes(), &src("f.csv"))
            .unwrap_err()
            .to_string();
        assert!(m.contains("not supported"), "{m}");
    }

    #[test]
    fn garbage_and_empty() {
        let e = |b: &[u8]| read_csv(b, &src("g.csv")).unwrap_err().to_string();
        assert!(e(b"").contains("empty"));
        assert!(e(b"  \n\n").contains("empty"));
        assert!(e(b"\xEF\xBB\xBF").contains("empty"));
        assert!(e(HEAD.as_bytes()).contains("no data rows"));
        assert!(e(b"hello,world\n1,2\n").contains("not SDMX-CSV"));
        assert!(e(b"\x00\xff\xfe garbage \x01").contains("g.csv"));
        assert!(e(b"DATAFLOW,COUNTRY\nx,y\n").contains("missing column BOP_ACCOUNTING_ENTRY"));
        // Ragged rows are named by line.
        let ragged = format!("{HEAD}IMF.STA:BOP(21.0.0),PAK,CD_T\n");
        assert!(e(ragged.as_bytes()).contains("line 2"));
        // Only unmapped rows.
        let text = csv_of(&["PAK,NETCD_T,CAB,USD,Q,2025-Q1,1,6,"]);
        let m = e(text.as_bytes());
        assert!(
            m.contains("no rows of a series in the itx mapping") && m.contains("PAK.NETCD_T.CAB"),
            "{m}"
        );
        // Only missing values.
        let text = csv_of(&["PAK,CD_T,SI,USD,Q,2025-Q1,NaN,6,"]);
        assert!(e(text.as_bytes()).contains("no observations with values"));
    }

    #[test]
    fn never_panics_on_truncated_or_mangled_input() {
        for doc in [CSV1, JSON1, JSON2] {
            let bytes = doc.as_bytes();
            for cut in 0..bytes.len() {
                let _ = read_csv(&bytes[..cut], &src("t"));
                let _ = read_json(&bytes[..cut], &partial("t"));
            }
            for i in (0..bytes.len()).step_by(7) {
                let mut m = bytes.to_vec();
                m[i] = b":,\"\n0Q-"[i % 7];
                let _ = read_csv(&m, &partial("t"));
                let _ = read_json(&m, &src("t"));
            }
        }
    }

    #[test]
    fn synthetic_rows_all_map_and_are_distinct() {
        for n in [1, 41, 5000] {
            let text = synthetic_csv(n);
            assert!(looks_like_csv(text.lines().next().unwrap()));
            let p = read_csv(text.as_bytes(), &src("synthetic.csv")).unwrap();
            assert_eq!(p.releases[0].observations.len(), n);
            assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        }
        // 24 countries × 3 entries × 13 indicators = 936 series; 5000 rows → 6 months each.
        let p = read_csv(synthetic_csv(5000).as_bytes(), &src("s")).unwrap();
        assert_eq!(p.releases[0].series.len(), 5000_usize.div_ceil(6));
        let p = read_csv(synthetic_csv(936 * 3612 / 1000).as_bytes(), &src("s")).unwrap();
        assert_eq!(p.releases[0].observations.len(), 3380);
    }

    /// Everything a store holds, for comparing two ways of loading a file.
    fn contents(store: &Store) -> Vec<String> {
        let mut out: Vec<String> = store
            .list_series()
            .unwrap()
            .iter()
            .map(|s| format!("{:?}", s.info))
            .collect();
        for key in store.series_keys().unwrap() {
            for (period, vs) in store.series_vintages(&key).unwrap() {
                out.extend(vs.iter().map(|v| format!("{key} {period} {v:?}")));
            }
        }
        out
    }

    fn loaded(text: &str, src: &Source) -> (Store, Result<Loaded, LoadError>) {
        let mut store = Store::open_in_memory().unwrap();
        let r = load_csv(&mut store, text.as_bytes(), src);
        (store, r)
    }

    #[test]
    fn streamed_load_stores_what_read_csv_stores() {
        // Several batches of the stream, and a small file with warnings and skips.
        let big = synthetic_csv(3 * STREAM_BATCH + 17);
        let small = CSV1.replace("2025Q2,1301000", "2025Q2,n/a");
        for (text, src) in [
            (big.as_str(), src("big.csv")),
            (&small, partial("small.csv")),
        ] {
            let parsed = read_csv(text.as_bytes(), &src).unwrap();
            let mut want = Store::open_in_memory().unwrap();
            want.ingest_all(&parsed.releases).unwrap();
            let (mut store, l) = loaded(text, &src);
            let l = l.unwrap();
            let r = &parsed.releases[0];
            assert!(l.outcome.is_new());
            assert_eq!(l.figures, r.observations.len());
            let header = NewRelease {
                observations: vec![],
                ..r.clone()
            };
            assert_eq!(format!("{:?}", l.release), format!("{header:?}"));
            assert_eq!(l.warnings, parsed.warnings);
            assert_eq!(l.skipped, parsed.skipped);
            assert_eq!(contents(&store), contents(&want));
            assert!(!contents(&store).is_empty());
            // Again: already ingested, read in full but not written.
            let again = load_csv(&mut store, text.as_bytes(), &src).unwrap();
            assert_eq!(again.outcome, Outcome::AlreadyIngested { release_id: 1 });
            assert_eq!(again.figures, l.figures);
            assert_eq!(again.warnings, l.warnings);
            assert_eq!(contents(&store), contents(&want));
        }
    }

    #[test]
    fn a_streamed_load_that_fails_late_loads_nothing() {
        // Errors after several batches have been written.
        let big = synthetic_csv(3 * STREAM_BATCH);
        let lines = 3 * STREAM_BATCH + 2;
        let bad_number = format!("{big}IMF.STA:BOP(21.0.0),PAK,CD_T,SI,USD,Q,2025-Q1,1.2.3,6,\n");
        let first = big.lines().nth(1).unwrap().to_string();
        let duplicate = format!("{big}{first}\n");
        let unmapped_only = csv_of(&["PAK,NETCD_T,CAB,USD,Q,2025-Q1,1,6,"]);
        for (text, wanted) in [
            (bad_number, format!("line {lines}:")),
            (duplicate, format!("appears twice: line 2 and line {lines}")),
            (
                unmapped_only,
                "no rows of a series in the itx mapping".into(),
            ),
            (HEAD.to_string(), "no data rows".into()),
        ] {
            let want = read_csv(text.as_bytes(), &src("x.csv"))
                .unwrap_err()
                .to_string();
            assert!(want.contains(&wanted), "{want}");
            let (store, l) = loaded(&text, &src("x.csv"));
            let err = l.unwrap_err();
            assert!(matches!(err, LoadError::Read(_)), "{err}");
            assert_eq!(err.to_string(), want);
            assert!(store.is_empty().unwrap());
            assert!(store.series_keys().unwrap().is_empty());
        }
    }

    #[test]
    fn duplicates_are_found_in_any_order() {
        // Months of one series from 2025-12 back to 1990-01, then quarters and
        // years, then one month again: the dense check grows both ways.
        let mut rows = Vec::new();
        let mut m = YearMonth::new(2025, 12).unwrap();
        while m >= YearMonth::new(1990, 1).unwrap() {
            rows.push(format!("PAK,CD_T,SI,USD,M,{m},1,6,"));
            m = m.add_months(-1);
        }
        for y in [2020, 1950, 2200, 1900] {
            rows.push(format!("PAK,CD_T,SI,USD,A,{y},1,6,"));
            rows.push(format!("PAK,CD_T,SI,USD,Q,{y}-Q4,1,6,"));
        }
        let ok = csv_of(&rows.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(
            read_csv(ok.as_bytes(), &src("o.csv")).unwrap().releases[0]
                .observations
                .len(),
            rows.len()
        );
        let n = rows.len();
        for (again, first) in [
            ("PAK,CD_T,SI,USD,M,2000-06,2,6,", 2 + 306),
            ("PAK,CD_T,SI,USD,A,1950,2,6,", 2 + n - 6),
            ("PAK,CD_T,SI,USD,Q,1900-Q4,2,6,", 2 + n - 1),
        ] {
            rows.push(again.to_string());
            let text = csv_of(&rows.iter().map(String::as_str).collect::<Vec<_>>());
            let m = read_csv(text.as_bytes(), &src("o.csv"))
                .unwrap_err()
                .to_string();
            assert!(
                m.contains(&format!("appears twice: line {first} and line {}", n + 2)),
                "{m}"
            );
            rows.pop();
        }
    }

    #[test]
    #[ignore = "timing; run with --ignored (release numbers are what matter)"]
    fn throughput() {
        let text = synthetic_csv(1_000_000);
        let t = std::time::Instant::now();
        let p = read_csv(text.as_bytes(), &src("synthetic.csv")).unwrap();
        let secs = t.elapsed().as_secs_f64();
        assert_eq!(p.releases[0].observations.len(), 1_000_000);
        let rate = 1e6 / secs;
        // Debug builds are several times slower than the release benchmark.
        assert!(
            rate > 100_000.0,
            "parsed 1,000,000 rows in {secs:.3}s ({rate:.0} rows/s)"
        );
    }
}
