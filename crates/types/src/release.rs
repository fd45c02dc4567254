//! A release on its way from a reader to the store: what the readers produce
//! and the store writes, so that neither depends on the other.

use crate::{Date, Period, SeriesInfo, SeriesKey, SourceKind, Status, Unit, ebops_name};

/// A release to be written, with all its observations (one transaction).
#[derive(Debug, Clone)]
pub struct NewRelease {
    pub source: String,
    pub kind: SourceKind,
    pub published: Option<Date>,
    pub file: Option<String>,
    pub url: Option<String>,
    /// Identifies the content; a release whose hash is already stored is not added again.
    pub content_hash: String,
    pub note: Option<String>,
    /// Names for series this release introduces (others get a name from their key).
    pub series: Vec<SeriesInfo>,
    pub observations: Vec<NewObservation>,
}

/// One figure of a release.
#[derive(Debug, Clone, PartialEq)]
pub struct NewObservation {
    pub series: SeriesKey,
    pub period: Period,
    /// In US$ million.
    pub value: f64,
    pub value_published: String,
    pub unit_published: Unit,
    pub status: Status,
    pub location: String,
    pub quote: Option<String>,
    pub preferred: bool,
}

/// One observation, borrowed: what [`ObservationBatch::push`] copies in.
#[derive(Debug, Clone, Copy)]
pub struct ObservationRef<'a> {
    pub series: &'a SeriesKey,
    pub period: Period,
    /// In US$ million.
    pub value: f64,
    pub value_published: &'a str,
    pub unit_published: Unit,
    pub status: Status,
    pub location: &'a str,
    pub quote: Option<&'a str>,
    pub preferred: bool,
}

/// Observations on their way to [`ReleaseSink::write`]: all text in one buffer,
/// so that a batch is filled and emptied again without an allocation per row
/// (a reader on another thread fills one while the store writes the last).
#[derive(Debug, Clone, Default)]
pub struct ObservationBatch {
    text: String,
    rows: Vec<BatchRow>,
}

/// A range of [`ObservationBatch::text`].
type ByteRange = (u32, u32);

#[derive(Debug, Clone, Copy)]
struct BatchRow {
    series: ByteRange,
    period: Period,
    period_text: ByteRange,
    value: f64,
    value_published: ByteRange,
    unit: Unit,
    status: Status,
    location: ByteRange,
    quote: Option<ByteRange>,
    preferred: bool,
}

impl ObservationBatch {
    /// An empty batch with room for `rows` observations.
    pub fn with_capacity(rows: usize) -> ObservationBatch {
        ObservationBatch {
            text: String::with_capacity(rows * 64),
            rows: Vec::with_capacity(rows),
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Empties the batch, keeping its memory.
    pub fn clear(&mut self) {
        self.text.clear();
        self.rows.clear();
    }

    /// Adds a copy of one observation.
    ///
    /// # Panics
    /// When the batch holds 4 GiB of text (callers send batches long before).
    pub fn push(&mut self, o: &ObservationRef<'_>) {
        let series = self.push_text(o.series.as_str());
        let start = self.text.len();
        push_period(&mut self.text, &o.period);
        let period_text = (Self::offset(start), Self::offset(self.text.len()));
        let value_published = self.push_text(o.value_published);
        let location = self.push_text(o.location);
        let quote = o.quote.map(|q| self.push_text(q));
        self.rows.push(BatchRow {
            series,
            period: o.period,
            period_text,
            value: o.value,
            value_published,
            unit: o.unit_published,
            status: o.status,
            location,
            quote,
            preferred: o.preferred,
        });
    }

    /// Adds a copy of one observation.
    pub fn push_observation(&mut self, o: &NewObservation) {
        self.push(&ObservationRef {
            series: &o.series,
            period: o.period,
            value: o.value,
            value_published: &o.value_published,
            unit_published: o.unit_published,
            status: o.status,
            location: &o.location,
            quote: o.quote.as_deref(),
            preferred: o.preferred,
        });
    }

    fn offset(n: usize) -> u32 {
        u32::try_from(n).expect("an ObservationBatch holds less than 4 GiB of text")
    }

    fn push_text(&mut self, s: &str) -> ByteRange {
        let start = Self::offset(self.text.len());
        self.text.push_str(s);
        (start, Self::offset(self.text.len()))
    }

    fn text(&self, (a, b): ByteRange) -> &str {
        self.text.get(a as usize..b as usize).unwrap_or("")
    }

    /// Observation `i`, with its period as canonical text.
    ///
    /// # Panics
    /// When `i` is not below [`ObservationBatch::len`].
    pub fn row(&self, i: usize) -> BatchedRow<'_> {
        self.batched(&self.rows[i])
    }

    /// Observation `i`, if the batch has one.
    pub fn get(&self, i: usize) -> Option<BatchedRow<'_>> {
        self.rows.get(i).map(|r| self.batched(r))
    }

    fn batched(&self, r: &BatchRow) -> BatchedRow<'_> {
        BatchedRow {
            series: self.text(r.series),
            period: r.period,
            period_text: self.text(r.period_text),
            value: r.value,
            value_published: self.text(r.value_published),
            unit_published: r.unit,
            status: r.status,
            location: self.text(r.location),
            quote: r.quote.map(|q| self.text(q)),
            preferred: r.preferred,
        }
    }
}

/// One observation of an [`ObservationBatch`], as the store reads it back.
#[derive(Debug, Clone, Copy)]
pub struct BatchedRow<'a> {
    pub series: &'a str,
    pub period: Period,
    pub period_text: &'a str,
    /// In US$ million.
    pub value: f64,
    pub value_published: &'a str,
    pub unit_published: Unit,
    pub status: Status,
    pub location: &'a str,
    pub quote: Option<&'a str>,
    pub preferred: bool,
}

/// Appends the canonical text of a period (as its `Display`), without the
/// formatting machinery for the common kinds: it runs once per stored figure.
pub fn push_period(buf: &mut String, p: &Period) {
    use std::fmt::Write as _;
    fn push4(buf: &mut String, y: i32) -> bool {
        let Ok(y) = u16::try_from(y) else {
            return false;
        };
        if !(1000..=9999).contains(&y) {
            return false;
        }
        for d in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
            buf.push(char::from(b'0' + d as u8));
        }
        true
    }
    let start = buf.len();
    let done = match p {
        Period::Month(m) if m.month() < 100 && push4(buf, m.year()) => {
            let m = m.month();
            buf.push('-');
            buf.push(char::from(b'0' + m / 10));
            buf.push(char::from(b'0' + m % 10));
            true
        }
        Period::Quarter(q) if q.quarter < 10 && push4(buf, q.year) => {
            buf.push_str("-Q");
            buf.push(char::from(b'0' + q.quarter));
            true
        }
        Period::Year(y) => push4(buf, *y),
        _ => false,
    };
    if !done {
        buf.truncate(start);
        let _ = write!(buf, "{p}");
    }
}

impl SeriesInfo {
    /// A name for a series nobody described: from its EBOPS code where it has one.
    pub fn default_for(key: &SeriesKey) -> SeriesInfo {
        let code = key.ebops_code().map(str::to_string);
        let name = match (code.as_deref().and_then(ebops_name), key.flow()) {
            (Some(n), Some(f)) => format!("{n} ({})", f.noun()),
            _ => key.to_string(),
        };
        SeriesInfo {
            key: key.clone(),
            name,
            unit: Unit::UsdMillion,
            ebops_code: code,
        }
    }
}
