//! Multiples of another figure: "up more than 6 times since the first quarter of
//! fiscal year 2009-10", "a 6-fold jump", "eight times higher than the country's
//! overall exports". Found and left unjudged: what the multiple is of (a base
//! period years back, another series' growth) the checker does not resolve.

use std::sync::LazyLock;

use regex::Regex;

use super::*;

static MULTIPLE: LazyLock<Regex> = LazyLock::new(|| {
    // "Tenfold", "fivefold" run together; "quadruple", "triple" alone
    // ("quadruple IT exports to $5bn", The Register, 2020-08-12); "doubled"
    // ("ICT exports doubled in the last three years", PhoneWorld, 2022-10-10),
    // not "double" ("double-digit").
    crate::scan::re(
        r"(?i)\b(?:(?P<n>\d+(?:\.\d+)?|[a-z]+)(?:(?:\s*-\s*|\s+)(?:times|fold)|fold)|(?P<q>quadrupl(?:e[ds]?|ing)|tripl(?:e[ds]?|ing)|doubl(?:e[ds]|ing)))\b",
    )
});

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
            let Some(m) = c.get(0) else {
                continue;
            };
            let (start, end) = (self.start + m.start(), self.start + m.end());
            // A figure the sentence's other claims already cover (its drafts are
            // the last ones pushed).
            if out
                .iter()
                .rev()
                .take_while(|d| d.start >= self.start)
                .any(|d| d.start < end && start < d.end)
            {
                continue;
            }
            // "6 times", "eight times"; not "several times".
            let value = match (c.name("n"), c.name("q")) {
                (Some(n), _) => n
                    .as_str()
                    .parse()
                    .ok()
                    .or_else(|| crate::scan::number_word(n.as_str())),
                // Quadruple, triple, double: told apart by their first letters.
                (None, Some(q)) => match q.as_str().as_bytes()[0].to_ascii_lowercase() {
                    b'q' => Some(4.0),
                    b't' => Some(3.0),
                    _ => Some(2.0),
                },
                _ => None,
            };
            let Some(value) = value else {
                continue;
            };
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
                    value: Some(value),
                    why: format!(
                        "a multiple (\"{}\") of another figure; the checker does not resolve what it multiplies",
                        m.as_str()
                    ),
                },
            ));
        }
    }
}
