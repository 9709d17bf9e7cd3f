"""Builds a real Anki collection holding the same synthetic collection as `progress-bench generate DIR`.

Usage: python build_collection.py DIR OUT.anki2

Every card of DIR/Decks/bench.json becomes a Basic note (front = prompt, back = answer) with one card; its
scheduling state comes from DIR/Progress/bench/state.json (new / learning / review, interval, ease, reps, lapses,
due shifted so that ontap's "now" is Anki's today) and every line of reviews.jsonl becomes a revlog row.
Anki creates the collection (schema, note type, deck); the rows are then inserted with Python's sqlite3 in one
transaction (through Anki's own handle 2,000,000 revlog rows took over half an hour here, and the Python API would
add 100,000 notes one by one), and Anki reopens the collection to count them.
"""
import hashlib
import json
import os
import sqlite3
import sys
import time

from anki.collection import Collection

DAY_MS = 86_400_000


def main() -> None:
    src, out = sys.argv[1], sys.argv[2]
    if os.path.exists(out):
        os.remove(out)
    with open(os.path.join(src, "Decks", "bench.json"), encoding="utf-8") as f:
        deck = json.load(f)
    with open(os.path.join(src, "Progress", "bench", "state.json"), encoding="utf-8") as f:
        state = json.load(f)
    now_ms = state["log"]["last"]["time"] + 1  # close to the benchmark's "now"
    now_ms = 1_704_067_200_000 + 700 * DAY_MS  # the same "now" as progress-bench (start + 700 days)
    col = Collection(out)
    model = col.models.by_name("Basic")
    did = col.decks.id("bench")
    today = col.sched.today
    wall_now = int(time.time() * 1000)
    base_id = 1_600_000_000_000
    notes, cards, ids = [], [], {}
    for i, card in enumerate(deck["cards"]):
        nid = cid = base_id + i
        ids[card["id"]] = cid
        front, back = card["prompt"], card["answer"]
        csum = int(hashlib.sha1(front.encode("utf-8")).hexdigest()[:8], 16)
        notes.append((nid, card["id"], model["id"], 0, -1, "", front + "\x1f" + back, front, csum, 0, ""))
        s = state["cards"].get(card["id"])
        if s is None or s["phase"] == 0:
            ctype, queue, due, ivl, factor, reps, lapses = 0, 0, i, 0, 0, 0, 0
        else:
            offset = s["due"] - now_ms
            if s["phase"] == 2:
                ctype, queue, due = 2, 2, today + offset // DAY_MS
            else:
                ctype, queue, due = s["phase"], 1, (wall_now + offset) // 1000
            ivl, factor, reps, lapses = max(1, s["interval"] or round(s["stability"])), s["ease"], s["reps"], s["lapses"]
        cards.append((cid, nid, did, 0, 0, -1, ctype, queue, due, ivl, factor, reps, lapses, 0, 0, 0, 0, ""))
    col.close()
    db = sqlite3.connect(out)
    db.execute("pragma journal_mode = delete")
    db.execute("pragma synchronous = off")
    db.executemany("insert into notes values (?,?,?,?,?,?,?,?,?,?,?)", notes)
    db.executemany("insert into cards values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", cards)
    rows, used = [], set()
    ease_type = {1: 1, 2: 1, 3: 1, 4: 1}
    with open(os.path.join(src, "Progress", "bench", "reviews.jsonl"), encoding="utf-8") as f:
        next(f)  # header
        for line in f:
            r = json.loads(line)
            rid = r["time"]
            while rid in used:
                rid += 1
            used.add(rid)
            rows.append((rid, ids[r["card"]], -1, r["rating"], 1, 0, 2500, r["duration_ms"], ease_type[r["rating"]]))
            if len(rows) >= 200_000:
                db.executemany("insert into revlog values (?,?,?,?,?,?,?,?,?)", rows)
                rows.clear()
    db.executemany("insert into revlog values (?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()
    col = Collection(out)
    counts = tuple(col.db.scalar(f"select count() from {t}") for t in ("notes", "cards", "revlog"))
    col.close()
    print(json.dumps({"notes": counts[0], "cards": counts[1], "revlog": counts[2], "bytes": os.path.getsize(out)}))


main()
