//! Releases, vintages, and the rule that decides which vintage is current.
//!
//! itx never overwrites a figure: each release that stated a value for a
//! (series, period) is kept as a [`Vintage`]. Which one is "current" — as known
//! today, or as known on an earlier date — is decided by [`pick_current`].

use serde::{Deserialize, Serialize};

use crate::{Date, Error, Unit};

/// How a figure was marked by whoever published it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Marked `(P)` by SBP: first estimate, to be revised.
    Provisional,
    /// Marked `(R)` by SBP: a revision of an earlier estimate.
    Revised,
    /// Declared final by the publisher.
    Final,
    /// An official figure published without any P/R marker (EasyData's
    /// "Normal", dt.xls year-ago columns written as date cells).
    Unmarked,
    /// A figure reported in the press, not taken from an official release.
    PressReported,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Provisional => "provisional",
            Status::Revised => "revised",
            Status::Final => "final",
            Status::Unmarked => "unmarked",
            Status::PressReported => "press-reported",
        }
    }
    /// # Errors
    /// When the text is none of the statuses.
    pub fn parse(s: &str) -> Result<Status, Error> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "provisional" | "p" => Status::Provisional,
            "revised" | "r" => Status::Revised,
            "final" => Status::Final,
            "unmarked" | "" | "normal" => Status::Unmarked,
            "press-reported" | "press" => Status::PressReported,
            _ => return Err(Error::BadStatus(s.to_string())),
        })
    }
}

/// Who stands behind a release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// The statistics office itself (SBP files, EasyData, SBP headline tables).
    Official,
    /// A newspaper, agency or analyst note quoting a figure.
    Press,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Official => "official",
            SourceKind::Press => "press",
        }
    }
    pub fn parse(s: &str) -> Option<SourceKind> {
        match s {
            "official" => Some(SourceKind::Official),
            "press" => Some(SourceKind::Press),
            _ => None,
        }
    }
}

/// One publication: an SBP workbook, a portal export, a news article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Release {
    pub id: i64,
    /// Human name of the source, e.g. "SBP dt.xls (EBOPS), Mar-26 release".
    pub source: String,
    pub kind: SourceKind,
    /// The day the figures became public; `None` when the source does not say.
    pub published: Option<Date>,
    /// File the figures were read from (for files), as named when ingested.
    pub file: Option<String>,
    /// Where the publication lives on the web.
    pub url: Option<String>,
}

/// What a source's name says when the figures are SBP's own, read from a third
/// party's capture of SBP's file rather than from the file itself (the public
/// dashboard's history; `itx_ingest::dashboard`).
pub const CAPTURED_BY: &str = ", as captured by ";

/// How close a figure is to the statistics office, in the words readers see
/// beside it wherever it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    /// Read from SBP's own file or portal export.
    OfficialFile,
    /// SBP's figure, read from a third party's capture of SBP's file.
    OfficialCaptured,
    /// Reported in the press; yields to any official figure.
    Press,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::OfficialFile => "official-file",
            Tier::OfficialCaptured => "official-captured",
            Tier::Press => "press",
        }
    }
    /// The tier in words: "official file", "official figure as captured by a
    /// third party", "press report".
    pub fn words(self) -> &'static str {
        match self {
            Tier::OfficialFile => "official file",
            Tier::OfficialCaptured => "official figure as captured by a third party",
            Tier::Press => "press report",
        }
    }
}

impl Release {
    /// Where this release stands: SBP's own file, SBP's figure as a third party
    /// captured it, or the press.
    pub fn tier(&self) -> Tier {
        match self.kind {
            SourceKind::Press => Tier::Press,
            SourceKind::Official if self.source.contains(CAPTURED_BY) => Tier::OfficialCaptured,
            SourceKind::Official => Tier::OfficialFile,
        }
    }
}

/// One release's value for one (series, period).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Vintage {
    pub release: Release,
    /// In the series' unit (US$ million).
    pub value: f64,
    /// The number exactly as the source printed it, in `unit_published`.
    pub value_published: String,
    pub unit_published: Unit,
    pub status: Status,
    /// Sheet and cell (`'EBOPS '!I59`), or line of a CSV file (`line 123`).
    pub location: String,
    /// The sentence a press figure was taken from.
    pub quote: Option<String>,
    /// Set on the one press figure that a curated list marks as the right one
    /// for a period that only the press covers.
    pub preferred: bool,
    /// Why the figure was implausible when it was loaded anyway
    /// (`--accept-outliers`); `None` for a figure that passed every check.
    pub flag: Option<String>,
}

/// The current vintage among `vintages` as known on `as_of` (`None`: today).
///
/// The rule, in order:
/// 1. only releases published on or before `as_of` count; with an `as_of`, a
///    release whose date is unknown does not count (it cannot be shown to have
///    been known then);
/// 2. an official figure outranks any press figure;
/// 3. among official figures the latest release wins (revisions replace
///    earlier estimates); on the same day a figure carrying SBP's own P/R
///    marker outranks an unmarked copy, then the release ingested last wins;
/// 4. among press figures the curated preferred one wins, then the latest dated.
pub fn pick_current(vintages: &[Vintage], as_of: Option<Date>) -> Option<&Vintage> {
    pick_current_of(vintages, as_of)
}

/// [`pick_current`] among vintages held anywhere.
pub fn pick_current_of<'a>(
    vintages: impl IntoIterator<Item = &'a Vintage>,
    as_of: Option<Date>,
) -> Option<&'a Vintage> {
    vintages
        .into_iter()
        .filter(|v| match (as_of, v.release.published) {
            (None, _) => true,
            (Some(d), Some(p)) => p <= d,
            (Some(_), None) => false,
        })
        .max_by(|a, b| rank(a).cmp(&rank(b)))
}

fn rank(v: &Vintage) -> (bool, bool, Option<Date>, bool, i64) {
    (
        v.release.kind == SourceKind::Official,
        v.preferred,
        v.release.published,
        // Same day, same figure read twice: the copy that carries the release's own
        // P/R marker (read from the SBP file itself) outranks an unmarked transcription.
        matches!(
            v.status,
            Status::Provisional | Status::Revised | Status::Final
        ),
        v.release.id,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(
        id: i64,
        kind: SourceKind,
        published: Option<&str>,
        value: f64,
        preferred: bool,
    ) -> Vintage {
        Vintage {
            release: Release {
                id,
                source: format!("r{id}"),
                kind,
                published: published.map(|d| d.parse().unwrap()),
                file: None,
                url: None,
            },
            value,
            value_published: value.to_string(),
            unit_published: Unit::UsdMillion,
            status: Status::Unmarked,
            location: String::new(),
            quote: None,
            preferred,
            flag: None,
        }
    }

    #[test]
    fn official_beats_press_and_later_official_beats_earlier() {
        use SourceKind::*;
        // June 2025: press 338 (undated first print), press 339, official 339 a year later.
        let vs = [
            v(1, Press, None, 338.0, false),
            v(2, Press, Some("2025-08-20"), 339.0, false),
            v(3, Official, Some("2026-08-07"), 339.0, false),
        ];
        assert_eq!(pick_current(&vs, None).unwrap().release.id, 3);
        assert_eq!(
            pick_current(&vs, Some("2025-09-01".parse().unwrap()))
                .unwrap()
                .release
                .id,
            2
        );
        assert!(pick_current(&vs, Some("2025-01-01".parse().unwrap())).is_none());
        // March 2025: EasyData 342 then dt.xls 344.93.
        let vs = [
            v(1, Official, Some("2026-04-17"), 344.93, false),
            v(2, Official, Some("2025-04-17"), 342.0, false),
        ];
        assert_eq!(pick_current(&vs, None).unwrap().value, 344.93);
        assert_eq!(
            pick_current(&vs, Some("2026-01-01".parse().unwrap()))
                .unwrap()
                .value,
            342.0
        );
    }

    #[test]
    fn preferred_press_figure_beats_a_later_misprint() {
        use SourceKind::*;
        let vs = [
            v(1, Press, Some("2025-12-18"), 356.0, true),
            v(2, Press, Some("2026-01-20"), 348.0, false),
        ];
        assert_eq!(pick_current(&vs, None).unwrap().value, 356.0);
    }
}
