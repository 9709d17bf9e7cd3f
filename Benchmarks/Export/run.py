#!/usr/bin/env python3
"""Export benchmark (issue 10): `ontap export --format apkg` against genanki, in the same run, alternately.

    python3 Benchmarks/Export/run.py DIR ONTAP PYTHON [RUNS]

DIR is made by generate.py; ONTAP is the release binary (.build/release/ontap); PYTHON has genanki and anki
(.ci/run's venv). Each round runs, one after the other: ontap without progress, ontap with the whole review log,
genanki writing the same notes. Wall time from spawn to exit, peak RSS of the child (ru_maxrss), the 1-minute load
average before each. Then real Anki imports ontap's package with its scheduling once (timed in-process).
Prints a Markdown table: median, min, max, peak RSS, ratio of medians to genanki's.
"""
import os, statistics, subprocess, sys, tempfile, time

ANKI_IMPORT = r"""
import os, sys, tempfile, time
from anki.collection import Collection, ImportAnkiPackageRequest, ImportAnkiPackageOptions
col = Collection(os.path.join(tempfile.mkdtemp(), "c.anki2"))
start = time.perf_counter()
col.import_anki_package(ImportAnkiPackageRequest(package_path=sys.argv[1], options=ImportAnkiPackageOptions(with_scheduling=True)))
print(f"{time.perf_counter() - start:.2f} {col.note_count()} {col.db.scalar('select count() from revlog')}")
"""


def timed(argv, cwd):
    load = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode()
    if status != 0:
        sys.exit(f"{argv[0]} failed ({status}): {err}")
    return wall, usage.ru_maxrss / 1024, load


def main():
    root, ontap, python = (os.path.abspath(a) for a in sys.argv[1:4])
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    out = tempfile.mkdtemp(prefix="ontap-export-bench-")
    here = os.path.dirname(os.path.abspath(__file__))
    folders = ["--decks", os.path.join(root, "Decks"), "--progress", os.path.join(root, "Progress")]
    cases = {
        "ontap apkg, no progress": [ontap, "export", "bench", "--format", "apkg", "--without-progress", "--force",
                                    "-o", os.path.join(out, "plain.apkg")] + folders,
        "ontap apkg, 2M-review log": [ontap, "export", "bench", "--format", "apkg", "--force",
                                      "-o", os.path.join(out, "progress.apkg")] + folders,
        "genanki 0.13.1, same notes": [python, os.path.join(here, "genanki_deck.py"), root, os.path.join(out, "genanki.apkg")],
    }
    # Opening the progress the first time replays the whole log into state.json: done once, not timed.
    timed(cases["ontap apkg, 2M-review log"], root)
    results = {name: [] for name in cases}
    for _ in range(runs):
        for name, argv in cases.items():
            results[name].append(timed(argv, root))
    base = statistics.median(w for w, _, _ in results["genanki 0.13.1, same notes"])
    print(f"{runs} runs each, alternating; machine: {os.cpu_count()} cores; command: python3 {' '.join(sys.argv)}\n")
    print("| case | median s | min s | max s | peak RSS MB | load (1 min) | × genanki |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, rows in results.items():
        walls = [w for w, _, _ in rows]
        print(f"| {name} | {statistics.median(walls):.2f} | {min(walls):.2f} | {max(walls):.2f} | "
              f"{max(r for _, r, _ in rows):.0f} | {statistics.median(l for _, _, l in rows):.1f} | "
              f"{statistics.median(walls) / base:.2f} |")
    sizes = {n: os.path.getsize(os.path.join(out, n)) / 1e6 for n in ("plain.apkg", "progress.apkg", "genanki.apkg")}
    print("\nfile sizes MB: " + ", ".join(f"{n} {s:.0f}" for n, s in sizes.items()))
    anki = subprocess.run([python, "-c", ANKI_IMPORT, os.path.join(out, "progress.apkg")], capture_output=True, text=True)
    print(f"real Anki 26.9.3 importing ontap's package with scheduling (s, notes, revlog): {anki.stdout.strip() or anki.stderr[-300:]}")


if __name__ == "__main__":
    main()
