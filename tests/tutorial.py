"""The tutorial (docs/tutorial.md) followed as a reader follows it, from an empty folder.

The commands are read from the tutorial's ``console`` blocks (the lines after ``$ ``) and
the files from its ``literalinclude`` of ``examples/tutorial/``, in the order the reader
meets them, so the tutorial and this cannot drift apart:

- ``examples/tutorial/site/<path>`` is a file the reader writes: it is put at ``<path>``;
- ``examples/tutorial/made/<path>`` is a file a command made: it must be there, as shown;
- a console block's other lines are what its commands print: each must be printed.

Setting up Python is the test's own (the tests' environment has sphinx-minutes
installed): creating and activating ``.venv`` and ``pip install`` are skipped, and so is
``make preview``, which serves until stopped (tests/test_preview.py tries it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
TUTORIAL = PROJECT / "docs" / "tutorial.md"
EXAMPLES = PROJECT / "docs" / "examples" / "tutorial"
SKIPPED = ("python3 -m venv ", ". .venv/bin/activate", "pip install ", "make preview")
"""Commands the test does not run: the reader's own Python set-up, and the live server."""

TUTORIAL_SHOTS = {
    "tutorial-site.png": "index.html",
    "tutorial-meeting.png": "meetings/governors/2025-09-10.html",
    "tutorial-item.png": "meetings/governors/2025-09-10.html#item-3",
    "tutorial-follow-ups.png": "registers/governors/follow-ups.html",
}
"""The pictures of the tutorial's checkpoints (docs/images/), by the page of the built
site each shows (with ``#anchor``: only that part of it), 1100 px wide."""

BLOCK = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```$", re.M | re.S)
INCLUDE = re.compile(r"^\{literalinclude\}\s+examples/tutorial/(?P<kind>site|made)/(?P<path>\S+)")


@dataclass
class Step:
    """One thing the reader does: run commands, write a file, or look at a made one."""

    kind: str
    """``run``, ``write`` or ``made``."""
    path: str = ""
    commands: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)


def steps(text: str) -> list[Step]:
    """The tutorial's steps, in order."""
    found: list[Step] = []
    for block in BLOCK.finditer(text):
        if block["info"].strip() == "console":
            lines = block["body"].replace("\\\n", "").splitlines()  # a command goes on
            found.append(
                Step(
                    "run",
                    commands=[line[2:] for line in lines if line.startswith("$ ")],
                    printed=[line for line in lines if line and not line.startswith("$ ")],
                )
            )
        elif include := INCLUDE.match(block["info"]):
            found.append(Step("write" if include["kind"] == "site" else "made", include["path"]))
    return found


def environment() -> dict[str, str]:
    """The reader's shell: the tests' Python first on the PATH, this checkout's extension."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    env["PYTHONPATH"] = str(PROJECT / "_ext")
    env.pop("MAKEFLAGS", None)
    return env


def run(command: str, cwd: Path) -> str:
    """A command of the tutorial in ``cwd``; what it printed. A failure raises, with it."""
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    printed = done.stdout + done.stderr
    assert done.returncode == 0, f"`{command}` failed ({done.returncode}):\n{printed}"
    return printed


def run_tutorial(folder: Path) -> Path:
    """Follow the tutorial in the empty ``folder``; the built site's HTML folder."""
    cwd = folder
    written: set[str] = set()
    for step in steps(TUTORIAL.read_text(encoding="utf-8")):
        if step.kind == "write" and step.path not in written:
            written.add(step.path)
            shutil.copy(EXAMPLES / "site" / step.path, cwd / step.path)
        elif step.kind == "made":
            made = (cwd / step.path).read_text(encoding="utf-8")
            assert made == (EXAMPLES / "made" / step.path).read_text(encoding="utf-8"), step.path
        printed = ""
        for command in step.commands:
            if command.startswith("cd "):
                cwd = cwd / command[3:]
            elif not command.startswith(SKIPPED):
                printed += run(command, cwd)
        for line in step.printed:
            assert line in printed, (line, printed)
    return cwd / "_build" / "html"


def shoot(page: Any, html: Path, shown: str, picture: Path) -> None:
    """The picture of one of ``TUTORIAL_SHOTS`` with a Playwright page (1100 px wide): the
    top of the page, or only the part ``#anchor`` names, measured on the page unscrolled so
    the theme's sticky header covers none of it."""
    file, _, anchor = shown.partition("#")
    page.goto((html / file).as_uri())
    if not anchor:  # to the end of the text and its previous/next links, at most 800 px
        end = page.evaluate(
            "Math.max(...[...document.querySelectorAll('article, .prev-next-footer, .prev-next-area a')]"
            ".map(e => e.getBoundingClientRect().bottom))"
        )
        clip = {"x": 0, "y": 0, "width": 1100, "height": min(800, end + 24)}
        page.screenshot(path=str(picture), clip=clip)
        return
    box = page.locator(f"#{anchor}").bounding_box()
    clip = {
        "x": box["x"] - 16,
        "y": box["y"] - 8,
        "width": box["width"] + 32,
        "height": box["height"] + 16,
    }
    page.screenshot(path=str(picture), full_page=True, clip=clip)
