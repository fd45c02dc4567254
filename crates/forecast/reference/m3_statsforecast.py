"""statsforecast side-by-side for the M3 benchmark (crates/forecast/examples/m3.rs).

Fits statsforecast 2.1.1 models to each series' training part, forecasts its horizon
with 80% and 95% intervals, and writes the forecasts (and seconds per fit) as JSON;
`score.py` turns that into the same table as `cargo run --example m3`.

    python3.11 -m venv /tmp/sfenv && /tmp/sfenv/bin/pip install statsforecast==2.1.1
    /tmp/sfenv/bin/python m3_statsforecast.py m3_monthly.csv 12 0 1428 theta,otm,dotm,ets out.json
    /tmp/sfenv/bin/python score.py m3_monthly.csv 12 out.json

Arguments: long CSV (uncompressed), season length, first series, number of series,
models (arima, ets, theta, otm, dotm), output file.
"""

import json
import sys
import time

import numpy as np
import pandas as pd
from statsforecast.models import (
    AutoARIMA,
    AutoETS,
    DynamicOptimizedTheta,
    OptimizedTheta,
    Theta,
)

path, m, start, count, which, out_path = sys.argv[1:7]
m, start, count = int(m), int(start), int(count)
MODELS = {
    "arima": lambda: AutoARIMA(season_length=m),
    "ets": lambda: AutoETS(season_length=m),
    "theta": lambda: Theta(season_length=m),
    "otm": lambda: OptimizedTheta(season_length=m),
    "dotm": lambda: DynamicOptimizedTheta(season_length=m),
}
df = pd.read_csv(path)
ids = list(dict.fromkeys(df.series_id))[start : start + count]
out = {}
for sid in ids:
    d = df[df.series_id == sid]
    y = d[d.part == "train"].sort_values("t").value.to_numpy(float)
    h = int(d.horizon.iloc[0])
    res = {}
    for name in which.split(","):
        model = MODELS[name]()
        t0 = time.time()
        fc = model.forecast(y=y, h=h, level=[80, 95], fitted=False)
        entry = {k: np.asarray(v).tolist() for k, v in fc.items()}
        entry["secs"] = time.time() - t0
        res[name] = entry
    out[sid] = res
with open(out_path, "w") as f:
    json.dump(out, f)
