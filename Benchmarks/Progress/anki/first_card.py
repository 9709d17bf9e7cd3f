"""Opens an Anki collection and shows the first queued card, as Anki does before it shows a card."""
import os
import sys

from anki.collection import Collection

col = Collection(sys.argv[1])
col.decks.select(col.decks.id_for_name("bench"))
card = col.sched.getCard()
print(card.question()[:100].replace("\n", " ") if card else "(nothing due)", flush=True)
col.close()
os._exit(0)
