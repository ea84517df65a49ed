"""One small project per check: the mistake, and the exact warning (file, line, code, hint).

Each ``tests/roots/test-check-<code>/`` holds only the meeting files of its case and an
``expected.txt``; the configuration and registries come from ``tests/roots/check-common/``
unless the case overrides them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
import yaml

from conftest import ROOTS, build_once, copy_root, page_text, warning_lines
from sphinx_minutes.model.codes import CODES, CodeName

OPTION = re.compile(r"^:(?P<name>[\w-]+): (?P<value>.+)$")
NOT_SHOWN_AS_WRITTEN = {
    *("id", "label", "language", "date", "body", "previous", "due", "presenters"),
    *("status", "approved-by", "approves"),
}
"""Options whose value is shown transformed (a date, a title, a status's label in the
meeting's language) or is an identifier."""
CASES = sorted(p.name.removeprefix("test-check-") for p in ROOTS.glob("test-check-*"))
CLEAN = sorted(p.name.removeprefix("test-") for p in ROOTS.glob("test-clean-*"))
"""Roots of things that look like mistakes and are not: they must give no warning."""


@pytest.mark.parametrize("code", [*CASES, *CLEAN])
def test_check(code: str, tmp_path: Path) -> None:
    root = ROOTS / (f"test-{code}" if code.startswith("clean-") else f"test-check-{code}")
    copy_root("check-common", tmp_path)
    copy_root(root.name, tmp_path)
    expected = (tmp_path / "expected.txt").read_text(encoding="utf-8").splitlines()
    app = build_once(tmp_path)
    assert warning_lines(app, tmp_path) == expected
    assert all(line.endswith(f"[minutes.{code}]") for line in expected)
    for source in root.glob("meetings/*/*.md"):
        docname = str(source.relative_to(root).with_suffix(""))
        text = page_text(app.outdir, docname)
        for written in source.read_text(encoding="utf-8").splitlines():
            option = OPTION.match(written)
            if option and option["name"] not in NOT_SHOWN_AS_WRITTEN:
                assert option["value"] in text, "lost: " + written
            elif written and not written.startswith((":", "#")) and "{" not in written:
                assert re.sub(r"^- ", "", written) in text, "lost: " + written


def test_every_code_has_its_case() -> None:
    """Each code has a root here, or a case in the catalogue of bad input that expects it."""
    catalogued = {
        warning[2]
        for case in (ROOTS.parent / "catalogue").glob("*.yaml")
        for warning in yaml.safe_load(case.read_text(encoding="utf-8")).get("warnings", [])
    }
    assert set(CASES) <= set(CODES)
    assert set(CODES) - set(CASES) - catalogued == set()


def test_the_code_names_mypy_checks_are_the_table_s_codes() -> None:
    """``CodeName`` (what ``warn`` and a ``Mistake`` accept) lists the table's codes, in
    the table's order."""
    assert get_args(CodeName) == tuple(CODES)
