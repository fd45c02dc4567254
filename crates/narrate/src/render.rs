//! A brief as text, Markdown, HTML and JSON.

use super::*;

/// Type for Urdu pages: Nastaliq or Naskh faces where the reader has them,
/// a little larger and with more leading (Urdu's tall letterforms); figures and
/// tables stay left-to-right inside.
pub const URDU_CSS: &str = "body{font-family:'Noto Nastaliq Urdu','Jameel Noori Nastaleeq','Noto Naskh Arabic','Urdu Typesetting',system-ui,sans-serif}main{line-height:2.1}p{font-size:1.15rem}td,th{text-align:right}figure,svg{direction:ltr}table.sources td:nth-child(3),table.sources td:nth-child(7),code{direction:ltr;unicode-bidi:isolate}";

impl Brief {
    /// Adds a closing paragraph naming each figure the brief uses that was
    /// loaded as an outlier (`itx ingest --accept-outliers`), so that no reader
    /// takes it as checked.
    #[must_use]
    pub fn cautioned(mut self) -> Brief {
        let flagged: Vec<String> = self
            .sourced_facts()
            .filter_map(|f| {
                let s = f.source.as_ref()?;
                let why = s.flag.as_ref()?;
                Some(format!("{} for {} ({why})", f.text, f.period))
            })
            .collect();
        let (was, it, they) = if flagged.len() == 1 {
            ("One figure here was", "it", "it")
        } else {
            ("These figures were", "them", "they")
        };
        if !flagged.is_empty() {
            self.paragraphs.push(format!(
                "Caution: {was} loaded although {they} failed itx's plausibility checks: {}. Check {it} against SBP's release before quoting {it}.",
                flagged.join("; ")
            ));
        }
        self
    }

    /// Plain text: title, paragraphs, then the sources of the figures.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n\n", self.title);
        for p in &self.paragraphs {
            out += &wrap(p, 88);
            out += "\n\n";
        }
        out += &format!("{}:\n", itx_l10n::t(self.lang, "sources", &[]));
        for f in self.sourced_facts() {
            let s = f.source.as_ref().expect("filtered");
            out += &format!(
                "  {:<10} {}: {} [{}; {}, {}] {}\n",
                f.text.replace(" million", "m").replace(" billion", "bn"),
                f.period,
                s.release,
                crate::urdu::tier_words(self.lang, s.tier),
                crate::urdu::status_words(self.lang, s.status),
                s.published.as_deref().unwrap_or("undated"),
                s.url
                    .as_deref()
                    .map(|u| format!("{} ({})", s.location, u))
                    .unwrap_or_else(|| s.location.clone())
            );
        }
        out
    }

    /// Facts that carry a source, one per distinct figure (a month quoted twice is listed once).
    fn sourced_facts(&self) -> impl Iterator<Item = &Fact> {
        let mut seen = std::collections::HashSet::new();
        self.facts.iter().filter(move |f| {
            f.source.as_ref().is_some_and(|s| {
                seen.insert((s.series.clone(), s.period.clone(), s.location.clone()))
            })
        })
    }

    /// The sources table's column names in the brief's language.
    fn columns(&self) -> Vec<String> {
        let md = [
            "col-figure",
            "col-period",
            "col-release",
            "col-tier",
            "col-status",
            "col-published",
            "col-where",
        ];
        md.iter()
            .map(|id| itx_l10n::t(self.lang, id, &[]))
            .collect()
    }

    /// Markdown: a heading, the paragraphs, and a sources table.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("## {}\n\n", self.title);
        for p in &self.paragraphs {
            out += p;
            out += "\n\n";
        }
        out += &format!(
            "| {} |\n|---|---|---|---|---|---|---|\n",
            self.columns().join(" | ")
        );
        for f in self.sourced_facts() {
            let s = f.source.as_ref().expect("filtered");
            let source = match &s.url {
                Some(u) => format!("[{}]({u})", s.release),
                None => s.release.clone(),
            };
            out += &format!(
                "| {} | {} | {} | {} | {} | {} | {} |\n",
                f.text,
                f.period,
                source,
                crate::urdu::tier_words(self.lang, s.tier),
                crate::urdu::status_words(self.lang, s.status),
                s.published.as_deref().unwrap_or("undated"),
                s.location.replace('|', "\\|")
            );
        }
        out
    }

    /// HTML for the body of a page: the paragraphs with every number linked to
    /// its source (figures) or to what it was computed from (derived numbers), the
    /// given charts ((file name, caption, SVG), drawn inline with their captions), and the sources table.
    pub fn html_body(&self, charts: &[(String, String, String)]) -> String {
        self.html_body_linked(charts, &[])
    }

    /// [`Brief::html_body`] with `links[i]` (HTML, trusted) after the caption
    /// of chart `i`: the dashboard's download, embed and citation links.
    pub fn html_body_linked(
        &self,
        charts: &[(String, String, String)],
        links: &[String],
    ) -> String {
        let sourced: Vec<&Fact> = self.sourced_facts().collect();
        let anchor_of = |f: &Fact| -> Option<usize> {
            let s = f.source.as_ref()?;
            sourced.iter().position(|g| {
                g.source.as_ref().is_some_and(|t| {
                    t.series == s.series && t.period == s.period && t.location == s.location
                })
            })
        };
        // Longest fact texts first, so "$1.057 billion" is not split by "1.057".
        let mut facts: Vec<&Fact> = self.facts.iter().collect();
        facts.sort_by_key(|f| std::cmp::Reverse(f.text.len()));
        let mut body = String::new();
        for p in &self.paragraphs {
            // Mark fact texts with private-use delimiters, escape, then expand.
            let mut marked = p.clone();
            for (i, f) in facts.iter().enumerate() {
                if f.text.is_empty() {
                    continue;
                }
                // The index as one supplementary private-use char: no digits for a
                // shorter fact text ("7") to match inside a marker.
                let tag = char::from_u32(0xF0000 + i as u32).unwrap_or('\u{e002}');
                marked = marked.replace(&f.text, &format!("\u{e000}{tag}\u{e001}"));
            }
            let mut html = String::new();
            let escaped = code_spans(&escape_html(&marked));
            let mut rest = escaped.as_str();
            while let Some(a) = rest.find('\u{e000}') {
                html.push_str(&rest[..a]);
                let after = &rest[a + '\u{e000}'.len_utf8()..];
                let Some(b) = after.find('\u{e001}') else {
                    rest = after;
                    break;
                };
                let i = after[..b]
                    .chars()
                    .next()
                    .map_or(usize::MAX, |c| (c as u32).wrapping_sub(0xF0000) as usize);
                rest = &after[b + '\u{e001}'.len_utf8()..];
                let Some(f) = facts.get(i) else { continue };
                let text = escape_html(&f.text);
                match (anchor_of(f), &f.source) {
                    (Some(n), Some(s)) => html.push_str(&format!(
                        "<a class=\"fact\" href=\"#src-{}\" title=\"{}\">{text}</a>",
                        n + 1,
                        escape_html(&format!(
                            "{} {}: {} ({}; {}, {}), {}",
                            s.series,
                            s.period,
                            s.release,
                            s.tier,
                            s.status,
                            s.published.as_deref().unwrap_or("undated"),
                            s.location
                        ))
                    )),
                    _ => html.push_str(&format!(
                        "<span class=\"fact derived\" title=\"computed from: {}\">{text}</span>",
                        escape_html(&f.derived_from.join(", "))
                    )),
                }
            }
            html.push_str(rest);
            body.push_str(&format!("<p>{html}</p>\n"));
        }
        let mut figs = String::new();
        for (i, (_name, caption, svg)) in charts.iter().enumerate() {
            figs.push_str(&format!(
                "<figure>{svg}<figcaption>{}{}</figcaption></figure>\n",
                escape_html(caption),
                links.get(i).map_or("", String::as_str)
            ));
        }
        let mut rows = String::new();
        for (n, f) in sourced.iter().enumerate() {
            let s = f.source.as_ref().expect("sourced");
            let release = match &s.url {
                Some(u) => format!(
                    "<a href=\"{}\">{}</a>",
                    escape_html(u),
                    escape_html(&s.release)
                ),
                None => escape_html(&s.release),
            };
            rows.push_str(&format!(
                "<tr id=\"src-{}\"><td>{}</td><td>{}</td><td>{release}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                n + 1,
                escape_html(&f.text),
                escape_html(&f.period),
                escape_html(&crate::urdu::tier_words(self.lang, s.tier)),
                escape_html(&crate::urdu::status_words(self.lang, s.status)),
                escape_html(s.published.as_deref().unwrap_or("undated")),
                escape_html(&s.location)
            ));
        }
        format!(
            "{body}{figs}<h2>{}</h2>\n<table class=\"sources\"><thead><tr>{}</tr></thead><tbody>\n{rows}</tbody></table>\n",
            escape_html(&itx_l10n::t(self.lang, "sources", &[])),
            self.columns()
                .iter()
                .map(|c| format!("<th>{}</th>", escape_html(c)))
                .collect::<String>()
        )
    }

    /// A standalone HTML page of [`Brief::html_body`] under the brief's title.
    pub fn to_html(&self, charts: &[(String, String, String)]) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<link rel=\"icon\" href=\"data:,\"><title>{title}</title><style>{CSS}{extra}</style></head><body><main>\n<h1>{title}</h1>\n{}</main></body></html>\n",
            self.html_body(charts),
            title = escape_html(&self.title),
            lang = self.lang.as_str(),
            dir = self.lang.dir(),
            extra = if self.lang == itx_l10n::Lang::Ur {
                URDU_CSS
            } else {
                ""
            },
        )
    }

    /// JSON: the summary fields, the text, and every fact with its source.
    pub fn to_json(&self) -> Value {
        let mut v = serde_json::to_value(&self.summary).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut v {
            map.insert("lang".into(), json!(self.lang.as_str()));
            map.insert("title".into(), json!(self.title));
            map.insert("text".into(), json!(self.paragraphs.join("\n\n")));
            map.insert("facts".into(), json!(self.facts));
            let sources: Value = self
                .facts
                .iter()
                .filter_map(|f| f.source.as_ref().map(|s| (f.id.clone(), json!(s))))
                .collect::<serde_json::Map<_, _>>()
                .into();
            map.insert("sources".into(), sources);
        }
        v
    }
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub(crate) fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            out += &line;
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line += word;
    }
    out += &line;
    out
}
