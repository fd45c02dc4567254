//! "Cite this": a figure or a chart as a reference a reader can paste, in
//! plain text, BibTeX and CSL-JSON (the formats Zotero, Pandoc and reference
//! managers read). Every citation names the release the figure comes from, its
//! publication date, its address, its source tier and the day it was retrieved.

use itx_types::{Date, SeriesKey, Tier, Vintage, YearMonth, short_name};
use serde_json::json;

/// A citation in the three forms.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct Citation {
    pub bibtex: String,
    /// CSL-JSON: an array of one item.
    #[schema(value_type = Object)]
    pub csl: serde_json::Value,
    pub text: String,
}

/// Who published a release: SBP for official figures (also when a third party
/// captured them), the outlet for a press report.
fn author(v: &Vintage) -> String {
    match v.release.tier() {
        Tier::Press => v
            .release
            .source
            .split(", ")
            .next()
            .unwrap_or(&v.release.source)
            .to_string(),
        Tier::OfficialFile | Tier::OfficialCaptured => "State Bank of Pakistan".into(),
    }
}

/// BibTeX text with its special characters escaped.
fn bib(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '$' | '&' | '%' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn date_parts(d: Date) -> serde_json::Value {
    json!({ "date-parts": [[d.year(), d.month(), d.day()]] })
}

/// The citation of one monthly figure, `value` in US$ million as `v` states it.
pub fn figure(
    key: &SeriesKey,
    month: YearMonth,
    v: &Vintage,
    url: &str,
    retrieved: Date,
) -> Citation {
    let what = format!(
        "{}, {}: {}",
        short_name(key),
        month.long_label(),
        itx_types::money(v.value)
    );
    let tier = v.release.tier().words();
    let published = v
        .release
        .published
        .map_or_else(|| "undated".to_string(), |d| d.to_string());
    let who = author(v);
    let link = v.release.url.as_deref().unwrap_or(url);
    let text = format!(
        "{who}. \"{what}\" ({key}). {}, {}; {tier}; published {published}; {}. {link}. Retrieved {retrieved} via itx ({url}).",
        v.release.source,
        v.location,
        v.status.as_str()
    );
    let id = format!("itx-{}-{month}", key.as_str().replace('.', "-"));
    let year = v.release.published.map(|d| d.year());
    let bibtex = format!(
        "@misc{{{id},\n  author = {{{{{}}}}},\n  title = {{{}}},\n  howpublished = {{{}}},\n{}  url = {{{link}}},\n  urldate = {{{retrieved}}},\n  note = {{{}}}\n}}\n",
        bib(&who),
        bib(&format!("{what} ({key})")),
        bib(&v.release.source),
        match (year, v.release.published) {
            (Some(y), Some(d)) => format!("  year = {{{y}}},\n  date = {{{d}}},\n"),
            _ => String::new(),
        },
        bib(&format!(
            "{tier}; {}, {}; retrieved via itx at {url}",
            v.location,
            v.status.as_str()
        )),
    );
    let mut item = json!({
        "id": id,
        "type": "dataset",
        "title": format!("{what} ({key})"),
        "author": [{ "literal": who }],
        "publisher": v.release.source,
        "URL": link,
        "accessed": date_parts(retrieved),
        "note": format!("{tier}; {}, {}; retrieved via itx at {url}", v.location, v.status.as_str()),
    });
    if let Some(d) = v.release.published {
        item["issued"] = date_parts(d);
    }
    Citation {
        bibtex,
        csl: json!([item]),
        text,
    }
}

/// The citation of a chart: what it shows, the releases it rests on (the
/// newest publication date among them), where it is.
pub fn chart(
    title: &str,
    key: &SeriesKey,
    newest: Option<Date>,
    (releases, press): (usize, usize),
    url: &str,
    retrieved: Date,
) -> Citation {
    let basis = format!(
        "chart by itx from {releases} release{}{} (newest published {})",
        if releases == 1 { "" } else { "s" },
        match press {
            0 => " of State Bank of Pakistan figures".to_string(),
            n => format!(", {n} of them press reports where SBP's figure was not at hand"),
        },
        newest.map_or_else(|| "undated".into(), |d| d.to_string())
    );
    let text = format!(
        "State Bank of Pakistan. \"{title}\" ({key}); {basis}. {url}. Retrieved {retrieved}."
    );
    let id = format!(
        "itx-chart-{}-{}",
        key.as_str().replace('.', "-"),
        title
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(24)
            .collect::<String>()
            .to_ascii_lowercase()
    );
    let bibtex = format!(
        "@misc{{{id},\n  author = {{{{State Bank of Pakistan}}}},\n  title = {{{}}},\n  howpublished = {{{}}},\n  url = {{{url}}},\n  urldate = {{{retrieved}}}\n}}\n",
        bib(&format!("{title} ({key})")),
        bib(&basis)
    );
    let mut item = json!({
        "id": id,
        "type": "figure",
        "title": format!("{title} ({key})"),
        "author": [{ "literal": "State Bank of Pakistan" }],
        "note": basis,
        "URL": url,
        "accessed": date_parts(retrieved),
    });
    if let Some(d) = newest {
        item["issued"] = date_parts(d);
    }
    Citation {
        bibtex,
        csl: json!([item]),
        text,
    }
}

/// The citation of `key`'s figure for `month` as known on `as_of`.
///
/// # Errors
/// When the series has no figure for that month.
pub fn of_figure(
    store: &itx_store::Store,
    key: &SeriesKey,
    month: YearMonth,
    as_of: Option<Date>,
    url: &str,
    retrieved: Date,
) -> crate::Result<Citation> {
    let data = crate::load_series(store, key, as_of)?;
    let Some((_, v)) = data.months.iter().find(|(m, _)| *m == month) else {
        return Err(crate::Error::NotFound(format!(
            "{key} has no figure for {month}{}",
            as_of
                .map(|d| format!(" as known on {d}"))
                .unwrap_or_default()
        )));
    };
    Ok(figure(key, month, v, url, retrieved))
}

/// The citation of a chart of `key` over `from..=to` as known on `as_of`.
///
/// # Errors
/// When the series cannot be loaded.
pub fn of_chart(
    store: &itx_store::Store,
    title: &str,
    key: &SeriesKey,
    (from, to): (Option<YearMonth>, Option<YearMonth>),
    as_of: Option<Date>,
    url: &str,
    retrieved: Date,
) -> crate::Result<Citation> {
    let data = crate::load_series(store, key, as_of)?;
    let shown: Vec<&Vintage> = data
        .months
        .iter()
        .filter(|(m, _)| from.is_none_or(|f| *m >= f) && to.is_none_or(|t| *m <= t))
        .map(|(_, v)| v)
        .collect();
    let mut ids: Vec<(i64, bool)> = shown
        .iter()
        .map(|v| (v.release.id, v.release.tier() == Tier::Press))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let press = ids.iter().filter(|(_, p)| *p).count();
    let newest = shown.iter().filter_map(|v| v.release.published).max();
    Ok(chart(
        title,
        key,
        newest,
        (ids.len(), press),
        url,
        retrieved,
    ))
}

#[cfg(test)]
mod tests {
    use super::bib;

    #[test]
    fn bibtex_specials_are_escaped() {
        assert_eq!(
            bib("$417 million & 23.8% #1_a"),
            "\\$417 million \\& 23.8\\% \\#1\\_a"
        );
    }
}
