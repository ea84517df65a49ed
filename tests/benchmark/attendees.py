"""One meeting with N attendees (a general assembly): how a build grows with the attendance.

A copy of ``tests/roots/test-archive`` with one more meeting of the finance committee,
attended by N people from the registry's organisations, with twenty agenda items whose
statements are made by attendees and owned by them; each size built once with
``sphinx-build -b html`` in a process of its own: wall time, and CPU time (which tells
more on a machine shared with other work).

    python tests/benchmark/attendees.py 250 1000 10000 [--timeout 1800] [--navigation-depth 2]
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import FIRST, LAST

ROOT = Path(__file__).resolve().parents[1] / "roots" / "test-archive"
ORGANISATIONS = ["RPC", "Friends of Riverside Library", "WCC", "Riverside Allotment Society"]
ITEMS = 20


def names(count: int) -> list[str]:
    """``count`` distinct names: first and last names, then numbered middle names."""
    pairs = len(FIRST) * len(LAST)
    rounds = itertools.product(range(1, count // pairs + 2), FIRST, LAST)
    return [
        f"{first} {last}" if n == 1 else f"{first} {n} {last}"
        for n, first, last in itertools.islice(rounds, count)
    ]


def meeting(count: int) -> str:
    people = names(count)
    lines = ["# Annual assembly, 1 July 2024", "", ":::{meeting}", ":::", "", ":::{attendance}"]
    lines += ["Present:", ""]
    for n, name in enumerate(people):
        items = f" (items 1–{ITEMS})" if n % 7 == 0 else ""
        lines.append(f"- {name}, {ORGANISATIONS[n % len(ORGANISATIONS)]}{items}")
    lines += [":::", ""]
    for item in range(1, ITEMS + 1):
        lines += [f"::::{{agenda-item}} {item}. Motion {item}", ":topics: budget", ""]
        for k in range(3):
            speaker = people[(item * 13 + k * 101) % count]
            lines += [f":::{{comment}} {speaker}", f"{speaker} spoke to motion {item}.", ":::"]
        owner = people[(item * 17) % count]
        lines += [f":::{{follow-up}} {owner}", f"Report on motion {item}.", ":::"]
        lines += ["::::", ""]
    return "\n".join(lines) + "\n"


def site(count: int, where: Path, depth: int | None = None) -> Path:
    shutil.copytree(ROOT, where)
    if depth is not None:
        with (where / "conf.py").open("a", encoding="utf-8") as conf:
            conf.write(f"html_theme_options = {{'navigation_depth': {depth}}}\n")
    (where / "meetings" / "finance" / "2024-07-01.md").write_text(meeting(count), "utf-8")
    return where


def build(src: Path, timeout: float) -> tuple[float, float] | None:
    """Wall and CPU seconds of one ``sphinx-build`` (CPU time tells more on a machine
    shared with other work), or None if it did not finish within ``timeout``."""
    args = [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(src), str(src / "_build")]
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = start + timeout
        while (waited := os.wait4(process.pid, os.WNOHANG))[0] == 0:
            if time.perf_counter() > deadline:
                process.kill()
                process.wait()
                return None
            time.sleep(0.2)
        _, status, usage = waited
        wall = time.perf_counter() - start
        stderr.seek(0)
        errors = stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"sphinx-build failed on {src}:\n{errors[-3000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument(
        "--navigation-depth",
        type=int,
        help="the theme's navigation_depth (this project's conf.py: 2; the theme's default: 4)",
    )
    arguments = parser.parse_args()
    for count in arguments.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            seconds = build(
                site(count, Path(tmp) / "site", arguments.navigation_depth), arguments.timeout
            )
        if seconds is None:
            print(f"{count} attendees: did not finish in {arguments.timeout:.0f} s", flush=True)
        else:
            print(f"{count} attendees: {seconds[0]:.1f} s wall, {seconds[1]:.1f} s CPU", flush=True)


if __name__ == "__main__":
    main()
