#!/usr/bin/env python3
# Plays a student in a tmux pane running `ontap study` or `ontap quiz` (see README.md):
# reads the screen with `tmux capture-pane`, finds the card on it in the deck file, and types.
# Usage: drive.py study|quiz|home TMUX_TARGET DECK_JSON [SEARCH_OUT]   (home: look at the home screen, then leave;
# SEARCH_OUT: after a study session, words the first card shares with its siblings, for `ontap cards --search`)
# Licence: GPL-3.0-or-later.
import json
import re
import subprocess
import sys
import time
import os
import unicodedata

mode, target, deck_path = sys.argv[1], sys.argv[2], sys.argv[3]


def load_cards():
    """The deck's cards with the learner's edits (`:edit`) applied, as the session shows them."""
    deck = json.load(open(deck_path, encoding="utf-8"))
    for card in deck["cards"]:
        edit = deck.get("edits", {}).get(card["id"])
        if edit and edit.get("prompt"):
            card["prompt"] = edit["prompt"]
    return deck["cards"]


cards = load_cards()
TMUX = ["tmux", "-L", os.environ.get("DEMO_SOCKET", "ontap-demo")]


def nfc(text):
    return unicodedata.normalize("NFC", text)


def norm(text):
    return re.sub(r"\s+", " ", nfc(text)).strip()


def pane():
    out = subprocess.run(TMUX + ["capture-pane", "-p", "-J", "-t", target], capture_output=True, text=True).stdout
    return [line.rstrip() for line in out.split("\n")]


def send(text):
    if text:
        subprocess.run(TMUX + ["send-keys", "-t", target, "-l", "--", text], check=True)
    subprocess.run(TMUX + ["send-keys", "-t", target, "Enter"], check=True)
    log(f"  typed: {text!r}")


def log(text):
    print(text, file=sys.stderr, flush=True)


HEADER = re.compile(r"^\[(\d+)(/\d+)?\] ")


def current_card(lines):
    """The card whose question is on screen under the last header line, found in the deck by its prompt and options."""
    starts = [i for i, line in enumerate(lines) if HEADER.match(line)]
    if not starts:
        return None
    body, options = [], []
    for line in lines[starts[-1] + 1:]:
        if line.startswith("›") or line.startswith("[⏱") or line.startswith("  ("):
            break
        option = re.match(r"^\s+[A-H]\. (.*)$", line)
        if option:
            options.append(option.group(1).strip())
        elif options:
            options[-1] += " " + line.strip()
        else:
            body.append(line.strip())
    shown = norm(" ".join(body))
    shown_options = [norm(option) for option in options]

    def fits(card, length):
        if norm(card["prompt"])[:length] != shown[:length]:
            return False
        choices = [norm(choice) for choice in card.get("choices", [])]
        return len(choices) == len(shown_options) and all(c[:40] == o[:40] for c, o in zip(choices, shown_options))

    for length in (10**6, 60):        # whole prompt, then its start (a line the screen cut differently)
        found = [card for card in cards if fits(card, length)]
        if found:
            return found[0]
    return None


def right_answer(card):
    if card["kind"] == "choice":
        return "ABCDEFGH"[card["choices"].index(card["answer"])]
    if card["kind"] == "chronology":
        return card["answer"]
    return card["answer"]            # as the card says it (Vietnamese: "tháng 3 năm 1471")


def waiting_for(lines):
    """What the last non-empty line asks for: 'answer', 'grade', 'done' or None (still printing)."""
    tail = [line for line in lines if line.strip()]
    if not tail:
        return None
    last = tail[-1]
    if last.startswith("Chấm điểm") or last.startswith("Grade"):
        return "grade"
    if last.endswith("›") or last.endswith("› ") or re.search(r"\] ›$", last) or last.strip() == "›":
        return "answer"
    if last.endswith("$") or last.endswith("# ") or last.endswith("#"):
        return "done"
    return None


# Something a student does, once each, to the first card that fits.
done = set()
seen = []                 # card ids in the order met

# What a student sees is wrong with a card (no card's text is named here): two sentences glued together, an
# empty or broken bracket, an option that is a fragment (starts in lower case, or a title of a few words with no
# verb-like length), a prompt that gives its own answer away, or a question too long to read.
GLUED = re.compile(r"\w\.[A-ZĐÂĂÊÔƠƯ]\w|/ /|\(\s*[,;)]")


def flaws(card):
    """Why a student would put `card` aside (empty when it reads well)."""
    found = []
    blob = card["prompt"] + " " + " ".join(card.get("choices", []))
    if GLUED.search(blob):
        found.append("glued or broken text")
    if card["kind"] in ("chronology", "choice"):
        for option in card.get("choices", []):
            words = option.split()
            if card["kind"] == "chronology" and (option[:1].islower() or len(words) < 4 or len(words) > 30):
                found.append(f"an option that is a fragment: {option!r}")
                break
            if ": " in option:
                found.append(f"an option that is a title, not an event: {option!r}")
                break
    # A question whose clause, once its opening phrase and its "vào … nào?" are taken away, has no subject left
    # ("Ngay từ khi mới lên ngôi, âm lịch vào tháng năm nào?").
    asked = re.search(r"(?:^|, )([^,]*?)\s*vào (?:ngày |tháng |năm |thế kỷ )*nào\?$", nfc(card["prompt"]))
    if asked and len(asked.group(1).split()) < 3:
        found.append(f"a question with no subject: {asked.group(1)!r}")
    if card["kind"] in ("date", "reverse", "cloze"):
        answer = nfc(card["answer"]).lower()
        prompt = nfc(card["prompt"]).lower().replace("_____", " ")
        years = re.findall(r"\d{3,4}", answer)
        if card["kind"] == "date" and years and years[-1] in prompt:
            found.append("the prompt gives the year away")
        elif card["kind"] != "date" and len(answer) > 3 and answer in prompt:
            found.append("the prompt gives the answer away")
    if len(card["prompt"]) > 220:
        found.append("a question too long to read")
    return found


def needs_editing(card):
    """A typed-answer card the student can fix by hand: its answer has a short form (a name's last two words) worth
    accepting, and where its prompt carries an aside in brackets or opens with a connective that points elsewhere,
    the prompt without it (else None: only the answer is edited)."""
    if card["kind"] not in ("reverse", "cloze"):
        return None
    prompt = norm(card["prompt"])
    fixed = re.sub(r"\s*\([^()]*\)", "", prompt)
    fixed = re.sub(r"^(Sau đó|Cùng năm|Cùng lúc|Trong khi đó|Ngoài ra|Tuy nhiên|Vì vậy|Do đó|Từ đó),\s*", "", fixed)
    fixed = fixed[:1].upper() + fixed[1:]
    words = card["answer"].split()
    if len(words) < 3 or len(fixed) < 20:
        return None
    # no aside to take out: the prompt stays, and only the short form is accepted (`fixed` is None)
    return (fixed if fixed != prompt else None), " ".join(words[-2:])


def plan(card, lines):
    """The lines to type for `card` (answers and commands), the student's choice."""
    if card["id"] not in seen:
        seen.append(card["id"])
        first_time = True
    else:
        first_time = False
    if mode == "quiz":
        n = len(seen)
        if n % 9 == 4:
            return [""]                                  # left blank
        if n % 6 == 5:
            return [wrong_answer(card)]
        return [right_answer(card)]
    if first_time and flaws(card):                       # every bad card met is put aside
        done.add("suspend")
        log(f"  suspending: {'; '.join(flaws(card))}")
        return [":suspend"]
    edit = needs_editing(card) if first_time and "edit" not in done else None
    if edit:
        done.add("edit")
        fixed, short = edit
        if fixed is None:
            log(f"  editing: accepting {short!r}")
            return [f":edit accept {short}", short]
        log(f"  editing: prompt without its aside, accepting {short!r}")
        return [f":edit prompt {fixed}", f":edit accept {short}", short]
    if first_time and "hint" not in done and card["kind"] in ("reverse", "cloze"):
        done.add("hint")
        return [":hint", ":hint", right_answer(card)]
    if first_time and "source" not in done and card["kind"] == "date" and len(seen) > 3:
        done.add("source")
        return [":source", right_answer(card)]
    if first_time and "wrongyear" not in done and card["kind"] == "date" and "source" in done:
        done.add("wrongyear")
        return [wrong_answer(card)]
    if first_time and "badletter" not in done and card["kind"] == "choice":
        done.add("badletter")
        return ["H", right_answer(card)]
    if first_time and "show" not in done and card["kind"] == "cloze" and "hint" in done:
        done.add("show")
        return [""]
    if first_time and "wrongorder" not in done and card["kind"] == "chronology":
        done.add("wrongorder")
        return [card["answer"][::-1]]
    if first_time and "stats" not in done and len(seen) > 12:
        done.add("stats")
        return [":stats", right_answer(card)]
    return [right_answer(card)]


def sibling_search():
    """Words of the first card met that its event's other cards share: `ontap cards --search` with them shows the
    siblings that waited (buried) while the first one was studied."""
    by_id = {card["id"]: card for card in cards}
    first = by_id.get(seen[0]) if seen else None
    if not first:
        return ""
    siblings = [card for card in cards if card["event_id"] == first["event_id"]]
    words = norm(first["prompt"]).replace("?", "").split()
    best = ""
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n]).strip(",.;:")
            if "_" in phrase or len(phrase) < 6:
                continue
            shared = sum(phrase.lower() in nfc(card["prompt"] + " " + card["answer"]).lower() for card in siblings)
            if shared >= 2 and len(phrase) > len(best):
                best = phrase
        if best:
            return best
    return first["answer"]


def wrong_answer(card):
    right = right_answer(card)
    if card["kind"] == "date":
        years = re.findall(r"\d{3,4}", right)
        return right.replace(years[-1], str(int(years[-1]) + 9)) if years else "1900"
    if card["kind"] == "choice":
        return "A" if right != "A" else "B"
    if card["kind"] == "chronology":
        return right[::-1]
    return "không nhớ"


def main():
    global mode
    idle = 0
    pending = []
    grades = 0
    while True:
        time.sleep(0.6)
        lines = pane()
        state = waiting_for(lines)
        if state == "done":
            by_id = {card["id"]: card for card in cards}
            met = [by_id[i] for i in seen if i in by_id]
            kinds = sorted({card["kind"] for card in met})
            events = {card["event_id"] for card in met}
            log(f"session over: {len(met)} cards met, from {len(events)} events; kinds met: {', '.join(kinds)}; done: {', '.join(sorted(done))}")
            if mode == "study" and len(sys.argv) > 4:
                with open(sys.argv[4], "w", encoding="utf-8") as out:
                    out.write(sibling_search() + "\n")
            return
        if state is None:
            idle += 1
            if idle > 100:
                sys.exit("the screen stopped changing without a prompt")
            continue
        idle = 0
        if mode == "home":
            send(":quit")
            mode = "left"
            continue
        if mode == "left":
            continue
        if state == "grade":
            grades += 1
            # Enter takes the suggested grade; after a shown answer (no suggestion) the student says 3, once 1.
            suggested = re.search(r"\[Enter = \d\]", lines[-1] if lines[-1].strip() else " ".join(lines[-3:]))
            send("" if suggested else ("1" if grades == 3 else "3"))
            continue
        if pending:
            send(pending.pop(0))
            continue
        card = current_card(lines)
        if card is None:
            cards[:] = load_cards()
            card = current_card(lines)
        if card is None:
            sys.exit("no card of the deck matches the screen:\n" + "\n".join(lines[-12:]))
        log(f"card {card['id']} {card['kind']}")
        pending = plan(card, lines)
        send(pending.pop(0))


main()
