#!/usr/bin/env python3
"""Good-rate per kind of a judged sheet twice: as the rubric's reader scored it, and as a student meets the cards,
where a card whose only failure is "leak: sibling card" counts as good (ontap never shows two cards of one event
on the same day, and the exam asks at most one question per event). Usage:
    python3 Benchmarks/CardQuality/shown_rate.py judged/FILE.json..."""
import collections, json, sys

for path in sys.argv[1:]:
    cards = json.load(open(path, encoding="utf-8"))
    rows = collections.OrderedDict()
    for card in sorted(cards, key=lambda c: c["kind"]):
        for key in ("all", card["kind"]):
            row = rows.setdefault(key, [0, 0, 0])
            good = bool(card["verdict"]["good"])
            sibling_only = not good and card.get("defect", "").strip().lower() == "leak: sibling card"
            row[0] += good
            row[1] += good or sibling_only
            row[2] += 1
    lang = cards[0]["lang"] if cards else "?"
    print(f"{path}\n| lang | kind | good (rubric) | good (siblings apart) | n |\n|---|---|---|---|---|")
    for kind, (good, shown, n) in rows.items():
        print(f"| {lang} | {kind} | {good} ({100 * good / n:.0f}%) | {shown} ({100 * shown / n:.0f}%) | {n} |")
