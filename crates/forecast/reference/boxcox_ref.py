"""Box-Cox (Guerrero) lambda + AutoARIMA-on-Box-Cox reference numbers.

Reproduce with:

    python3.11 -m venv /tmp/sfenv && /tmp/sfenv/bin/pip install statsforecast==2.1.1
    /tmp/sfenv/bin/python crates/forecast/reference/boxcox_ref.py \
        data/forecasting/m3_monthly.csv.gz > /tmp/boxcox_ref.json

Versions used: statsforecast 2.1.1, coreforecast 0.0.20, numpy 2.4.6, scipy 1.17.1,
pandas 2.3.3, python 3.11.7 (same stack as crates/forecast/reference/golden.py).

Training part of a series = rows with part == "train", sorted by t (same as golden.py).

Per series it reports:
  * lambda_coreforecast : coreforecast.scalers.boxcox_lambda(y, method="guerrero",
                          season_length=12, lower=0, upper=1)  (float64 input)
  * lambda_r            : plain-numpy port of R forecast:::guer.cv, minimised with
                          scipy.optimize.minimize_scalar(method="bounded", bounds=(0,1))
                          at scipy's default xatol=1e-5.   <-- used for the ARIMA fit
  * lambda_r_exact      : same objective, minimize_scalar bounded with xatol=1e-12
                          (the "true" minimiser, for judging tolerances)
  * lambda_r_fmin       : same objective, Python port of R's Brent_fmin (what
                          stats::optimize uses) with R's default tol=.Machine$double.eps^0.25,
                          i.e. what R's BoxCox.lambda(method="guerrero", lower=0, upper=1)
                          should return.
  * lambda_cf_port      : the same Brent port but with coreforecast's truncated golden
                          constant 0.3819660 (sanity check that we read coreforecast's
                          source correctly: should equal lambda_coreforecast).

AutoARIMA: statsforecast 2.1.1's AutoARIMA accepts `blambda` (and biasadj=False by
default) in its signature, but auto_arima_f raises NotImplementedError("blambda != None").
So we transform manually: z = (y**lam - 1)/lam (log(y) if lam == 0), fit
AutoARIMA(season_length=12) on z, forecast h=18 and back-transform with
(lam*z + 1)**(1/lam) (exp(z) if lam == 0); no bias adjustment (== biasadj=False).
The main fit uses lambda_r; "at_lambda_r_fmin" repeats it with lambda_r_fmin
(== coreforecast's value) because the chosen model is sensitive to it (N1404).

Note: on all five series the Guerrero CV is monotone on [0, 1], so the true optimum is a
bound (0 or 1); the reported lambdas are just where each optimiser stops near that bound.
"""

import json
import math
import sys

import numpy as np
import pandas as pd
import scipy
import statsforecast
import coreforecast
from coreforecast.scalers import boxcox_lambda
from scipy.optimize import minimize_scalar
from statsforecast.models import AutoARIMA

SERIES = sys.argv[2].split(",") if len(sys.argv) > 2 else ["N1404", "N1500", "N1652", "N2005", "N2801"]
M = 12
LOWER, UPPER = 0.0, 1.0


def guer_cv(lam, x, period=M):
    """R forecast:::guer.cv (no NAs in these series)."""
    n = len(x)
    nyr = n // period
    xm = x[n - nyr * period:].reshape(nyr, period)  # consecutive years, row-wise
    mean = xm.mean(axis=1)
    sd = xm.std(axis=1, ddof=1)
    rat = sd / mean ** (1.0 - lam)
    return rat.std(ddof=1) / rat.mean()


def brent_fmin(f, ax, bx, tol, c=(3.0 - math.sqrt(5.0)) * 0.5):
    """Port of R's Brent_fmin (src/library/stats/src/optimize.c)."""
    eps = math.sqrt(np.finfo(float).eps)
    a, b = ax, bx
    v = a + c * (b - a)
    w = x = v
    d = e = 0.0
    fx = f(x)
    fv = fw = fx
    tol3 = tol / 3.0
    while True:
        xm = (a + b) * 0.5
        tol1 = eps * abs(x) + tol3
        t2 = tol1 * 2.0
        if abs(x - xm) <= t2 - (b - a) * 0.5:
            break
        p = q = r = 0.0
        if abs(e) > tol1:
            r = (x - w) * (fx - fv)
            q = (x - v) * (fx - fw)
            p = (x - v) * q - (x - w) * r
            q = (q - r) * 2.0
            if q > 0.0:
                p = -p
            else:
                q = -q
            r = e
            e = d
        if abs(p) >= abs(q * 0.5 * r) or p <= q * (a - x) or p >= q * (b - x):
            e = (b - x) if x < xm else (a - x)
            d = c * e
        else:
            d = p / q
            u = x + d
            if u - a < t2 or b - u < t2:
                d = tol1 if x < xm else -tol1
        if abs(d) >= tol1:
            u = x + d
        elif d > 0.0:
            u = x + tol1
        else:
            u = x - tol1
        fu = f(u)
        if fu <= fx:
            if u < x:
                b = x
            else:
                a = x
            v, w, x = w, x, u
            fv, fw, fx = fw, fx, fu
        else:
            if u < x:
                a = u
            else:
                b = u
            if fu <= fw or w == x:
                v, fv = w, fw
                w, fw = u, fu
            elif fu <= fv or v == x or v == w:
                v, fv = u, fu
    return x


def guerrero_r(y, xatol=None):
    if len(y) <= 2 * M:
        return 1.0
    lo = max(LOWER, 0.0) if np.any(y <= 0) else LOWER
    opts = {} if xatol is None else {"xatol": xatol}
    res = minimize_scalar(lambda l: guer_cv(l, y), bounds=(lo, UPPER), method="bounded", options=opts)
    return float(res.x)


def boxcox(y, lam):
    return np.log(y) if lam == 0 else (y ** lam - 1.0) / lam


def inv_boxcox(z, lam):
    return np.exp(z) if lam == 0 else (lam * z + 1.0) ** (1.0 / lam)


def fit_arima(y, lam, h):
    z = boxcox(y, lam)
    model = AutoARIMA(season_length=M)
    model.fit(z)
    zf = np.asarray(model.predict(h=h)["mean"], float)
    fc = inv_boxcox(zf, lam)
    mod = model.model_
    a = mod["arma"]
    coef = {k: float(v) for k, v in mod["coef"].items()}
    info = {
        "arma_raw": [int(v) for v in a],  # (p, q, P, Q, m, d, D)
        "order": [int(a[0]), int(a[5]), int(a[1])],
        "seasonal_order": [int(a[2]), int(a[6]), int(a[3])],
        "period": int(a[4]),
        "has_drift": "drift" in coef,
        "has_mean": "intercept" in coef,
        "coef": coef,
        "sigma2": float(mod["sigma2"]),
        "aicc": float(mod["aicc"]),
    }
    return info, zf, fc


def main():
    df = pd.read_csv(sys.argv[1])
    out = {
        "versions": {
            "python": sys.version.split()[0],
            "statsforecast": statsforecast.__version__,
            "coreforecast": coreforecast.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "pandas": pd.__version__,
        },
        "arima_method": "manual Box-Cox transform + AutoARIMA(season_length=12) + inverse "
        "(statsforecast blambda raises NotImplementedError); lambda = lambda_r",
        "series": {},
    }
    tol_r = np.finfo(float).eps ** 0.25
    for sid in SERIES:
        d = df[df.series_id == sid]
        y = d[d.part == "train"].sort_values("t").value.to_numpy(np.float64)
        h = int(d.horizon.iloc[0])
        lam_cf = float(boxcox_lambda(y, method="guerrero", season_length=M, lower=LOWER, upper=UPPER))
        lam_r = guerrero_r(y)
        lam_exact = guerrero_r(y, xatol=1e-12)
        f = lambda l: guer_cv(l, y)
        lam_fmin = brent_fmin(f, LOWER, UPPER, tol_r)
        lam_cfport = brent_fmin(f, LOWER, UPPER, tol_r, c=0.3819660)
        arima, zf, fc = fit_arima(y, lam_r, h)
        arima_f, _, fc_f = fit_arima(y, lam_fmin, h)
        out["series"][sid] = {
            "n": int(len(y)),
            "h": h,
            "n_years_used": int(len(y) // M),
            "lambda_coreforecast": lam_cf,
            "lambda_r": lam_r,
            "lambda_r_exact": lam_exact,
            "lambda_r_fmin": lam_fmin,
            "lambda_cf_port": lam_cfport,
            "cv_at": {
                "lambda_coreforecast": float(f(lam_cf)),
                "lambda_r": float(f(lam_r)),
                "lambda_r_exact": float(f(lam_exact)),
            },
            "arima": arima,
            "forecast_transformed": [float(v) for v in zf],
            "forecast": [float(v) for v in fc],
            "forecast_6dp": [round(float(v), 6) for v in fc],
            # sensitivity: same pipeline with the R-optimize/coreforecast lambda
            "at_lambda_r_fmin": {
                "lambda": lam_fmin,
                "arima": arima_f,
                "forecast_6dp": [round(float(v), 6) for v in fc_f],
            },
        }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
