#!/usr/bin/env python3
"""Side-by-side benchmarks of ontap's Scheduling module against fsrs-rs-python 0.9.3, in one run.

1. Optimizer: fit on the first 80 % of data/ (by review time), held-out log loss and RMSE(bins) on the last 20 %,
   fitting time. Both fitted vectors (and the defaults) are scored by the same referee, fsrs-rs-python's
   FSRS.evaluate, and by ontap's own evaluator.
2. Replay: 1,000,000 review steps (50,000 cards x 20 reviews, seeded) through ontap's FSRS scheduler versus
   fsrs-rs-python's batch replay (FSRS.memory_state_batch).

Usage (see README.md):
    python3 compare.py --bench .build/release/SchedulingBench --csv ../shared/fsrs/data/review_logs_….csv
"""
from __future__ import annotations

import argparse
import csv
import math
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime

import fsrs_rs_python as fr

DAY_MS = 86_400_000
ROLLOVER_MS = 4 * 3_600_000  # days start at 4 a.m. (UTC here), as in ontap's StudyClock default


def load(path):
    rows = []
    with open(path, newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            t = int(datetime.fromisoformat(r["review_time"]).timestamp() * 1000 + 0.5)
            rows.append((r["card_id"], int(r["review_rating"]), t, i))
    return rows


def items_for_split(rows, hold_out=0.2, max_len=256):
    """The same items and time-ordered split as ontap's FSRSDataset."""
    n = len(rows)
    order = sorted(range(n), key=lambda i: (rows[i][2], i))
    first_test = n - int(n * hold_out)
    is_test = [False] * n
    for rank, i in enumerate(order):
        if rank >= first_test:
            is_test[i] = True
    cards = {}
    for i, r in enumerate(rows):
        cards.setdefault(r[0], []).append(i)
    train, test, test_keys = [], [], []
    for idx in cards.values():
        idx.sort(key=lambda i: (rows[i][2], i))
        reviews = []
        raw_reviews = []
        prev_day = None
        for k, i in enumerate(idx):
            day = (rows[i][2] - ROLLOVER_MS) // DAY_MS
            dt = 0 if k == 0 else day - prev_day
            prev_day = day
            raw = list(raw_reviews)
            reviews.append(fr.FSRSReview(rows[i][1], dt))
            raw_reviews.append((rows[i][1], dt))
            if k > 0 and dt > 0:
                if is_test[i]:
                    test.append(fr.FSRSItem(list(reviews)))
                    long_term = sum(1 for _, d in raw if d > 0) + 1  # this item's long_term_review_cnt()
                    lapses = sum(1 for r, d in raw if r == 1 and d > 0)
                    test_keys.append((list(reviews), (rows[i][1], dt, bin_key(dt, long_term + 1, lapses))))
                elif k < max_len:
                    train.append(fr.FSRSItem(list(reviews)))
    return train, test, test_keys


def bin_key(dt, length, lapses):
    """fsrs-rs's r_matrix_index (gap, review count, lapse count bins)."""
    t = round(2.48 * 3.62 ** math.floor(math.log(dt, 3.62)) * 100)
    n = round(1.99 * 1.89 ** math.floor(math.log(length, 1.89)))
    lp = 0 if lapses == 0 else round(1.65 * 1.73 ** math.floor(math.log(lapses, 1.73)))
    return (t, n, lp)


def optimizer(args):
    rows = load(args.csv)
    train, test, test_with_keys = items_for_split(rows)
    model = fr.FSRS(fr.DEFAULT_PARAMETERS)
    times, params, swift_times, swift = [], None, [], None
    model.compute_parameters(train)  # one untimed warm-up run; ontap's bench does the same (--warmup 1)
    # Interleave the two so that load on the machine hits both alike.
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        params = model.compute_parameters(train)
        times.append((time.perf_counter() - t0) * 1000)
        out = subprocess.run([args.bench, "optimize", args.csv, "--hold-out", "0.2", "--repeat", "1",
                              "--warmup", "1"],
                             check=True, capture_output=True, text=True)
        swift = json.loads(out.stdout)
        swift_times += swift["fit_ms"]
    swift["fit_ms"] = swift_times
    swift["fit_ms_median"] = statistics.median(swift_times)

    def referee(p):
        """Log loss and RMSE(bins) from fsrs-rs's own memory states (FSRS.memory_state_batch of each history),
        plus the value of fsrs-rs's FSRS.evaluate for reference."""
        m = fr.FSRS(list(p))
        decay = -p[20]
        factor = 0.9 ** (1 / decay) - 1
        states = m.memory_state_batch([fr.FSRSItem(r[:-1]) for r, _ in test_reviews])
        loss, bins = 0.0, {}
        for (reviews, (rating, dt, key)), st in zip(test_reviews, states):
            r = min(max((1 + factor * dt / st.stability) ** decay, 1e-12), 1 - 1e-12)
            y = 1.0 if rating > 1 else 0.0
            loss -= y * math.log(r) + (1 - y) * math.log(1 - r)
            b = bins.setdefault(key, [0.0, 0.0, 0])
            b[0] += r
            b[1] += y
            b[2] += 1
        se = sum((b[0] / b[2] - b[1] / b[2]) ** 2 * b[2] for b in bins.values())
        rmse = math.sqrt(se / sum(b[2] for b in bins.values()))
        return loss / len(test_reviews), rmse, m.evaluate(test).log_loss

    test_reviews = test_with_keys
    d_ll, d_rmse, d_ev = referee(fr.DEFAULT_PARAMETERS)
    r_ll, r_rmse, r_ev = referee(params)
    s_ll, s_rmse, s_ev = referee(swift["weights"])
    print(f"reviews {len(rows)}; train items {len(train)} (ontap {swift['train_items']} after outlier filter); "
          f"held-out items {len(test)} (ontap {swift['test_items']})")
    print()
    print("| held-out last 20 % | log loss | RMSE(bins) | log loss by ontap's evaluator | fsrs-rs FSRS.evaluate() | fit time median ms (runs) |")
    print("|---|---|---|---|---|---|")
    print(f"| default parameters | {d_ll:.4f} | {d_rmse:.4f} | {swift['test_before']['log_loss']:.4f} | {d_ev:.4f} | - |")
    print(f"| fsrs-rs-python 0.9.3 fit | {r_ll:.4f} | {r_rmse:.4f} | - | {r_ev:.4f} | {statistics.median(times):.1f} ({', '.join(f'{t:.1f}' for t in times)}) |")
    print(f"| ontap FSRSOptimizer fit | {s_ll:.4f} | {s_rmse:.4f} | {swift['test_after']['log_loss']:.4f} | {s_ev:.4f} | "
          f"{swift['fit_ms_median']:.1f} ({', '.join(f'{t:.1f}' for t in swift['fit_ms'])}) |")
    print()
    print("log loss and RMSE(bins): computed here from fsrs-rs's memory states (memory_state_batch) for both fits;")
    print("FSRS.evaluate() of fsrs-rs-python 0.9.3 disagrees with that recomputation even for the defaults, so it is")
    print("shown for reference only.")
    print()
    print(f"fit time ratio fsrs-rs / ontap: {statistics.median(times) / swift['fit_ms_median']:.2f}")
    print("fsrs-rs params:", [round(x, 4) for x in params])
    print("ontap params:  ", [round(x, 4) for x in swift["weights"]])


def replay(args):
    rng = random.Random(2026)
    cards = []
    for _ in range(args.cards):
        seq = [(rng.choices([1, 2, 3, 4], [0.15, 0.05, 0.7, 0.1])[0], 0)]
        for _ in range(args.length - 1):
            dt = 0 if rng.random() < 0.2 else rng.randint(1, 60)
            seq.append((rng.choices([1, 2, 3, 4], [0.15, 0.05, 0.7, 0.1])[0], dt))
        cards.append(seq)
    steps = sum(len(s) for s in cards)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        for seq in cards:
            f.write(" ".join(f"{r}:{d}" for r, d in seq) + "\n")
        path = f.name
    items = [fr.FSRSItem([fr.FSRSReview(r, d) for r, d in seq]) for seq in cards]
    model = fr.FSRS(fr.DEFAULT_PARAMETERS)
    best = float("inf")
    swift = None
    # Interleave the two so that load on the machine hits both alike; keep each one's best round.
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        states = model.memory_state_batch(items)
        best = min(best, time.perf_counter() - t0)
        out = subprocess.run([args.bench, "replay", path, "--rounds", "2"], check=True, capture_output=True, text=True)
        run = json.loads(out.stdout)
        if swift is None:
            swift = run
        else:
            for key in ("best_seconds", "batch_best_seconds"):
                swift[key] = min(swift[key], run[key])
    swift["steps_per_second"] = steps / swift["best_seconds"]
    swift["batch_steps_per_second"] = steps / swift["batch_best_seconds"]
    rs_rate = steps / best
    print(f"| replay of {steps:,} steps ({args.cards:,} cards x {args.length}) | best of {args.rounds} s | steps/s |")
    print("|---|---|---|")
    print(f"| fsrs-rs-python memory_state_batch (memory model only) | {best:.4f} | {rs_rate / 1e6:.2f} M |")
    print(f"| ontap FSRS.replay (batch API; full scheduler: steps, intervals, due dates) | "
          f"{swift['batch_best_seconds']:.4f} | {swift['batch_steps_per_second'] / 1e6:.2f} M |")
    print(f"| ontap FSRS.review called step after step (same work, no batching) | {swift['best_seconds']:.4f} | "
          f"{swift['steps_per_second'] / 1e6:.2f} M |")
    print()
    print(f"speed ratio ontap / fsrs-rs: batch {swift['batch_steps_per_second'] / rs_rate:.2f}, "
          f"one by one {swift['steps_per_second'] / rs_rate:.2f}")
    print(f"(sanity: mean final stability fsrs-rs {sum(s.stability for s in states) / len(states):.3f}, "
          f"ontap {swift['checksum_final_stability'] / len(cards):.3f} and "
          f"{swift['batch_checksum_final_stability'] / len(cards):.3f}: the same memory model)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True, help="path to the built SchedulingBench executable (release)")
    ap.add_argument("--csv", required=True)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cards", type=int, default=50_000)
    ap.add_argument("--length", type=int, default=20)
    ap.add_argument("--only", choices=["optimizer", "replay"])
    args = ap.parse_args()
    if args.only != "replay":
        optimizer(args)
        print()
    if args.only != "optimizer":
        replay(args)


if __name__ == "__main__":
    sys.exit(main())
