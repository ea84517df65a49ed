"""Where a build's time goes: ``sphinx-build -b html`` in this process, with the time of
reading, resolving and writing each page added up by kind of page.

    python tests/benchmark/phases.py SRC OUT   # JSON: {kind: {phase: [seconds, pages]}}

The clock wraps Sphinx's own steps (``Builder.read_doc``, ``get_and_resolve_doctree``,
``write_doc``), so the timings of plain MyST and sphinx-minutes compare page by page.
A serial build only: with ``-j`` the pages are read and written in other processes.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.cmd.build import build_main
from sphinx.environment import BuildEnvironment

PHASES = {"read": (Builder, "read_doc"), "resolve": (BuildEnvironment, "get_and_resolve_doctree")}
PHASES["write"] = (StandaloneHTMLBuilder, "write_doc")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HISTORIES = ("organisations", "people", "topics")


def kind_of(docname: str) -> str:
    """``meetings/<body>/<date>`` is a meeting; ``registers/<folder>/…`` a history page
    (``registers/<folder>/<name>/<years>`` one of a long history's earlier periods)."""
    parts = docname.split("/")
    if parts[0] == "meetings" and len(parts) == 3 and DATE.fullmatch(parts[2]):
        return "meeting"
    if parts[0] == "registers" and len(parts) == 4 and parts[1] in HISTORIES:
        return parts[1]  # a long history's earlier period
    if parts[0] == "registers" and len(parts) == 3 and parts[2] != "index":
        folder = parts[1]
        return folder if folder in HISTORIES else "register"
    return "navigation"


def timed(spent: dict[str, dict[str, list[float]]], phase: str, step: Callable[..., Any]) -> Any:
    def run(self: object, docname: str, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return step(self, docname, *args, **kwargs)
        finally:
            tally = spent[kind_of(docname)].setdefault(phase, [0.0, 0])
            tally[0] += time.perf_counter() - start
            tally[1] += 1

    return run


def time_exports(spent: dict[str, dict[str, list[float]]]) -> None:
    """The open data written when the build ends (``export.publish.export_site``), as the
    phase ``write`` of the kind ``exports``; nothing for plain MyST."""
    try:
        from sphinx_minutes.export import publish
    except ImportError:
        return
    export_site = publish.export_site

    def run(app: Sphinx, builder: Builder) -> None:
        start = time.perf_counter()
        try:
            export_site(app, builder)
        finally:
            spent["exports"]["write"] = [time.perf_counter() - start, 1]

    publish.export_site = run


def main(argv: list[str]) -> int:
    src, out = argv
    spent: dict[str, dict[str, list[float]]] = defaultdict(dict)
    for phase, (owner, name) in PHASES.items():
        setattr(owner, name, timed(spent, phase, getattr(owner, name)))
    time_exports(spent)
    start = time.perf_counter()
    status = build_main(["-q", "-b", "html", src, out])
    spent["build"]["total"] = [time.perf_counter() - start, 1]
    print(json.dumps(spent))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
