"""statsforecast 2.1.1's AutoETS per series on M3, one JSON line per series (form,
parameters, initial states, likelihood, forecast, sMAPE), to set beside
`cargo run -p itx-forecast --release --example ets_dump -- data/forecasting/m3_quarterly.csv.gz 4` (same split and
horizon as m3_statsforecast.py). Reference numbers in tests/golden.rs's
`ets_caps_the_slope_smoothing_as_statsforecast_does` come from it.

    python3.11 -m venv /tmp/sfenv && /tmp/sfenv/bin/pip install statsforecast==2.1.1
    zcat data/forecasting/m3_quarterly.csv.gz > /tmp/m3q.csv
    /tmp/sfenv/bin/python ets_dump.py /tmp/m3q.csv 4 sf_ets_quarterly.jsonl

Compare the two dumps (form agreement, sMAPE by form) with a few lines of Python; on
2026-12-04: quarterly mean sMAPE 9.4467, monthly 14.1596 (316 s and 563 s).
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from statsforecast.models import AutoETS

path, m, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
df = pd.read_csv(path)
ids = list(dict.fromkeys(df.series_id))
if len(sys.argv) > 4:
    ids = ids[: int(sys.argv[4])]


def fl(v):
    v = float(v)
    return None if np.isnan(v) else v


t_all = time.time()
smapes = []
with open(out_path, "w") as f:
    for sid in ids:
        d = df[df.series_id == sid]
        y = d[d.part == "train"].sort_values("t").value.to_numpy(float)
        y_te = d[d.part == "test"].sort_values("t").value.to_numpy(float)
        h = int(d.horizon.iloc[0])
        t0 = time.time()
        mod = AutoETS(season_length=m).fit(y)
        fc = np.asarray(mod.predict(h=h)["mean"], float)
        secs = time.time() - t0
        md = mod.model_
        comp = md["components"]  # e.g. "MAMD" (E,T,S,damped flag)
        e, t, s, dmp = comp
        par = np.asarray(md["par"], float)
        init = par[4:]  # full initial state incl. the last (derived) seasonal
        level0 = fl(init[0])
        slope0 = fl(init[1]) if t != "N" else None
        seas0 = [fl(v) for v in init[1 + (t != "N"):]] if s != "N" else []
        sm = float(np.mean(200 * np.abs(y_te - fc) / (np.abs(y_te) + np.abs(fc))))
        smapes.append(sm)
        fit = md.get("fit")
        rec = dict(
            id=sid,
            n=len(y),
            h=h,
            m=int(md["m"]),
            model=f"{e}{t}{'d' if dmp == 'D' else ''}{s}",
            method=md.get("method"),
            components=comp,
            alpha=fl(par[0]),
            beta=fl(par[1]) if t != "N" else None,
            gamma=fl(par[2]) if s != "N" else None,
            phi=fl(par[3]) if dmp == "D" else None,
            level0=level0,
            slope0=slope0,
            seasonal0=seas0,  # as stored in par: s_{0}, s_{-1}, ..., s_{-m+1} (statsforecast order)
            final_state=[fl(v) for v in np.asarray(md["states"])[-1]],
            loglik=fl(md["loglik"]),
            aic=fl(md["aic"]),
            aicc=fl(md["aicc"]),
            bic=fl(md["bic"]),
            sigma2=fl(md["sigma2"]),
            mse=fl(md["mse"]),
            amse=fl(md["amse"]),
            n_params=int(md["n_params"]),
            opt_fn=fl(fit.fn) if fit is not None else None,
            opt_nit=int(fit.nit) if fit is not None else None,
            forecast=fc.tolist(),
            actual=y_te.tolist(),
            smape=sm,
            secs=secs,
        )
        f.write(json.dumps(rec) + "\n")
print(f"{out_path}: {len(smapes)} series, mean sMAPE {np.mean(smapes):.4f}, "
      f"total {time.time() - t_all:.1f}s")
