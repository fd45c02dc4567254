//! `itx ingest` of a large SDMX-CSV file, streamed from disk
//! (`itx_app::ingest::stream_file`), does what reading it whole does
//! (`ingest::read` + `ingest::write`): the same figures stored, the same
//! report, the same revisions, the same refusals; a dry run or a refusal leaves
//! the store as it was.
//!
//! The files are generated (`sdmx::synthetic_csv`: made-up values, NOT real
//! data; no real IMF file for Pakistan is available to ship), into a store that
//! holds the embedded real SBP data first.

use std::path::{Path, PathBuf};

use itx_app::Db;
use itx_app::ingest::{self, Source};
use itx_ingest::sdmx::synthetic_csv;
use itx_types::Date;

fn today() -> Date {
    "2026-12-02".parse().unwrap()
}

fn src(file: &str, published: &str) -> Source {
    Source {
        published: Some(published.parse().unwrap()),
        ..Source::named(file)
    }
}

fn db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    itx_app::load::bundle(&mut db).unwrap();
    db
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Everything a store holds, for comparing two ways of loading a file.
fn contents(db: &Db) -> Vec<String> {
    let mut out = Vec::new();
    for key in db.series_keys().unwrap() {
        for (period, vs) in db.series_vintages(&key).unwrap() {
            out.extend(vs.iter().map(|v| format!("{key} {period} {v:?}")));
        }
    }
    out
}

/// Reads `path` whole and writes it (the path of every other file).
fn whole(
    db: &mut Db,
    path: &Path,
    src: &Source,
    accept: bool,
    dry: bool,
) -> itx_app::Result<(serde_json::Value, Vec<String>)> {
    let bytes = std::fs::read(path).unwrap();
    let input = ingest::read(&bytes, &path.display().to_string(), src, None, today())?;
    let written = ingest::write(db, std::slice::from_ref(&input), accept, dry, today())?;
    let report = ingest::report_json(&input, &written.done[0], dry);
    Ok((
        serde_json::to_value(&report).unwrap(),
        written.findings.iter().map(ToString::to_string).collect(),
    ))
}

fn streamed(
    db: &mut Db,
    path: &Path,
    src: &Source,
    accept: bool,
    dry: bool,
) -> itx_app::Result<(serde_json::Value, Vec<String>)> {
    let s = ingest::stream_file(
        db,
        path,
        &path.display().to_string(),
        src,
        accept,
        dry,
        today(),
    )?;
    Ok((
        serde_json::to_value(&s.report).unwrap(),
        s.findings.iter().map(ToString::to_string).collect(),
    ))
}

/// The error of a load that should have been refused (without printing a
/// whole report when it was not).
fn refused<T>(r: itx_app::Result<(T, Vec<String>)>) -> itx_app::Error {
    match r {
        Ok((_, flagged)) => panic!("loaded, flagged: {flagged:?}"),
        Err(e) => e,
    }
}

/// `text` with the value of every `every`-th data row raised by `by`.
fn revised(text: &str, every: usize, by: f64) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        if i > 0 && i % every == 0 {
            let mut f: Vec<String> = line.split(',').map(str::to_string).collect();
            let v: f64 = f[7].parse().unwrap();
            f[7] = format!("{:.1}", v + by);
            out.push_str(&f.join(","));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[test]
fn streamed_and_whole_store_and_report_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let v1 = synthetic_csv(20_000);
    let v2 = revised(&v1, 997, 2.0);
    let p1 = write(dir.path(), "v1.csv", &v1);
    let p2 = write(dir.path(), "v2.csv", &v2);
    let (mut a, mut b) = (db(), db());
    for (p, date) in [(&p1, "2026-04-01"), (&p2, "2026-05-01")] {
        let s = src(p.file_name().unwrap().to_str().unwrap(), date);
        // A dry run first: reported as the real one will be, nothing kept.
        let before = contents(&b);
        let dry_whole = whole(&mut a, p, &s, false, true).unwrap();
        let dry_streamed = streamed(&mut b, p, &s, false, true).unwrap();
        assert_eq!(dry_whole, dry_streamed);
        assert_eq!(contents(&b), before, "a dry run changed the store");
        let w = whole(&mut a, p, &s, false, false).unwrap();
        let st = streamed(&mut b, p, &s, false, false).unwrap();
        assert_eq!(w, st);
        assert_eq!(contents(&a), contents(&b));
    }
    // The second vintage revises 20 figures (every 997th row of 20,000), and
    // both reports list each with both values.
    let (report, _) = whole(&mut a, &p2, &src("v2.csv", "2026-05-01"), false, true).unwrap();
    assert_eq!(report["releases"][0]["status"], "already ingested");
    let revs = b
        .revisions(&itx_app::RevisionFilter::default())
        .unwrap()
        .into_iter()
        .filter(|r| r.new.release.source.contains("v2.csv"))
        .count();
    assert_eq!(revs, 20);
    // Again: already ingested, and nothing changes.
    let before = contents(&b);
    let (again, _) = streamed(&mut b, &p2, &src("v2.csv", "2026-05-01"), false, false).unwrap();
    assert_eq!(again["releases"][0]["status"], "already ingested");
    assert_eq!(contents(&b), before);
}

#[test]
fn streamed_revisions_are_counted_past_those_listed() {
    let dir = tempfile::tempdir().unwrap();
    let v1 = synthetic_csv(30_000);
    let v2 = revised(&v1, 2, 1.0);
    let p1 = write(dir.path(), "v1.csv", &v1);
    let p2 = write(dir.path(), "v2.csv", &v2);
    let mut b = db();
    streamed(&mut b, &p1, &src("v1.csv", "2026-04-01"), false, false).unwrap();
    let (r, _) = streamed(&mut b, &p2, &src("v2.csv", "2026-05-01"), false, false).unwrap();
    let rel = &r["releases"][0];
    assert_eq!(
        rel["revisions"].as_array().unwrap().len(),
        ingest::REVISIONS_LISTED
    );
    assert_eq!(
        rel["revisions_not_listed"].as_u64().unwrap() as usize + ingest::REVISIONS_LISTED,
        15_000
    );
}

#[test]
fn implausible_figures_are_refused_alike_and_the_store_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    // 40,000 rows: 43 months in each series, enough history for the rules.
    let base = synthetic_csv(40_000);
    let mut lines: Vec<String> = base.lines().map(str::to_string).collect();
    // Line 301: a negative credit; line 2001: ten times a month (a spike the
    // next month undoes), in series that are listed together.
    let set = |lines: &mut Vec<String>, line: usize, f: &dyn Fn(f64) -> f64| {
        let mut fields: Vec<String> = lines[line - 1].split(',').map(str::to_string).collect();
        let v: f64 = fields[7].parse().unwrap();
        fields[7] = format!("{:.1}", f(v));
        lines[line - 1] = fields.join(",");
    };
    set(&mut lines, 2001, &|v| v * 40.0);
    let spike = write(dir.path(), "spike.csv", &(lines.join("\n") + "\n"));
    set(&mut lines, 301, &|v| -v);
    let bad = write(dir.path(), "bad.csv", &(lines.join("\n") + "\n"));
    assert!(lines[300].contains(",CD_T,"), "line 301 is a credit");

    let (mut a, mut b) = (db(), db());
    let before = contents(&b);
    let e_whole = refused(whole(
        &mut a,
        &bad,
        &src("bad.csv", "2026-04-01"),
        false,
        false,
    ));
    let e_stream = refused(streamed(
        &mut b,
        &bad,
        &src("bad.csv", "2026-04-01"),
        true,
        false,
    ));
    assert!(matches!(e_stream, itx_app::Error::Refused(_)), "{e_stream}");
    let msg = e_stream.to_string();
    assert!(msg.contains("bad.csv line 301"), "{msg}");
    assert!(msg.contains("negative"), "{msg}");
    assert!(e_whole.to_string().contains("bad.csv line 301"));
    assert_eq!(contents(&b), before);

    // The spike alone: refused without --accept-outliers, flagged with it.
    let e = refused(streamed(
        &mut b,
        &spike,
        &src("spike.csv", "2026-04-01"),
        false,
        false,
    ));
    assert!(e.to_string().contains("spike.csv line 2001"), "{e}");
    assert!(e.to_string().contains("--accept-outliers"), "{e}");
    assert_eq!(contents(&b), before);
    let w = whole(&mut a, &spike, &src("spike.csv", "2026-04-01"), true, false).unwrap();
    let s = streamed(&mut b, &spike, &src("spike.csv", "2026-04-01"), true, false).unwrap();
    assert_eq!(w, s);
    assert_eq!(s.1.len(), 1, "{:?}", s.1);
    assert_eq!(contents(&a), contents(&b));
    assert!(contents(&b).iter().any(|v| v.contains("flag: Some(")));
}

#[test]
fn series_listed_in_pieces_are_judged_whole() {
    // Rows sorted by period, not by series: every series comes back many
    // times; a spike is still found, and only once.
    let dir = tempfile::tempdir().unwrap();
    let text = synthetic_csv(3_000);
    let mut lines: Vec<&str> = text.lines().collect();
    let head = lines.remove(0);
    lines.sort_by_key(|l| l.split(',').nth(6).unwrap_or("").to_string());
    let mut rows: Vec<String> = lines.iter().map(|l| (*l).to_string()).collect();
    let i = rows
        .iter()
        .position(|l| l.contains(",PAK,CD_T,SA,") && l.contains(",1900-02,"))
        .unwrap();
    let mut f: Vec<String> = rows[i].split(',').map(str::to_string).collect();
    f[7] = format!("{:.1}", f[7].parse::<f64>().unwrap() * 40.0);
    rows[i] = f.join(",");
    let file = write(
        dir.path(),
        "bytime.csv",
        &format!("{head}\n{}\n", rows.join("\n")),
    );
    let (mut a, mut b) = (db(), db());
    let w = whole(&mut a, &file, &src("bytime.csv", "2026-04-01"), true, false).unwrap();
    let s = streamed(&mut b, &file, &src("bytime.csv", "2026-04-01"), true, false).unwrap();
    assert_eq!(w, s);
    assert_eq!(s.1.len(), 1, "{:?}", s.1);
    assert!(s.1[0].contains("1900-02"), "{:?}", s.1);
}

#[test]
fn only_large_sdmx_csv_files_stream() {
    let dir = tempfile::tempdir().unwrap();
    let small = write(dir.path(), "small.csv", &synthetic_csv(100));
    assert!(!ingest::streamable(&small, None));
    let text = synthetic_csv(200_000);
    assert!(text.len() as u64 > ingest::STREAM_FROM);
    let big = write(dir.path(), "big.csv", &text);
    assert!(ingest::streamable(&big, None));
    assert!(!ingest::streamable(&big, Some(ingest::Format::Csv)));
    let other = write(dir.path(), "other.csv", &"period,value\n".repeat(800_000));
    assert!(!ingest::streamable(&other, None));
    assert!(!ingest::streamable(&dir.path().join("missing.csv"), None));
}
