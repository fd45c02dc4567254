//! Figures outside the statistics itx holds: counts of people, firms, jobs or
//! days ("2.32 million freelancers", "7,500 jobs", "21 days"), percentages
//! that are neither a rate of change nor a share of a series ("62 percent of IT
//! companies", "retain 35pc of their export proceeds"), and money the checker
//! ties to no series ("firms export less than $0.1 million"). Found and left
//! unjudged, so that a reader sees every figure of the story accounted for and
//! knows which ones itx did not check.

use std::sync::LazyLock;

use regex::Regex;

use super::*;

/// A number, its multiplier, up to two words, and what it counts.
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::re(
        r"(?i)(?:^|[\s(\[\-–—])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?P<mult>million|thousand|lakh|crore|billion|ہزار|لاکھ|کروڑ|ملین|ارب)(?:\b|\s))?\s+(?:[a-z][a-z-]*\s+){0,2}?(?P<noun>freelancers?|jobs|professionals|graduates|companies|firms|start-?ups|call\s+cent(?:re|er)s|positions|places|economies|countries|days|people|persons|workers|employees|engineers|developers|students|accounts|users|subscribers|members|exporters|parks|individuals|trainees|candidates|فری\s?لانسرز|کمپنیاں|کمپنیوں|افراد|ملازمتیں|ملازمتوں|نوکریاں|ممالک|دن)(?:\W|$)",
    )
});

/// A whole number grouped in thousands ("38,000"), standing alone.
static GROUPED: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::re(r"(?:^|[\s(])(?P<n>\d{1,3}(?:,\d{3})+)(?:[\s).,;]|$)"));

impl Sentence<'_> {
    /// The sentence's figures that no other claim of it covers, each an
    /// unjudged claim of its own.
    pub(super) fn other_figures(&self, text: &str, out: &mut Vec<Draft>) {
        let covered = |out: &[Draft], start: usize, end: usize| {
            out.iter()
                .rev()
                .take_while(|d| d.start >= self.start)
                .any(|d| overlaps((d.start, d.end), (start, end)))
        };
        let mut found = Vec::new();
        // A market price is an aside, a link to another story ("Boeing Shares
        // Plunge 4.9%"), no figure of the story.
        let market = self
            .untracked
            .iter()
            .any(|(a, b)| vocab::names_market(slice(text, *a, *b)));
        for p in self.pcts.iter().filter(|_| !market) {
            // A fraction in words is as often a period ("in the first half of
            // FY21", "in three quarters of the current financial year") as a
            // share: only a percentage counts here, in digits or in words.
            let written = slice(text, p.start, p.end).to_ascii_lowercase();
            let fraction = ["half", "quarter", "third"]
                .iter()
                .any(|w| written.contains(w));
            if covered(out, p.start, p.end) || fraction {
                continue;
            }
            // About a subject the sentence names ("inflation eased to 4.1
            // percent"), else about nothing the checker could tie it to.
            found.push(
                self.untracked(text, p.start, p.end, Some(p.value), Kind::Other)
                    .unwrap_or_else(|| {
                        unchecked(
                            (p.start, p.end),
                            p.value,
                            "a percentage the checker reads as neither a rate of change nor a share of a series it holds; not checked".into(),
                        )
                    }),
            );
        }
        // Money the checker could tie to no series ("80 percent of firms
        // export less than $0.1 million").
        for a in &self.amounts {
            let (start, end) = (a.amount.start, a.amount.end);
            if covered(out, start, end)
                || found
                    .iter()
                    .any(|d: &Draft| overlaps((d.start, d.end), (start, end)))
            {
                continue;
            }
            let why = if a.amount.currency == Currency::Rupee {
                "an amount in rupees the checker could tie to no series it holds; not checked"
            } else {
                "an amount the checker could tie to no series it holds; not checked"
            };
            found.push(unchecked((start, end), a.amount.value, why.into()));
        }
        // A span no claim, number or period of the sentence already takes.
        let free = |out: &[Draft], found: &[Draft], (start, end): (usize, usize)| {
            let taken = |(a, b): (usize, usize)| overlaps((a, b), (start, end));
            !covered(out, start, end)
                && !found.iter().any(|d| taken((d.start, d.end)))
                && !self.numbers.iter().copied().any(taken)
                && !self.periods.iter().any(|m| taken((m.start, m.end)))
        };
        let s = slice(text, self.start, self.end);
        let mut counted = None;
        for c in COUNT.captures_iter(s) {
            let (Some(n), Some(noun)) = (c.name("n"), c.name("noun")) else {
                continue;
            };
            let (start, end) = (self.start + n.start(), self.start + noun.end());
            if !free(out, &found, (start, end)) {
                continue;
            }
            let Ok(value) = n.as_str().replace(',', "").parse::<f64>() else {
                continue;
            };
            // "The 2025 graduates": a year, not a count.
            let year = n.as_str().len() == 4 && (1900.0..2100.0).contains(&value);
            if year && c.name("mult").is_none() {
                continue;
            }
            let times = c
                .name("mult")
                .and_then(|m| crate::scan::unit_millions(m.as_str()))
                .map_or(1.0, |millions| millions * 1e6);
            let what = english_noun(noun.as_str());
            found.push(unchecked(
                (start, end),
                value * times,
                format!("a count of {what}, which itx does not track"),
            ));
            counted = Some(what);
        }
        // "Pakistan is home to 2.32 million freelancers … yet only 38,000 have
        // bank accounts" (ARY News, 2024-12-18): a later figure in thousands
        // without a unit, in a sentence that counts something, is a count too.
        if let Some(what) = counted {
            for m in GROUPED.captures_iter(s).filter_map(|c| c.name("n")) {
                let (start, end) = (self.start + m.start(), self.start + m.end());
                if !free(out, &found, (start, end)) {
                    continue;
                }
                let Ok(value) = m.as_str().replace(',', "").parse::<f64>() else {
                    continue;
                };
                found.push(unchecked(
                    (start, end),
                    value,
                    format!(
                        "a count (of {what}, as the sentence counts), which itx does not track"
                    ),
                ));
            }
        }
        found.sort_by_key(|d| d.start);
        out.extend(found);
    }
}

/// A figure found and left unchecked, with what it is.
fn unchecked((start, end): (usize, usize), value: f64, why: String) -> Draft {
    Draft::new(
        start,
        end,
        Kind::Other,
        None,
        None,
        false,
        What::NotJudged {
            value: Some(value),
            why,
        },
    )
}

/// What an Urdu count counts, in English for the reason (the checker's reasons
/// are English in both languages); an English noun as written.
fn english_noun(noun: &str) -> String {
    let noun = noun.split_whitespace().collect::<Vec<_>>().join(" ");
    let english = match noun.replace(' ', "").as_str() {
        "فریلانسرز" => "freelancers",
        "کمپنیاں" | "کمپنیوں" => "companies",
        "افراد" => "people",
        "ملازمتیں" | "ملازمتوں" | "نوکریاں" => "jobs",
        "ممالک" => "countries",
        "دن" => "days",
        _ => return noun,
    };
    english.to_string()
}
