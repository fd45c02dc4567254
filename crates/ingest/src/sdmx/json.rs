//! SDMX-JSON data messages (1.0 and 2.0).

use std::fmt::Write as _;

use serde_json::Value;

use super::*;

/// The `dataSets` array and the structure(s) of an SDMX-JSON data message.
pub(super) fn message_parts(v: &Value) -> Option<(&Vec<Value>, Vec<&Value>)> {
    let containers = [v.get("data"), Some(v)];
    let datasets = containers
        .iter()
        .flatten()
        .find_map(|c| c.get("dataSets").and_then(Value::as_array))?;
    let structures = containers.iter().flatten().find_map(|c| {
        if let Some(s) = c.get("structure").filter(|s| s.is_object()) {
            return Some(vec![s]);
        }
        c.get("structures")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter(|s| s.is_object()).collect::<Vec<_>>())
            .filter(|a| !a.is_empty())
    })?;
    Some((datasets, structures))
}

/// A dimension or attribute of an SDMX-JSON structure, with its values as text.
struct Comp {
    id: String,
    role: Option<Role>,
    /// Position in the series key (`keyPosition`; listed order when absent).
    pos: u64,
    values: Vec<Option<String>>,
}

/// The text of a component value: its `id` (coded), else `value`, else `name`.
fn value_text(v: &Value) -> Option<String> {
    let pick = |x: &Value| match x {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    v.get("id")
        .and_then(pick)
        .or_else(|| v.get("value").and_then(pick))
        .or_else(|| v.get("name").and_then(pick))
}

fn comps(structure: &Value, group: &str, level: &str) -> Vec<Comp> {
    structure
        .get(group)
        .and_then(|g| g.get(level))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .enumerate()
                .map(|(i, c)| {
                    let id = c
                        .get("id")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string();
                    Comp {
                        role: role_of(&id),
                        pos: c
                            .get("keyPosition")
                            .and_then(Value::as_u64)
                            .unwrap_or(1_000 + i as u64),
                        values: c
                            .get("values")
                            .and_then(Value::as_array)
                            .map(|vs| vs.iter().map(value_text).collect())
                            .unwrap_or_default(),
                        id,
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The components of one structure, by level.
struct Structure {
    ds_dims: Vec<Comp>,
    series_dims: Vec<Comp>,
    obs_dims: Vec<Comp>,
    ds_attrs: Vec<Comp>,
    series_attrs: Vec<Comp>,
    obs_attrs: Vec<Comp>,
    dataflow: String,
}

impl Structure {
    fn read(s: &Value) -> Structure {
        Structure {
            ds_dims: comps(s, "dimensions", "dataSet"),
            series_dims: comps(s, "dimensions", "series"),
            obs_dims: comps(s, "dimensions", "observation"),
            ds_attrs: comps(s, "attributes", "dataSet"),
            series_attrs: comps(s, "attributes", "series"),
            obs_attrs: comps(s, "attributes", "observation"),
            dataflow: dataflow_of(s),
        }
    }
    fn all(&self) -> impl Iterator<Item = &Comp> {
        [
            &self.ds_dims,
            &self.series_dims,
            &self.obs_dims,
            &self.ds_attrs,
            &self.series_attrs,
            &self.obs_attrs,
        ]
        .into_iter()
        .flatten()
    }
    fn has(&self, role: Role) -> bool {
        self.all().any(|c| c.role == Some(role))
    }
}

/// `IMF.STA:BOP(21.0.0)` from a structure's dataflow link (URN or href), if any.
fn dataflow_of(s: &Value) -> String {
    let links = s.get("links").and_then(Value::as_array);
    for l in links.into_iter().flatten() {
        if l.get("rel").and_then(Value::as_str) != Some("dataflow") {
            continue;
        }
        if let Some(urn) = l.get("urn").and_then(Value::as_str) {
            if let Some((_, id)) = urn.split_once('=') {
                return id.to_string();
            }
        }
        if let Some(href) = l.get("href").and_then(Value::as_str) {
            let parts: Vec<&str> = href.trim_end_matches('/').rsplit('/').take(4).collect();
            if let [version, id, agency, "dataflow"] = parts.as_slice() {
                return format!("{agency}:{id}({version})");
            }
        }
    }
    s.get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_default()
}

/// Splits a colon-joined key of value indices (`"0:1:0"`; `""` for none).
fn key_indices(key: &str) -> Option<Vec<usize>> {
    if key.is_empty() {
        return Some(Vec::new());
    }
    key.split(':').map(|p| p.trim().parse().ok()).collect()
}

/// Sets `vals[role]` for each component from the indices of a key, and collects
/// the non-time codes with their key positions (for the location label).
fn apply_key<'s>(
    comps: &'s [Comp],
    idx: &[usize],
    vals: &mut [Option<&'s str>; N_ROLES],
    parts: &mut Vec<(u64, &'s str)>,
) -> Result<(), String> {
    if comps.len() != idx.len() {
        return Err(format!(
            "key has {} positions, the structure {} dimensions",
            idx.len(),
            comps.len()
        ));
    }
    for (c, &i) in comps.iter().zip(idx) {
        let v =
            c.values.get(i).and_then(Option::as_deref).ok_or_else(|| {
                format!("value {i} of dimension {} is not in the structure", c.id)
            })?;
        if let Some(role) = c.role {
            vals[role as usize] = Some(v);
        }
        if c.role != Some(Role::Time) {
            parts.push((c.pos, v));
        }
    }
    Ok(())
}

/// Sets `vals[role]` from attribute value indices (null or out-of-range: unset).
fn apply_attrs<'s>(
    comps: &'s [Comp],
    idx: Option<&[Value]>,
    vals: &mut [Option<&'s str>; N_ROLES],
) {
    for (c, i) in comps.iter().zip(idx.unwrap_or(&[])) {
        let Some(role) = c.role else { continue };
        let v = i
            .as_u64()
            .and_then(|i| usize::try_from(i).ok())
            .and_then(|i| c.values.get(i))
            .and_then(Option::as_deref);
        if v.is_some() {
            vals[role as usize] = v;
        }
    }
}

/// Reads an SDMX-JSON data message (1.0: `structure`, 2.0: `structures`; at the top
/// level or under `data`) into one release. Series-keyed data sets and flat
/// (`observations` only, all dimensions at observation level) data sets are read.
///
/// # Errors
/// As [`read_csv`], plus when the JSON is not a data message or a key does not
/// match the structure.
pub fn read_json(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    let file = src.file.as_str();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(file_err(
            file,
            "empty file (expected an SDMX-JSON data message)",
        ));
    }
    let v: Value =
        serde_json::from_slice(bytes).map_err(|e| file_err(file, format!("not JSON: {e}")))?;
    let (datasets, structure_values) = message_parts(&v).ok_or_else(|| {
        file_err(
            file,
            "not an SDMX-JSON data message: no dataSets with structure/structures",
        )
    })?;
    let structures: Vec<Structure> = structure_values
        .iter()
        .map(|s| Structure::read(s))
        .collect();
    let mut b = Builder::new(file, src.allow_partial, Vec::new());
    let mut rows = 0usize;
    let mut label = String::new();
    let mut obs_value = String::new();
    for (k, ds) in datasets.iter().enumerate() {
        let si = ds
            .get("structure")
            .and_then(Value::as_u64)
            .and_then(|i| usize::try_from(i).ok())
            .unwrap_or(0);
        let st = structures.get(si).ok_or_else(|| {
            file_err(
                file,
                format!("dataSets[{k}] refers to structure {si}, which is absent"),
            )
        })?;
        for (role, what) in [
            (Role::Country, "COUNTRY"),
            (Role::Entry, "BOP_ACCOUNTING_ENTRY"),
            (Role::Indicator, "INDICATOR"),
            (Role::Unit, "UNIT"),
            (Role::Time, "TIME_PERIOD"),
        ] {
            if !st.has(role) {
                return Err(file_err(
                    file,
                    format!("the structure has no {what} dimension"),
                ));
            }
        }
        if !st.has(Role::Mult) {
            b.warn_mult_assumed(file.to_string(), "no UNIT_MULT attribute");
        }
        if b.dataflow.is_empty() {
            b.dataflow.clone_from(&st.dataflow);
        }
        let action = ds.get("action").and_then(Value::as_str).unwrap_or("");
        if action.eq_ignore_ascii_case("Delete") {
            b.warn(
                file.to_string(),
                format!("dataSets[{k}] has action Delete and carries no figures; skipped"),
            );
            continue;
        }
        let has_mult = st.has(Role::Mult);
        let mut base: [Option<&str>; N_ROLES] = [None; N_ROLES];
        let mut base_parts: Vec<(u64, &str)> = Vec::new();
        for c in &st.ds_dims {
            let Some(v) = c.values.first().and_then(Option::as_deref) else {
                continue;
            };
            if let Some(role) = c.role {
                base[role as usize] = Some(v);
            }
            if c.role != Some(Role::Time) {
                base_parts.push((c.pos, v));
            }
        }
        apply_attrs(
            &st.ds_attrs,
            ds.get("attributes")
                .and_then(Value::as_array)
                .map(Vec::as_slice),
            &mut base,
        );
        let bad =
            |what: &str, key: &str, msg: String| file_err(file, format!("{what} {key}: {msg}"));
        // Series-keyed data: `series` → observations keyed by observation dimensions.
        // Flat data: `observations` keyed by all (observation-level) dimensions.
        let groups: Vec<(&str, Option<&Value>, &serde_json::Map<String, Value>)> =
            match (ds.get("series"), ds.get("observations")) {
                (Some(Value::Object(series)), _) => series
                    .iter()
                    .map(|(sk, sv)| {
                        let obs = sv.get("observations").and_then(Value::as_object);
                        (sk.as_str(), Some(sv), obs)
                    })
                    .filter_map(|(sk, sv, obs)| obs.map(|o| (sk, sv, o)))
                    .collect(),
                (_, Some(Value::Object(obs))) => vec![("", None, obs)],
                _ => {
                    return Err(file_err(
                        file,
                        format!("dataSets[{k}] has neither series nor observations"),
                    ));
                }
            };
        for (skey, sv, observations) in groups {
            let mut vals = base;
            let mut series_parts = base_parts.clone();
            let sidx = key_indices(skey)
                .ok_or_else(|| bad("series", skey, "key is not colon-joined numbers".into()))?;
            apply_key(&st.series_dims, &sidx, &mut vals, &mut series_parts)
                .map_err(|m| bad("series", skey, m))?;
            apply_attrs(
                &st.series_attrs,
                sv.and_then(|s| s.get("attributes"))
                    .and_then(Value::as_array)
                    .map(Vec::as_slice),
                &mut vals,
            );
            for (okey, ov) in observations {
                rows += 1;
                let mut ovals = vals;
                let mut parts = series_parts.clone();
                let oidx = key_indices(okey).ok_or_else(|| {
                    bad(
                        "observation",
                        okey,
                        "key is not colon-joined numbers".into(),
                    )
                })?;
                apply_key(&st.obs_dims, &oidx, &mut ovals, &mut parts)
                    .map_err(|m| bad("observation", okey, m))?;
                parts.sort_by_key(|(pos, _)| *pos);
                label.clear();
                for (i, (_, code)) in parts.iter().enumerate() {
                    if i > 0 {
                        label.push('.');
                    }
                    label.push_str(code);
                }
                let arr = ov.as_array().map(Vec::as_slice).unwrap_or(&[]);
                apply_attrs(&st.obs_attrs, arr.get(1..), &mut ovals);
                let at = At::Obs {
                    series: &label,
                    obs: okey,
                };
                let value = match arr.first().or(Some(ov).filter(|o| !o.is_array())) {
                    None | Some(Value::Null) => None,
                    Some(Value::Number(n)) => {
                        obs_value.clear();
                        let _ = write!(obs_value, "{n}");
                        Some(obs_value.as_str())
                    }
                    Some(Value::String(s)) => Some(s.as_str()),
                    Some(other) => {
                        let shown: String = other.to_string().chars().take(40).collect();
                        let e = b.err(at, format!("observation value {shown} is not a number"));
                        b.skips.skip(e)?;
                        continue;
                    }
                };
                let row = Row {
                    country: ovals[Role::Country as usize].unwrap_or(""),
                    entry: ovals[Role::Entry as usize].unwrap_or(""),
                    indicator: ovals[Role::Indicator as usize].unwrap_or(""),
                    unit: ovals[Role::Unit as usize].unwrap_or(""),
                    freq: ovals[Role::Freq as usize],
                    time: ovals[Role::Time as usize].unwrap_or(""),
                    value,
                    mult: ovals[Role::Mult as usize].or(has_mult.then_some("")),
                    status: ovals[Role::Status as usize],
                };
                b.add(at, &row)?;
            }
        }
    }
    let mut parsed = b.finish(bytes, src, rows)?;
    if src.published.is_none() {
        if let Some(d) = crate::docprops::sdmx_prepared(&v) {
            parsed.date_from_file(d);
        }
    }
    Ok(parsed)
}
