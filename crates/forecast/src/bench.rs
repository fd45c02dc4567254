//! The benchmark harness: M-competition style accuracy, interval coverage and timing.
//!
//! [`run`] fits every series' training part, forecasts its horizon and scores the
//! forecasts against the test part; [`backtest`] does the same from rolling origins of
//! one long series. Accuracy follows the M3 conventions (Makridakis & Hibon 2000;
//! Hyndman & Koehler 2006):
//!
//! * sMAPE: the mean over all series and horizons of `200 |y - f| / (|y| + |f|)`;
//! * MASE: per series, the mean absolute error over the horizon divided by the in-sample
//!   mean absolute error of the seasonal naive method on the training part, then
//!   averaged over series;
//! * coverage: the share of test values inside the 80% and 95% intervals, in percent;
//! * seconds: wall time spent fitting and forecasting with that model, one thread.

use std::collections::BTreeMap;
use std::io::Read;
use std::time::Instant;

use serde::Serialize;

use crate::{Error, ModelKind};

/// One series of a long-format benchmark file.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchSeries {
    /// Its identifier (`N1402`).
    pub id: String,
    /// The M3 category (`MICRO`, `MACRO`, ...).
    pub category: String,
    /// The forecast horizon.
    pub horizon: usize,
    /// The in-sample history, oldest first.
    pub train: Vec<f64>,
    /// The hold-out values to forecast.
    pub test: Vec<f64>,
    /// The season length the file gives (its optional `frequency` column: 12,
    /// 4, 1, or monthly / quarterly / yearly); `None` when it gives none.
    pub season: Option<usize>,
}

/// A `frequency` column's value as a season length.
fn season_of(text: &str) -> Option<usize> {
    match text.to_ascii_lowercase().as_str() {
        "monthly" | "month" | "m" => Some(12),
        "quarterly" | "quarter" | "q" => Some(4),
        "yearly" | "annual" | "year" | "y" | "a" => Some(1),
        "weekly" | "week" | "w" => Some(52),
        "daily" | "day" | "d" => Some(7),
        t => t.parse().ok().filter(|n: &usize| (1..=366).contains(n)),
    }
}

/// The season of a set of series: the file's `frequency` when every series
/// gives the same one; else, by the M-competitions' convention, the one their
/// common horizon implies (18 months, 8 quarters, 6 years). `None` when
/// neither settles it.
pub fn inferred_season(series: &[BenchSeries]) -> Option<usize> {
    let first = series.first()?;
    if let Some(s) = first.season {
        return series.iter().all(|x| x.season == Some(s)).then_some(s);
    }
    if series
        .iter()
        .any(|x| x.season.is_some() || x.horizon != first.horizon)
    {
        return None;
    }
    match first.horizon {
        18 => Some(12),
        8 => Some(4),
        6 => Some(1),
        _ => None,
    }
}

/// One model's scores.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ModelScore {
    /// The model (`ModelKind`'s name).
    pub name: String,
    /// Symmetric MAPE, M3 definition, in percent.
    pub smape: f64,
    /// Mean absolute scaled error (seasonal naive scaling).
    pub mase: f64,
    /// Share of test values inside the 80% interval, percent.
    pub coverage_80: f64,
    /// Share of test values inside the 95% interval, percent.
    pub coverage_95: f64,
    /// Wall seconds spent fitting and forecasting, single-threaded.
    pub seconds: f64,
    /// Series the model failed on (scored with the naive forecast instead); omitted
    /// from the JSON when zero.
    #[serde(skip_serializing_if = "is_zero")]
    pub failures: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A benchmark's results.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BenchReport {
    /// What was forecast (`"M3 monthly"`, `"backtest"`).
    pub dataset: String,
    /// Number of series (or of origins, for a backtest).
    pub series: usize,
    /// Forecast horizon (the longest, when series differ).
    pub horizon: usize,
    /// The season length the models were given.
    pub season: usize,
    /// One entry per model, in the order asked.
    pub models: Vec<ModelScore>,
}

/// Reads a long-format CSV with columns `series_id,category,horizon,part,t,value`
/// (`part` is `train` or `test`), such as the M3 files in `data/forecasting`.
/// Series keep the order of their first appearance; rows are ordered by `t`.
///
/// # Errors
/// A missing column, an unparsable number or `part`, or a series without training
/// data; the error names the line.
pub fn load_long_csv<R: Read>(reader: R) -> Result<Vec<BenchSeries>, Error> {
    load_named(reader, "CSV")
}

/// Like [`load_long_csv`], naming the source in errors.
pub(crate) fn load_named<R: Read>(reader: R, source_name: &str) -> Result<Vec<BenchSeries>, Error> {
    let err = |line: u64, message: String| Error::Csv {
        source_name: source_name.to_string(),
        line,
        message,
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(reader);
    let headers = rdr.headers().map_err(|e| err(1, e.to_string()))?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| err(1, format!("no column {name:?}")))
    };
    let (ci, cc, ch, cp, ct, cv) = (
        col("series_id")?,
        col("category")?,
        col("horizon")?,
        col("part")?,
        col("t")?,
        col("value")?,
    );
    let cf = headers.iter().position(|h| h.trim() == "frequency");
    struct Acc {
        category: String,
        horizon: usize,
        season: Option<usize>,
        train: Vec<(u64, f64)>,
        test: Vec<(u64, f64)>,
    }
    let mut order: Vec<String> = Vec::new();
    let mut acc: BTreeMap<String, Acc> = BTreeMap::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| err(e.position().map_or(0, |p| p.line()), e.to_string()))?;
        let line = rec.position().map_or(0, |p| p.line());
        let field = |i: usize| rec.get(i).unwrap_or("").trim();
        let id = field(ci).to_string();
        let horizon: usize = field(ch).parse().map_err(|_| {
            err(
                line,
                format!("horizon {:?} is not a whole number", field(ch)),
            )
        })?;
        let t: u64 = field(ct)
            .parse()
            .map_err(|_| err(line, format!("t {:?} is not a whole number", field(ct))))?;
        let value: f64 = field(cv)
            .parse()
            .map_err(|_| err(line, format!("value {:?} is not a number", field(cv))))?;
        if !value.is_finite() {
            return Err(err(line, format!("value {value} is not finite")));
        }
        let season = match cf {
            Some(i) => Some(season_of(field(i)).ok_or_else(|| {
                err(
                    line,
                    format!(
                        "frequency {:?} is not a season length (12, 4, 1) or monthly / quarterly / yearly",
                        field(i)
                    ),
                )
            })?),
            None => None,
        };
        let a = acc.entry(id.clone()).or_insert_with(|| {
            order.push(id.clone());
            Acc {
                category: field(cc).to_string(),
                horizon,
                season,
                train: vec![],
                test: vec![],
            }
        });
        match field(cp) {
            "train" => a.train.push((t, value)),
            "test" => a.test.push((t, value)),
            other => {
                return Err(err(
                    line,
                    format!("part {other:?} is neither train nor test"),
                ));
            }
        }
    }
    let mut out = Vec::with_capacity(order.len());
    for id in order {
        let Some(mut a) = acc.remove(&id) else {
            continue;
        };
        if a.train.is_empty() {
            return Err(err(0, format!("series {id} has no train rows")));
        }
        a.train.sort_by_key(|r| r.0);
        a.test.sort_by_key(|r| r.0);
        out.push(BenchSeries {
            id,
            category: a.category,
            horizon: a.horizon,
            train: a.train.into_iter().map(|r| r.1).collect(),
            test: a.test.into_iter().map(|r| r.1).collect(),
            season: a.season,
        });
    }
    Ok(out)
}

/// Decompresses and reads a gzip-compressed long CSV (the M3 files in
/// `data/forecasting/`).
///
/// # Errors
/// As [`load_long_csv`].
pub fn load_gz(gz: &[u8], source_name: &str) -> Result<Vec<BenchSeries>, Error> {
    load_named(flate2::read::GzDecoder::new(gz), source_name)
}

/// Running totals for one model.
#[derive(Default)]
struct Tally {
    smape_sum: f64,
    points: usize,
    mase_sum: f64,
    mase_n: usize,
    in80: usize,
    in95: usize,
    seconds: f64,
    failures: usize,
}

impl Tally {
    fn add(&mut self, train: &[f64], test: &[f64], season: usize, fc: &crate::Forecast) {
        let m = if train.len() > season {
            season.max(1)
        } else {
            1
        };
        let scale = train
            .windows(m + 1)
            .map(|w| (w[m] - w[0]).abs())
            .sum::<f64>()
            / train.len().saturating_sub(m).max(1) as f64;
        let mut abs_err = 0.0;
        for (k, (&y, &f)) in test.iter().zip(&fc.mean).enumerate() {
            let denom = y.abs() + f.abs();
            self.smape_sum += if denom > 0.0 {
                200.0 * (y - f).abs() / denom
            } else {
                0.0
            };
            self.points += 1;
            abs_err += (y - f).abs();
            let inside = |lvl: u8| match (fc.lower.get(&lvl), fc.upper.get(&lvl)) {
                (Some(lo), Some(hi)) => lo[k] <= y && y <= hi[k],
                _ => false,
            };
            self.in80 += usize::from(inside(80));
            self.in95 += usize::from(inside(95));
        }
        if scale > 0.0 && !test.is_empty() {
            self.mase_sum += abs_err / test.len() as f64 / scale;
            self.mase_n += 1;
        }
    }

    fn score(&self, name: String) -> ModelScore {
        let pts = self.points.max(1) as f64;
        ModelScore {
            name,
            smape: self.smape_sum / pts,
            mase: self.mase_sum / self.mase_n.max(1) as f64,
            coverage_80: 100.0 * self.in80 as f64 / pts,
            coverage_95: 100.0 * self.in95 as f64 / pts,
            seconds: self.seconds,
            failures: self.failures,
        }
    }
}

/// Forecasts with `kind`, falling back to the naive method (and counting a failure) when
/// the model cannot be fitted, so that every model is scored on every series.
fn forecast_or_naive(
    y: &[f64],
    season: usize,
    h: usize,
    kind: ModelKind,
    tally: &mut Tally,
) -> Option<crate::Forecast> {
    let t0 = Instant::now();
    let fc = crate::forecast(y, season, h, kind, &[80, 95]);
    tally.seconds += t0.elapsed().as_secs_f64();
    match fc {
        Ok(f) => Some(f),
        Err(_) => {
            tally.failures += 1;
            crate::forecast(y, season, h, ModelKind::Naive, &[80, 95]).ok()
        }
    }
}

/// Fits every series' training part with each model, forecasts its horizon and scores
/// the forecasts against the test part. Single-threaded, so `seconds` is one core's time.
pub fn run(series: &[BenchSeries], season: usize, kinds: &[ModelKind]) -> BenchReport {
    run_named(series, season, kinds, "benchmark")
}

/// [`run`] with a dataset name for the report.
pub fn run_named(
    series: &[BenchSeries],
    season: usize,
    kinds: &[ModelKind],
    dataset: &str,
) -> BenchReport {
    let mut tallies: Vec<Tally> = kinds.iter().map(|_| Tally::default()).collect();
    for s in series {
        let h = s.horizon.min(s.test.len());
        if h == 0 {
            continue;
        }
        for (kind, tally) in kinds.iter().zip(tallies.iter_mut()) {
            if let Some(fc) = forecast_or_naive(&s.train, season, h, *kind, tally) {
                tally.add(&s.train, &s.test[..h], season, &fc);
            }
        }
    }
    BenchReport {
        dataset: dataset.to_string(),
        series: series.len(),
        horizon: series.iter().map(|s| s.horizon).max().unwrap_or(0),
        season,
        models: kinds
            .iter()
            .zip(&tallies)
            .map(|(k, t)| t.score(k.to_string()))
            .collect(),
    }
}

/// A rolling-origin backtest on one series: for each of the last `origins` origins
/// (the last one leaving exactly `h` observations to forecast), fits the data up to the
/// origin, forecasts `h` steps and scores them as [`run`] does.
pub fn backtest(
    y: &[f64],
    season: usize,
    h: usize,
    origins: usize,
    kinds: &[ModelKind],
) -> BenchReport {
    let n = y.len();
    let mut series = Vec::new();
    if h > 0 && origins > 0 && n > h {
        let last = n - h;
        let first = last.saturating_sub(origins.saturating_sub(1)).max(1);
        for t in first..=last {
            series.push(BenchSeries {
                id: format!("origin {t}"),
                category: "backtest".into(),
                horizon: h,
                train: y[..t].to_vec(),
                test: y[t..t + h].to_vec(),
                season: Some(season),
            });
        }
    }
    let mut r = run_named(&series, season, kinds, "backtest");
    r.horizon = h;
    r
}
