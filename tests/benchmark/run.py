"""``make bench``: sphinx-minutes against plain MyST on the same text, in one run.

For each size, both archives are generated (see ``corpus``) and built with
``sphinx-build`` in a process of its own, serially and with ``-j 2``: wall time and peak
memory (the largest resident set of the build's processes, from ``wait4``). Then, on the
serial build of the largest size, one statement of a meeting in the middle is edited and
the site rebuilt: its time, and which pages it wrote. Ratios are of this run only; times
from different runs or machines are not compared.

    python tests/benchmark/run.py [--sizes 100 500] [--write docs/explanation/performance.md]
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
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import corpus

EDIT = ("En målbild för den betalda", "En ny målbild för den betalda")
"""A writer's edit: one word added to a statement by an organisation (SCB)."""


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float
    warnings: int


def build(src: Path, out: Path, jobs: int = 1) -> Run:
    """One ``sphinx-build -b html`` in its own process, as ``make html`` runs it."""
    args = [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(src), str(out)]
    if jobs > 1:
        args[3:3] = ["-j", str(jobs)]
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        stderr.seek(0)
        errors = stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"sphinx-build failed on {src}:\n{errors[-3000:]}")
    warnings = sum(1 for line in errors.splitlines() if "WARNING" in line)
    return Run(seconds, usage.ru_maxrss / 1024, warnings)


def written_since(out: Path, moment: float) -> list[str]:
    """The HTML pages written after ``moment``, as paths under ``out``."""
    return sorted(
        str(page.relative_to(out))
        for page in out.rglob("*.html")
        if page.stat().st_mtime > moment and "_static" not in page.parts
    )


def incremental(src: Path, out: Path, meeting: Path) -> tuple[Run, list[str]]:
    text = meeting.read_text(encoding="utf-8")
    assert EDIT[0] in text, meeting
    moment = time.time()
    time.sleep(0.05)
    meeting.write_text(text.replace(EDIT[0], EDIT[1], 1), encoding="utf-8")
    run = build(src, out)
    return run, written_since(out, moment)


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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--write", type=Path, help="write the table into this Markdown page")
    options = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    rows: list[list[str]] = []
    serial: dict[tuple[str, int], Run] = {}
    parallel: dict[tuple[str, int], Run] = {}
    edits: dict[str, tuple[Run, list[str]]] = {}
    spent: dict[str, Spent] = {}
    try:
        for size in options.sizes:
            for kind in ("plain", "minutes"):
                src = work / f"{kind}-{size}"
                files = corpus.write(src, size, plain=kind == "plain")
                serial[kind, size] = build(src, src / "_build" / "serial")
                parallel[kind, size] = build(src, src / "_build" / "parallel", options.jobs)
                if size == options.sizes[-1]:
                    meeting = files[len(files) // 2]
                    edits[kind] = incremental(src, src / "_build" / "serial", meeting)
                if size == options.sizes[-1]:
                    spent[kind] = phases(src)
                print(f"{kind:8} {size:4}: {serial[kind, size]}  -j: {parallel[kind, size]}")
        for size in options.sizes:
            plain, ours = serial["plain", size], serial["minutes", size]
            rows.append(
                [
                    f"{size}",
                    f"{plain.seconds:.1f} s / {ours.seconds:.1f} s",
                    f"**{ours.seconds / plain.seconds:.2f}×**",
                    f"{plain.peak_mib:.0f} / {ours.peak_mib:.0f} MiB",
                    f"**{ours.peak_mib / plain.peak_mib:.2f}×**",
                    f"{parallel['plain', size].seconds:.1f} s / "
                    f"{parallel['minutes', size].seconds:.1f} s",
                    f"{plain.seconds / parallel['plain', size].seconds:.2f}× / "
                    f"**{ours.seconds / parallel['minutes', size].seconds:.2f}×**",
                ]
            )
        report = table(options, rows, serial, edits)
        report += "\n" + "\n".join(phase_table(options.sizes[-1], *spent.values())) + "\n"
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(report)
    if options.write:
        write(options.write, report)
    return 0


def table(
    options: argparse.Namespace,
    rows: list[list[str]],
    serial: dict[tuple[str, int], Run],
    edits: dict[str, tuple[Run, list[str]]],
) -> str:
    head = [
        "meetings",
        "full build, plain / minutes",
        "time ratio",
        "peak memory, plain / minutes",
        "memory ratio",
        f"`-j {options.jobs}`, plain / minutes",
        f"`-j {options.jobs}` speed-up, plain / minutes",
    ]
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---" for _ in head) + "|",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
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
    plain_edit, ours_edit = edits["plain"], edits["minutes"]
    lines += [
        "",
        f"Editing one statement of one meeting of {large}, then building again: plain "
        f"{plain_edit[0].seconds:.1f} s, minutes {ours_edit[0].seconds:.1f} s "
        f"(**{ours_edit[0].seconds / plain_edit[0].seconds:.2f}×**); pages written: plain "
        f"{len(plain_edit[1])}, minutes {len(ours_edit[1])}:",
        "",
        *(f"- `{page}`" for page in ours_edit[1]),
        "",
        f"Warnings: plain {sum(r.warnings for (k, _), r in serial.items() if k == 'plain')}, "
        f"minutes {sum(r.warnings for (k, _), r in serial.items() if k == 'minutes')}.",
        "",
        f"Machine: {machine()}.",
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
