"""Runs the Progress benchmark of issue 5 and prints medians, peak RSS and the ratio to real Anki.

Usage: python3 run.py DIR [RUNS]   (after `progress-bench generate DIR` and `build_collection.py DIR DIR/anki.anki2`)

"First card" is measured from outside, in a fresh process each time: from just before the process is spawned to the
moment its first line (the card's prompt) arrives on the pipe; peak RSS is the child's ru_maxrss; CPU time (user + system) is reported too, as it is less disturbed by other load. ontap and Anki are
measured alternately in the same run, so both see the same machine load.
"""
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.environ.get("PROGRESS_BENCH", os.path.join(HERE, "../../.build-bench/release/ProgressBench"))
ANKI_PY = os.environ.get("ANKI_PYTHON", "/tmp/ankienv/bin/python")


def first_line_ms(argv):
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0 or not line:
        raise SystemExit(f"{argv[0]} failed: {child.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024, (usage.ru_utime + usage.ru_stime) * 1000


def ontap_cli_first_card_ms(ontap, data, now):
    """The real `ontap study` binary on a pipe: from spawn until the first card's prompt line arrives."""
    argv = [ontap, "study", "bench", "--decks", os.path.join(data, "Decks"), "--progress",
            os.path.join(data, "Progress"), "--now", str(now), "--lang", "en"]
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    header_seen = False
    while True:
        line = child.stdout.readline()
        if not line:
            raise SystemExit(f"ontap showed no card: {child.stderr.read().decode()[-500:]}")
        if header_seen:
            break
        header_seen = line.startswith(b"[1]")
    elapsed = (time.perf_counter() - start) * 1000
    child.stdin.close()
    child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    return elapsed, usage.ru_maxrss / 1024, (usage.ru_utime + usage.ru_stime) * 1000


def step(*args):
    out = subprocess.run([BENCH, *args], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    data, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 11
    collection = os.path.join(data, "anki.anki2")
    ontap, anki, cli = [], [], []
    ontap_binary = os.environ.get("ONTAP", os.path.join(HERE, "../../.build/release/ontap"))
    now = json.loads(open(os.path.join(data, "generated.json")).read())["now"] if os.path.exists(
        os.path.join(data, "generated.json")) else 1764547200000
    first_line_ms([BENCH, "first-card", data])              # warm the page cache once for each
    first_line_ms([ANKI_PY, os.path.join(HERE, "anki/first_card.py"), collection])
    for _ in range(runs):
        ontap.append(first_line_ms([BENCH, "first-card", data]))
        anki.append(first_line_ms([ANKI_PY, os.path.join(HERE, "anki/first_card.py"), collection]))
        if os.path.exists(ontap_binary):
            cli.append(ontap_cli_first_card_ms(ontap_binary, data, now))
    result = {
        "ontap_first_card_ms": statistics.median(t for t, _, _ in ontap),
        "ontap_first_card_cpu_ms": statistics.median(c for _, _, c in ontap),
        "ontap_peak_rss_mb": max(m for _, m, _ in ontap),
        "anki_first_card_ms": statistics.median(t for t, _, _ in anki),
        "anki_first_card_cpu_ms": statistics.median(c for _, _, c in anki),
        "anki_peak_rss_mb": max(m for _, m, _ in anki),
        "ontap_study_cli_first_card_ms": statistics.median(t for t, _, _ in cli) if cli else None,
        "ontap_study_cli_peak_rss_mb": max(m for _, m, _ in cli) if cli else None,
        "phases": step("phases", data),
        "record": step("record", data, "200"),
        "save": step("save", data, "11"),
        "decode": step("decode", data),
        "runs": runs,
        "load_average": os.getloadavg(),
    }
    result["anki_over_ontap"] = result["anki_first_card_ms"] / result["ontap_first_card_ms"]
    result["anki_over_ontap_cpu"] = result["anki_first_card_cpu_ms"] / result["ontap_first_card_cpu_ms"]
    print(json.dumps(result, indent=1))


main()
