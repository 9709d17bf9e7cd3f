#!/usr/bin/env python3
"""Synthetic deck and review log for the export benchmark (issue 10), in ontap's own file formats.

    python3 Benchmarks/Export/generate.py DIR [CARDS REVIEWS SEED]      (defaults 100000 2000000 1)

Writes DIR/Decks/bench.json (an ontap deck: one event per four cards, kinds date/reverse/cloze/choice, ids shaped
like ontap's) and DIR/Progress/bench/reviews.jsonl (REVIEWS reviews in time order, one every 30 s from 2024-01-01,
each on a uniformly drawn card, Again 10 %, Hard 15 %, Good 65 %, Easy 10 %, 2-20 s each) - the same shape as
Benchmarks/Progress's generator, without needing a release build of it. Deterministic for a seed.
"""
import hashlib, json, os, random, sys

WORDS = ("hiệp ước liên minh quân sự hội nghị thượng đỉnh chính phủ quốc hội tổng thống bộ trưởng ngoại giao hợp tác "
         "an ninh châu Âu đại sứ quán chiến tranh hòa bình kinh tế chương trình đối tác thành lập ký kết").split()


def main() -> None:
    out = sys.argv[1]
    cards = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    reviews = int(sys.argv[3]) if len(sys.argv) > 3 else 2_000_000
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    os.makedirs(os.path.join(out, "Decks"), exist_ok=True)
    os.makedirs(os.path.join(out, "Progress", "bench"), exist_ok=True)
    events, deck_cards = [], []
    for e in range((cards + 3) // 4):
        year = rng.randint(1900, 2019)
        statement = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
        sentence = f"Năm {year}, {statement[0].lower()}{statement[1:]}."
        eid = "e" + hashlib.sha256(f"{e}\x1f{statement}".encode()).hexdigest()[:12]
        events.append({"actors": [], "date": str(year), "date_surface": f"năm {year}", "end": len(sentence), "id": eid,
                       "sentence": sentence, "sentence_end": len(sentence), "sentence_start": 0, "start": 0,
                       "statement": statement})
        years = sorted({year, year - 3, year + 2, year + 5})
        made = [
            ("date", f"{statement} vào năm nào?", f"năm {year}", [str(year)], []),
            ("reverse", f"Sự kiện nào diễn ra vào năm {year}?", statement, [], []),
            ("cloze", sentence.replace(statement.split()[0].lower(), "[...]", 1), statement.split()[0].lower(), [], []),
            ("choice", f"{statement} vào năm nào?", f"năm {year}", [str(year)], [f"năm {y}" for y in years]),
        ]
        for kind, prompt, answer, accepted, choices in made:
            if len(deck_cards) == cards:
                break
            cid = "c" + hashlib.sha256(f"{eid}\x1f{kind}".encode()).hexdigest()[:12]
            deck_cards.append({"accepted": accepted, "answer": answer, "choices": choices, "event_id": eid, "id": cid,
                               "kind": kind, "prompt": prompt, "source_sentence": sentence})
    deck = {"format": "ontap-deck", "version": 1, "name": "bench", "language": "vi",
            "source": {"file": "bench.vi.txt", "sha256": ""}, "events": events, "cards": deck_cards}
    with open(os.path.join(out, "Decks", "bench.json"), "w", encoding="utf-8") as fh:
        json.dump(deck, fh, ensure_ascii=False, separators=(",", ":"))
    start = 1_704_067_200_000  # 2024-01-01T00:00:00Z
    ids = [c["id"] for c in deck_cards]
    with open(os.path.join(out, "Progress", "bench", "reviews.jsonl"), "w") as fh:
        fh.write('{"format":"ontap-reviews","version":1,"deck":"bench"}\n')
        for i in range(reviews):
            r = rng.random()
            rating = 1 if r < 0.10 else 2 if r < 0.25 else 3 if r < 0.90 else 4
            fh.write(f'{{"card":"{rng.choice(ids)}","rating":{rating},"time":{start + i * 30_000},'
                     f'"duration_ms":{rng.randint(2000, 20000)}}}\n')
    print(f"{len(deck_cards)} cards, {reviews} reviews in {out}")


if __name__ == "__main__":
    main()
