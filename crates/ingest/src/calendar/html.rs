//! The text of an HTML page: tags dropped, block tags read as line breaks,
//! entities decoded (see the parent module on why by hand).

use super::MAX_SEGMENT_CHARS;

/// UTF-8 (BOM or not), or UTF-16 with a BOM; anything else is read as UTF-8 with
/// replacement characters, which can at worst make a line unreadable.
pub(super) fn decode(bytes: &[u8]) -> String {
    let utf16 = |be: bool, body: &[u8]| -> String {
        let units = body.chunks(2).map(|c| match c {
            [a, b] if be => u16::from_be_bytes([*a, *b]),
            [a, b] => u16::from_le_bytes([*a, *b]),
            _ => 0xFFFD,
        });
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    if let Some(body) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(false, body);
    }
    if let Some(body) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(true, body);
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    String::from_utf8_lossy(body).into_owned()
}

/// A run of text between two line breaks, tags dropped and whitespace collapsed.
#[derive(Debug, Clone)]
pub(super) struct Segment {
    pub(super) text: String,
    /// The 1-based source line where the run starts.
    pub(super) line: usize,
    /// Joined to the previous run by a bare line break in the source, with no
    /// block tag between (so a title wrapped over two source lines reads as one).
    pub(super) soft: bool,
    /// Longer than [`MAX_SEGMENT_CHARS`]: not a title or a date line.
    pub(super) overlong: bool,
}

/// Tags that end a line when a browser renders the page.
const BLOCK_TAGS: &[&str] = &[
    "br",
    "p",
    "div",
    "tr",
    "td",
    "th",
    "li",
    "ul",
    "ol",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "caption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "center",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "form",
    "title",
    "option",
    "pre",
    "body",
    "html",
    "head",
];

/// Builds text runs as they come, tracking source lines.
struct Runs {
    out: Vec<Segment>,
    cur: String,
    chars: usize,
    start: Option<usize>,
    line: usize,
    soft: bool,
    /// Whether a space is due before the next visible character.
    space: bool,
}

impl Runs {
    fn push_char(&mut self, c: char) {
        if is_invisible(c) {
            return;
        }
        if c.is_whitespace() {
            self.space = true;
            return;
        }
        if self.chars >= MAX_SEGMENT_CHARS {
            self.chars = MAX_SEGMENT_CHARS + 1;
            return;
        }
        if self.start.is_none() {
            self.start = Some(self.line);
        } else if self.space {
            self.cur.push(' ');
            self.chars += 1;
        }
        self.space = false;
        self.cur.push(c);
        self.chars += 1;
    }
    /// Ends the current run; `soft` is whether the break is a bare line break.
    /// Empty runs in a row are kept as one (they all just separate entries).
    fn end(&mut self, soft: bool) {
        let empty = self.cur.is_empty() && self.chars == 0;
        if empty
            && self
                .out
                .last()
                .is_some_and(|s| s.text.is_empty() && !s.overlong)
        {
            self.start = None;
            self.space = false;
            self.soft = soft;
            return;
        }
        self.out.push(Segment {
            text: std::mem::take(&mut self.cur),
            line: self.start.unwrap_or(self.line),
            soft: self.soft,
            overlong: self.chars > MAX_SEGMENT_CHARS,
        });
        self.chars = 0;
        self.start = None;
        self.space = false;
        self.soft = soft;
    }
}

/// Zero-width and direction marks that pages scatter through Urdu text.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Splits a page into text runs: block tags and line breaks end a run, other tags
/// vanish, `<script>`/`<style>` bodies and comments are dropped, entities decoded.
pub(super) fn segments(src: &str) -> Vec<Segment> {
    let mut runs = Runs {
        out: Vec::new(),
        cur: String::new(),
        chars: 0,
        start: None,
        line: 1,
        soft: false,
        space: false,
    };
    let mut i = 0usize;
    while let Some(rest) = src.get(i..) {
        let Some(c) = rest.chars().next() else {
            break;
        };
        if c == '<' {
            if let Some((len, block)) = tag_at(rest) {
                let skipped = rest.get(..len).unwrap_or("");
                runs.line += skipped.matches('\n').count();
                // An inline tag (<b>, <font>, <span>) joins what is either side of it,
                // as a browser does; a block tag ends the run.
                if block {
                    runs.end(false);
                }
                i += len.max(1);
                continue;
            }
        }
        if c == '&' {
            if let Some((decoded, len)) = entity_at(rest) {
                runs.push_char(decoded);
                i += len;
                continue;
            }
        }
        match c {
            '\n' => {
                runs.end(true);
                runs.line += 1;
            }
            '\r' => {
                // "\r\n" is one break; a lone "\r" (old Mac files) is one too.
                if !rest.get(1..).is_some_and(|r| r.starts_with('\n')) {
                    runs.end(true);
                    runs.line += 1;
                }
            }
            _ => runs.push_char(c),
        }
        i += c.len_utf8();
    }
    runs.end(true);
    runs.out
}

/// The length of the tag, comment or `<script>`/`<style>` element at the start of
/// `rest` (which starts with `<`) and whether it ends a line; `None` for a bare `<`.
fn tag_at(rest: &str) -> Option<(usize, bool)> {
    if rest.starts_with("<!--") {
        let len = rest.find("-->").map_or(rest.len(), |p| p + 3);
        return Some((len, false));
    }
    let after = rest.get(1..)?;
    let first = after.chars().next()?;
    if !(first.is_ascii_alphabetic() || matches!(first, '/' | '!' | '?')) {
        return None;
    }
    let len = rest.find('>').map_or(rest.len(), |p| p + 1);
    let closing = first == '/';
    let name: String = after
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if !closing && (name == "script" || name == "style") {
        let body = rest.get(len..).unwrap_or("");
        let close = format!("</{name}");
        let end = find_ascii_ci(body, &close).map_or(rest.len(), |p| {
            let tail = body.get(p..).unwrap_or("");
            len + p + tail.find('>').map_or(tail.len(), |q| q + 1)
        });
        return Some((end, true));
    }
    Some((len, BLOCK_TAGS.contains(&name.as_str())))
}

/// The byte offset of ASCII `needle` in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    h.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
}

/// The character an HTML entity at the start of `rest` stands for, and its length.
fn entity_at(rest: &str) -> Option<(char, usize)> {
    let semi = rest.bytes().take(12).position(|b| b == b';')?;
    let name = rest.get(1..semi)?;
    let c = if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(n).unwrap_or(char::REPLACEMENT_CHARACTER)
    } else {
        match name {
            "nbsp" => ' ',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "rsquo" => '\u{2019}',
            "lsquo" => '\u{2018}',
            "rdquo" => '\u{201D}',
            "ldquo" => '\u{201C}',
            "ndash" => '\u{2013}',
            "mdash" => '\u{2014}',
            "hellip" => '\u{2026}',
            "zwnj" => '\u{200C}',
            "zwj" => '\u{200D}',
            "lrm" => '\u{200E}',
            "rlm" => '\u{200F}',
            _ => return None,
        }
    };
    Some((c, semi + 1))
}

// ---------------------------------------------------------------------------
// What each run is.
