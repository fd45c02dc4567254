//! Publication charts for itx: data in, SVG out, and PNG through resvg.
//!
//! Four kinds of chart, each a plain data struct wrapped in [`Chart`]:
//!
//! - [`MonthlyBars`]: monthly values as bars, the record month in a distinct colour
//!   with a "Record" badge, the year-on-year change as a line on a right-hand axis;
//! - [`Cumulative`]: fiscal-year-to-date totals, this year against last year and a
//!   straight-line path to a target;
//! - [`Stacked`]: components stacked month by month, with the headline total;
//! - [`Fan`]: actual values followed by a forecast with 80% and 95% bands.
//!
//! Every chart is titled, states its unit ("US$ million") above the value axis and
//! ends with a source line, and carries `<title>` and `<desc>` for screen readers.
//! Output is deterministic: the same input gives the same bytes. The library neither
//! prints nor touches files; [`svg`] returns a string and [`png`] the bytes of an
//! image, rendered with the DejaVu Sans embedded in the crate so that text renders
//! the same on a machine without fonts.
//!
//! ```
//! use itx_charts::{Chart, Meta, MonthlyBars};
//! use itx_types::YearMonth;
//!
//! let jun: YearMonth = "2025-06".parse()?;
//! let jul: YearMonth = "2025-07".parse()?;
//! let chart = Chart::Monthly(MonthlyBars {
//!     meta: Meta::new(
//!         "ICT exports",
//!         "US$ million",
//!         "Source: State Bank of Pakistan, release of 18 August 2025",
//!     ),
//!     months: vec![(jun, 339.0), (jul, 354.0)],
//!     yoy_pct: vec![(jun, Some(14.1)), (jul, Some(23.8))],
//!     record: Some(jul),
//!     highlight: Some(jul),
//! });
//! let svg = itx_charts::svg(&chart)?;
//! assert!(svg.contains("Record") && svg.contains("US$ million"));
//! let png = itx_charts::png(&svg, 1.0)?;
//! assert!(png.starts_with(b"\x89PNG"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod cumulative;
mod doc;
mod fan;
mod frame;
mod indexed;
mod monthly;
mod raster;
mod scale;
mod stacked;
mod text;
mod validate;

pub use cumulative::Cumulative;
pub use fan::{Fan, FanPoint};
pub use indexed::Indexed;
pub use monthly::MonthlyBars;
pub use raster::{URDU_FONTS, png};
pub use stacked::Stacked;

/// The words around a chart: title, optional subtitle, unit and source line.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// Printed top left in bold, wrapped if long. Required.
    pub title: String,
    /// Printed under the title in grey (what the bars are, the period).
    pub subtitle: Option<String>,
    /// Printed once above the value axis: "US$ million". Required.
    pub unit: String,
    /// Printed bottom left in small grey type:
    /// "Source: State Bank of Pakistan, release of 17 April 2026". Required.
    pub source: String,
    /// The other words the chart draws (legends, badges, month labels), in the
    /// chart's language; English by default.
    pub words: Words,
}

/// The words a chart draws besides its title, subtitle, unit and source, so a
/// chart can be drawn in another language. `{unit}` and `{value}` are filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    /// "Monthly, {unit}".
    pub bars: String,
    /// " (left axis)".
    pub left_axis: String,
    pub record_high: String,
    /// "Change on a year earlier, % (right axis)".
    pub yoy_line: String,
    /// "Year on year, %".
    pub yoy_axis: String,
    /// "Record: {value}".
    pub record_badge: String,
    pub no_figure: String,
    /// "Path to target of {value}".
    pub path_to_target: String,
    pub total: String,
    pub actual: String,
    pub forecast: String,
    pub interval80: String,
    pub interval95: String,
    /// Month names for the axis ("جولائی 25"); `None`: "Jul-25".
    pub months: Option<[String; 12]>,
}

impl Default for Words {
    fn default() -> Words {
        Words {
            bars: "Monthly, {unit}".into(),
            left_axis: " (left axis)".into(),
            record_high: "Record high".into(),
            yoy_line: "Change on a year earlier, % (right axis)".into(),
            yoy_axis: "Year on year, %".into(),
            record_badge: "Record: {value}".into(),
            no_figure: "no figure".into(),
            path_to_target: "Path to target of {value}".into(),
            total: "Total".into(),
            actual: "Actual".into(),
            forecast: "Forecast".into(),
            interval80: "80% interval".into(),
            interval95: "95% interval".into(),
            months: None,
        }
    }
}

impl Words {
    /// A month on the time axis: "Jul-25", or the month's name and the year's
    /// last two digits.
    pub fn month_label(&self, m: itx_types::YearMonth) -> String {
        match &self.months {
            Some(names) => format!(
                "{} {:02}",
                names[usize::from(m.month()).saturating_sub(1) % 12],
                m.year().rem_euclid(100)
            ),
            None => m.short_label(),
        }
    }
}

impl Meta {
    /// A title, unit and source line without a subtitle.
    pub fn new(
        title: impl Into<String>,
        unit: impl Into<String>,
        source: impl Into<String>,
    ) -> Meta {
        Meta {
            title: title.into(),
            subtitle: None,
            unit: unit.into(),
            source: source.into(),
            words: Words::default(),
        }
    }

    /// The same, with a subtitle.
    pub fn with_subtitle(mut self, subtitle: impl Into<String>) -> Meta {
        self.subtitle = Some(subtitle.into());
        self
    }

    /// The same, with the chart's other words in another language.
    pub fn with_words(mut self, words: Words) -> Meta {
        self.words = words;
        self
    }
}

/// Size of a chart in SVG pixels (the PNG multiplies it by its scale).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

impl Size {
    /// The smallest size at which the layout still fits.
    pub const MIN: Size = Size {
        width: 480,
        height: 300,
    };
}

impl Default for Size {
    /// 800 × 450 (16:9), legible at a column width in a document.
    fn default() -> Size {
        Size {
            width: 800,
            height: 450,
        }
    }
}

/// A chart of one of the four kinds.
// A chart is built once and drawn; the size of `Cumulative`'s twelve month labels
// costs nothing worth a `Box` in every caller's construction.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    Monthly(MonthlyBars),
    Cumulative(Cumulative),
    Stacked(Stacked),
    Fan(Fan),
    Indexed(Indexed),
}

impl Chart {
    /// The kind's name as the CLI spells it: `monthly`, `cumulative`, `components`
    /// or `fan`.
    pub fn kind(&self) -> &'static str {
        match self {
            Chart::Monthly(_) => monthly::KIND,
            Chart::Cumulative(_) => cumulative::KIND,
            Chart::Stacked(_) => stacked::KIND,
            Chart::Fan(_) => fan::KIND,
            Chart::Indexed(_) => indexed::KIND,
        }
    }

    /// The chart's title, unit and source.
    pub fn meta(&self) -> &Meta {
        match self {
            Chart::Monthly(c) => &c.meta,
            Chart::Cumulative(c) => &c.meta,
            Chart::Stacked(c) => &c.meta,
            Chart::Fan(c) => &c.meta,
            Chart::Indexed(c) => &c.meta,
        }
    }
}

/// What can go wrong drawing a chart. Each variant names the chart kind and the
/// input that failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A series the chart needs has no values, or a required text is blank.
    #[error("{chart} chart: {what} is empty")]
    Empty { chart: &'static str, what: String },
    /// A value is NaN or infinite.
    #[error("{chart} chart: {what} is {value}, not a finite number")]
    NotFinite {
        chart: &'static str,
        what: String,
        value: f64,
    },
    /// The data do not hang together: months out of order, a record month without a
    /// bar, series of different lengths, an interval that does not contain its centre.
    #[error("{chart} chart: {problem}")]
    Invalid {
        chart: &'static str,
        problem: String,
    },
    /// The requested size leaves no room for the plot.
    #[error("chart size {width}x{height} is too small (the minimum is {}x{})", Size::MIN.width, Size::MIN.height)]
    TooSmall { width: u32, height: u32 },
    /// The PNG scale is not a finite number in 0.1–8.
    #[error("PNG scale {0} is not between 0.1 and 8")]
    BadScale(f32),
    /// The SVG given to [`png`] could not be parsed.
    #[error("cannot render the SVG as PNG: {0}")]
    Svg(String),
    /// The PNG encoder failed.
    #[error("cannot encode the PNG: {0}")]
    Png(String),
}

/// Draws `chart` at the default size (800 × 450) as an SVG document.
///
/// # Errors
/// [`Error::Empty`] when a series or the title, unit or source is empty,
/// [`Error::NotFinite`] for NaN or infinite values, [`Error::Invalid`] for data that
/// do not hang together; each names the chart kind and the input at fault.
pub fn svg(chart: &Chart) -> Result<String, Error> {
    svg_sized(chart, Size::default())
}

/// Draws `chart` at `size`.
///
/// Titles, subtitles, legends and source lines wrap to the width. If the wrapped
/// text would leave the plot less than 160 pixels high, the chart is made taller
/// than `size.height` rather than squash the data; the SVG's `height` attribute
/// (and so the PNG) says how tall it came out.
///
/// # Errors
/// As [`svg`], and [`Error::TooSmall`] below [`Size::MIN`].
pub fn svg_sized(chart: &Chart, size: Size) -> Result<String, Error> {
    if size.width < Size::MIN.width || size.height < Size::MIN.height {
        return Err(Error::TooSmall {
            width: size.width,
            height: size.height,
        });
    }
    match chart {
        Chart::Monthly(c) => monthly::render(c, size),
        Chart::Cumulative(c) => cumulative::render(c, size),
        Chart::Stacked(c) => stacked::render(c, size),
        Chart::Fan(c) => fan::render(c, size),
        Chart::Indexed(c) => indexed::render(c, size),
    }
}
