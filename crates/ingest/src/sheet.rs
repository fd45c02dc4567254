//! A worksheet read by absolute cell address, with errors naming file, sheet and
//! cell: what the dt.xls and BoP-summary readers share.

use calamine::{Data, Range};

use crate::{Error, cell_name};

/// Collapses NBSPs and runs of spaces, and trims (SBP labels carry all three).
pub(crate) fn norm(s: &str) -> String {
    s.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One sheet of one file. Cells are addressed absolutely (calamine ranges start
/// at the first used cell, e.g. B2, so range-relative indices would be off).
pub(crate) struct Sheet<'a> {
    pub(crate) file: &'a str,
    pub(crate) sheet: &'a str,
    pub(crate) range: &'a Range<Data>,
}

impl Sheet<'_> {
    /// A non-empty cell.
    pub(crate) fn get(&self, r: u32, c: u32) -> Option<&Data> {
        self.range
            .get_value((r, c))
            .filter(|d| !matches!(d, Data::Empty))
    }
    /// A text cell, normalised; `None` for blank text.
    pub(crate) fn text(&self, r: u32, c: u32) -> Option<String> {
        match self.get(r, c)? {
            Data::String(s) => Some(norm(s)).filter(|s| !s.is_empty()),
            _ => None,
        }
    }
    /// (first row, first column, last row, last column), absolute.
    pub(crate) fn bounds(&self) -> (u32, u32, u32, u32) {
        let (r0, c0) = self.range.start().unwrap_or((0, 0));
        let (r1, c1) = self.range.end().unwrap_or((0, 0));
        (r0, c0, r1, c1)
    }
    pub(crate) fn layout(&self, message: impl Into<String>) -> Error {
        Error::Layout {
            file: self.file.to_string(),
            sheet: self.sheet.to_string(),
            message: message.into(),
        }
    }
    pub(crate) fn cell_err(&self, r: u32, c: u32, message: impl Into<String>) -> Error {
        Error::Cell {
            file: self.file.to_string(),
            sheet: self.sheet.to_string(),
            cell: cell_name(r, c),
            message: message.into(),
        }
    }
}
