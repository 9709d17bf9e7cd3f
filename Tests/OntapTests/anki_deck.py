"""Builds an .apkg with the real Anki library (PyPI `anki`), for ontap's import tests.

Usage: python anki_deck.py OUT.apkg [--modern] [--also-modern OUT2.apkg] [--text OUT.txt]

Notes: two Basic (one with Anki editor HTML), one "Basic (and reversed card)" (two cards), one Cloze with two
deletions (two cards; one card suspended, one flagged), and one note of a custom type "Front only" whose back shows no field (a type ontap cannot
read). Three cards are answered, so the package has a review log. `--modern` writes Anki's newest layout
(collection.anki21b only); the default is the legacy layout ("Support older Anki versions"); `--also-modern` writes
the same collection in the newest layout too. The first Basic note shows an image (one media file). `--text` also writes
Anki's own "Notes in Plain Text" export of the same notes (HTML, tags, deck, note type and guid columns).
Prints a JSON summary: notes, cards, revlog rows.
"""
import json
import os
import sys
import tempfile

from anki.collection import Collection, ExportAnkiPackageOptions

out = sys.argv[1]
modern = "--modern" in sys.argv
folder = tempfile.mkdtemp()
col = Collection(os.path.join(folder, "collection.anki2"))
deck_id = col.decks.id("Lịch sử::Chương 3")

def add(model_name, *fields, tags=()):
    model = col.models.by_name(model_name)
    note = col.new_note(model)
    for index, value in enumerate(fields):
        note.fields[index] = value
    note.tags = list(tags)
    col.add_note(note, deck_id)
    return note

col.media.write_data("co-do.png", bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d8b5b40000000049454e44ae426082"))
add("Basic", "Năm nào Liên Xô tan rã?", '1991<img src="co-do.png">', tags=["lịch-sử"])
add("Basic", "<div><b>Ai</b> dời đô về&nbsp;Thăng Long?</div>", "<div>Lý Thái Tổ</div><div>(năm 1010)</div>")
add("Basic (and reversed card)", "Hiệp định Genève", "1954")
add("Cloze", "{{c1::Điện Biên Phủ}} thắng lợi năm {{c2::1954}}.", "Chiến dịch")

front_only = col.models.new("Front only")
col.models.add_field(front_only, col.models.new_field("Front"))
template = col.models.new_template("Card 1")
template["qfmt"] = "{{Front}}"
template["afmt"] = "{{FrontSide}}"
col.models.add_template(front_only, template)
col.models.add(front_only)
add("Front only", "Ghi chú không có mặt sau")

col.decks.select(deck_id)
answered = 0
for ease in (3, 1, 4):
    card = col.sched.getCard()
    if card is None:
        break
    card.start_timer()
    col.sched.answerCard(card, ease)
    answered += 1

# One card suspended, one flagged red: they stay so in ontap (log operations).
cards = sorted(col.find_cards(""))
col.sched.suspend_cards([cards[0]])
col.set_user_flag_for_cards(1, [cards[1]])

options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False, with_media=True, legacy=not modern)
col.export_anki_package(out_path=out, options=options, limit=None)
if "--also-modern" in sys.argv:
    options.legacy = False
    col.export_anki_package(out_path=sys.argv[sys.argv.index("--also-modern") + 1], options=options, limit=None)
if "--text" in sys.argv:
    col.export_note_csv(out_path=sys.argv[sys.argv.index("--text") + 1], limit=None, with_html=True, with_tags=True,
                        with_deck=True, with_notetype=True, with_guid=True)
print(json.dumps({"notes": col.note_count(), "cards": col.card_count(),
                  "revlog": col.db.scalar("select count() from revlog"), "answered": answered}))
col.close()
