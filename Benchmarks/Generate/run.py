#!/usr/bin/env python3
"""Times `ontap generate` end to end against `ontap events` on the same input (the issue's peer), N runs each,
interleaved, and prints median, min and max wall time, MB/s, peak RSS and the machine's load.

    swift build -c release --product ontap
    python3 Benchmarks/Generate/run.py [TEXT] [--runs N] [--binary .build/release/ontap]

TEXT defaults to ../shared/corpus/viwiki-24mb.txt (from the repository root). Targets (issue 8): generate at
>= 10 MB/s, peak RSS <= 3 x input + 100 MB.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

def run(cmd):
    """Wall seconds, this process's own peak RSS (MB, from wait4) and its CPU seconds (user + system)."""
    start = time.monotonic()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, cmd)
    return wall, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime

def main():
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    ap = argparse.ArgumentParser()
    ap.add_argument("text", nargs="?", default=os.path.join(root, "..", "shared", "corpus", "viwiki-24mb.txt"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--binary", default=os.path.join(root, ".build", "release", "ontap"))
    args = ap.parse_args()
    size = os.path.getsize(args.text) / 1e6
    load_before = os.getloadavg()
    work = tempfile.mkdtemp(prefix="ontap-genbench-")
    results = {"generate": [], "events": []}
    rss = {"generate": 0.0, "events": 0.0}
    try:
        for i in range(args.runs):
            for name, cmd in (("events", [args.binary, "events", args.text, "--json"]),
                              ("generate", [args.binary, "generate", args.text, "--decks", os.path.join(work, f"D{i}"),
                                            "--progress", os.path.join(work, "P")])):
                # A fresh process each time; its own peak RSS comes from wait4.
                wall, maxrss, cpu = run(cmd)
                results[name].append((wall, cpu))
                rss[name] = max(rss[name], maxrss)
                shutil.rmtree(os.path.join(work, f"D{i}"), ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"input: {args.text} ({size:.2f} MB); load average (1, 5, 15 min) before {load_before}, after {os.getloadavg()}")
    for name in ("events", "generate"):
        walls = [w for w, _ in results[name]]
        cpus = [c for _, c in results[name]]
        med = statistics.median(walls)
        print(f"{name:9s} median {med:7.2f} s  min {min(walls):7.2f}  max {max(walls):7.2f}  "
              f"cpu median {statistics.median(cpus):7.2f} s  {size / med:6.2f} MB/s  peak RSS {rss[name]:.0f} MB (largest run)")
    ratio = statistics.median([w for w, _ in results["generate"]]) / statistics.median([w for w, _ in results["events"]])
    print(f"generate / events: {ratio:.1f}x; target >= 10 MB/s and RSS <= {3 * size + 100:.0f} MB")

if __name__ == "__main__":
    main()
