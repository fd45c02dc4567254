#!/usr/bin/env python3
"""How often two annotators agree on a claim's truth, how often the checker agrees
with each, and how it scores on the adjudicated labels: the agreed label, or the
third annotator's decision where the two differ.

    python3 crates/claims/eval/agreement/score.py target/release/itx            # every file
    python3 crates/claims/eval/agreement/score.py target/release/itx labels.json

labels.json holds 150 claims drawn at random from the development sets;
kept_aside.json every claim of the sets kept aside until stop 34 (the `articles/`
holdout fifth and `fresh4/`); fresh6.json every claim of `fresh6/`; fresh9.json
every claim of `fresh9/`. In each,
`first` is the set's own label and `second` a blind re-annotation; `adjudicated`
is there where the two differ (see ../FORMAT.md).
The script runs `itx check --format json --date` on each article, matches claims
by byte overlap as `itx bench claims` does, and prints the figures."""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICT = {"supported": "true", "outdated": "outdated", "contradicted": "false",
           "unverifiable": "unverifiable"}
LABELS = ["true", "outdated", "false", "unverifiable"]


def article(set_name, aid):
    with open(os.path.join(HERE, "..", set_name, aid + ".json"), encoding="utf-8") as f:
        return json.load(f)


def checked(itx, store, text, date, cache):
    if (text, date) not in cache:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(text)
            name = f.name
        out = subprocess.run([itx, "--store", store, "check", name, "--format", "json",
                              "--date", date], capture_output=True, text=True, check=True)
        os.unlink(name)
        cache[(text, date)] = json.loads(out.stdout)["claims"]
    return cache[(text, date)]


def kappa(pairs):
    """Cohen's kappa of two labellings."""
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    pe = sum((sum(a == k for a, _ in pairs) / n) * (sum(b == k for _, b in pairs) / n)
             for k in LABELS)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def pct(k, n):
    return f"{k}/{n} = {100 * k / n:.1f}%" if n else "0/0"


def score(itx, store, path, cache):
    with open(path, encoding="utf-8") as f:
        labels = json.load(f)
    rows = []
    for c in labels:
        a = article(c["set"], c["id"])
        date = a["published"] + ("-15" if len(a["published"]) == 7 else "")
        text = a["text"].encode()
        at = -1
        for _ in range(c["occurrence"]):
            at = text.find(c["quote"].encode(), at + 1)
        hits = [r for r in checked(itx, store, a["text"], date, cache)
                if at >= 0 and r["start"] < at + len(c["quote"].encode()) and at < r["end"]]
        got = VERDICT[hits[0]["verdict"]] if hits else "not found"
        first, second = c["first"]["truth"], c["second"]["truth"]
        adj = first if first == second else c.get("adjudicated", {}).get("truth")
        rows.append((first, second, got, adj, c["first"]["kind"], a["lang"], c["set"]))
    n = len(rows)
    print(f"== {os.path.basename(path)}: {n} claims")
    print("first annotator vs second:", pct(sum(r[0] == r[1] for r in rows), n),
          f"(Cohen's kappa {kappa([(r[0], r[1]) for r in rows]):.2f})")
    print("checker vs first annotator:", pct(sum(r[2] == r[0] for r in rows), n))
    print("checker vs second annotator:", pct(sum(r[2] == r[1] for r in rows), n))
    print("checker agrees with at least one:", pct(sum(r[2] in r[:2] for r in rows), n))
    both = [r for r in rows if r[0] == r[1]]
    print("checker on the claims both annotators agree on:",
          pct(sum(r[2] == r[0] for r in both), len(both)))
    print("contradicted where both annotators say true or outdated:",
          sum(r[2] == "false" and r[0] in ("true", "outdated") and r[1] in ("true", "outdated")
              for r in rows))
    adj = [r for r in rows if r[3] is not None]
    if len(adj) < n:
        print(f"({n - len(adj)} disagreements not yet adjudicated)")
        return
    print("adjudicated labels (agreed, else the third annotator's):")
    print("  first annotator's label kept:", pct(sum(r[3] == r[0] for r in rows), n))
    print(f"  {'kind':<14}{'claims':>7}{'detected':>10}{'right':>9}{'accused':>9}")
    kinds = sorted({r[4] for r in rows})
    groups = [(k, [r for r in rows if r[4] == k]) for k in kinds]
    groups += [("all", rows), ("urdu", [r for r in rows if r[5] == "ur"])]
    sets = sorted({r[6] for r in rows})
    if len(sets) > 1:
        groups += [(f"set {s}", [r for r in rows if r[6] == s]) for s in sets]
    for name, g in groups:
        true = [r for r in g if r[3] in ("true", "outdated")]
        acc = f"{100 * sum(r[2] == 'false' for r in true) / len(true):.1f}%" if true else "-"
        print(f"  {name:<14}{len(g):>7}{100 * sum(r[2] != 'not found' for r in g) / len(g):>9.1f}%"
              f"{100 * sum(r[2] == r[3] for r in g) / len(g):>8.1f}%{acc:>9}")
    true = [r for r in rows if r[3] in ("true", "outdated")]
    print("  true claims (true or outdated) called contradicted:", pct(sum(r[2] == "false" for r in true), len(true)))


def main():
    itx = sys.argv[1]
    paths = sys.argv[2:] or [os.path.join(HERE, p) for p in ("labels.json", "kept_aside.json", "fresh6.json", "fresh9.json")]
    cache = {}
    with tempfile.TemporaryDirectory() as d:
        for p in paths:
            score(itx, os.path.join(d, "itx.sqlite"),
                  p if os.path.exists(p) else os.path.join(HERE, p), cache)


if __name__ == "__main__":
    main()
