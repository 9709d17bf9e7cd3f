#!/usr/bin/env python3
"""draw.py SEED MINYEARS MINBYTES COUNT [--exclude FILE]...: unused Vietnamese corpus articles (run from repo root)."""
import glob, json, os, random, re, sys
sys.path.insert(0, "../shared/eval/cards")
from sample_cards import articles
args = sys.argv[1:]
excl_files = []
while "--exclude" in args:
    i = args.index("--exclude"); excl_files.append(args[i + 1]); del args[i:i + 2]
seed, miny, minb, count = int(args[0]), int(args[1]), int(args[2]), int(args[3])
norm = lambda t: re.sub(r"[^\w-]+", "_", t.lower()).strip("_")
decks = set()
for f in glob.glob("Benchmarks/CardQuality/judged/*.json"):
    for r in json.load(open(f, encoding="utf-8")):
        decks.add(os.path.splitext(r.get("deck", ""))[0])
text = ""
for f in ["Benchmarks/CardQuality/README.md", "Benchmarks/CardQuality/heldout.txt", "../shared/eval/cards/RUBRIC.md"] + excl_files:
    text += open(f, encoding="utf-8").read().lower() + "\n"
pool = []
for title, body in articles("../shared/corpus/viwiki-24mb.txt"):
    if norm(title) in decks or len(body.encode()) < minb:
        continue
    if re.search(r"(?<!\w)" + re.escape(title.lower()) + r"(?!\w)", text):
        continue
    years = {int(y) for y in re.findall(r"(?<!\d)(1\d{3}|20[0-2]\d)(?!\d)", body)}
    if len(years) < miny:
        continue
    pool.append(title)
rng = random.Random(seed)
pick = rng.sample(pool, min(count, len(pool)))
print(f"# pool {len(pool)}", file=sys.stderr)
for t in pick:
    print(t)
