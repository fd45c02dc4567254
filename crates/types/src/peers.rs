//! The countries set beside Pakistan, and why some of them cannot be.
//!
//! India publishes an official EBOPS item-9 series (RBI, quarterly), which itx
//! holds under `in.ebops.*`. The others the press compares Pakistan with publish
//! no series on the same footing; their figures are press-reported and
//! [`UNCOMPARED`] says why each is left out. The peers page, `itx peers` and
//! the claim checker all read this one table.

/// A country itx does not compare, with the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Uncompared {
    /// As the press names it ("Bangladesh").
    pub country: &'static str,
    /// The two-letter code its keys would carry (`bd`).
    pub code: &'static str,
    /// Why its figures are not set beside Pakistan's.
    pub reason: &'static str,
}

/// Countries the press compares Pakistan with that have no official figure on
/// the same footing in the store.
pub const UNCOMPARED: &[Uncompared] = &[
    Uncompared {
        country: "Bangladesh",
        code: "bd",
        reason: "Bangladesh Bank publishes fiscal-year-to-date HTML tables, not an EBOPS item-9 series; no official figure in the store",
    },
    Uncompared {
        country: "Vietnam",
        code: "vn",
        reason: "publishes no computer-services line; no official figure in the store",
    },
    Uncompared {
        country: "Philippines",
        code: "ph",
        reason: "'IT-BPM revenues' is a wider aggregate than EBOPS item 9; not comparable",
    },
];

/// The country a key belongs to, in words, when it is not Pakistan's
/// (`in.ebops.9.credit` → "India").
pub fn country_name(code: &str) -> Option<&'static str> {
    match code {
        "in" => Some("India"),
        _ => UNCOMPARED
            .iter()
            .find(|u| u.code == code)
            .map(|u| u.country),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_uncompared_country_has_a_name_and_a_reason() {
        for u in UNCOMPARED {
            assert_eq!(country_name(u.code), Some(u.country));
            assert!(!u.reason.is_empty());
        }
        assert_eq!(country_name("in"), Some("India"));
        assert_eq!(country_name("pk"), None);
    }
}
