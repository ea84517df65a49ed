"""A few random minutes through whole builds: a page comes out, and only expected warnings.

Kept apart from ``test_no_traceback.py``, whose one long-lived application would otherwise
share docutils' registrations with these builds.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sphinx.testing.util import SphinxTestApp
from test_no_traceback import DOCNAME, assert_only_expected_warnings, document

from conftest import build_once, copy_root, warning_lines
from sphinx_minutes.read.directives.decisions import DecisionDirective


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=document)
def test_random_minutes_build_whole(source: str) -> None:
    srcdir = Path(tempfile.mkdtemp(prefix="minutes-random-"))
    try:
        copy_root("check-common", srcdir)
        (srcdir / f"{DOCNAME}.md").parent.mkdir(parents=True)
        (srcdir / f"{DOCNAME}.md").write_text(source, encoding="utf-8")
        app = build_once(srcdir)
        assert (app.outdir / f"{DOCNAME}.html").is_file()
        assert_only_expected_warnings(warning_lines(app))
    finally:
        shutil.rmtree(srcdir)


@pytest.mark.sphinx("html", testroot="archive", srcdir="archive")
def test_a_defect_of_the_extension_is_not_passed_off_as_the_writers_mistake(
    app: SphinxTestApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug of ours (here a KeyError in reading a decision) must stop the build with its
    traceback, not become a ``minutes.malformed`` warning that blames the writer."""

    def broken(*args: object) -> None:
        raise KeyError("a defect")

    monkeypatch.setattr(DecisionDirective, "complete", broken)
    with pytest.raises(KeyError, match="a defect"):
        app.build()
