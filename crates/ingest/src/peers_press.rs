//! The press's figures for the countries itx does not compare with Pakistan
//! (data/press/peers_ict_exports.csv; SOURCES.md, "Peers").
//!
//! Bangladesh, Vietnam and the Philippines publish no series on the footing of
//! EBOPS item 9 (itx_types::peers), so what the press prints for them —
//! EPB totals, industry-body estimates, ministers' claims, targets — is kept as
//! reference, each row with its URL, date and quote, for `itx peers` to show
//! beside the reason they are not compared. The periods are as printed
//! ("FY2022-23 H1 (Jul-Dec)", "2024 (claim)"): they are not the store's
//! periods, so these rows are not stored as observations.

use crate::{Csv, Error};

/// One press figure for a peer country.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerPressFigure {
    pub country: String,
    /// As printed: "FY2021-22", "FY2022-23 H1 (Jul-Dec)", "2024 (claim)".
    pub period: String,
    /// The file's series name: `it_exports_epb`, `ict_exports_gov_claim`, …
    pub series: String,
    /// US$ million.
    pub value: f64,
    pub url: String,
    /// The site it is on ("thedailystar.net").
    pub site: String,
    /// When the article appeared, as the file gives it (`2023-02`, or empty).
    pub published: String,
    pub quote: String,
    /// The file and line the figure was read from.
    pub location: String,
}

/// Reads the peers' press figures.
///
/// # Errors
/// When a column is missing, or a value is not a non-negative number (naming
/// the line).
pub fn read(bytes: &[u8], file: &str) -> Result<Vec<PeerPressFigure>, Error> {
    let mut csv = Csv::open(bytes, file)?;
    let cols = [
        "country",
        "period",
        "series",
        "value_musd",
        "source_url",
        "source_date",
        "quote",
    ]
    .map(|c| csv.col(c));
    let [c, p, s, v, u, d, q] = cols;
    let (c, p, s, v, u, d, q) = (c?, p?, s?, v?, u?, d?, q?);
    let mut out = Vec::new();
    for row in csv.rows() {
        let row = row?;
        let (value, _) = row.number(v, "value_musd")?;
        if value < 0.0 {
            return Err(row.err(format!("value_musd {value} is negative")));
        }
        out.push(PeerPressFigure {
            country: row.get(c).to_string(),
            period: row.get(p).to_string(),
            series: row.get(s).to_string(),
            value,
            url: row.get(u).to_string(),
            site: crate::press::host(row.get(u)).to_string(),
            published: row.get(d).to_string(),
            quote: row.get(q).to_string(),
            location: row.location(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &[u8] = include_bytes!("../../../data/press/peers_ict_exports.csv");

    /// The real file: 66 rows; Bangladesh's EPB total for FY2021-22 is $592.06m
    /// (The Daily Star, 2023-02; SOURCES.md "Peers").
    #[test]
    fn reads_the_real_file() {
        let rows = read(FILE, "peers_ict_exports.csv").unwrap();
        assert_eq!(rows.len(), 66);
        let epb = rows
            .iter()
            .find(|r| {
                r.country == "Bangladesh" && r.series == "it_exports_epb" && r.period == "FY2021-22"
            })
            .unwrap();
        assert_eq!(epb.value, 592.06);
        assert_eq!(epb.published, "2023-02");
        assert!(epb.url.contains("thedailystar.net"));
        assert_eq!(epb.location, "peers_ict_exports.csv line 8");
    }

    #[test]
    fn a_bad_value_names_its_line() {
        let bad = b"country,period,series,value_musd,source_url,source_date,quote\nVietnam,2017,software_exports,-3,u,,q\n";
        let e = read(bad, "p.csv").unwrap_err().to_string();
        assert!(e.contains("p.csv: line 2"), "{e}");
        assert!(e.contains("value_musd"), "{e}");
        let missing = b"country,period\nX,Y\n";
        assert!(
            read(missing, "p.csv")
                .unwrap_err()
                .to_string()
                .contains("missing column \"series\"")
        );
    }
}
