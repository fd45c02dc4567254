//! `itx`: the command line. The only crate that prints or exits.

mod commands;
mod forecast;
mod ingest;
mod listing;
mod peers;
mod watch;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "itx",
    version,
    about = "Pakistan's IT and services export statistics: exact, traceable, instant."
)]
pub struct Cli {
    /// The store (SQLite file). Default: <data dir>/itx/itx.sqlite. Created and
    /// loaded with the embedded SBP data on first use.
    #[arg(long, global = true, env = "ITX_STORE")]
    store: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the monthly brief (default: the latest month of ICT exports).
    Brief(BriefArgs),
    /// List or show series.
    #[command(subcommand)]
    Series(SeriesCmd),
    /// Every release's value for one figure (series and period).
    Vintages {
        /// Series key or alias (ict, services, computer, freelance, ...).
        series: String,
        /// Period: 2025-03, FY2025-26, "FY2025-26 Jul-Mar".
        period: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// How fresh the data is: for each tracked series, the newest month, its
    /// release and publication date, when the next month is expected (and how
    /// that was estimated), and which months are overdue.
    Status {
        /// One series (key or alias) instead of the tracked ones.
        #[arg(long)]
        series: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// The language of the table's words and the notice: en or ur.
        #[arg(long, env = "ITX_LANG", default_value = "en", value_parser = parse_lang)]
        lang: itx_app::Lang,
    },
    /// Poll SBP EasyData for the tracked series, ingest what is new, print the
    /// new brief's headline and the revisions, and POST a JSON summary to a
    /// webhook. Backs off (doubling, up to 6 hours) on HTTP 429, 5xx, network
    /// failures or a web page in place of data; stops on a refused key.
    Watch {
        /// Time between polls: 30m, 1h, 90s.
        #[arg(long, default_value = "30m")]
        every: String,
        /// POST a JSON summary of each new release here.
        #[arg(long)]
        webhook: Option<String>,
        /// Series to watch (default: every tracked series EasyData publishes).
        series: Vec<String>,
        /// Stop after this many polls (default: never).
        #[arg(long)]
        polls: Option<u32>,
    },
    /// Pakistan beside India, quarter by quarter: level, growth on a year
    /// earlier, share of services, the last four quarters against the four
    /// before, Pakistan as a share of India; each on the same EBOPS footing.
    Peers {
        /// ict (EBOPS 9), computer (9.2; India's software services) or services.
        #[arg(long, default_value = "ict")]
        series: String,
        /// First calendar quarter (2024-Q3). Default: India's last eight.
        #[arg(long)]
        from: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Also draw both countries indexed to 100 in --from (default 2019-Q1)
        /// to this file (.svg or .png).
        #[arg(long)]
        chart: Option<std::path::PathBuf>,
        /// With --chart: draw both countries' levels (US$ million) on a log
        /// scale instead of indices.
        #[arg(long, requires = "chart")]
        log: bool,
    },
    /// List the releases in the store.
    Releases {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Load the embedded data into the store (done automatically on first use).
    Init,
    /// Draw a chart (SVG, or PNG when --out ends in .png): monthly, cumulative,
    /// components.
    Chart(ChartArgs),
    /// Check the numeric claims of a text (a file, or - for standard input)
    /// against the data: supported, outdated (right as first published, since
    /// revised), contradicted (with the right figure and the likely cause) or
    /// unverifiable. English and Urdu.
    Check {
        /// The text file, or - to read standard input.
        file: PathBuf,
        /// Judge against the data as known on this date (YYYY-MM-DD).
        #[arg(long)]
        as_of: Option<String>,
        /// The article's publication date (YYYY-MM-DD, or YYYY-MM for a story
        /// known only to its month, read as the 15th): "in July" is the latest
        /// July out by then, "the current fiscal year" the one containing it.
        /// Default: the dateline or "Published …" line of the text, if any.
        #[arg(long)]
        date: Option<String>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// The language of the summary and the verdicts: en or ur (each
        /// claim's reason is written in English).
        #[arg(long, env = "ITX_LANG", default_value = "en", value_parser = parse_lang)]
        lang: itx_app::Lang,
    },
    /// Forecast the coming months with calibrated 80% and 95% intervals.
    Forecast {
        #[arg(long, default_value = "ict")]
        series: String,
        /// Months ahead.
        #[arg(long, default_value_t = 12)]
        horizon: usize,
        /// auto (= combo), combo, ets, theta, otm, dotm, arima, snaive, naive.
        #[arg(long, default_value = "auto")]
        model: String,
        /// Interval levels, percent, comma-separated.
        #[arg(long, default_value = "80,95")]
        level: String,
        /// Use only what had been published by this date (YYYY-MM-DD).
        #[arg(long)]
        as_of: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Also draw the fan chart to this file (.svg or .png).
        #[arg(long)]
        chart: Option<PathBuf>,
    },
    /// The fiscal-year outlook: published months fixed, the rest simulated jointly;
    /// the total's median and 80/95% intervals, P(total >= target), the pace needed.
    Outlook {
        #[arg(long, default_value = "ict")]
        series: String,
        /// Fiscal year (FY2025-26, FY26). Default: the year of the latest month.
        #[arg(long)]
        fy: Option<String>,
        /// Target in US$ million (default: the government's, where stated).
        #[arg(long, value_parser = positive_money)]
        target: Option<f64>,
        /// Replay the outlook with only what had been published by this date.
        #[arg(long)]
        as_of: Option<String>,
        #[arg(long, default_value = "auto")]
        model: String,
        #[arg(long, value_enum, default_value_t = TextJson::Text)]
        format: TextJson,
    },
    /// Benchmarks.
    #[command(subcommand)]
    Bench(BenchCmd),
    /// Serve the JSON API (/api/v1) and the dashboard over HTTP.
    Serve {
        /// Address to listen on (loopback by default).
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Accept POST /api/v1/ingest with this bearer token (off by default).
        #[arg(long, env = "ITX_INGEST_TOKEN")]
        allow_ingest: Option<String>,
        /// Claim checks (and ingests) per client per minute.
        #[arg(long, default_value_t = 60)]
        post_per_minute: u32,
    },
    /// Load published files into the store: SBP dt.xls, the BoP summary, EasyData
    /// CSV/JSON, SDMX-CSV/JSON, or period,value CSV (format detected from content).
    /// All files are read before anything is written; any error loads nothing.
    Ingest(IngestArgs),
    /// Fetch series from an online source into the store.
    #[command(subcommand)]
    Fetch(FetchCmd),
    /// What changed between official releases (old → new value of each figure).
    Revisions {
        /// Only this series (key or alias).
        #[arg(long)]
        series: Option<String>,
        /// Only revisions made by releases published on or after this date.
        #[arg(long)]
        since: Option<String>,
        /// Only revisions this release made or was revised by (its id, as
        /// `itx releases` and `itx ingest` show it).
        #[arg(long)]
        release: Option<i64>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(clap::Args)]
pub struct ChartArgs {
    /// monthly (bars, record marked, YoY line), cumulative (FYTD vs last year vs
    /// target), components (stacked sub-items).
    kind: String,
    /// Series key or alias.
    #[arg(long, default_value = "ict")]
    series: String,
    /// First month (YYYY-MM). Default: 12 months before --to.
    #[arg(long)]
    from: Option<String>,
    /// Last month (YYYY-MM). Default: the latest month with data.
    #[arg(long)]
    to: Option<String>,
    /// Use only what had been published by this date (YYYY-MM-DD).
    #[arg(long)]
    as_of: Option<String>,
    /// Fiscal-year target in US$ million for the cumulative chart (default: the
    /// government's stated target where itx knows it, e.g. 5,000 for FY2025-26).
    #[arg(long, value_parser = positive_money)]
    target: Option<f64>,
    /// Output file (.svg or .png). Default: SVG on standard output.
    #[arg(long)]
    out: Option<PathBuf>,
    /// The language of the chart's words: en or ur.
    #[arg(long, env = "ITX_LANG", default_value = "en", value_parser = parse_lang)]
    lang: itx_app::Lang,
}

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files to load.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Publication date of the release (YYYY-MM-DD). Default: today.
    #[arg(long)]
    published: Option<String>,
    /// Where the file was published (recorded as provenance).
    #[arg(long)]
    source_url: Option<String>,
    /// Report what would be loaded and revised, and write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Skip the file's bad cells or rows (each is listed) instead of refusing the file.
    #[arg(long)]
    allow_partial: bool,
    /// Load figures far outside their series' history (more than 10× its
    /// largest value, or a one-month spike it has never made), flagged in every
    /// brief and check that uses them. Never loads negative exports, non-numbers,
    /// future release dates or figures for periods after their release.
    #[arg(long)]
    accept_outliers: bool,
    /// Override detection: dt-xls, bop-summary, easydata-csv, easydata-json,
    /// sdmx-csv, sdmx-json, csv.
    #[arg(long)]
    format: Option<String>,
    /// The series of a period,value CSV without a series column.
    #[arg(long)]
    series: Option<String>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
enum BenchCmd {
    /// The claim checker on the annotated corpus of real articles: detection,
    /// verdict accuracy and false accusations, per kind and overall.
    Claims {
        /// The folder of annotated articles.
        #[arg(long, default_value = "crates/claims/eval/articles")]
        corpus: PathBuf,
        /// dev, holdout (the fifth kept aside) or all.
        #[arg(long, value_enum, default_value_t = EvalSplit::Dev)]
        split: EvalSplit,
        /// Also list every claim missed or misjudged.
        #[arg(long)]
        misses: bool,
        #[arg(long, value_enum, default_value_t = TextJson::Text)]
        format: TextJson,
    },
    /// Forecast accuracy on the M-competition data (or a long CSV): sMAPE, MASE,
    /// interval coverage, seconds, per model.
    Forecast {
        /// m3-monthly|quarterly|yearly|other, m1-monthly|quarterly|yearly,
        /// tourism-monthly|quarterly|yearly (competition data), or a long CSV
        /// (series_id,category,horizon,part,t,value).
        #[arg(long, default_value = "m3-monthly")]
        data: String,
        /// Comma-separated models (default: the default model and each family).
        #[arg(long)]
        model: Option<String>,
        /// Season length (default: M3's own; for a CSV its `frequency` column
        /// — 12, 4, 1 or monthly/quarterly/yearly — else what its horizon
        /// implies: 18 → 12, 8 → 4, 6 → 1).
        #[arg(long)]
        season: Option<usize>,
        /// Rolling-origin backtest on a store series instead (e.g. ict).
        #[arg(long)]
        backtest: Option<String>,
        #[arg(long, value_enum, default_value_t = TextJson::Text)]
        format: TextJson,
    },
    /// The fiscal-year outlook replayed at every month-end of past fiscal
    /// years: median error, 80%/95% interval coverage, CRPS and the probability
    /// given to the target's realised side, beside the run-rate and
    /// last-year × FYTD-growth rules.
    Outlook {
        #[arg(long, default_value = "ict")]
        series: String,
        /// The first fiscal year to replay.
        #[arg(long, default_value = "FY2010-11")]
        from: String,
        #[arg(long, value_enum, default_value_t = TextJson::Text)]
        format: TextJson,
    },
}

#[derive(Subcommand)]
enum FetchCmd {
    /// SBP EasyData API: needs ITX_EASYDATA_KEY; ITX_EASYDATA_URL overrides the address.
    Easydata {
        /// EasyData keys (TS_GP_BOP_XMGS_M.P00120) or itx keys/aliases that map to
        /// one (ict). Default: every series itx tracks that EasyData publishes.
        series: Vec<String>,
        /// First date (YYYY-MM-DD). Default: 2005-07-01, the start of the services table.
        #[arg(long)]
        from: Option<String>,
        /// Last date (YYYY-MM-DD). Default: today.
        #[arg(long)]
        to: Option<String>,
        /// Report what would be loaded and revised, and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args)]
pub struct BriefArgs {
    /// Month to describe, YYYY-MM (default: the latest month with data).
    #[arg(long)]
    month: Option<String>,
    /// Series key or alias.
    #[arg(long, default_value = "ict")]
    series: String,
    /// Use only what had been published by this date (YYYY-MM-DD).
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, value_enum, default_value_t = BriefFormat::Text)]
    format: BriefFormat,
    /// month: the release brief; fy: the fiscal-year review; profile: the series profile.
    #[arg(long, value_enum, default_value_t = BriefKind::Month)]
    kind: BriefKind,
    /// With --kind fy: the fiscal year (FY2025-26, FY26). Default: the latest complete one.
    #[arg(long)]
    fy: Option<String>,
    /// With --format html: a directory to write index.html and the charts
    /// (monthly.svg/.png, cumulative.svg/.png, components.svg/.png) into.
    #[arg(long)]
    out: Option<PathBuf>,
    /// The language to write in: en or ur (Urdu: the monthly brief).
    #[arg(long, env = "ITX_LANG", default_value = "en", value_parser = parse_lang)]
    lang: itx_app::Lang,
}

/// `--lang`: en or ur.
pub(crate) fn parse_lang(s: &str) -> Result<itx_app::Lang, String> {
    itx_app::Lang::parse(s).ok_or_else(|| format!("{s:?}: en (English) or ur (Urdu)"))
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum BriefKind {
    Month,
    Fy,
    Profile,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum BriefFormat {
    Text,
    Md,
    Json,
    /// A page with the charts, every number linked to its source.
    Html,
}

#[derive(Subcommand)]
enum SeriesCmd {
    /// Every series in the store.
    List {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// One series' monthly values, with a transform.
    Show(ShowArgs),
}

#[derive(clap::Args)]
pub struct ShowArgs {
    /// Series key or alias.
    series: String,
    /// First month (YYYY-MM).
    #[arg(long)]
    from: Option<String>,
    /// Last month (YYYY-MM).
    #[arg(long)]
    to: Option<String>,
    #[arg(long, value_enum, default_value_t = Transform::Level)]
    transform: Transform,
    /// Use only what had been published by this date (YYYY-MM-DD).
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum EvalSplit {
    Dev,
    Holdout,
    All,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum TextJson {
    /// Text for reading.
    Text,
    /// JSON.
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum CheckFormat {
    /// The text with each claim marked in place, then a note per claim.
    Text,
    /// `{claims: [{text, start, end, kind, series, period, stated, actual, verdict, reason, cause, sources}], summary: {claims, capped, supported, outdated, contradicted, unverifiable}}`.
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Transform {
    /// The value, US$ million.
    Level,
    /// Month-on-month change, %.
    Mom,
    /// Year-on-year change, %.
    Yoy,
    /// Fiscal year to date, US$ million.
    Fytd,
    /// Trailing 12-month sum, US$ million.
    Ttm,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
}

static LAST_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Set while `itx serve` runs: a panic is then logged as it happens (the server
/// answers it with a 500 and goes on), not kept for an exit message.
pub(crate) static SERVING: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

fn main() -> ExitCode {
    // Readers guard third-party code with catch_unwind (a damaged workbook can make
    // calamine panic); the default hook would still print a backtrace-style message
    // for those. Keep the message and report it once, as one line, if it escapes.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("panic");
        let at = info
            .location()
            .map_or(String::new(), |l| format!(" at {}:{}", l.file(), l.line()));
        if SERVING.load(std::sync::atomic::Ordering::Relaxed) {
            // Readers' guarded panics (a damaged workbook) end as a refused file;
            // any other ends as a 500 whose log line follows this one.
            tracing::warn!(panic = %msg, at = %at.trim_start_matches(" at "), "panic");
        }
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("{msg}{at}"));
        }
    }));
    let cli = Cli::parse();
    // Not locked for the whole run: `itx serve` logs to standard error from the
    // server's threads, which a lock held here would block.
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        commands::run(cli, &mut out, &mut err)
    }));
    let Ok(result) = result else {
        let why = LAST_PANIC
            .lock()
            .ok()
            .and_then(|mut l| l.take())
            .unwrap_or_default();
        let _ = writeln!(
            err,
            "itx: internal error ({why}); the store is unchanged. Please report this."
        );
        return ExitCode::from(70);
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(err, "itx: {}", itx_app::excerpt(&format!("{e:#}")));
            ExitCode::from(2)
        }
    }
}

/// A target in US$ million: a finite number above zero.
fn positive_money(s: &str) -> Result<f64, String> {
    match s.trim().replace(',', "").parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(v),
        Ok(_) => Err(format!(
            "{s:?}: a target is an amount above zero (US$ million)"
        )),
        Err(_) => Err(format!("{s:?} is not a number (US$ million, e.g. 5000)")),
    }
}
