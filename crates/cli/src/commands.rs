//! One function per subcommand. Data goes to `out`, notices to `err`.

use itx_app::parse_month;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use itx_app::{Db, RevisionFilter};
use itx_types::{Date, SeriesKey};

use crate::listing::{releases, series_list, series_show, table, vintages};
use crate::{BriefArgs, BriefFormat, Cli, Command, FetchCmd, Format, SeriesCmd};

pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<()> {
    let path = match cli.store {
        Some(p) => p,
        None => default_store()?,
    };
    let writes = matches!(
        cli.command,
        Command::Ingest(_) | Command::Fetch(_) | Command::Init | Command::Watch { .. }
    );
    let mut store = open_store(&path, writes, err)?;
    if let Command::Serve {
        addr,
        allow_ingest,
        post_per_minute,
    } = cli.command
    {
        drop(store);
        if allow_ingest.as_deref().is_some_and(|t| t.len() < 16) {
            bail!("--allow-ingest: the token must be at least 16 characters");
        }
        let cfg = itx_server::Config {
            store: path.clone(),
            ingest_token: allow_ingest,
            post_per_minute,
        };
        writeln!(
            err,
            "itx: serving {} on http://{addr}/ (API: /api/v1/openapi.json){}",
            path.display(),
            if cfg.ingest_token.is_some() {
                "; ingest enabled"
            } else {
                ""
            }
        )?;
        // The server logs a line a request, and server errors in full, to
        // standard error.
        let _ = tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .with_max_level(tracing_subscriber::filter::LevelFilter::INFO)
            .try_init();
        let rt = tokio::runtime::Runtime::new().context("starting the server runtime")?;
        crate::SERVING.store(true, std::sync::atomic::Ordering::Relaxed);
        return Ok(rt.block_on(itx_server::serve(addr, cfg))?);
    }
    match cli.command {
        Command::Brief(a) => brief(&store, &a, out),
        Command::Series(SeriesCmd::List { format }) => series_list(&store, format, out),
        Command::Series(SeriesCmd::Show(a)) => series_show(&store, &a, out),
        Command::Vintages {
            series,
            period,
            format,
        } => vintages(&store, &series, &period, format, out),
        Command::Releases { format } => releases(&store, format, out),
        Command::Peers {
            series,
            from,
            format,
            chart,
            log,
        } => crate::peers::peers(
            &store,
            &series,
            from.as_deref(),
            format,
            chart.as_deref().map(|p| (p, log)),
            out,
        ),
        Command::Watch {
            every,
            webhook,
            series,
            polls,
        } => crate::watch::watch(
            &mut store,
            &crate::watch::WatchOptions {
                every: crate::watch::parse_every(&every)?,
                webhook: webhook.as_deref(),
                series: &series,
                polls,
            },
            out,
            err,
        ),
        Command::Status {
            series,
            format,
            lang,
        } => status(&store, series.as_deref(), format, lang, out),
        Command::Serve { .. } => Ok(()),
        Command::Forecast {
            series,
            horizon,
            model,
            level,
            as_of,
            format,
            chart,
        } => crate::forecast::forecast(
            &store,
            &series,
            horizon,
            &model,
            &level,
            parse_as_of(as_of.as_deref())?,
            format,
            chart.as_deref(),
            out,
        ),
        Command::Outlook {
            series,
            fy,
            target,
            as_of,
            model,
            format,
        } => crate::forecast::outlook(
            &store,
            &series,
            fy.as_deref(),
            target,
            parse_as_of(as_of.as_deref())?,
            &model,
            format,
            out,
        ),
        Command::Bench(crate::BenchCmd::Claims {
            corpus,
            split,
            misses,
            format,
        }) => {
            use itx_app::claims_eval::{Which, evaluate, load_corpus};
            let which = match split {
                crate::EvalSplit::Dev => Which::Dev,
                crate::EvalSplit::Holdout => Which::Holdout,
                crate::EvalSplit::All => Which::All,
            };
            let articles = load_corpus(&corpus)?;
            let ev = evaluate(&store, &articles, which)?;
            match format {
                crate::TextJson::Json => {
                    writeln!(out, "{}", serde_json::to_string_pretty(&ev)?)?;
                }
                crate::TextJson::Text => {
                    let name = match which {
                        Which::Dev => "development set",
                        Which::Holdout => "held-out set",
                        Which::All => "all articles",
                    };
                    write!(out, "{}", ev.summary.table(name))?;
                    writeln!(out, "checked in {:.0} ms", ev.millis)?;
                    if misses {
                        for m in &ev.misses {
                            writeln!(
                                out,
                                "\n{} {:?} [{}] expected {}, got {}\n  checker: {}\n  truth:   {}",
                                m.article,
                                m.quote,
                                m.kind,
                                m.expected,
                                m.got.as_deref().unwrap_or("not found"),
                                m.reason.as_deref().unwrap_or("-"),
                                m.why
                            )?;
                        }
                    }
                }
            }
            Ok(())
        }
        Command::Bench(crate::BenchCmd::Forecast {
            data,
            model,
            season,
            backtest,
            format,
        }) => crate::forecast::bench(
            &store,
            &data,
            model.as_deref(),
            season,
            backtest.as_deref(),
            format,
            out,
        ),
        Command::Bench(crate::BenchCmd::Outlook {
            series,
            from,
            format,
        }) => crate::forecast::bench_outlook(&store, &series, &from, format, out),
        Command::Check {
            file,
            as_of,
            date,
            format,
            lang,
        } => {
            let text = if file.as_os_str() == "-" {
                let mut s = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                    .context("reading standard input")?;
                s
            } else {
                match std::fs::read(&file) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        bail!("{}: no such file", file.display())
                    }
                    Err(e) => return Err(e).with_context(|| format!("{}: cannot read", file.display())),
                    Ok(bytes) => String::from_utf8(bytes).map_err(|e| {
                        anyhow::anyhow!(
                            "{}: not UTF-8 text (byte {} is not valid UTF-8); save the article as UTF-8",
                            file.display(),
                            e.utf8_error().valid_up_to()
                        )
                    })?,
                }
            };
            let opts = itx_app::checking::CheckOptions {
                as_of: parse_as_of(as_of.as_deref())?,
                date: date
                    .as_deref()
                    .map(itx_types::parse_article_date)
                    .transpose()?,
                ..itx_app::checking::CheckOptions::default()
            };
            let report = itx_app::checking::check(&store, &text, &opts)?;
            match format {
                crate::CheckFormat::Text => {
                    write!(
                        out,
                        "{}",
                        itx_app::checking::to_text_in(lang, &text, &report)
                    )?;
                }
                crate::CheckFormat::Json => writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&itx_app::checking::to_json(&report))?
                )?,
            }
            Ok(())
        }
        Command::Chart(a) => {
            let req = itx_app::chart::ChartRequest {
                kind: &a.kind,
                series: SeriesKey::resolve(&a.series)?,
                from: a.from.as_deref().map(parse_month).transpose()?,
                to: a.to.as_deref().map(parse_month).transpose()?,
                as_of: parse_as_of(a.as_of.as_deref())?,
                target: a.target,
                lang: a.lang,
            };
            let chart = itx_app::chart::build(&store, &req)?;
            Ok(itx_app::chart::write(&chart, a.out.as_deref(), out)?)
        }
        Command::Ingest(a) => {
            let o = ingest_options(
                a.published.as_deref(),
                a.source_url.as_deref(),
                a.format.as_deref(),
                a.allow_partial,
                a.accept_outliers,
                a.dry_run,
                a.series.as_deref(),
                a.json,
            )?;
            crate::ingest::ingest_files(&mut store, &a.files, &o, out)
        }
        Command::Fetch(FetchCmd::Easydata {
            series,
            from,
            to,
            dry_run,
            json,
        }) => {
            let o = ingest_options(None, None, None, false, false, dry_run, None, json)?;
            let from = parse_as_of(from.as_deref())?;
            let to = parse_as_of(to.as_deref())?;
            crate::ingest::fetch_easydata(&mut store, &series, from, to, &o, out)
        }
        Command::Revisions {
            series,
            since,
            release,
            format,
        } => crate::ingest::revisions(
            &store,
            &RevisionFilter {
                series: series.as_deref().map(SeriesKey::resolve).transpose()?,
                since: parse_as_of(since.as_deref())?,
                release_id: release,
            },
            format,
            out,
        ),
        Command::Init => {
            let r = itx_app::load::bundle(&mut store)?;
            writeln!(
                err,
                "itx: {}: {} releases added ({} figures), {} already present",
                path.display(),
                r.releases_added,
                r.rows,
                r.releases_present
            )?;
            Ok(())
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn ingest_options<'a>(
    published: Option<&str>,
    url: Option<&'a str>,
    format: Option<&str>,
    allow_partial: bool,
    accept_outliers: bool,
    dry_run: bool,
    series: Option<&str>,
    json: bool,
) -> Result<crate::ingest::IngestOptions<'a>> {
    Ok(crate::ingest::IngestOptions {
        published: published
            .map(itx_app::ingest::parse_loose_date)
            .transpose()
            .map_err(|e| anyhow::anyhow!("--published: {e}"))?
            .flatten(),
        url,
        format: format
            .map(str::parse::<itx_app::ingest::Format>)
            .transpose()
            .map_err(|e| anyhow::anyhow!("--format: {e}"))?,
        allow_partial,
        accept_outliers,
        dry_run,
        series: series.map(SeriesKey::resolve).transpose()?,
        output: if json { Format::Json } else { Format::Table },
    })
}

fn default_store() -> Result<PathBuf> {
    let dir = dirs::data_dir()
        .context("no data directory on this system; pass --store PATH or set ITX_STORE")?
        .join("itx");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir.join("itx.sqlite"))
}

/// Opens the store: for writing when the command writes, read-only otherwise
/// (a read never changes the file). A store that does not exist yet, or holds
/// nothing, is created and loaded with the embedded data first.
fn open_store(path: &std::path::Path, writes: bool, err: &mut dyn Write) -> Result<Db> {
    if !writes {
        match Db::open_read_only(path) {
            Ok(store) if !store.is_empty()? => return Ok(store),
            Ok(_) | Err(itx_app::Error::Store(itx_app::StoreError::Missing { .. })) => {} // new: load it below
            Err(e) => return Err(e.into()),
        }
    }
    let mut store = Db::open(path)?;
    if store.is_empty()? {
        let r = itx_app::load::bundle(&mut store)?;
        writeln!(
            err,
            "itx: new store {}: loaded the embedded SBP, RBI and press data ({} releases, {} figures)",
            path.display(),
            r.releases_added,
            r.rows
        )?;
        // The embedded files' notes (the RBI file's known defects and what
        // was done about each) are in data/README.md; one line says so rather
        // than repeating them on every new store.
        if !r.warnings.is_empty() {
            writeln!(
                err,
                "itx: {} notes on the embedded files (e.g. {}); see data/README.md",
                r.warnings.len(),
                r.warnings[0]
            )?;
        }
    }
    if writes {
        return Ok(store);
    }
    drop(store);
    Ok(Db::open_read_only(path)?)
}

fn status(
    store: &Db,
    series: Option<&str>,
    format: Format,
    lang: itx_app::Lang,
    out: &mut dyn Write,
) -> Result<()> {
    let tr = |id: &str, args: &[(&str, &str)]| itx_app::render::t(lang, id, args);
    use itx_app::freshness;
    let today = jiff::Zoned::now().date();
    let all = match series {
        Some(s) => {
            let key = SeriesKey::resolve(s)?;
            let f = freshness::of(store, &key, today)?
                .ok_or_else(|| anyhow::anyhow!("no monthly figures for {key}"))?;
            vec![f]
        }
        None => freshness::status(store, today)?,
    };
    if format == Format::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&all)?)?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|f| {
            let r = f.latest_release.as_ref();
            let e = f.expected_next.as_ref();
            vec![
                f.series.to_string(),
                f.latest_month.clone().unwrap_or_default(),
                r.and_then(|r| r.published)
                    .map_or("undated".into(), |d| d.to_string()),
                e.map_or(String::new(), |e| {
                    tr(
                        "status-by",
                        &[("month", &e.month), ("date", &e.by.to_string())],
                    )
                }),
                if f.overdue.is_empty() {
                    tr("status-no", &[])
                } else {
                    tr("status-overdue-list", &[("months", &f.overdue.join(", "))])
                },
                r.map_or(String::new(), |r| r.source.clone()),
            ]
        })
        .collect();
    // CSV keeps English column names (they are field names); the table speaks
    // the reader's language.
    let heads: Vec<String> = [
        "status-series",
        "status-latest",
        "status-published",
        "status-next",
        "status-overdue",
        "status-source",
    ]
    .iter()
    .map(|id| {
        let l = if format == Format::Table {
            lang
        } else {
            itx_app::Lang::En
        };
        itx_app::render::t(l, id, &[])
    })
    .collect();
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    table(out, format, &heads, &rows)?;
    if format == Format::Table && lang != itx_app::Lang::En {
        if let Some(n) = all.iter().find_map(|f| f.notice_in(lang)) {
            writeln!(out, "\n{n}")?;
        }
    } else if format == Format::Table {
        writeln!(out, "\nAs of {today}. Expected dates are estimates:")?;
        for (f, e) in all
            .iter()
            .filter_map(|f| Some((f, f.expected_next.as_ref()?)))
        {
            writeln!(out, "  {}: {}", f.series, e.basis)?;
        }
        if all.iter().any(freshness::Freshness::is_overdue) {
            writeln!(
                out,
                "Overdue months are missing from the store: fetch them with `itx fetch easydata`, or `itx ingest` the new dt.xls."
            )?;
        }
    }
    Ok(())
}

pub(crate) fn parse_as_of(s: Option<&str>) -> Result<Option<Date>> {
    Ok(s.map(itx_types::parse_date).transpose()?)
}

fn brief(store: &Db, a: &BriefArgs, out: &mut dyn Write) -> Result<()> {
    // Refused before anything is printed.
    if a.out.is_some() && !matches!(a.format, BriefFormat::Html) {
        bail!(
            "--out is for --format html (the other formats print to standard output: redirect it)"
        );
    }
    let key = SeriesKey::resolve(&a.series)?;
    let as_of = parse_as_of(a.as_of.as_deref())?;
    let month = a.month.as_deref().map(parse_month).transpose()?;
    let (b, month) = match a.kind {
        crate::BriefKind::Month => itx_app::brief_in(store, &key, month, as_of, a.lang)?,
        kind => {
            let b = if kind == crate::BriefKind::Fy {
                itx_app::fy_review(store, &key, a.fy.as_deref(), as_of)?
            } else {
                itx_app::profile(store, &key, as_of)?
            };
            let b = itx_app::in_lang(b, a.lang)?;
            let m = itx_app::load_series(store, &key, as_of)?
                .months
                .last()
                .map(|(m, _)| *m)
                .ok_or_else(|| anyhow::anyhow!("no data for {key}"))?;
            (b, m)
        }
    };

    match a.format {
        BriefFormat::Text => write!(out, "{}", b.to_text())?,
        BriefFormat::Md => write!(out, "{}", b.to_markdown())?,
        BriefFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&b.to_json())?)?,
        BriefFormat::Html => {
            let charts = itx_app::brief_chart_svgs(store, &key, month, as_of)?;
            let html = b.to_html(&charts);
            match &a.out {
                None => out.write_all(html.as_bytes())?,
                Some(dir) => {
                    std::fs::create_dir_all(dir)
                        .with_context(|| format!("creating {}", dir.display()))?;
                    let page = dir.join("index.html");
                    std::fs::write(&page, &html)
                        .with_context(|| format!("writing {}", page.display()))?;
                    for (name, _, svg) in &charts {
                        std::fs::write(dir.join(format!("{name}.svg")), svg)?;
                        let png =
                            itx_app::render::png(svg, 2.0).map_err(|e| anyhow::anyhow!("{e}"))?;
                        std::fs::write(dir.join(format!("{name}.png")), png)?;
                    }
                    writeln!(out, "{}", page.display())?;
                }
            }
        }
    }
    Ok(())
}
