#!/usr/bin/env python3
"""How often two annotators agree on a claim's truth, and how often the checker
agrees with each: the ceiling an evaluation against one annotator can show.

    python3 crates/claims/eval/agreement/score.py target/release/itx

Reads labels.json (150 claims drawn at random from the development sets; the
first annotator's labels are those of the set's file, the second's a blind
re-annotation, see ../FORMAT.md), runs `itx check --format json --date` on each
article, matches claims by byte overlap as `itx bench claims` does, and prints
the agreement figures. The articles' text is read from the sets' files."""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICT = {"supported": "true", "outdated": "outdated", "contradicted": "false",
           "unverifiable": "unverifiable"}


def article(set_name, aid):
    with open(os.path.join(HERE, "..", set_name, aid + ".json"), encoding="utf-8") as f:
        return json.load(f)


def checked(itx, text, date, cache):
    if (text, date) not in cache:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(text)
            name = f.name
        with tempfile.TemporaryDirectory() as store:
            out = subprocess.run([itx, "--store", os.path.join(store, "itx.sqlite"), "check",
                                  name, "--format", "json", "--date", date],
                                 capture_output=True, text=True, check=True)
        os.unlink(name)
        cache[(text, date)] = json.loads(out.stdout)["claims"]
    return cache[(text, date)]


def main():
    itx = sys.argv[1]
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    cache = {}
    rows = []
    for c in labels:
        a = article(c["set"], c["id"])
        date = a["published"] + ("-15" if len(a["published"]) == 7 else "")
        text = a["text"].encode()
        at = -1
        for _ in range(c["occurrence"]):
            at = text.find(c["quote"].encode(), at + 1)
        hits = [r for r in checked(itx, a["text"], date, cache)
                if at >= 0 and r["start"] < at + len(c["quote"].encode()) and at < r["end"]]
        got = VERDICT[hits[0]["verdict"]] if hits else "not found"
        rows.append((c["first"]["truth"], c["second"]["truth"], got))
    n = len(rows)
    share = lambda k: f"{k}/{n} = {100 * k / n:.1f}%"
    both = [r for r in rows if r[0] == r[1]]
    print(f"claims: {n}")
    print("first annotator vs second:", share(sum(r[0] == r[1] for r in rows)))
    print("checker vs first annotator:", share(sum(r[2] == r[0] for r in rows)))
    print("checker vs second annotator:", share(sum(r[2] == r[1] for r in rows)))
    print("checker agrees with at least one:", share(sum(r[2] in r[:2] for r in rows)))
    k = sum(r[2] == r[0] for r in both)
    print(f"checker on the claims both annotators agree on: {k}/{len(both)} = "
          f"{100 * k / len(both):.1f}%")
    accused = sum(r[2] == "false" and r[0] in ("true", "outdated") and r[1] in ("true", "outdated")
                  for r in rows)
    print("contradicted where both annotators say true or outdated:", accused)


if __name__ == "__main__":
    main()
