//! How itx writes numbers and text for readers, and draws charts: one
//! formatter of each kind (they live in `itx_narrate` and `itx_charts`), named
//! here for the front ends.

pub use itx_charts::{Chart, Error as ChartError, Size, URDU_FONTS, png, svg, svg_sized};
pub use itx_l10n::{amount, month_year, percent, t};
pub use itx_narrate::urdu::{series_name, status_words, tier_words};
pub use itx_narrate::{
    CSS, MonthSummary, Summary, URDU_CSS, code_spans, escape_html, money, money_to,
};
