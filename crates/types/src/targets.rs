//! Government targets for ICT exports, as reported (data/press/pk_it_exports_fiscal.csv,
//! rows `target_it_exports`). They are policy statements, not statistics: used for
//! target paths, "vs target" sentences and the outlook's P(total ≥ target).

/// A fiscal-year target for a series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Target {
    pub series: &'static str,
    /// Canonical fiscal year, e.g. "FY2025-26".
    pub fiscal_year: &'static str,
    /// US$ million.
    pub value: f64,
    pub what: &'static str,
    pub url: &'static str,
}

/// The targets itx knows of (the latest statement for each year).
pub const TARGETS: &[Target] = &[
    Target {
        series: "pk.ebops.9.credit",
        fiscal_year: "FY2024-25",
        value: 4200.0,
        what: "MoITT target for IT & ITeS exports",
        url: "https://www.brecorder.com/news/40378736/july-ites-exports-remittances-register-around-24pc-growth",
    },
    Target {
        series: "pk.ebops.9.credit",
        fiscal_year: "FY2025-26",
        value: 5000.0,
        what: "MoITT target for IT & ITeS exports",
        url: "https://ppinewsagency.com/pakistans-it-exports-surge-by-19-in-january-meeting-growth-expectations/",
    },
    Target {
        series: "pk.ebops.9.credit",
        fiscal_year: "FY2028-29",
        value: 10000.0,
        what: "Uraan Pakistan plan: $10 billion of IT exports",
        url: "https://ppinewsagency.com/pakistans-it-exports-surge-by-19-in-january-meeting-growth-expectations/",
    },
];

/// The target for a series and fiscal year (canonical label), if one was stated.
pub fn target(series: &str, fiscal_year: &str) -> Option<&'static Target> {
    TARGETS
        .iter()
        .find(|t| t.series == series && t.fiscal_year == fiscal_year)
}
