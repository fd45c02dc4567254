#!/usr/bin/env python3
"""Scores an itx binary's `check --format json` on the corpus with the same rules as
itx_claims::eval (overlap matching, FNV-1a split). Used once, for the 'before'
figures of a binary that predates `itx bench claims`."""
import json, subprocess, sys, glob, os, tempfile
itx, corpus, which = sys.argv[1], sys.argv[2], sys.argv[3]
def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode():
        h ^= b; h = (h * 0x100000001b3) & 0xffffffffffffffff
    return h
exp = {"true": "supported", "outdated": "outdated", "false": "contradicted", "unverifiable": "unverifiable"}
tot = dict(claims=0, found=0, right=0, true=0, accused=0); ur = dict(claims=0, found=0)
kinds = {}
for p in sorted(glob.glob(os.path.join(corpus, "*.json"))):
    a = json.load(open(p))
    hold = fnv(a["id"]) % 5 == 0
    if (which == "dev" and hold) or (which == "holdout" and not hold): continue
    text = a["text"]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text); fn = f.name
    out = subprocess.run([itx, "--store", "/tmp/score-before.sqlite", "check", fn, "--format", "json"], capture_output=True, text=True)
    os.unlink(fn)
    rep = json.loads(out.stdout)["claims"] if out.returncode == 0 else []
    # byte offsets
    tb = text.encode()
    for c in a["claims"]:
        want = exp.get(c["truth"]);
        if not want: continue
        q = c["quote"].encode(); n = c.get("occurrence", 1); i = -1
        for _ in range(n):
            i = tb.find(q, i + 1)
            if i < 0: break
        hit = None
        if i >= 0:
            s, e = i, i + len(q); best = 0
            for r in rep:
                if r["start"] < e and s < r["end"]:
                    ov = min(r["end"], e) - max(r["start"], s)
                    if ov > best: best, hit = ov, r
        got = hit["verdict"] if hit else None
        k = kinds.setdefault(c["kind"], dict(claims=0, found=0, right=0, true=0, accused=0))
        for t in (tot, k):
            t["claims"] += 1; t["found"] += hit is not None; t["right"] += got == want
            tr = want in ("supported", "outdated"); t["true"] += tr; t["accused"] += tr and got == "contradicted"
        if a["lang"] == "ur":
            ur["claims"] += 1; ur["found"] += hit is not None
pc = lambda a, b: 100.0 * a / b if b else 0.0
for name, t in sorted(kinds.items()) + [("all", tot)]:
    print(f"{name:<14} {t['claims']:>6} {pc(t['found'],t['claims']):>8.1f}% {pc(t['right'],t['claims']):>7.1f}% {pc(t['accused'],t['true']):>7.1f}%")
print(f"urdu detection {pc(ur['found'], ur['claims']):.1f}% of {ur['claims']}")
