"""The pictures of the documentation, taken from the built site in the same headless
Chromium as the browser tests (``make screenshots``, after ``make html``)::

    python tests/screenshots.py [BUILT_SITE] [IMAGES]

``BUILT_SITE`` is ``_build/html`` and ``IMAGES`` is ``docs/images`` unless given. Each
shot is a page at a fixed width and height, in the light scheme, with animations and the
text caret off: taken again from the same site, a picture changes only where the page
did. A new picture is a line of ``SHOTS``.

The tutorial's pictures (``tutorial.TUTORIAL_SHOTS``) are taken from a site made by
following the tutorial in a temporary folder, as its test does.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from browser import browser, chromium_path
from tutorial import TUTORIAL_SHOTS, run_tutorial
from tutorial import shoot as shoot_tutorial

SEED_MEETING = "meetings/scb-kommunikation/2023-10-27.html"
STILL = "*, *::before, *::after { transition: none !important; animation: none !important; }"
SCREENS = {1280: 1400, 390: 844}
"""The height shown at each width: a laptop's page down to the first agenda items, and
a phone's first screen (what a reader sees before scrolling)."""


@dataclass(frozen=True, slots=True)
class Shot:
    page: str
    """The built page, relative to the site's folder."""
    png: str
    """The picture, relative to the images folder."""
    width: int


SHOTS = (
    Shot(SEED_MEETING, "meeting-1280.png", 1280),
    Shot(SEED_MEETING, "meeting-390.png", 390),
)
"""Every picture of the docs made from the project's own site."""


def shoot(launched_browser: Any, html_file: Path, png: Path, width: int) -> None:
    """``html_file`` as a reader sees it at ``width`` (and the height ``SCREENS`` gives
    it, else that of a laptop's screen), light scheme, into ``png``."""
    height = SCREENS.get(width, 800)
    page = launched_browser.new_page(
        viewport={"width": width, "height": height}, color_scheme="light", device_scale_factor=1
    )
    page.add_init_script("localStorage.setItem('theme', 'light')")
    try:
        page.goto(html_file.resolve().as_uri())
        page.add_style_tag(content=STILL)
        page.evaluate("document.fonts.ready")
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png), animations="disabled", caret="hide")
    finally:
        page.close()


def main(site: Path, images: Path) -> int:
    missing = [shot.page for shot in SHOTS if not (site / shot.page).is_file()]
    if missing:
        print(f"Not built: {', '.join(missing)} in {site} (run `make html` first).")
        return 1
    try:
        chromium_path()
    except pytest.skip.Exception as why:  # not in a test: say why and stop
        print(why)
        return 1
    with browser() as launched:
        for shot in SHOTS:
            shoot(launched, site / shot.page, images / shot.png, shot.width)
            print(f"{images / shot.png}: {shot.page} at {shot.width} px")
        with tempfile.TemporaryDirectory() as folder:
            followed = run_tutorial(Path(folder))
            page = launched.new_page(viewport={"width": 1100, "height": 800}, color_scheme="light")
            page.add_init_script("localStorage.setItem('theme', 'light')")
            for png, shown in TUTORIAL_SHOTS.items():
                shoot_tutorial(page, followed, shown, images / png)
                print(f"{images / png}: the tutorial's {shown}")
            page.close()
    return 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    site = Path(arguments[0] if arguments else "_build/html")
    images = Path(arguments[1] if len(arguments) > 1 else "docs/images")
    sys.exit(main(site, images))
