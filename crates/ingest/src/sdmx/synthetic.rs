//! Made-up SDMX-CSV for throughput benchmarks (feature `synthetic`; not in the release binary).

use std::fmt::Write as _;

use super::{ENTRIES, INDICATORS};

/// A synthetic SDMX-CSV 1.0 document of `rows` observations, for throughput
/// benchmarks: NOT real data. Every row is of a mapped series (countries from a
/// list, then generated three-letter codes; entries CD_T/DB_T/NETCD_T; indicators
/// S, SA…SL) and every (series, period) is distinct: at least 936 series (24
/// countries × 3 entries × 13 indicators), each with consecutive monthly periods
/// from 1900-01 to at most 1999-12 (about 1,070 months each for 1,000,000 rows;
/// more series for more rows). Values are made-up numbers that pass itx's
/// plausibility checks: each series stays within 2% of its own level (between
/// $50 and $999 million). Supports up to about 20 million rows.
pub fn synthetic_csv(rows: usize) -> String {
    const REAL: &[&str] = &[
        "PAK", "IND", "BGD", "VNM", "PHL", "USA", "GBR", "DEU", "FRA", "CHN", "JPN", "BRA", "IDN",
        "LKA", "EGY", "TUR", "MYS", "THA", "KEN", "NGA", "MEX", "CAN", "AUS", "ARE",
    ];
    const MAX_MONTHS: usize = 100 * 12;
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
    let mut s = 0usize;
    'all: for c in 0..countries {
        let cc = country(c);
        for (entry, _) in ENTRIES {
            for (ind, _, _) in INDICATORS {
                s += 1;
                let level = 50.0 + (s.wrapping_mul(37) % 950) as f64;
                for p in 0..periods {
                    if n == rows {
                        break 'all;
                    }
                    let (year, month) = (1900 + p / 12, p % 12 + 1);
                    let wobble = (n.wrapping_mul(7919) % 41) as f64 / 1000.0 - 0.02;
                    let value = (level * (1.0 + wobble) * 10.0).round() / 10.0;
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
