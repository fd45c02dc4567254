//! `itx bench forecast`: the forecasting models scored on the M3 competition
//! data, a long CSV of the user's, or a rolling backtest on a stored series.

use std::path::PathBuf;

use itx_forecast::ModelKind;
use itx_forecast::bench::{self, BenchReport, BenchSeries};
use itx_store::Store;
use itx_types::SeriesKey;

use crate::{Error, Result, forecasting};

/// What to score.
#[derive(Debug, Clone)]
pub enum BenchData<'a> {
    /// One of [`NAMED`] (`m3-monthly`, `tourism-quarterly`, ...), or the path of a long
    /// CSV (`series,t,value,split`).
    Named(&'a str),
    /// A rolling-origin backtest (36 origins, 12 months ahead) on a stored series.
    Backtest(&'a SeriesKey),
}

/// Scores `kinds` on `data`; `season` overrides the data's own (M3: 12 for
/// months, 4 for quarters, 1 for years and "other" data; a file: its `frequency` column, else what its
/// horizon implies under the M-competitions' convention).
///
/// # Errors
/// A file that cannot be read, a series without data.
pub fn run(
    store: &Store,
    data: &BenchData<'_>,
    kinds: &[ModelKind],
    season: Option<usize>,
) -> Result<BenchReport> {
    match data {
        BenchData::Backtest(key) => {
            let hist = forecasting::history(store, key, None)?;
            let y: Vec<f64> = hist.months.iter().map(|(_, v)| *v).collect();
            Ok(bench::backtest(&y, season.unwrap_or(12), 12, 36, kinds))
        }
        BenchData::Named(name) => {
            let (series, own_season, label) = load(name)?;
            let season = season.or(own_season).ok_or_else(|| {
                Error::Bad(format!(
                    "{name}: the season cannot be told from the file (no frequency column, and the horizons are not the M-competitions' 18, 8 or 6): give --season"
                ))
            })?;
            Ok(bench::run_named(&series, season, kinds, &label))
        }
    }
}

/// The competition sets `--data` names: name, file in `data/forecasting/`, season,
/// label: the M3, M1 and Tourism competitions' data as R's `Mcomp` and `Tcomp` give
/// them (data/forecasting/README.md).
pub const NAMED: &[(&str, &str, usize, &str)] = &[
    ("m3-monthly", "m3_monthly.csv.gz", 12, "M3 monthly"),
    ("m3-quarterly", "m3_quarterly.csv.gz", 4, "M3 quarterly"),
    ("m3-yearly", "m3_yearly.csv.gz", 1, "M3 yearly"),
    ("m3-other", "m3_other.csv.gz", 1, "M3 other"),
    ("m1-monthly", "m1_monthly.csv.gz", 12, "M1 monthly"),
    ("m1-quarterly", "m1_quarterly.csv.gz", 4, "M1 quarterly"),
    ("m1-yearly", "m1_yearly.csv.gz", 1, "M1 yearly"),
    (
        "tourism-monthly",
        "tourism_monthly.csv.gz",
        12,
        "Tourism monthly",
    ),
    (
        "tourism-quarterly",
        "tourism_quarterly.csv.gz",
        4,
        "Tourism quarterly",
    ),
    (
        "tourism-yearly",
        "tourism_yearly.csv.gz",
        1,
        "Tourism yearly",
    ),
];

/// The series of a named dataset or file, its season and its name.
fn load(name: &str) -> Result<(Vec<BenchSeries>, Option<usize>, String)> {
    if let Some(&(_, file, season, label)) = NAMED.iter().find(|n| n.0 == name) {
        let gz = competition_bytes(file)?;
        let series =
            bench::load_gz(&gz, label).map_err(|e| Error::Internal(format!("{file}: {e}")))?;
        return Ok((series, Some(season), label.to_string()));
    }
    let f = std::fs::File::open(name).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            let names: Vec<&str> = NAMED.iter().map(|n| n.0).collect();
            Error::Bad(format!(
                "{name}: no such file, and not one of the competition sets ({})",
                names.join(", ")
            ))
        } else {
            Error::io(format!("{name}: cannot read"), e)
        }
    })?;
    let series = bench::load_long_csv(std::io::BufReader::new(f))
        .map_err(|e| Error::Bad(format!("{name}: {e}")))?;
    // The file's own frequency, else what its horizon implies; a file that
    // says neither must be given --season (12 would be a guess).
    let season = bench::inferred_season(&series);
    Ok((series, season, name.to_string()))
}

/// One of the competition files: M3's compiled in with the feature `m3`, else read
/// from the repository's `data/forecasting/` (or `$ITX_M3_DIR`), so that the release
/// binary does not carry megabytes of benchmark data.
fn competition_bytes(file: &str) -> Result<Vec<u8>> {
    #[cfg(feature = "m3")]
    {
        match file {
            "m3_monthly.csv.gz" => return Ok(itx_forecast::M3_MONTHLY_GZ.to_vec()),
            "m3_quarterly.csv.gz" => return Ok(itx_forecast::M3_QUARTERLY_GZ.to_vec()),
            "m3_yearly.csv.gz" => return Ok(itx_forecast::M3_YEARLY_GZ.to_vec()),
            "m3_other.csv.gz" => return Ok(itx_forecast::M3_OTHER_GZ.to_vec()),
            _ => {}
        }
    }
    let dir = std::env::var_os("ITX_M3_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/forecasting"),
        PathBuf::from,
    );
    let path = dir.join(file);
    std::fs::read(&path).map_err(|e| {
        Error::io(
            format!(
                "{}: the competition data is not compiled into this itx (M3: build with \
                 --features m3) and not found here (set ITX_M3_DIR to the folder holding {file})",
                path.display()
            ),
            e,
        )
    })
}
