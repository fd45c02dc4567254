//! Multiples of another figure: "up more than 6 times since the first quarter of
//! fiscal year 2009-10", "a 6-fold jump", "eight times higher than the country's
//! overall exports". Found and left unjudged: what the multiple is of (a base
//! period years back, another series' growth) the checker does not resolve.

use std::sync::LazyLock;

use regex::Regex;

use super::*;

static MULTIPLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::re(
        r"(?i)\b(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:\s*-\s*|\s+)(?:times|fold)\b",
    )
});

const WORDS: [(&str, f64); 12] = [
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
];

impl Sentence<'_> {
    /// The sentence's multiples, each an unjudged claim on the series it names.
    pub(super) fn multiple_claims(
        &self,
        text: &str,
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
        out: &mut Vec<Draft>,
    ) {
        let s = slice(text, self.start, self.end);
        for c in MULTIPLE.captures_iter(s) {
            let (Some(m), Some(n)) = (c.get(0), c.name("n")) else {
                continue;
            };
            let (start, end) = (self.start + m.start(), self.start + m.end());
            if out.iter().any(|d| d.start < end && start < d.end) {
                continue;
            }
            let word = n.as_str().to_ascii_lowercase();
            let value = WORDS
                .iter()
                .find(|(w, _)| *w == word)
                .map(|(_, v)| *v)
                .or_else(|| word.parse().ok());
            let Some(series) = ctx.at(text, start, end, None) else {
                continue;
            };
            out.push(Draft::new(
                start,
                end,
                Kind::Growth {
                    basis: Basis::Unknown,
                },
                Some(series),
                story,
                own_main,
                What::NotJudged {
                    value,
                    why: format!(
                        "a multiple (\"{}\") of another figure; the checker does not resolve what it multiplies",
                        m.as_str()
                    ),
                },
            ));
        }
    }
}
