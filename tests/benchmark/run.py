"""``make bench``: sphinx-minutes against plain MyST on the same text, in one run.

Two archives (see ``corpus``): the generated one (five bodies, people and organisations
varied) and the seed-shaped one (the seed's council meeting monthly, the same people each
time). For each archive and size, both sides are generated and built with
``sphinx-build`` in processes of their own, plain then minutes, ``--rounds`` times: the
median wall time and peak memory (the largest resident set of the build's processes, from
``wait4``), and once with ``-j 2``. Then, on the largest size, one statement of a meeting
in the middle is edited and the site rebuilt, ``--rounds`` times: the median rebuild, and
which pages it wrote. Ratios are of this run only; times from different runs or machines
are not compared.

    python tests/benchmark/run.py [--sizes 100 200 500] [--archives generated seed]
        [--rounds 3] [--write docs/explanation/performance.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import corpus
from measure import Run, build, edit_and_build, median

EDIT = ("En målbild för den betalda", "En ny målbild för den betalda")
"""A writer's edit: one word added to a statement by an organisation (SCB)."""

ARCHIVES = {"generated": corpus.write, "seed": corpus.write_seed_copies}
TITLES = {
    "generated": "The generated archive (five bodies; people and organisations vary)",
    "seed": "The seed-shaped archive (the seed's council monthly, the same 18 people)",
}


Spent = dict[str, dict[str, tuple[float, int]]]
"""Seconds and pages, per kind of page and phase (see ``phases``)."""

KINDS = {
    "meeting": "meetings",
    "organisations": "organisations",
    "people": "people",
    "topics": "topics",
    "register": "registers of a body",
    "navigation": "body, year and index pages",
}


def phases(src: Path) -> Spent:
    """A serial build in one process, timed per kind of page and phase (``phases.py``)."""
    args = [sys.executable, str(Path(__file__).parent / "phases.py"), str(src)]
    done = subprocess.run(
        [*args, str(src / "_build" / "phases")], capture_output=True, text=True, check=True
    )
    spent: Spent = json.loads(done.stdout.splitlines()[-1])
    return spent


def phase_table(size: int, plain: Spent, ours: Spent) -> list[str]:
    """Per kind of page: pages, and milliseconds a page to read, resolve and write."""

    def cell(kind: str, phase: str) -> str:
        shown = []
        for spent in (plain, ours):
            seconds, pages = spent.get(kind, {}).get(phase, (0.0, 0))
            shown.append(f"{1000 * seconds / pages:.0f}" if pages else "–")
        return " / ".join(shown)

    def seconds(spent: Spent, kind: str) -> float:
        return sum(s for s, _ in spent.get(kind, {}).values())

    head = ["pages", "count", "read, ms a page", "resolve", "write", "in all, s"]
    lines = [
        f"Where the time of one serial build of {size} meetings goes, plain / minutes "
        "(`tests/benchmark/phases.py`):",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---" for _ in head) + "|",
    ]
    for kind, label in KINDS.items():
        counts = [spent.get(kind, {}).get("read", (0.0, 0))[1] for spent in (plain, ours)]
        lines.append(
            f"| {label} | {counts[0]} / {counts[1]} | {cell(kind, 'read')} | "
            f"{cell(kind, 'resolve')} | {cell(kind, 'write')} | "
            f"{seconds(plain, kind):.1f} / {seconds(ours, kind):.1f} |"
        )
    rest = [
        spent["build"]["total"][0] - sum(seconds(spent, kind) for kind in KINDS)
        for spent in (plain, ours)
    ]
    totals = [spent["build"]["total"][0] for spent in (plain, ours)]
    exported = ours.get("exports", {}).get("write", (0.0, 0))[0]
    lines += [
        f"| the open data (`data/`), written when the build ends | | | | | – / {exported:.1f} |",
        f"| the rest: environment, indexes, search, static files | | | | | "
        f"{rest[0]:.1f} / {rest[1] - exported:.1f} |",
        f"| **whole build** | | | | | **{totals[0]:.1f} / {totals[1]:.1f}** |",
        "",
        f"Writing the open data takes {100 * exported / totals[1]:.1f} % of the build.",
    ]
    return lines


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    memory = next(
        (
            int(line.split()[1]) / 1024 / 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0.0,
    )
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB; Python {platform.python_version()}, "
        f"Sphinx {version('sphinx')}, myst-parser {version('myst-parser')}, "
        f"pydata-sphinx-theme {version('pydata-sphinx-theme')}"
    )


Measured = dict[tuple[str, int], Run]


def measure_archive(
    archive: str, options: argparse.Namespace, work: Path
) -> tuple[Measured, Measured, dict[str, tuple[Run, list[str]]], dict[str, Spent]]:
    """Every size of one archive, both sides, in rounds: medians, edits and phases."""
    serial: Measured = {}
    parallel: Measured = {}
    edits: dict[str, tuple[Run, list[str]]] = {}
    spent: dict[str, Spent] = {}
    largest = options.sizes[-1]
    for size in options.sizes:
        sources, files = {}, {}
        for kind in ("plain", "minutes"):
            sources[kind] = work / f"{archive}-{kind}-{size}"
            write = ARCHIVES[archive]
            files[kind] = write(sources[kind], size, plain=kind == "plain")
        rounds: dict[str, list[Run]] = {"plain": [], "minutes": []}
        for _ in range(options.rounds):
            for kind, src in sources.items():
                out = src / "_build" / "serial"
                shutil.rmtree(out, ignore_errors=True)
                rounds[kind].append(build(src, out))
        for kind, src in sources.items():
            serial[kind, size] = median(rounds[kind])
            parallel[kind, size] = build(src, src / "_build" / "parallel", options.jobs)
            print(f"{archive} {kind:8} {size:4}: {serial[kind, size]} -j: {parallel[kind, size]}")
        if size != largest:
            continue
        for kind, src in sources.items():
            meeting = files[kind][len(files[kind]) // 2]
            out = src / "_build" / "serial"
            done = [edit_and_build(src, out, meeting, EDIT) for _ in range(options.rounds)]
            edits[kind] = (median([run for run, _ in done]), done[0][1])
            spent[kind] = phases(src)
    return serial, parallel, edits, spent


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 500])
    parser.add_argument("--archives", nargs="+", choices=list(ARCHIVES), default=list(ARCHIVES))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--write", type=Path, help="write the table into this Markdown page")
    options = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    sections = []
    try:
        for archive in options.archives:
            serial, parallel, edits, spent = measure_archive(archive, options, work)
            sections.append(
                f"### {TITLES[archive]}\n\n"
                + table(options, serial, parallel, edits)
                + "\n"
                + "\n".join(phase_table(options.sizes[-1], spent["plain"], spent["minutes"]))
                + "\n"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report = "\n".join(sections) + f"\nMachine: {machine()}.\n"
    print(report)
    if options.write:
        write(options.write, report)
    return 0


def table(
    options: argparse.Namespace,
    serial: Measured,
    parallel: Measured,
    edits: dict[str, tuple[Run, list[str]]],
) -> str:
    head = [
        "meetings",
        f"full build, plain / minutes (median of {options.rounds})",
        "time ratio",
        "peak memory, plain / minutes",
        "memory ratio",
        f"`-j {options.jobs}`, plain / minutes (one round)",
        f"`-j {options.jobs}` speed-up, plain / minutes",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for size in options.sizes:
        plain, ours = serial["plain", size], serial["minutes", size]
        row = [
            f"{size}",
            f"{plain.seconds:.1f} s / {ours.seconds:.1f} s",
            f"**{ours.seconds / plain.seconds:.2f}×**",
            f"{plain.peak_mib:.0f} / {ours.peak_mib:.0f} MiB",
            f"**{ours.peak_mib / plain.peak_mib:.2f}×**",
            f"{parallel['plain', size].seconds:.1f} s / {parallel['minutes', size].seconds:.1f} s",
            f"{plain.seconds / parallel['plain', size].seconds:.2f}× / "
            f"**{ours.seconds / parallel['minutes', size].seconds:.2f}×**",
        ]
        lines.append("| " + " | ".join(row) + " |")
    small, large = options.sizes[0], options.sizes[-1]
    if small != large:
        growth = {
            k: serial[k, large].seconds / serial[k, small].seconds for k in ("plain", "minutes")
        }
        lines += [
            "",
            f"Growth, t({large}) / t({small}): plain {growth['plain']:.2f}, "
            f"minutes **{growth['minutes']:.2f}** (linear: {large / small:.2f}).",
        ]
    (plain_edit, plain_pages), (ours_edit, ours_pages) = edits["plain"], edits["minutes"]
    warnings = {k: sum(r.warnings for (side, _), r in serial.items() if side == k) for k in edits}
    lines += [
        "",
        f"Editing one statement of one meeting of {large}, then building again (median of "
        f"{options.rounds}): plain {plain_edit.seconds:.1f} s, minutes {ours_edit.seconds:.1f} s "
        f"(**{ours_edit.seconds / plain_edit.seconds:.2f}×**); pages written: plain "
        f"{len(plain_pages)}, minutes {len(ours_pages)}:",
        "",
        *(f"- `{page}`" for page in ours_pages),
        "",
        f"Warnings: plain {warnings['plain']}, minutes {warnings['minutes']}.",
    ]
    return "\n".join(lines) + "\n"


BEGIN, END = "<!-- benchmark:begin -->", "<!-- benchmark:end -->"


def write(page: Path, report: str) -> None:
    """Put the table between the page's markers, keeping the prose around it."""
    text = page.read_text(encoding="utf-8")
    before, _, rest = text.partition(BEGIN)
    _, _, after = rest.partition(END)
    page.write_text(f"{before}{BEGIN}\n{report}{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
