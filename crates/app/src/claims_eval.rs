//! The claim checker's evaluation on the annotated corpus
//! (`crates/claims/eval/articles/*.json`): reads the articles, checks each as of
//! its publication date, and scores the result (`itx bench claims`).

use std::path::Path;

use crate::checking::{CheckOptions, check};
use crate::{Error, Result};
use itx_claims::eval::{Article, ArticleScore, Miss, Split, Summary, score};
use itx_store::Store;

/// Which articles to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Dev,
    Holdout,
    All,
}

/// The scores, and every claim missed or misjudged.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Evaluation {
    pub summary: Summary,
    pub misses: Vec<Miss>,
    /// Milliseconds to check every article in the set.
    pub millis: f64,
}

/// Reads every `*.json` article under `dir`, sorted by file name.
///
/// # Errors
/// A file that cannot be read or parsed (naming it).
pub fn load_corpus(dir: &Path) -> Result<Vec<Article>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(format!("{}: cannot list the corpus", dir.display()), e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p)
                .map_err(|e| Error::io(format!("{}: cannot read", p.display()), e))?;
            serde_json::from_slice::<Article>(&bytes)
                .map_err(|e| Error::Bad(format!("{}: not an annotated article: {e}", p.display())))
        })
        .collect()
}

/// Checks and scores the articles of `which` set.
///
/// # Errors
/// When the store cannot be read.
pub fn evaluate(store: &Store, articles: &[Article], which: Which) -> Result<Evaluation> {
    let mut ev = Evaluation::default();
    let t = std::time::Instant::now();
    for a in articles {
        let keep = match which {
            Which::All => true,
            Which::Dev => a.split() == Split::Dev,
            Which::Holdout => a.split() == Split::Holdout,
        };
        if !keep {
            continue;
        }
        // A date known only to the month ("2025-04") is taken as its 15th.
        let date = itx_types::parse_article_date(&a.published).ok();
        let opts = CheckOptions {
            date,
            ..CheckOptions::default()
        };
        let report = check(store, &a.text, &opts)?;
        let s: ArticleScore = score(a, &report);
        ev.summary.add(a, &s);
        ev.misses.extend(s.misses);
    }
    ev.millis = t.elapsed().as_secs_f64() * 1e3;
    Ok(ev)
}
