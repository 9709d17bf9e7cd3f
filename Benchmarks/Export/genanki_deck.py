#!/usr/bin/env python3
"""genanki writing the same notes as `ontap export bench --format apkg --without-progress` (the peer of issue 10).

    python Benchmarks/Export/genanki_deck.py DIR OUT.apkg

One note per card of DIR/Decks/bench.json with three fields (front with lettered choices, back, source), guid from
the deck name and card id, in deck ontap::bench - what ontap writes, minus scheduling.
"""
import hashlib, json, sys

import genanki

deck_path, out = sys.argv[1] + "/Decks/bench.json", sys.argv[2]
with open(deck_path, encoding="utf-8") as fh:
    data = json.load(fh)
model = genanki.Model(1_764_000_000_001, "ontap (Front/Back/Source)",
                      fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
                      templates=[{"name": "ontap", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
deck = genanki.Deck(1_600_000_000_123, "ontap::" + data["name"])
esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
for card in data["cards"]:
    front = "<br>".join([esc(card["prompt"])] + [f"{chr(65 + i)}. {esc(c)}" for i, c in enumerate(card["choices"])])
    guid = "ontap-" + hashlib.sha256(f"ontap\x1f{data['name']}\x1f{card['id']}".encode()).hexdigest()[:20]
    deck.add_note(genanki.Note(model=model, fields=[front, esc(card["answer"]), esc(card["source_sentence"])], guid=guid))
genanki.Package(deck).write_to_file(out)
