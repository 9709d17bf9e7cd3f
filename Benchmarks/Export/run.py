#!/usr/bin/env python3
"""Export benchmark (issue 10): `ontap export --format apkg` against genanki, in the same run, alternately.

    python3 Benchmarks/Export/run.py DIR ONTAP PYTHON [RUNS]

DIR is made by generate.py; ONTAP is the release binary (.build/release/ontap); PYTHON has genanki and anki
(.ci/run's venv). Each round runs, one after the other: ontap without progress, ontap with the whole review log,
genanki writing the same notes. Wall time from spawn to exit, peak RSS of the child (ru_maxrss), the 1-minute load
average before each. Then the import side, alternately again: real Anki importing ontap's package with its
scheduling (wall time of the child, and the import alone timed in-process), and `ontap import` reading the same
package back into an empty workspace, with and without `--with-progress`, and with `--with-progress` the package
real Anki writes of it in its current layout (collection.anki21b, made once, untimed).
Prints Markdown tables: median, min, max, peak RSS, ratio of medians to genanki's (export) or to Anki's (import).
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

ANKI_IMPORT = r"""
import os, sys, tempfile, time
from anki.collection import Collection, ImportAnkiPackageRequest, ImportAnkiPackageOptions
col = Collection(os.path.join(tempfile.mkdtemp(), "c.anki2"))
start = time.perf_counter()
col.import_anki_package(ImportAnkiPackageRequest(package_path=sys.argv[1], options=ImportAnkiPackageOptions(with_scheduling=True)))
print(f"{time.perf_counter() - start:.2f} {col.note_count()} {col.db.scalar('select count() from revlog')}")
"""

# Real Anki imports ontap's package and writes it again in its own current layout (collection.anki21b, Zstandard),
# with scheduling: what `ontap import` reads from someone who studied the deck in Anki 2.1.50 or later.
ANKI_REEXPORT = r"""
import os, sys, tempfile
from anki.collection import Collection, ImportAnkiPackageRequest, ImportAnkiPackageOptions, ExportAnkiPackageOptions
col = Collection(os.path.join(tempfile.mkdtemp(), "c.anki2"))
col.import_anki_package(ImportAnkiPackageRequest(package_path=sys.argv[1], options=ImportAnkiPackageOptions(with_scheduling=True)))
col.export_anki_package(out_path=sys.argv[2], limit=None, options=ExportAnkiPackageOptions(
    with_scheduling=True, with_deck_configs=True, with_media=True, legacy=False))
"""


def timed(argv, cwd, output=None):
    """Wall time, peak RSS (MB) and 1-minute load of one child; its standard output goes to `output` (a list)."""
    load = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE if output is not None else subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    out = proc.stdout.read().decode() if output is not None else ""
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{argv[0]} failed ({status}): {err}")
    if output is not None:
        output.append(out)
    return wall, usage.ru_maxrss / 1024, load


def table(results, base_name):
    base = statistics.median(w for w, _, _ in results[base_name])
    print("| case | median s | min s | max s | peak RSS MB | load (1 min) | × " + base_name.split(",")[0] + " |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, rows in results.items():
        walls = [w for w, _, _ in rows]
        print(f"| {name} | {statistics.median(walls):.2f} | {min(walls):.2f} | {max(walls):.2f} | "
              f"{max(r for _, r, _ in rows):.0f} | {statistics.median(l for _, _, l in rows):.1f} | "
              f"{statistics.median(walls) / base:.2f} |")


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
    print(f"{runs} runs each, alternating; machine: {os.cpu_count()} cores; command: python3 {' '.join(sys.argv)}\n")
    table(results, "genanki 0.13.1, same notes")
    sizes = {n: os.path.getsize(os.path.join(out, n)) / 1e6 for n in ("plain.apkg", "progress.apkg", "genanki.apkg")}
    print("\nfile sizes MB: " + ", ".join(f"{n} {s:.0f}" for n, s in sizes.items()))

    # The import side: real Anki reading ontap's package, and ontap reading it back into an empty workspace.
    package = os.path.join(out, "progress.apkg")
    scratch = os.path.join(out, "import")

    current = os.path.join(out, "anki-current.apkg")
    subprocess.run([python, "-c", ANKI_REEXPORT, package, current], check=True, capture_output=True)

    def ontap_import(extra, source=package):
        shutil.rmtree(scratch, ignore_errors=True)
        return [ontap, "import", source, "--deck", "bench", "--decks", os.path.join(scratch, "Decks"),
                "--progress", os.path.join(scratch, "Progress")] + extra
    imports = {
        "real Anki 26.9.3 import, with scheduling": lambda: [python, "-c", ANKI_IMPORT, package],
        "ontap import --with-progress": lambda: ontap_import(["--with-progress"]),
        "ontap import, cards only": lambda: ontap_import([]),
        "ontap import --with-progress of Anki's own export (anki21b)": lambda: ontap_import(["--with-progress"], current),
    }
    results = {name: [] for name in imports}
    anki_inside = []
    for _ in range(runs):
        for name, argv in imports.items():
            output = [] if name.startswith("real Anki") else None
            results[name].append(timed(argv(), root, output))
            if output:
                anki_inside.append(output[0].split())
    print(f"\nImport of progress.apkg (100,000 notes, 2,000,000 revlog rows; Anki's own export of it in the current "
          f"layout: {os.path.getsize(current) / 1e6:.0f} MB):\n")
    table(results, "real Anki 26.9.3 import, with scheduling")
    inside = [float(row[0]) for row in anki_inside]
    print(f"\nreal Anki's import alone, timed in-process: median {statistics.median(inside):.2f} s, min {min(inside):.2f}, "
          f"max {max(inside):.2f} (notes, revlog after import: {anki_inside[0][1]}, {anki_inside[0][2]})")
    log = os.path.join(scratch, "Progress", "bench", "reviews.jsonl")
    shutil.rmtree(scratch, ignore_errors=True)
    subprocess.run(ontap_import(["--with-progress"]), check=True, capture_output=True)
    with open(log) as f:
        lines = sum(1 for line in f if '"rating"' in line)
    print(f"ontap's imported log: {lines} reviews")


if __name__ == "__main__":
    main()
