//! The real data itx ships with, compiled into the binary so that a fresh install
//! works offline. Provenance of every file is in `data/README.md`.

use itx_types::Date;

use crate::{Error, Parsed, dashboard, dtxls, easydata, press};

/// One embedded file.
#[derive(Debug, Clone, Copy)]
pub struct File {
    pub name: &'static str,
    pub bytes: &'static [u8],
}

macro_rules! data {
    ($dir:literal, $name:literal) => {
        File {
            name: $name,
            bytes: include_bytes!(concat!("../../../data/", $dir, "/", $name)),
        }
    };
}

pub const EASYDATA: File = data!("sbp", "easydata_TS_GP_BOP_XMGS_M_long_export.csv");
pub const DT_FEB26: File = data!("sbp", "dt_2026-03-17_Feb26.xls");
pub const DT_MAR26: File = data!("sbp", "dt_2026-04-17_Mar26.xls");
pub const DASHBOARD: File = data!("sbp", "sbp_figures_2025_2026_via_dashboard.csv");
pub const PRESS_MONTHLY: File = data!("press", "pk_it_exports_monthly.csv");
pub const PRESS_PREFERRED: File = data!("press", "pk_ict_monthly_preferred.csv");
/// India's ICT services receipts, quarterly (RBI DBIE; `data/peers/SOURCES.md`).
pub const INDIA_RBI: File = data!("peers", "india_rbi_ict_quarterly.csv");

/// The press's figures for the peers itx does not set beside Pakistan
/// (`data/press/SOURCES.md`, "Peers"): reference, not observations.
pub const PEERS_PRESS: File = data!("press", "peers_ict_exports.csv");

/// Every embedded file.
pub const FILES: &[File] = &[
    EASYDATA,
    DT_FEB26,
    DT_MAR26,
    DASHBOARD,
    PRESS_MONTHLY,
    PRESS_PREFERRED,
    INDIA_RBI,
    PEERS_PRESS,
];

/// The peers' press figures ([`PEERS_PRESS`]).
///
/// # Errors
/// Only if the embedded file fails to parse, which the test suite rules out.
pub fn peer_press() -> Result<Vec<crate::peers_press::PeerPressFigure>, Error> {
    crate::peers_press::read(PEERS_PRESS.bytes, PEERS_PRESS.name)
}

/// The EasyData export does not print its own date. Its latest month is March
/// 2025, and SBP published March 2025's services trade on 17 April 2025 (the press
/// quoted it on the 18th: dunya.com.pk 2025-04-18); the export cannot predate that
/// and carries nothing from the May release, so its figures are dated 2025-04-17.
pub const EASYDATA_PUBLISHED: &str = "2025-04-17";

fn date(s: &str) -> Option<Date> {
    s.parse().ok()
}

/// Parses every embedded file into releases (`itx_app::load::bundle` writes them).
///
/// # Errors
/// Only if an embedded file fails to parse, which the test suite rules out.
pub fn parse_all() -> Result<Parsed, Error> {
    let mut all = Parsed::default();
    let mut add = |p: Parsed| {
        all.releases.extend(p.releases);
        all.warnings.extend(p.warnings);
    };
    add(easydata::read_portal_csv(
        EASYDATA.bytes,
        EASYDATA.name,
        date(EASYDATA_PUBLISHED),
    )?);
    // dt.xls carries no date inside; these are the days the files were saved from
    // sbp.org.pk (sbp_formats.md: commits 15a0bdc and e6fb785 of the dashboard repo).
    for (f, published) in [(DT_FEB26, "2026-03-17"), (DT_MAR26, "2026-04-17")] {
        add(dtxls::read(
            f.bytes,
            &crate::Source {
                published: date(published),
                ..crate::Source::named(f.name)
            },
        )?);
    }
    add(dashboard::read(DASHBOARD.bytes, DASHBOARD.name)?);
    let preferred = press::read_preferred(PRESS_PREFERRED.bytes, PRESS_PREFERRED.name)?;
    add(press::read_monthly(
        PRESS_MONTHLY.bytes,
        PRESS_MONTHLY.name,
        &preferred,
    )?);
    // The file does not say when DBIE published its values (they are DBIE's
    // values when the file was taken, revised): the release stays undated.
    add(crate::rbi::read(
        INDIA_RBI.bytes,
        &crate::Source::named(INDIA_RBI.name),
    )?);
    Ok(all)
}
