"""statsforecast side-by-side for the M3 benchmark (crates/forecast/examples/m3.rs).

Fits statsforecast 2.1.1 models to each series' training part, forecasts its horizon
with 80% and 95% intervals, and writes the forecasts (and seconds per fit) as JSON;
`score.py` turns that into the same table as `cargo run --example m3`.

    python3.11 -m venv /tmp/sfenv && /tmp/sfenv/bin/pip install statsforecast==2.1.1
    /tmp/sfenv/bin/python m3_statsforecast.py m3_monthly.csv 12 0 1428 theta,otm,dotm,ets out.json
    /tmp/sfenv/bin/python score.py m3_monthly.csv 12 out.json

Arguments: long CSV (uncompressed), season length, first series, number of series,
models (arima, arima-bc, ets, theta, otm, dotm), output file.

arima-bc is AutoARIMA on a Box-Cox transformed series: lambda = coreforecast's Guerrero
estimate (coreforecast.scalers.boxcox_lambda(y, method="guerrero", season_length=m,
lower=0, upper=1)) on the training part, AutoARIMA(season_length=m) fitted to
z = (y**lambda - 1)/lambda (log y if lambda == 0), and the mean and every interval bound
back-transformed with (lambda*z + 1)**(1/lambda) (exp z if lambda == 0; lambda*z + 1
clipped at 0), no bias adjustment. Its entries also carry "lambda"; its "secs" include
the lambda search and the transforms. Needs strictly positive training data (true of M3).
"""

import json
import sys
import time

import numpy as np
import pandas as pd
from coreforecast.scalers import boxcox_lambda
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


class BoxCoxAutoARIMA:
    """AutoARIMA on a Box-Cox transformed series, transformed by hand: statsforecast 2.1.1's
    AutoARIMA accepts `blambda`, but auto_arima_f raises NotImplementedError("blambda != None")
    for any value other than None, so the transform and its inverse are done here."""

    def forecast(self, y, h, level, fitted=False):
        lam = float(boxcox_lambda(y, method="guerrero", season_length=m, lower=0.0, upper=1.0))
        z = np.log(y) if lam == 0 else (y**lam - 1.0) / lam
        fc = AutoARIMA(season_length=m).forecast(y=z, h=h, level=level, fitted=fitted)
        if lam == 0:
            inv = np.exp
        else:
            inv = lambda v: np.maximum(lam * np.asarray(v, float) + 1.0, 0.0) ** (1.0 / lam)
        out = {k: inv(v) for k, v in fc.items() if k == "mean" or k.startswith(("lo-", "hi-"))}
        out["lambda"] = lam
        return out


MODELS["arima-bc"] = BoxCoxAutoARIMA
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
