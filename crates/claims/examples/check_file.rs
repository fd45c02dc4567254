//! Runs the checker on a file against a fresh in-memory store loaded with the
//! embedded SBP data and prints the marked-up text (or JSON with `--json`).
//!
//! ```sh
//! cargo run -p itx-claims --example check_file -- ../shared/examples/record_month_article.txt
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

use itx_claims::{CheckOptions, check, to_json, to_text};
use itx_store::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    args.retain(|a| a != "--json");
    let mut opts = CheckOptions::default();
    if let Some(i) = args.iter().position(|a| a == "--as-of") {
        opts.as_of = Some(args[i + 1].parse()?);
        args.drain(i..=i + 1);
    }
    let Some(path) = args.first() else {
        eprintln!("usage: check_file FILE [--json] [--as-of DATE]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path)?;
    let mut store = Store::open_in_memory()?;
    store.ingest_all(&itx_ingest::bundle::parse_all()?.releases)?;
    let report = check(&text, &store, &opts)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&to_json(&report))?);
    } else {
        print!("{}", to_text(&text, &report));
    }
    Ok(())
}
