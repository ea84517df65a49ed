"""A build sets Python's garbage collector for Sphinx's many long-lived nodes (see
``sphinx_minutes.domain.collector``), and sets it back when it ends: a process that
builds more than once finds it as it was."""

from __future__ import annotations

import gc
from io import StringIO
from pathlib import Path

from sphinx.testing.util import SphinxTestApp

from conftest import copy_root


def test_a_build_collects_less_often_and_sets_the_collector_back(tmp_path: Path) -> None:
    before = gc.get_threshold()
    srcdir = copy_root("test-archive", tmp_path / "site")
    app = SphinxTestApp("html", srcdir=srcdir, status=StringIO(), warning=StringIO())
    try:
        assert gc.get_threshold() == (10_000, *before[1:])
        app.build()
    finally:
        app.cleanup()
    assert gc.get_threshold() == before
    off = SphinxTestApp(
        "html",
        srcdir=srcdir,
        status=StringIO(),
        warning=StringIO(),
        confoverrides={"minutes_gc_threshold": 0},
    )
    try:
        assert gc.get_threshold() == before  # 0: Python's own setting
        off.build()
    finally:
        off.cleanup()
    assert gc.get_threshold() == before
