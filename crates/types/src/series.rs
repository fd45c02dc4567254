//! Series keys and what they mean.
//!
//! A key is stable text, `country.source-family.code.flow`, e.g. `pk.ebops.9.credit`
//! for Pakistan's exports of EBOPS 2010 item 9 (telecommunications, computer and
//! information services). The EBOPS code is the stable part of an SBP row; its label
//! wording is not (sbp_formats.md §1.3), so keys are built from codes.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Error, FiscalCalendar};

/// Short names users type, mapped to keys. This is the one declared vocabulary
/// that the CLI, the brief and the claim checker share.
pub const ALIASES: &[(&str, &str)] = &[
    ("ict", "pk.ebops.9.credit"),
    ("it", "pk.ebops.9.credit"),
    ("ict-exports", "pk.ebops.9.credit"),
    ("ict-imports", "pk.ebops.9.debit"),
    ("ict-net", "pk.ebops.9.net"),
    ("net-it", "pk.ebops.9.net"),
    ("services", "pk.ebops.services.credit"),
    ("services-imports", "pk.ebops.services.debit"),
    ("telecom", "pk.ebops.9.1.credit"),
    ("call-centres", "pk.ebops.9.1.1.credit"),
    ("computer", "pk.ebops.9.2.credit"),
    ("software-consultancy", "pk.ebops.9.2.2.credit"),
    ("software", "pk.ebops.9.2.4.credit"),
    ("freelance", "pk.ebops.9.2.5.credit"),
    ("information", "pk.ebops.9.3.credit"),
    ("goods", "pk.bop.goods.credit"),
    ("goods-services", "pk.bop.gs.credit"),
    ("india-ict", "in.ebops.9.credit"),
    ("india-computer", "in.ebops.9.2.credit"),
    ("india-services", "in.ebops.services.credit"),
    ("bangladesh-ict", "bd.ebops.9.credit"),
    ("vietnam-ict", "vn.ebops.9.credit"),
    ("philippines-ict", "ph.ebops.9.credit"),
];

/// A stable series identifier.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SeriesKey(String);

impl SeriesKey {
    /// Wraps a key without checking it against any catalogue.
    pub fn new(key: impl Into<String>) -> Self {
        SeriesKey(key.into())
    }
    /// The key for an EBOPS code and flow: `ebops("pk", "9.2", Flow::Credit)`.
    pub fn ebops(country: &str, code: &str, flow: Flow) -> Self {
        SeriesKey(format!("{country}.ebops.{code}.{}", flow.as_str()))
    }
    /// Resolves an alias (`ict`) or a well-formed key (`pk.ebops.9.credit`).
    ///
    /// # Errors
    /// When the text is neither an alias nor shaped like a key.
    pub fn resolve(s: &str) -> Result<Self, Error> {
        let t = s.trim();
        if let Some((_, key)) = ALIASES.iter().find(|(a, _)| a.eq_ignore_ascii_case(t)) {
            return Ok(SeriesKey::new(*key));
        }
        let ok = t.split('.').count() >= 3
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if ok {
            Ok(SeriesKey::new(t))
        } else {
            Err(Error::UnknownSeries(s.to_string()))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The EBOPS code in the key (`9.2`), if it is an EBOPS series.
    pub fn ebops_code(&self) -> Option<&str> {
        let rest = self.0.split_once(".ebops.")?.1;
        Some(rest.rsplit_once('.')?.0)
    }
    pub fn flow(&self) -> Option<Flow> {
        Flow::parse(self.0.rsplit('.').next()?)
    }
    /// True when `self` is a sub-item of `whole`, same country and flow
    /// (`pk.ebops.9.2.credit` of `pk.ebops.9.credit`).
    pub fn is_part_of(&self, whole: &SeriesKey) -> bool {
        let (Some(p), Some(w)) = (self.ebops_code(), whole.ebops_code()) else {
            return false;
        };
        self.flow() == whole.flow()
            && p.strip_prefix(w).is_some_and(|rest| rest.starts_with('.'))
            && self.0.split_once(".ebops.").map(|x| x.0)
                == whole.0.split_once(".ebops.").map(|x| x.0)
    }
    /// The fiscal calendar of the series' country.
    pub fn calendar(&self) -> FiscalCalendar {
        match self.0.split('.').next() {
            Some("in") => FiscalCalendar::INDIA,
            Some("bd") => FiscalCalendar::BANGLADESH,
            Some("pk") => FiscalCalendar::PAKISTAN,
            _ => FiscalCalendar::CALENDAR_YEAR,
        }
    }
    /// The key of the same item with another flow.
    pub fn with_flow(&self, flow: Flow) -> SeriesKey {
        match self.0.rsplit_once('.') {
            Some((stem, _)) => SeriesKey(format!("{stem}.{}", flow.as_str())),
            None => self.clone(),
        }
    }
}

impl fmt::Display for SeriesKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Direction of a balance-of-payments entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Flow {
    /// Exports (receipts).
    Credit,
    /// Imports (payments).
    Debit,
    /// Credit less debit.
    Net,
}

impl Flow {
    pub fn as_str(self) -> &'static str {
        match self {
            Flow::Credit => "credit",
            Flow::Debit => "debit",
            Flow::Net => "net",
        }
    }
    pub fn parse(s: &str) -> Option<Flow> {
        match s.trim().to_ascii_lowercase().as_str() {
            "credit" => Some(Flow::Credit),
            "debit" => Some(Flow::Debit),
            "net" | "balance" => Some(Flow::Net),
            _ => None,
        }
    }
    pub fn noun(self) -> &'static str {
        match self {
            Flow::Credit => "exports",
            Flow::Debit => "imports",
            Flow::Net => "net exports",
        }
    }
}

/// A currency unit with its scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    #[serde(rename = "US$ thousand")]
    UsdThousand,
    #[serde(rename = "US$ million")]
    UsdMillion,
    #[serde(rename = "US$")]
    Usd,
}

impl Unit {
    /// Converts `v` in this unit to US$ million by exact division (not by a
    /// rounded factor), so a published figure maps to the nearest f64.
    pub fn to_millions(self, v: f64) -> f64 {
        match self {
            Unit::UsdThousand => v / 1e3,
            Unit::UsdMillion => v,
            Unit::Usd => v / 1e6,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::UsdThousand => "US$ thousand",
            Unit::UsdMillion => "US$ million",
            Unit::Usd => "US$",
        }
    }
    pub fn parse(s: &str) -> Option<Unit> {
        match s {
            "US$ thousand" => Some(Unit::UsdThousand),
            "US$ million" => Some(Unit::UsdMillion),
            "US$" => Some(Unit::Usd),
            _ => None,
        }
    }
}

/// What a series is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesInfo {
    pub key: SeriesKey,
    pub name: String,
    /// The unit values are stored and shown in (always US$ million in itx).
    pub unit: Unit,
    pub ebops_code: Option<String>,
}

/// A short name for prose: "ICT exports", "computer services exports".
pub fn short_name(key: &SeriesKey) -> String {
    match key.as_str() {
        "pk.ebops.9.credit" => return "ICT exports".into(),
        "pk.ebops.9.debit" => return "ICT imports".into(),
        "pk.ebops.9.net" => return "Net ICT exports".into(),
        "pk.ebops.services.credit" => return "Services exports".into(),
        "pk.bop.gs.credit" => return "Exports of goods and services".into(),
        "pk.bop.goods.credit" => return "Goods exports".into(),
        _ => {}
    }
    let country = key
        .as_str()
        .split('.')
        .next()
        .and_then(crate::peers::country_name);
    // Another country's series: "India's ICT exports".
    if let (Some(c), Some(rest)) = (country, key.as_str().split_once('.').map(|x| x.1)) {
        let pk = short_name(&SeriesKey::new(format!("pk.{rest}")));
        return format!("{c}'s {pk}");
    }
    match (key.ebops_code().and_then(ebops_name), key.flow()) {
        // SBP's "Export / Import of computer software" says the flow itself.
        (Some(n), Some(f)) => {
            let n = n.strip_prefix("Export / Import of ").unwrap_or(n);
            format!("{} {}", n.to_lowercase(), f.noun())
        }
        _ => key.to_string(),
    }
}

/// EBOPS 2010 names of the items itx talks about by name (SBP dt.xls wording,
/// cleaned of its stray spaces); other items take their label from the release.
pub fn ebops_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "services" => "Services",
        "1" => "Manufacturing services on physical inputs owned by others",
        "2" => "Maintenance and repair services n.i.e.",
        "3" => "Transport",
        "4" => "Travel",
        "5" => "Construction",
        "6" => "Insurance and pension services",
        "7" => "Financial services",
        "8" => "Charges for the use of intellectual property n.i.e.",
        "9" => "Telecommunications, computer and information services",
        "9.1" => "Telecommunications services",
        "9.1.1" => "Call centres",
        "9.1.2" => "Telecommunication services",
        "9.2" => "Computer services",
        "9.2.1" => "Hardware consultancy services",
        "9.2.2" => "Software consultancy services",
        "9.2.3" => "Maintenance & repairs of computer",
        "9.2.4" => "Export / Import of computer software",
        "9.2.5" => "Freelance of computer and information services",
        "9.2.6" => "Other computer services",
        "9.3" => "Information services",
        "9.3.1" => "News agency services",
        "9.3.2" => "Other information services",
        "10" => "Other business services",
        "11" => "Personal, cultural, and recreational services",
        "12" => "Government goods and services n.i.e.",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_items() {
        let k = SeriesKey::new;
        assert!(k("pk.ebops.9.3.credit").is_part_of(&k("pk.ebops.9.credit")));
        assert!(k("pk.ebops.9.2.5.credit").is_part_of(&k("pk.ebops.9.credit")));
        assert!(!k("pk.ebops.9.net").is_part_of(&k("pk.ebops.9.credit")));
        assert!(!k("pk.ebops.9.2.debit").is_part_of(&k("pk.ebops.9.credit")));
        assert!(!k("pk.ebops.10.credit").is_part_of(&k("pk.ebops.1.credit")));
        assert!(!k("pk.ebops.9.credit").is_part_of(&k("pk.ebops.9.credit")));
    }

    #[test]
    fn short_names_read_as_prose() {
        let name = |k: &str| short_name(&SeriesKey::new(k));
        assert_eq!(name("pk.ebops.9.credit"), "ICT exports");
        assert_eq!(name("pk.ebops.9.2.credit"), "computer services exports");
        // SBP's item 9.2.4 is "Export / Import of computer software".
        assert_eq!(name("pk.ebops.9.2.4.credit"), "computer software exports");
        assert_eq!(name("pk.ebops.9.2.4.debit"), "computer software imports");
    }

    #[test]
    fn keys_and_aliases() {
        let k = SeriesKey::resolve("ICT").unwrap();
        assert_eq!(k.as_str(), "pk.ebops.9.credit");
        assert_eq!(k.ebops_code(), Some("9"));
        assert_eq!(k.flow(), Some(Flow::Credit));
        assert_eq!(k.with_flow(Flow::Net).as_str(), "pk.ebops.9.net");
        assert_eq!(
            SeriesKey::resolve("pk.ebops.9.2.5.credit")
                .unwrap()
                .ebops_code(),
            Some("9.2.5")
        );
        assert!(SeriesKey::resolve("'; drop table x").is_err());
        assert!(SeriesKey::resolve("bogus").is_err());
    }
}
