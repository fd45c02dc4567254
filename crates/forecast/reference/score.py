"""Scores m3_statsforecast.py's output like itx's bench: sMAPE (M3 definition), MASE
(in-sample seasonal naive scaling), 80%/95% coverage, summed seconds.

    python3 score.py m3_monthly.csv 12 out.json
"""

import csv
import json
import sys
from collections import defaultdict

path, m, fc_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
train, test = defaultdict(list), defaultdict(list)
with open(path) as f:
    for r in csv.DictReader(f):
        (train if r["part"] == "train" else test)[r["series_id"]].append((int(r["t"]), float(r["value"])))
fc = json.load(open(fc_path))
models = sorted({k for v in fc.values() for k in v})
for name in models:
    sm = n = c80 = c95 = 0
    mase_sum = mase_n = 0
    secs = 0.0
    for sid, res in fc.items():
        if name not in res:
            continue
        y_tr = [v for _, v in sorted(train[sid])]
        y_te = [v for _, v in sorted(test[sid])]
        r = res[name]
        secs += r["secs"]
        s = m if len(y_tr) > m else 1
        scale = sum(abs(y_tr[i] - y_tr[i - s]) for i in range(s, len(y_tr))) / (len(y_tr) - s)
        ae = 0.0
        for k, y in enumerate(y_te):
            f = r["mean"][k]
            sm += 200 * abs(y - f) / (abs(y) + abs(f))
            n += 1
            ae += abs(y - f)
            c80 += r["lo-80"][k] <= y <= r["hi-80"][k]
            c95 += r["lo-95"][k] <= y <= r["hi-95"][k]
        if scale > 0:
            mase_sum += ae / len(y_te) / scale
            mase_n += 1
    print(f"{name:8s} smape {sm / n:.2f} mase {mase_sum / mase_n:.3f} cov80 {100 * c80 / n:.1f} cov95 {100 * c95 / n:.1f} secs {secs:.1f}")
