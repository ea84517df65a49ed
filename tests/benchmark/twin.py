"""The ``pages`` twin of an archive: its plain twin (see ``corpus``) plus, written by hand,
the history pages that sphinx-minutes generates, with the same words in the same place.

``minutes / plain`` is what the product costs; ``minutes / pages`` is what the extension
costs over Sphinx building the same pages from Markdown a writer keeps up by hand. The
hand-written pages are taken from a minutes build of the same archive: each page the build
wrote under ``registers/``, and each body's index (which links its registers and open
data), its ``<article>`` written back as MyST (``html_to_myst``), with the toctrees of
the page's source (and its ``orphan`` front matter), so that navigation, and so the theme's
sidebar, is the same. Links are kept as the URLs the minutes build wrote
(``myst_all_links_external``): the twin resolves no cross-reference. It sets Python's
garbage collector as sphinx-minutes does (``minutes_gc_threshold``), so ``minutes /
pages`` is the extension's own cost; the plain twin keeps Python's setting, as a plain
MyST site has it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import html_to_myst

GC_THRESHOLD = 10_000
"""``minutes_gc_threshold``'s default, which the pages twin takes too."""

SETTINGS = (
    "\n# The pages twin: hand-written history pages (tests/benchmark/twin.py).\n"
    'myst_enable_extensions = [*myst_enable_extensions, "fieldlist"]\n'
    "myst_all_links_external = True\n"
    "# Python's collector as sphinx-minutes sets it (minutes_gc_threshold): the twin\n"
    "# measures the extension's cost over Sphinx, not the collector's setting.\n"
    "import atexit, gc\n"
    f"gc.set_threshold({GC_THRESHOLD}, *gc.get_threshold()[1:])\n"
    "atexit.register(gc.freeze)\n"
)


def add_pages(root: Path, minutes: Path, html: Path) -> list[Path]:
    """Turn the plain twin under ``root`` into the pages twin, from the minutes archive's
    sources under ``minutes`` and its HTML build ``html``; the pages written."""
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(SETTINGS)
    shutil.copyfile(minutes / "index.md", root / "index.md")
    written = []
    for stub in sorted((minutes / "registers").rglob("*.md")):
        name = stub.relative_to(minutes)
        written.append(write_page(root / name, html / name.with_suffix(".html"), stub))
    for body in sorted((root / "meetings").glob("*/index.md")):
        name = body.relative_to(root)
        written.append(write_page(body, html / name.with_suffix(".html"), body))
    return written


def write_page(page: Path, built: Path, source: Path) -> Path:
    """``built``'s content as ``page``, with the toctrees and front matter of ``source``."""
    text = source.read_text(encoding="utf-8")
    front = text[: text.index("\n---\n", 4) + 5] if text.startswith("---\n") else ""
    body = html_to_myst.article(built.read_text(encoding="utf-8"), html_to_myst.toctrees(text))
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(front + body, encoding="utf-8")
    return page
