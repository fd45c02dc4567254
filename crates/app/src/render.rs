//! How itx writes numbers and text for readers, and draws charts: one
//! formatter of each kind (they live in `itx_narrate` and `itx_charts`), named
//! here for the front ends.

pub use itx_charts::{Chart, Error as ChartError, Size, png, svg, svg_sized};
pub use itx_narrate::{CSS, MonthSummary, Summary, code_spans, escape_html, money, money_to};
