#!/usr/bin/env python3
"""Extra FSRS-6 conformance vectors: ../shared/fsrs/gen_vectors.py with other seeds (9x000 instead of x000),
millisecond review times and six more schedulers (odd step lengths, three relearning steps, desired retention
0.70 and 0.99, maximum interval 1 and 3). Output: Tests/SchedulingTests/Fixtures/vectors_extra.json.

Generate FSRS-6 conformance vectors from py-fsrs (package `fsrs` 6.3.2).

Usage (from this folder):
    python3 -m venv "$VENV" && "$VENV"/bin/pip install fsrs==6.3.2
    "$VENV"/bin/python gen_vectors.py            # writes vectors.json
    "$VENV"/bin/python gen_vectors.py --check    # regenerates in memory and diffs

Everything is deterministic: fuzzing is disabled, all review times are derived
from a fixed epoch and seeded `random.Random` instances, and the JSON contains
absolute timestamps, so a consumer only replays (rating, time) pairs.

Only the public py-fsrs API is used (Scheduler, Card, Rating, State), except
for the small "functions" section, which calls a few private helpers of the
Scheduler to expose per-formula reference values (documented in fsrs_spec.md).
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import sys
from datetime import datetime, timedelta, timezone

import fsrs
from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import DEFAULT_PARAMETERS

UTC = timezone.utc
EPOCH = datetime(2024, 1, 1, 0, 0, 0, tzinfo=UTC)  # card creation time
DAY = timedelta(days=1)
HORIZON = datetime(2150, 1, 1, tzinfo=UTC)  # no new review starts after this

# ---------------------------------------------------------------- schedulers
# Non-default parameter sets. P_OPT is the py-fsrs Optimizer result on the
# bundled real review log (see bench_optimizer.py / results.md); P_HAND is a
# hand-made in-bounds set that exercises a steep forgetting curve (w20=0.5),
# strong mean reversion (w7=0.2) and a large short-term effect.
P_OPT = [  # py-fsrs 6.3.2 Optimizer on the bundled log, rounded to 4 dp
    0.1234, 1.2931, 2.3977, 8.2956, 6.6868, 0.4502, 3.0779, 0.0535,
    1.6540, 0.1466, 0.6301, 1.6120, 0.0128, 0.3485, 1.8879, 0.8546,
    1.8729, 0.6749, 0.2045, 0.2262, 0.4603,
]
P_HAND = [
    0.5, 1.5, 4.0, 12.0, 5.5, 1.1, 1.8, 0.2,
    1.5, 0.25, 1.2, 1.8, 0.1, 0.35, 1.4, 0.4,
    2.5, 0.8, 0.3, 0.15, 0.5,
]
P_FLAT = list(DEFAULT_PARAMETERS)
P_FLAT[20] = 0.1  # lower bound of w20: flattest allowed curve
P_FLAT[19] = 0.0  # no stability dependence of the short-term increase

MIN = timedelta(minutes=1)
SCHEDULERS: dict[str, dict] = {
    "default": dict(),
    "dr080": dict(desired_retention=0.80),
    "dr095": dict(desired_retention=0.95),
    "no_learning_steps": dict(learning_steps=()),
    "one_learning_step": dict(learning_steps=(10 * MIN,)),
    "three_learning_steps": dict(learning_steps=(1 * MIN, 10 * MIN, 60 * MIN)),
    "no_relearning_steps": dict(relearning_steps=()),
    "two_relearning_steps": dict(relearning_steps=(10 * MIN, 60 * MIN)),
    "day_steps": dict(learning_steps=(1 * DAY, 3 * DAY), relearning_steps=(1 * DAY,)),
    "max_ivl_30": dict(maximum_interval=30),
    "opt_params": dict(parameters=P_OPT),
    "opt_params_dr080": dict(parameters=P_OPT, desired_retention=0.80),
    "opt_params_dr095": dict(parameters=P_OPT, desired_retention=0.95),
    "hand_params": dict(parameters=P_HAND),
    "hand_params_dr080": dict(parameters=P_HAND, desired_retention=0.80),
    "hand_params_dr095": dict(parameters=P_HAND, desired_retention=0.95),
    "flat_curve": dict(parameters=P_FLAT),
    "odd_steps": dict(learning_steps=(61 * 1 * timedelta(seconds=1), 7 * MIN + timedelta(seconds=3)), relearning_steps=(timedelta(seconds=91),)),
    "one_odd_step": dict(learning_steps=(timedelta(seconds=61),), relearning_steps=(timedelta(seconds=61), timedelta(seconds=45), timedelta(hours=30))),
    "dr070_max3": dict(desired_retention=0.70, maximum_interval=3),
    "dr099": dict(desired_retention=0.99),
    "max_ivl_1": dict(maximum_interval=1),
    "hand_odd": dict(parameters=P_HAND, learning_steps=(timedelta(seconds=61), 7 * MIN + timedelta(seconds=3)), relearning_steps=()),
}


def make_scheduler(name: str) -> Scheduler:
    return Scheduler(enable_fuzzing=False, **SCHEDULERS[name])


# ---------------------------------------------------------------- helpers
def iso(dt: datetime) -> str:
    """ISO 8601 UTC with 'Z'; milliseconds only when non-zero."""
    assert dt.tzinfo == UTC
    if dt.microsecond:
        assert dt.microsecond % 1000 == 0, dt
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def ms(dt: datetime) -> int:
    delta = dt - datetime(1970, 1, 1, tzinfo=UTC)
    assert delta.microseconds % 1000 == 0, dt
    return (delta.days * 86400 + delta.seconds) * 1000 + delta.microseconds // 1000


def raw_interval(s: Scheduler, stability: float) -> float:
    """Unrounded interval in days (same expression as py-fsrs)."""
    return (stability / s._FACTOR) * ((s.desired_retention ** (1 / s._DECAY)) - 1)


class Recorder:
    def __init__(self, sched_name: str, category: str, note: str):
        self.sched_name = sched_name
        self.s = make_scheduler(sched_name)
        self.card = Card(card_id=1, due=EPOCH)
        self.category = category
        self.note = note
        self.steps: list[dict] = []
        self.now = EPOCH

    # time helpers -------------------------------------------------------
    def at_due(self) -> datetime:
        return self.card.due

    def review(self, rating: int, when: datetime) -> None:
        assert when >= self.now, "reviews must be chronological"
        card = self.card
        r_before = self.s.get_card_retrievability(card, current_datetime=when)
        elapsed = (when - card.last_review).days if card.last_review else None
        new, _ = self.s.review_card(card, Rating(rating), review_datetime=when)
        interval_s = (new.due - when).total_seconds()
        step = {
            "rating": rating,
            "review_at": iso(when),
            "review_at_ms": ms(when),
            "expected": {
                "state": int(new.state),
                "step": new.step,
                "stability": new.stability,
                "difficulty": new.difficulty,
                "due": iso(new.due),
                "due_ms": ms(new.due),
                "last_review": iso(new.last_review),
                "retrievability_before": float(r_before),
                "elapsed_days_before": elapsed,
                "interval_seconds": int(interval_s) if interval_s == int(interval_s) else interval_s,
            },
        }
        if new.state == State.Review and interval_s % 86400 == 0:
            raw = raw_interval(self.s, new.stability)
            step["expected"]["raw_interval_days"] = raw
            frac = raw - math.floor(raw)
            if abs(frac - 0.5) < 1e-6:
                step["expected"]["near_half_rounding"] = True
        self.steps.append(step)
        self.card = new
        self.now = when

    def to_json(self, seq_id: str) -> dict:
        return {
            "id": seq_id,
            "category": self.category,
            "scheduler": self.sched_name,
            "note": self.note,
            "card_created": iso(EPOCH),
            "steps": self.steps,
        }


def rand_rating(rng: random.Random, p=(0.15, 0.15, 0.55, 0.15)) -> int:
    return rng.choices([1, 2, 3, 4], weights=p)[0]


def rand_time(rng: random.Random, rec: Recorder) -> datetime:
    """Pick a review time relative to the due date / last review."""
    due, now = rec.card.due, rec.now
    ivl = max(due - now, timedelta(minutes=1))
    kind = rng.choices(
        ["due", "late", "early", "sameday", "longgap", "jitter"],
        weights=[35, 20, 15, 15, 5, 10],
    )[0]
    if kind == "due":
        t = due
    elif kind == "late":
        t = due + min(ivl * rng.uniform(0.05, 3.0), timedelta(days=3 * 365))
    elif kind == "early":
        t = now + ivl * rng.uniform(0.1, 0.9)
    elif kind == "sameday":
        t = now + timedelta(minutes=rng.randint(1, 23 * 60))
    elif kind == "longgap":
        t = now + timedelta(days=rng.randint(200, 3000), hours=rng.randint(0, 23))
    else:  # due +/- a few hours
        t = due + timedelta(minutes=rng.randint(-600, 600))
    t = max(t, now)  # never go back in time
    # truncate to whole seconds (keeps timestamps ms-exact)
    return t.replace(microsecond=(t.microsecond // 1000) * 1000)


# ---------------------------------------------------------------- scenarios
def build() -> list[dict]:
    seqs: list[dict] = []

    def add(prefix: str, rec: Recorder) -> None:
        n = sum(1 for s in seqs if s["id"].startswith(prefix + "-")) + 1
        seqs.append(rec.to_json(f"{prefix}-{n:03d}"))

    # A: all 64 combinations of the first three ratings, each at due time,
    #    then two Good reviews at due.
    for a in range(1, 5):
        for b in range(1, 5):
            for c in range(1, 5):
                rec = Recorder("default", "first3_at_due", f"ratings {a},{b},{c} then Good,Good; all at due")
                for r in (a, b, c, 3, 3):
                    rec.review(r, rec.at_due())
                add("A", rec)

    # B: seeded random walks on the default scheduler (mixed timing).
    for i in range(60):
        rng = random.Random(91000 + i)
        rec = Recorder("default", "random_walk", f"seed {1000 + i}; mixed due/late/early/same-day/long-gap timing")
        rec.review(rand_rating(rng), EPOCH + timedelta(seconds=rng.randint(0, 3600)))
        for _ in range(rng.randint(8, 30)):
            if rec.now >= HORIZON:
                break
            rec.review(rand_rating(rng), rand_time(rng, rec))
        add("B", rec)

    # C: same-day heavy sequences, incl. same-day reviews of Review-state cards.
    for i in range(15):
        rng = random.Random(92000 + i)
        rec = Recorder("default", "same_day", f"seed {2000 + i}; bursts of reviews minutes apart, incl. Review state")
        t = EPOCH
        for _ in range(rng.randint(10, 25)):
            if rng.random() < 0.3:
                t = rec.card.due if rec.card.due > t else t + DAY
            else:
                t = t + timedelta(minutes=rng.randint(1, 180))
            t = max(t, rec.now)
            rec.review(rand_rating(rng, (0.2, 0.2, 0.4, 0.2)), t)
        add("C", rec)

    # D: lapse-heavy: mature card that is forgotten repeatedly after long intervals.
    for i in range(15):
        rng = random.Random(93000 + i)
        rec = Recorder("default", "lapses", f"seed {3000 + i}; graduate, grow, then repeated Again after delays")
        rec.review(3, EPOCH)
        rec.review(3, rec.at_due())
        for _ in range(rng.randint(3, 6)):
            rec.review(3, rec.at_due())
        for _ in range(rng.randint(3, 8)):
            late = rec.card.due + timedelta(days=rng.randint(0, 60))
            rec.review(1, late)  # lapse
            # relearning: Again / Hard / Good mix at step times
            for r in rng.choices([1, 2, 3], k=rng.randint(1, 3)):
                rec.review(r, rec.at_due())
            if rec.card.state != State.Review:
                rec.review(3, rec.at_due())
            rec.review(rng.choice([2, 3, 3, 4]), rec.at_due())
        add("D", rec)

    # E: long gaps (years), overdue reviews, maximum_interval clamp.
    for i in range(10):
        rng = random.Random(94000 + i)
        name = "max_ivl_30" if i % 2 else "default"
        rec = Recorder(name, "long_gaps", f"seed {4000 + i}; gaps of 1-10 years, some Easy streaks")
        rec.review(4, EPOCH)
        for _ in range(rng.randint(4, 10)):
            when = rec.now + timedelta(days=rng.randint(365, 3650), seconds=rng.randint(0, 86399))
            rec.review(rng.choice([1, 3, 3, 4, 4]), when)
            if rec.card.state != State.Review:
                rec.review(3, rec.at_due())
        add("E", rec)

    # F: boundary timing around the 24 h "same day" rule and early reviews.
    boundaries = [
        ("just under 24h", timedelta(seconds=86399)),
        ("just under 24h (ms)", timedelta(seconds=86399, milliseconds=999)),
        ("exactly 24h", timedelta(days=1)),
        ("24h + 1ms", timedelta(days=1, milliseconds=1)),
        ("47h59m59s", timedelta(seconds=2 * 86400 - 1)),
        ("exactly 48h", timedelta(days=2)),
    ]
    for label, gap in boundaries:
        for state_kind in ("learning", "review"):
            rec = Recorder("default", "day_boundary", f"{state_kind} card, next review after {label}")
            rec.review(3, EPOCH + timedelta(hours=23, minutes=30))
            if state_kind == "review":
                rec.review(3, rec.at_due())  # graduates (Good on last step)
            rec.review(3, rec.now + gap)
            rec.review(2, rec.now + gap)
            rec.review(1, rec.now + gap)
            rec.review(3, rec.now + gap)
            add("F", rec)

    # G: early reviews of Review cards (fraction of interval), then on-time.
    for i, frac in enumerate([0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1.5]):
        rec = Recorder("default", "early_review", f"review-state card reviewed at {frac} of its interval")
        rec.review(3, EPOCH)
        rec.review(3, rec.at_due())
        rec.review(3, rec.at_due())
        for r in (3, 2, 4, 3):
            ivl = rec.card.due - rec.now
            rec.review(r, (rec.now + ivl * frac).replace(microsecond=0))
        add("G", rec)

    # H: learning / relearning step configurations.
    for name in ("no_learning_steps", "one_learning_step", "three_learning_steps",
                 "no_relearning_steps", "two_relearning_steps", "day_steps", "odd_steps", "one_odd_step", "dr070_max3", "max_ivl_1", "hand_odd"):
        for i in range(3):
            rng = random.Random(95000 + 10 * len(name) + i)
            rec = Recorder(name, "step_config", f"{name}; seed {5000 + 10 * len(name) + i}; ratings at due")
            for _ in range(rng.randint(8, 16)):
                rec.review(rand_rating(rng, (0.3, 0.25, 0.3, 0.15)), rec.at_due() if rec.card.due >= rec.now else rec.now)
            add("H", rec)

    # I: non-default parameters and desired retention 0.8 / 0.95.
    for name in ("dr080", "dr095", "opt_params", "opt_params_dr080", "opt_params_dr095",
                 "hand_params", "hand_params_dr080", "hand_params_dr095", "flat_curve", "odd_steps", "one_odd_step", "dr070_max3", "dr099", "max_ivl_1", "hand_odd"):
        for i in range(3):
            rng = random.Random(96000 + 7 * len(name) + i)
            rec = Recorder(name, "params_retention", f"{name}; seed {6000 + 7 * len(name) + i}; mixed timing")
            rec.review(rand_rating(rng), EPOCH)
            for _ in range(rng.randint(8, 20)):
                if rec.now >= HORIZON:
                    break
                rec.review(rand_rating(rng), rand_time(rng, rec))
            add("I", rec)

    # J: difficulty clamping and extreme streaks.
    for name, rating, n in (("default", 4, 15), ("default", 1, 15), ("default", 2, 15),
                             ("hand_params", 4, 12), ("hand_params", 1, 12)):
        rec = Recorder(name, "clamp_streak", f"{name}; {n} x rating {rating}, each at due")
        for _ in range(n):
            if rec.now >= HORIZON:
                break
            rec.review(rating, rec.at_due())
        add("J", rec)
    # Easy streak with long delays -> very large stabilities
    rec = Recorder("default", "clamp_streak", "Easy at 3x the interval until 2150 (huge stability, > 36500 d)")
    rec.review(4, EPOCH)
    while rec.now < HORIZON:
        rec.review(4, rec.now + (rec.card.due - rec.now) * 3)
    add("J", rec)

    return seqs


def functions_section() -> dict:
    """Per-formula reference values (default parameters unless stated)."""
    s = Scheduler(enable_fuzzing=False)
    out: dict = {}
    out["decay"] = -s._DECAY
    out["factor"] = s._FACTOR
    out["initial_stability"] = {str(r): s._initial_stability(rating=Rating(r)) for r in range(1, 5)}
    out["initial_difficulty_clamped"] = {
        str(r): s._initial_difficulty(rating=Rating(r), clamp=True) for r in range(1, 5)
    }
    out["initial_difficulty_unclamped"] = {
        str(r): s._initial_difficulty(rating=Rating(r), clamp=False) for r in range(1, 5)
    }
    out["next_difficulty"] = [
        {"d": d, "rating": r, "result": s._next_difficulty(difficulty=d, rating=Rating(r))}
        for d in (1.0, 2.5, 5.0, 7.5, 10.0) for r in range(1, 5)
    ]
    out["short_term_stability"] = [
        {"s": st, "rating": r, "result": s._short_term_stability(stability=st, rating=Rating(r))}
        for st in (0.001, 0.212, 1.0, 2.3065, 10.0, 100.0) for r in range(1, 5)
    ]
    out["next_stability"] = [
        {"d": d, "s": st, "r": rr, "rating": r,
         "result": s._next_stability(difficulty=d, stability=st, retrievability=rr, rating=Rating(r))}
        for d in (1.0, 5.0, 10.0) for st in (0.5, 3.0, 30.0, 365.0) for rr in (0.5, 0.9, 0.99)
        for r in range(1, 5)
    ]
    curve = []
    for name in ("default", "hand_params", "flat_curve"):
        sc = make_scheduler(name)
        for st in (0.5, 1.0, 10.0, 100.0):
            for t in (0, 1, 2, 5, 10, 30, 100, 1000):
                curve.append({"scheduler": name, "s": st, "elapsed_days": t,
                              "result": (1 + sc._FACTOR * t / st) ** sc._DECAY})
    out["retrievability"] = curve
    ivls = []
    for name in ("default", "dr080", "dr095", "hand_params", "max_ivl_30"):
        sc = make_scheduler(name)
        for st in (0.001, 0.3, 0.5, 1.0, 1.5, 2.3065, 10.0, 33.3, 100.0, 1000.0, 50000.0):
            ivls.append({"scheduler": name, "s": st, "raw_days": raw_interval(sc, st),
                         "result_days": sc._next_interval(stability=st)})
    out["next_interval"] = ivls
    # Fuzz range table: [min_ivl, max_ivl] before the random draw, for
    # maximum_interval 36500 and 30. (py-fsrs then draws
    # round(U[0,1) * (max-min+1) + min) and caps at maximum_interval.)
    fuzz = []
    for max_ivl in (36500, 30):
        for d in list(range(1, 41)) + [50, 60, 100, 365, 1000, 36500]:
            delta = 1.0
            for fr in fsrs.scheduler.FUZZ_RANGES:
                delta += fr["factor"] * max(min(float(d), fr["end"]) - fr["start"], 0.0)
            lo, hi = round(d - delta), round(d + delta)
            lo = max(2, lo)
            hi = min(hi, max_ivl)
            lo = min(lo, hi)
            fuzz.append({"interval_days": d, "maximum_interval": max_ivl,
                         "fuzz_applied": d >= 2.5, "min_ivl": lo, "max_ivl": hi})
    out["fuzz_range"] = fuzz
    return out


def dump(doc: dict) -> str:
    """Readable but compact JSON: one line per step / per function row."""
    out = ["{"]
    keys = list(doc)
    for ki, k in enumerate(keys):
        comma = "," if ki < len(keys) - 1 else ""
        v = doc[k]
        if k == "sequences":
            out.append(f' "{k}": [')
            for si, seq in enumerate(v):
                head = {kk: vv for kk, vv in seq.items() if kk != "steps"}
                hs = json.dumps(head)[:-1]
                out.append(f"  {hs}, \"steps\": [")
                for ti, st in enumerate(seq["steps"]):
                    c2 = "," if ti < len(seq["steps"]) - 1 else ""
                    out.append("   " + json.dumps(st) + c2)
                out.append("  ]}" + ("," if si < len(v) - 1 else ""))
            out.append(" ]" + comma)
        elif k == "functions":
            out.append(f' "{k}": {{')
            fk = list(v)
            for fi, name in enumerate(fk):
                c2 = "," if fi < len(fk) - 1 else ""
                val = v[name]
                if isinstance(val, list):
                    out.append(f'  "{name}": [')
                    for ri, row in enumerate(val):
                        out.append("   " + json.dumps(row) + ("," if ri < len(val) - 1 else ""))
                    out.append("  ]" + c2)
                else:
                    out.append(f'  "{name}": ' + json.dumps(val) + c2)
            out.append(" }" + comma)
        elif k == "schedulers":
            out.append(f' "{k}": {{')
            names = list(v)
            for ni, name in enumerate(names):
                out.append(f'  "{name}": ' + json.dumps(v[name]) + ("," if ni < len(names) - 1 else ""))
            out.append(" }" + comma)
        else:
            body = json.dumps(v, indent=1).replace("\n", "\n ")
            out.append(f' "{k}": {body}{comma}')
    out.append("}")
    text = "\n".join(out) + "\n"
    assert json.loads(text) == json.loads(json.dumps(doc))
    return text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="vectors.json")
    ap.add_argument("--check", action="store_true", help="compare with the existing file")
    args = ap.parse_args()

    seqs = build()
    doc = {
        "meta": {
            "generator": "gen_vectors.py",
            "reference": f"py-fsrs (PyPI package 'fsrs') {fsrs.__version__ if hasattr(fsrs, '__version__') else '6.3.2'}",
            "python": platform.python_version(),
            "fuzzing": "disabled (enable_fuzzing=False) for every scheduler",
            "time_model": "all timestamps UTC; *_ms fields are Unix epoch milliseconds; "
                          "elapsed days = floor((t - last_review) / 86400 s) as Python timedelta.days",
            "tolerance": {
                "stability": "abs(got-exp) <= 1e-6 * max(1, abs(exp))",
                "difficulty": "abs(got-exp) <= 1e-6",
                "retrievability_before": "abs(got-exp) <= 1e-6",
                "state, step, due_ms, interval_seconds, elapsed_days_before": "exact",
            },
            "rounding": "intervals use Python round() (round-half-to-even); flagged steps with near_half_rounding",
            "card_fields": "state: 1=Learning 2=Review 3=Relearning; step: null outside (re)learning; "
                           "retrievability_before is 0 for a card never reviewed",
            "counts": {},
        },
        "schedulers": {
            name: {**make_scheduler(name).to_dict()} for name in SCHEDULERS
        },
        "functions": functions_section(),
        "sequences": seqs,
    }
    cats: dict[str, int] = {}
    for s in seqs:
        cats[s["category"]] = cats.get(s["category"], 0) + 1
    doc["meta"]["counts"] = {"sequences": len(seqs),
                             "steps": sum(len(s["steps"]) for s in seqs),
                             "by_category": cats}
    text = dump(doc)
    if args.check:
        with open(args.out) as f:
            old = f.read()
        print("identical" if old == text else "DIFFERENT")
        sys.exit(0 if old == text else 1)
    with open(args.out, "w") as f:
        f.write(text)
    print(json.dumps(doc["meta"]["counts"]))


if __name__ == "__main__":
    main()
