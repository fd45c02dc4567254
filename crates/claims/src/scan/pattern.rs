//! Building the scanners' regexes: word boundaries beside English words are
//! ASCII ones, so that the regex crate's fast engines run on Urdu text.

use regex::Regex;

pub(crate) fn re(pattern: &str) -> Regex {
    regex(pattern).expect("scanner regex")
}

/// A regex whose word boundaries are ASCII ones wherever they guard English
/// words. A Unicode `\b` stops the regex crate's fast engines at the first
/// letter beyond ASCII (its lazy DFA gives up), so on Urdu text every search
/// fell to the slow ones: half the time of checking an Urdu article. Beside an
/// English word the two boundaries agree except where the text runs an Urdu
/// letter into it ("38کروڑ" has a boundary after 38 only in ASCII's reading).
/// A pattern with Urdu words in it keeps Unicode's beside them, which those
/// words need.
pub(crate) fn regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&ascii_bounds(pattern))
}

/// True for a letter of the Arabic script (Urdu's).
fn arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// The pattern with its `\b` made `(?-u:\b)`: all of them in a pattern
/// without Urdu; in one with Urdu, those beside an ASCII letter or digit of
/// the pattern ("exports?\b" too), not those beside a group or an Urdu
/// word ("(?:ارب|بلین)\b").
pub(crate) fn ascii_bounds(pattern: &str) -> std::borrow::Cow<'_, str> {
    if !pattern.contains(r"\b") {
        return pattern.into();
    }
    let urdu = pattern.chars().any(arabic);
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut rest = pattern;
    while let Some(i) = rest.find(r"\b") {
        // An escaped backslash before ("\\b") is no boundary.
        let escaped = rest[..i].ends_with('\\');
        out.push_str(&rest[..i]);
        let before = out.trim_end_matches(['?', '*', '+']).chars().next_back();
        let after = rest[i + 2..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        if !escaped && (!urdu || word(before) || word(after)) {
            out.push_str(r"(?-u:\b)");
        } else {
            out.push_str(r"\b");
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out.into()
}
