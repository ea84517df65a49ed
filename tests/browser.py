"""A real browser for the tests: Playwright for Python driving Debian's ``chromium``
package (never a browser download), and axe-core (shipped by ``axe-playwright-python``)
for what WCAG 2.1 AA asks of a page.

Without Chromium the browser tests are skipped, saying why; with ``CI=true`` they fail.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

CHROMIUM = ("chromium", "chromium-browser")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
"""What axe checks: WCAG 2.0 and 2.1, levels A and AA, and its best practices."""
WIDTHS = (1280, 390)
"""A laptop, and a phone held upright."""


def chromium_path() -> str:
    """The system's Chromium, or a skip (a failure under ``CI=true``)."""
    found = next((path for name in CHROMIUM if (path := shutil.which(name))), None)
    if found is not None:
        return found
    why = "Chromium is not installed (apt-get install chromium): the browser tests need it."
    if os.environ.get("CI") == "true":
        pytest.fail(why)
    pytest.skip(why)


@contextmanager
def browser() -> Iterator[Any]:
    """One headless Chromium for a module's tests."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


def violations(page: Any) -> list[dict[str, Any]]:
    """What axe finds on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    found: list[dict[str, Any]] = result.response["violations"]
    return found


def serious(found: list[dict[str, Any]]) -> list[str]:
    """The serious and critical ones, each with the elements it names."""
    return described(v for v in found if v["impact"] in ("serious", "critical"))


def to_fix(found: list[dict[str, Any]]) -> list[str]:
    """The moderate, serious and critical ones, but for the rules ``KEPT`` explains."""
    return described(
        v
        for v in found
        if v["impact"] in ("moderate", "serious", "critical") and v["id"] not in KEPT
    )


KEPT: dict[str, str] = {}
"""The moderate findings left as they are, by axe rule, with the reason (listed in
docs/explanation/accessibility.md too). None: every one so far was fixed."""


def described(found: Iterable[dict[str, Any]]) -> list[str]:
    """Each violation with the first elements it names."""
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in found
    ]
