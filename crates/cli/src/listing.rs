//! The commands that list what the store holds: series, a series' figures,
//! a figure's vintages, the releases; and the table and CSV writers every
//! listing shares.

use std::io::Write;

use anyhow::{Result, bail};
use itx_app::{Db, parse_month};
use itx_types::{Period, SeriesKey, Vintage, YearMonth};
use serde_json::json;

use crate::commands::parse_as_of;
use crate::{Format, ShowArgs, Transform};

pub(crate) fn series_list(store: &Db, format: Format, out: &mut dyn Write) -> Result<()> {
    let list = store.list_series()?;
    let aliases = |k: &str| {
        itx_types::ALIASES
            .iter()
            .filter(|(_, key)| *key == k)
            .map(|(a, _)| *a)
            .collect::<Vec<_>>()
            .join(",")
    };
    match format {
        Format::Json => {
            let v: Vec<_> = list
                .iter()
                .map(|s| {
                    json!({"key": s.info.key, "name": s.info.name, "unit": s.info.unit, "ebops_code": s.info.ebops_code,
                    "aliases": aliases(s.info.key.as_str()), "periods": s.periods, "vintages": s.vintages,
                    "first_month": s.first_month, "last_month": s.last_month})
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        _ => {
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|s| {
                    vec![
                        s.info.key.to_string(),
                        aliases(s.info.key.as_str()),
                        s.first_month.clone().unwrap_or_default(),
                        s.last_month.clone().unwrap_or_default(),
                        s.periods.to_string(),
                        s.vintages.to_string(),
                        s.info.name.clone(),
                    ]
                })
                .collect();
            table(
                out,
                format,
                &["key", "alias", "from", "to", "periods", "vintages", "name"],
                &rows,
            )?;
        }
    }
    Ok(())
}

pub(crate) fn series_show(store: &Db, a: &ShowArgs, out: &mut dyn Write) -> Result<()> {
    let key = SeriesKey::resolve(&a.series)?;
    let as_of = parse_as_of(a.as_of.as_deref())?;
    let from = a.from.as_deref().map(parse_month).transpose()?;
    let to = a.to.as_deref().map(parse_month).transpose()?;
    let transform = match a.transform {
        Transform::Level => itx_app::Transform::Level,
        Transform::Mom => itx_app::Transform::Mom,
        Transform::Yoy => itx_app::Transform::Yoy,
        Transform::Fytd => itx_app::Transform::Fytd,
        Transform::Ttm => itx_app::Transform::Ttm,
    };
    let (data, rows) = itx_app::observations(store, &key, from, to, transform, as_of)?;
    let rows: Vec<(YearMonth, Option<f64>, &Vintage)> = rows
        .iter()
        .map(|r| (r.month, r.value, &r.vintage))
        .collect();
    let unit = transform.unit();
    match a.format {
        Format::Json => {
            let obs: Vec<_> = rows
                .iter()
                .map(|(m, x, v)| {
                    json!({"period": m.to_string(), "value": x, "status": v.status.as_str(),
                    "source": v.release.source, "published": v.release.published.map(|d| d.to_string()),
                    "location": v.location, "url": v.release.url})
                })
                .collect();
            let t = transform.as_str();
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(
                    &json!({"series": key, "name": data.info.name, "transform": t,
                    "unit": unit, "as_of": as_of.map(|d| d.to_string()), "observations": obs})
                )?
            )?;
        }
        _ => {
            let digits = if unit == "%" { 1 } else { 2 };
            let rows: Vec<Vec<String>> = rows
                .iter()
                .map(|(m, x, v)| {
                    vec![
                        m.to_string(),
                        x.map(|x| format!("{x:.digits$}")).unwrap_or_default(),
                        v.status.as_str().to_string(),
                        v.release.source.clone(),
                    ]
                })
                .collect();
            let head = format!("value ({unit})");
            table(out, a.format, &["period", &head, "status", "source"], &rows)?;
        }
    }
    Ok(())
}

pub(crate) fn vintages(
    store: &Db,
    series: &str,
    period: &str,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    let key = SeriesKey::resolve(series)?;
    if store.series_info(&key)?.is_none() {
        return Err(itx_types::Error::UnknownSeries(series.to_string()).into());
    }
    let period = Period::parse(period, &key.calendar())?;
    let vs = store.vintages(&key, &period)?;
    if vs.is_empty() {
        bail!("no release states a value of {key} for {period}");
    }
    let current = itx_types::pick_current(&vs, None).map(|v| (v.release.id, v.location.clone()));
    let is_current = |v: &Vintage| current.as_ref() == Some(&(v.release.id, v.location.clone()));
    match format {
        Format::Json => {
            let v: Vec<_> = vs
                .iter()
                .map(|v| {
                    json!({"value": v.value, "value_published": v.value_published, "unit_published": v.unit_published,
                    "status": v.status.as_str(), "kind": v.release.kind.as_str(), "release": v.release.source,
                    "published": v.release.published.map(|d| d.to_string()), "location": v.location,
                    "url": v.release.url, "quote": v.quote, "preferred": v.preferred, "current": is_current(v)})
                })
                .collect();
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(
                    &json!({"series": key, "period": period.to_string(), "vintages": v})
                )?
            )?;
        }
        _ => {
            let rows: Vec<Vec<String>> = vs
                .iter()
                .map(|v| {
                    vec![
                        v.release
                            .published
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "undated".into()),
                        format!("{:.2}", v.value),
                        v.status.as_str().into(),
                        if is_current(v) {
                            "*".into()
                        } else {
                            String::new()
                        },
                        v.release.source.clone(),
                        v.location.clone(),
                    ]
                })
                .collect();
            table(
                out,
                format,
                &[
                    "published",
                    "US$ m",
                    "status",
                    "current",
                    "release",
                    "where",
                ],
                &rows,
            )?;
        }
    }
    Ok(())
}

pub(crate) fn releases(store: &Db, format: Format, out: &mut dyn Write) -> Result<()> {
    let rs = store.releases()?;
    match format {
        Format::Json => {
            let v: Vec<_> = rs
                .iter()
                .map(|r| {
                    json!({"id": r.release.id, "source": r.release.source, "kind": r.release.kind.as_str(),
                    "published": r.release.published.map(|d| d.to_string()), "file": r.release.file,
                    "url": r.release.url, "figures": r.rows, "note": r.note})
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        _ => {
            let rows: Vec<Vec<String>> = rs
                .iter()
                .map(|r| {
                    vec![
                        r.release.id.to_string(),
                        r.release
                            .published
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "undated".into()),
                        r.release.kind.as_str().into(),
                        r.rows.to_string(),
                        r.release.source.clone(),
                    ]
                })
                .collect();
            table(
                out,
                format,
                &["id", "published", "kind", "figures", "source"],
                &rows,
            )?;
        }
    }
    Ok(())
}

/// Aligned columns (last column unpadded), or CSV.
pub(crate) fn table(
    out: &mut dyn Write,
    format: Format,
    head: &[&str],
    rows: &[Vec<String>],
) -> Result<()> {
    if format == Format::Csv {
        let mut w = csv_line(head.iter().map(|s| s.to_string()));
        for r in rows {
            w += &csv_line(r.iter().cloned());
        }
        out.write_all(w.as_bytes())?;
        return Ok(());
    }
    let n = head.len();
    let mut width: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate().take(n) {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s += c;
            } else {
                s += &format!("{c:<w$}  ", w = width[i]);
            }
        }
        s.trim_end().to_string() + "\n"
    };
    out.write_all(line(head.iter().map(|s| s.to_string()).collect()).as_bytes())?;
    for r in rows {
        out.write_all(line(r.clone()).as_bytes())?;
    }
    Ok(())
}

fn csv_line(cells: impl Iterator<Item = String>) -> String {
    let cells: Vec<String> = cells
        .map(|c| {
            if c.contains([',', '"', '\n']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c
            }
        })
        .collect();
    cells.join(",") + "\n"
}
