"""``make publish``'s last step: the PDFs the LaTeX build made, copied into the site's
``pdf/`` folder, and every PDF the pages link there checked to be present.

The pages link the PDFs by name when ``minutes_pdfs_published`` is set, whatever was built
(see ``offers``), so a page never depends on the order of the builds; this step is where
a missing PDF is found: ``python -m sphinx_minutes.export.pdf_copy _build/latex
_build/html`` names each one and exits non-zero.
"""

from __future__ import annotations

import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .names import PDF_FOLDER


class Links(HTMLParser):
    """The ``href`` of every link of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs += [value for name, value in attrs if name == "href" and value]


def linked_pdfs(site: Path) -> dict[Path, list[Path]]:
    """Each PDF of the site's ``pdf/`` folder a page links, with the pages linking it."""
    folder = (site / PDF_FOLDER).resolve()
    found: dict[Path, list[Path]] = {}
    for page in sorted(site.rglob("*.html")):
        links = Links()
        links.feed(page.read_text(encoding="utf-8"))
        for href in links.hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.endswith(".pdf"):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if target.parent == folder:
                found.setdefault(target, []).append(page.relative_to(site))
    return found


def publish(latex: Path, site: Path) -> list[str]:
    """Copy ``latex``'s PDFs into ``site/pdf/`` (and only those); the problems, one line
    each (none: done)."""
    pdfs = sorted(latex.glob("*.pdf"))
    if not pdfs:
        return [f"{latex}: no PDF: build them first (make pdf)"]
    folder = site / PDF_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.pdf"):  # of a meeting gone since
        if not (latex / old.name).is_file():
            old.unlink()
    for pdf in pdfs:
        shutil.copy2(pdf, folder / pdf.name)
    return [
        f"{site / pages[0]}: links {PDF_FOLDER}/{target.name}, which {latex} does not hold"
        + (f" (and {len(pages) - 1} more pages)" if len(pages) > 1 else "")
        for target, pages in sorted(linked_pdfs(site).items())
        if not target.is_file()
    ]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m sphinx_minutes.export.pdf_copy <latex folder> <site folder>")
        return 2
    problems = publish(Path(argv[0]), Path(argv[1]))
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
