"""``make bench``: sphinx-minutes against plain MyST on the same text, in one run.

Two archives (see ``corpus``): the generated one (five bodies, people and organisations
varied) and the seed-shaped one (the seed's council meeting monthly, the same people each
time). For each archive and size, three sides are generated and built with
``sphinx-build`` in processes of their own: ``plain`` (the meetings as plain MyST),
``pages`` (plain, with the history pages that minutes writes written by hand, see
``twin``) and ``minutes``; each once with ``-j 2`` (minutes before pages, whose pages are
taken from its HTML), then plain, pages and minutes in turn, ``--rounds`` times: the
median wall time and peak memory (the largest resident set of the build's processes, from
``wait4``). ``minutes / plain`` is what the product costs; ``minutes / pages`` what the
extension costs over Sphinx building the same pages. Then, on the largest size, one
statement of a meeting in the middle is edited and plain and minutes rebuilt, ``--rounds``
times: the median rebuild, and which pages it wrote. Ratios are of this run only; times
from different runs or machines are not compared.

    python tests/benchmark/run.py [--sizes 100 200 500] [--archives generated seed]
        [--rounds 3] [--no-pages] [--write docs/explanation/performance.md]
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
import twin
from measure import Run, build, edit_and_build, median
from tables import SIDES, Measured, Spent, phase_table, table

EDIT = ("En målbild för den betalda", "En ny målbild för den betalda")
"""A writer's edit: one word added to a statement by an organisation (SCB)."""

ARCHIVES = {"generated": corpus.write, "seed": corpus.write_seed_copies}
TITLES = {
    "generated": "The generated archive (five bodies; people and organisations vary)",
    "seed": "The seed-shaped archive (the seed's council monthly, the same 18 people)",
}


def phases(src: Path) -> Spent:
    """A serial build in one process, timed per kind of page and phase (``phases.py``)."""
    args = [sys.executable, str(Path(__file__).parent / "phases.py"), str(src)]
    done = subprocess.run(
        [*args, str(src / "_build" / "phases")], capture_output=True, text=True, check=True
    )
    spent: Spent = json.loads(done.stdout.splitlines()[-1])
    return spent


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


def write_sides(
    archive: str, size: int, sides: tuple[str, ...], work: Path
) -> tuple[dict[str, Path], dict[str, list[Path]]]:
    """Each side's sources (the pages twin as its plain twin, until ``build_parallel``)."""
    write = ARCHIVES[archive]
    sources = {kind: work / f"{archive}-{kind}-{size}" for kind in sides}
    files = {kind: write(src, size, plain=kind != "minutes") for kind, src in sources.items()}
    return sources, files


def build_parallel(sources: dict[str, Path], jobs: int) -> dict[str, Run]:
    """One build of each side with ``-j``: minutes before pages, whose hand-written pages
    are taken from the HTML that minutes wrote (``twin.add_pages``)."""
    runs = {}
    for kind in ("plain", "minutes", "pages"):
        if kind not in sources:
            continue
        src = sources[kind]
        if kind == "pages":
            minutes = sources["minutes"]
            twin.add_pages(src, minutes, minutes / "_build" / "parallel")
        runs[kind] = build(src, src / "_build" / "parallel", jobs)
    return runs


def build_rounds(sources: dict[str, Path], rounds: int) -> dict[str, Run]:
    """Clean serial builds, each side in turn, ``rounds`` times: the medians."""
    done: dict[str, list[Run]] = {kind: [] for kind in sources}
    for _ in range(rounds):
        for kind in SIDES:
            if kind in sources:
                out = sources[kind] / "_build" / "serial"
                shutil.rmtree(out, ignore_errors=True)
                done[kind].append(build(sources[kind], out))
    return {kind: median(runs) for kind, runs in done.items()}


def measure_archive(
    archive: str, options: argparse.Namespace, work: Path
) -> tuple[Measured, Measured, dict[str, tuple[Run, list[str]]], dict[str, Spent]]:
    """Every size of one archive, every side, in rounds: medians; then, on the largest
    (the last) size, the edits and phases of plain and minutes."""
    serial: Measured = {}
    parallel: Measured = {}
    for size in options.sizes:
        sources, files = write_sides(archive, size, options.sides, work)
        runs = build_parallel(sources, options.jobs)
        medians = build_rounds(sources, options.rounds)
        for kind in sources:
            serial[kind, size], parallel[kind, size] = medians[kind], runs[kind]
            print(f"{archive} {kind:8} {size:4}: {serial[kind, size]} -j: {parallel[kind, size]}")
    edits: dict[str, tuple[Run, list[str]]] = {}
    spent: dict[str, Spent] = {}
    for kind in ("plain", "minutes"):
        meeting = files[kind][len(files[kind]) // 2]
        out = sources[kind] / "_build" / "serial"
        done = [edit_and_build(sources[kind], out, meeting, EDIT) for _ in range(options.rounds)]
        edits[kind] = (median([run for run, _ in done]), done[0][1])
        spent[kind] = phases(sources[kind])
    return serial, parallel, edits, spent


def compiled() -> None:
    """The extension compiled to bytecode, as an installed package is (pip compiles what
    it installs; the libraries both sides import are): where ``PYTHONDONTWRITEBYTECODE``
    is set, as on CI, every build would otherwise compile the source checkout again."""
    import compileall

    import sphinx_minutes

    compileall.compile_dir(Path(sphinx_minutes.__file__).parent, quiet=1)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 500])
    parser.add_argument("--archives", nargs="+", choices=list(ARCHIVES), default=list(ARCHIVES))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--write", type=Path, help="write the table into this Markdown page")
    parser.add_argument(
        "--no-pages", action="store_true", help="leave out the twin with hand-written pages"
    )
    options = parser.parse_args(argv)
    options.sides = tuple(s for s in SIDES if not (options.no_pages and s == "pages"))
    options.sizes = sorted(options.sizes)
    compiled()
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


BEGIN, END = "<!-- benchmark:begin -->", "<!-- benchmark:end -->"


def write(page: Path, report: str) -> None:
    """Put the table between the page's markers, keeping the prose around it."""
    text = page.read_text(encoding="utf-8")
    before, _, rest = text.partition(BEGIN)
    _, _, after = rest.partition(END)
    page.write_text(f"{before}{BEGIN}\n{report}{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
