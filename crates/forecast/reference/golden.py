"""Reference values for crates/forecast/tests/golden.rs.

Runs statsforecast 2.1.1 (Nixtla) on named M3 series (training part) and prints JSON
with each model's forecasts and fitted parameters. Reproduce with:

    python3.11 -m venv /tmp/sfenv && /tmp/sfenv/bin/pip install statsforecast==2.1.1
    /tmp/sfenv/bin/python crates/forecast/reference/golden.py \
        data/forecasting/m3_monthly.csv.gz > /tmp/golden.json

(statsforecast 2.1.1 with numpy 2.4.6, scipy 1.17.1, pandas 2.3.3, python 3.11.7.)
tests/golden.rs holds the printed numbers (forecasts rounded to 6 decimals).
"""

import json
import sys

import pandas as pd
from statsforecast.models import (
    AutoARIMA,
    AutoETS,
    DynamicOptimizedTheta,
    OptimizedTheta,
    SeasonalNaive,
    Theta,
)

SERIES = sys.argv[2].split(",") if len(sys.argv) > 2 else ["N1404", "N1500", "N1652", "N2005", "N2801"]
M = 12

df = pd.read_csv(sys.argv[1])
out = {}
for sid in SERIES:
    d = df[df.series_id == sid]
    y = d[d.part == "train"].sort_values("t").value.to_numpy(float)
    h = int(d.horizon.iloc[0])
    res = {"n": len(y), "h": h}
    for name, model in [
        ("snaive", SeasonalNaive(season_length=M)),
        ("theta", Theta(season_length=M)),
        ("otm", OptimizedTheta(season_length=M)),
        ("dotm", DynamicOptimizedTheta(season_length=M)),
        ("ets", AutoETS(season_length=M)),
        ("arima", AutoARIMA(season_length=M)),
    ]:
        model.fit(y)
        fc = model.predict(h=h)["mean"]
        entry = {"mean": [float(v) for v in fc]}
        mod = model.model_
        if name in ("theta", "otm", "dotm"):
            entry["par"] = {k: float(v) for k, v in mod["par"].items()}
        if name == "ets":
            entry["method"] = mod["method"]
            entry["par"] = [float(v) for v in mod["par"][:4]]
        if name == "arima":
            a = mod["arma"]
            entry["order"] = [int(a[0]), int(a[5]), int(a[1]), int(a[2]), int(a[6]), int(a[3])]
            entry["coef"] = {k: float(v) for k, v in mod["coef"].items()}
        res[name] = entry
    out[sid] = res
json.dump(out, sys.stdout, indent=1)
