"""The site as people read it, in a real browser: every kind of page at a laptop's and a
phone's width, light and dark, has no serious or critical accessibility violation
(axe-core, WCAG 2.1 AA)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import WIDTHS, browser, serious, violations
from conftest import copy_root, sphinx_build

PAGES = {
    "meeting": "meetings/finance/2024-01-15.html",
    "meeting in Swedish": "meetings/radet/2024-02-06.html",
    "body": "meetings/finance/index.html",
    "organisation": "registers/organisations/library-friends.html",
    "person": "registers/people/dev-patel.html",
    "topic": "registers/topics/budget.html",
    "decisions register": "registers/finance/decisions.html",
    "follow-ups register": "registers/finance/follow-ups.html",
    "questions register": "registers/finance/questions.html",
    "organisations index": "registers/organisations/index.html",
    "site index": "index.html",
    "search": "search.html",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    srcdir = copy_root("test-archive", tmp_path_factory.mktemp("browser"))
    built = sphinx_build("-b", "html", str(srcdir), str(srcdir / "_build"))
    assert built.returncode == 0, built.stderr
    return srcdir / "_build"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as launched:
        yield launched


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_has_a_serious_accessibility_violation(
    site: Path, chromium: Any, width: int, scheme: str
) -> None:
    page = chromium.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page.add_init_script(f"localStorage.setItem('theme', '{scheme}')")
    found = {}
    for kind, name in PAGES.items():
        page.goto((site / name).as_uri())
        assert page.evaluate("document.documentElement.dataset.theme") == scheme
        problems = serious(violations(page))
        if problems:
            found[kind] = problems
    page.close()
    assert found == {}
