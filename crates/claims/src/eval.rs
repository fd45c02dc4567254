//! Scoring the checker on annotated real articles (`crates/claims/eval/`).
//!
//! An [`Article`] is a real press article's claim-bearing sentences with every
//! numeric claim annotated by hand (period, series, kind, stated value, and the
//! truth against the SBP figures) before the checker was tuned on it. [`score`]
//! matches the checker's claims to the annotations by their place in the text and
//! counts, per kind and overall: claims found, right verdicts, and true claims
//! called contradicted. Which articles are held out is fixed by [`Article::split`]
//! (a hash of the article's id), not chosen by anyone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Report, Verdict};

/// One annotated article (the JSON files in `crates/claims/eval/articles/`).
#[derive(Debug, Clone, Deserialize)]
pub struct Article {
    pub id: String,
    pub url: String,
    pub outlet: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    pub lang: String,
    pub text: String,
    pub claims: Vec<Annotation>,
}

/// One hand-annotated claim.
#[derive(Debug, Clone, Deserialize)]
pub struct Annotation {
    /// The claim's words exactly as in the text.
    pub quote: String,
    /// Which occurrence of `quote` (1-based).
    #[serde(default = "one")]
    pub occurrence: usize,
    pub kind: String,
    pub series: String,
    #[serde(default)]
    pub period: Option<String>,
    /// `true`, `outdated`, `false` or `unverifiable`.
    pub truth: String,
    #[serde(default)]
    pub why: String,
}

fn one() -> usize {
    1
}

/// The development set, or the fifth kept aside and scored only at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    Dev,
    Holdout,
}

impl Article {
    /// Held out when the FNV-1a hash of the id is divisible by five: fixed by the
    /// id alone, so nobody picks which articles are easy.
    pub fn split(&self) -> Split {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.id.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        if h % 5 == 0 {
            Split::Holdout
        } else {
            Split::Dev
        }
    }

    /// The byte span of annotation `a` in the text, if its quote is there.
    pub fn locate(&self, a: &Annotation) -> Option<(usize, usize)> {
        let n = a.occurrence.max(1);
        let start = self
            .text
            .match_indices(a.quote.as_str())
            .nth(n - 1)
            .map(|(i, _)| i)?;
        Some((start, start + a.quote.len()))
    }
}

/// The verdict an annotation's truth calls for.
pub fn expected(truth: &str) -> Option<Verdict> {
    match truth {
        "true" => Some(Verdict::Supported),
        "outdated" => Some(Verdict::Outdated),
        "false" => Some(Verdict::Contradicted),
        "unverifiable" => Some(Verdict::Unverifiable),
        _ => None,
    }
}

/// Counts for one group of claims.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Tally {
    pub claims: usize,
    pub found: usize,
    pub right: usize,
    /// Claims annotated true (or outdated: true when published).
    pub true_claims: usize,
    /// Of those, how many the checker called contradicted.
    pub accused: usize,
}

impl Tally {
    fn add(&mut self, o: &Other) {
        self.claims += 1;
        self.found += usize::from(o.found);
        self.right += usize::from(o.right);
        self.true_claims += usize::from(o.true_claim);
        self.accused += usize::from(o.accused);
    }
    fn merge(&mut self, t: &Tally) {
        self.claims += t.claims;
        self.found += t.found;
        self.right += t.right;
        self.true_claims += t.true_claims;
        self.accused += t.accused;
    }
    pub fn detection(&self) -> f64 {
        ratio(self.found, self.claims)
    }
    pub fn accuracy(&self) -> f64 {
        ratio(self.right, self.claims)
    }
    pub fn false_accusation(&self) -> f64 {
        ratio(self.accused, self.true_claims)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// How one annotation fared.
struct Other {
    found: bool,
    right: bool,
    true_claim: bool,
    accused: bool,
}

/// One annotation the checker missed or misjudged, for reading.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub article: String,
    pub quote: String,
    pub kind: String,
    pub expected: String,
    /// `None`: not found.
    pub got: Option<String>,
    pub reason: Option<String>,
    pub why: String,
}

/// The scores of one article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ArticleScore {
    pub overall: Tally,
    pub by_kind: BTreeMap<String, Tally>,
    /// Claims the checker reported where no annotation is.
    pub unannotated: usize,
    pub misses: Vec<Miss>,
}

/// Scores the checker's `report` on `article`.
pub fn score(article: &Article, report: &Report) -> ArticleScore {
    let mut out = ArticleScore::default();
    let mut used = vec![false; report.claims.len()];
    for a in &article.claims {
        let Some(want) = expected(&a.truth) else {
            continue;
        };
        let span = article.locate(a);
        // The checker's claim that overlaps the quote most.
        let hit = span.and_then(|(s, e)| {
            report
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| c.start < e && s < c.end)
                .max_by_key(|(_, c)| c.end.min(e) - c.start.max(s))
        });
        if let Some((i, _)) = hit {
            used[i] = true;
        }
        let got = hit.map(|(_, c)| c.verdict);
        let true_claim = matches!(want, Verdict::Supported | Verdict::Outdated);
        let o = Other {
            found: hit.is_some(),
            right: got == Some(want),
            true_claim,
            accused: true_claim && got == Some(Verdict::Contradicted),
        };
        out.overall.add(&o);
        out.by_kind.entry(a.kind.clone()).or_default().add(&o);
        if !o.right {
            out.misses.push(Miss {
                article: article.id.clone(),
                quote: a.quote.clone(),
                kind: a.kind.clone(),
                expected: want.as_str().to_string(),
                got: got.map(|v| v.as_str().to_string()),
                reason: hit.map(|(_, c)| c.reason.clone()),
                why: a.why.clone(),
            });
        }
    }
    out.unannotated = used.iter().filter(|u| !**u).count();
    out
}

/// Scores summed over articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub articles: usize,
    pub overall: Tally,
    pub urdu: Tally,
    pub by_kind: BTreeMap<String, Tally>,
    pub unannotated: usize,
}

impl Summary {
    pub fn add(&mut self, article: &Article, s: &ArticleScore) {
        self.articles += 1;
        self.overall.merge(&s.overall);
        if article.lang == "ur" {
            self.urdu.merge(&s.overall);
        }
        for (k, t) in &s.by_kind {
            self.by_kind.entry(k.clone()).or_default().merge(t);
        }
        self.unannotated += s.unannotated;
    }

    /// The table the README shows.
    pub fn table(&self, title: &str) -> String {
        let mut s = format!(
            "{title}: {} articles, {} claims\n{:<14} {:>6} {:>9} {:>8} {:>8}\n",
            self.articles, self.overall.claims, "kind", "claims", "detected", "right", "accused"
        );
        let row = |name: &str, t: &Tally| {
            format!(
                "{:<14} {:>6} {:>8.1}% {:>7.1}% {:>7.1}%\n",
                name,
                t.claims,
                t.detection(),
                t.accuracy(),
                t.false_accusation()
            )
        };
        for (k, t) in &self.by_kind {
            s.push_str(&row(k, t));
        }
        s.push_str(&row("all", &self.overall));
        s.push_str(&row("urdu", &self.urdu));
        s.push_str(&format!(
            "(detected: annotated claims the checker found; right: found with the annotated verdict; \
             accused: true claims called contradicted, of {} true claims; \
             {} further claims reported where none is annotated)\n",
            self.overall.true_claims, self.unannotated
        ));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_is_fixed_by_the_id() {
        let a = |id: &str| Article {
            id: id.into(),
            url: String::new(),
            outlet: String::new(),
            published: String::new(),
            lang: "en".into(),
            text: String::new(),
            claims: vec![],
        };
        let held = (0..100)
            .filter(|i| a(&format!("x-{i}")).split() == Split::Holdout)
            .count();
        assert!((10..=30).contains(&held), "{held} of 100 held out");
        assert_eq!(a("x-1").split(), a("x-1").split());
    }
}
