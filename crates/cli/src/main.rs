//! `itx`: the command line. The only crate that prints or exits.

mod commands;

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
    /// List the releases in the store.
    Releases {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Load the embedded data into the store (done automatically on first use).
    Init,
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
}

#[derive(Clone, Copy, ValueEnum)]
pub enum BriefFormat {
    Text,
    Md,
    Json,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    match commands::run(cli, &mut out, &mut err) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(err, "itx: {e:#}");
            ExitCode::from(2)
        }
    }
}
