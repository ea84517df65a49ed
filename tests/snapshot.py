"""Everything a build gives, kept to compare a change that must not change behaviour
(a move of code): the HTML and the LaTeX sources of this project's site and of the test
archive, and each build's warnings.

    python tests/snapshot.py /tmp/before      # at the starting commit
    python tests/snapshot.py /tmp/after       # after the change
    diff -r /tmp/before /tmp/after

Each build runs in a copy of its sources (so nothing generated in the tree is reused),
serially, with ``-E``; the folder is named after the build so that paths in the output
match between two snapshots.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sphinx.util.console import strip_colors

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
SITES = {"site": PROJECT, "archive": HERE / "roots" / "test-archive"}
SKIP = ("_build", ".venv", ".git", "registers", "tests", ".doctrees", "node_modules")
KEPT = (".html", ".tex", ".txt", ".js", ".inv", ".sty")


def build(name: str, source: Path, builder: str, work: Path, into: Path) -> None:
    """One build of a copy of ``source``; its output files and warnings under ``into``."""
    srcdir = work / name
    if not srcdir.exists():
        shutil.copytree(source, srcdir, ignore=shutil.ignore_patterns(*SKIP))
    out = work / f"{name}-{builder}"
    run = subprocess.run(
        [sys.executable, "-m", "sphinx", "-E", "-q", "-b", builder, str(srcdir), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    target = into / name / builder
    target.mkdir(parents=True, exist_ok=True)
    warnings = strip_colors(run.stderr).replace(str(work), "<work>")
    (target / "warnings.log").write_text(f"exit {run.returncode}\n{warnings}", encoding="utf-8")
    for path in sorted(out.rglob("*")):
        if path.is_file() and path.suffix in KEPT and ".doctrees" not in path.parts:
            kept = target / path.relative_to(out)
            kept.parent.mkdir(parents=True, exist_ok=True)
            kept.write_bytes(path.read_bytes().replace(str(work).encode(), b"<work>"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("into", type=Path)
    into = parser.parse_args().into
    shutil.rmtree(into, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="minutes-snapshot-") as temporary:
        work = Path(temporary) / "w"  # the same length of path in every snapshot
        work.mkdir()
        for name, source in SITES.items():
            for builder in ("html", "latex"):
                build(name, source, builder, work, into)
    print(f"written to {into}")


if __name__ == "__main__":
    main()
