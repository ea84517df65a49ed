"""One measured build: ``sphinx-build -b html`` in a process of its own, its wall time and
peak memory; an edit and the rebuild after it; the median of several rounds."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


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


def median(runs: list[Run]) -> Run:
    """The median time and the median peak memory of rounds of the same build."""
    return Run(
        statistics.median(r.seconds for r in runs),
        statistics.median(r.peak_mib for r in runs),
        max(r.warnings for r in runs),
    )


def written_since(out: Path, moment: float) -> list[str]:
    """The HTML pages written after ``moment``, as paths under ``out``."""
    return sorted(
        str(page.relative_to(out))
        for page in out.rglob("*.html")
        if page.stat().st_mtime > moment and "_static" not in page.parts
    )


def edit_and_build(
    src: Path, out: Path, meeting: Path, edit: tuple[str, str]
) -> tuple[Run, list[str]]:
    """Make the writer's ``edit`` in ``meeting``, build again, then undo it (so that the
    next round edits the same text): the rebuild, and the pages it wrote."""
    text = meeting.read_text(encoding="utf-8")
    assert edit[0] in text, meeting
    moment = time.time()
    time.sleep(0.05)
    meeting.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    run = build(src, out)
    written = written_since(out, moment)
    meeting.write_text(text, encoding="utf-8")
    build(src, out)
    return run, written
