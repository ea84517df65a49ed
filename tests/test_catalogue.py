"""The catalogue of bad input: one case per kind of mistake a writer (or an attacker) can
make, each a copy of a test root with an edit, the ``minutes.*`` warnings it must give
(file, line, code, words of the message) and what the pages must and must not show.

A case is a YAML file in ``tests/catalogue/``::

    title: A slide deck outside the project is refused, not published
    root: archive                      # tests/roots/test-<root>; archive by default
    edits:
      - file: meetings/finance/2024-03-18.md
        replace: ":topics: library, budget\\n"
        with: ":topics: library, budget\\n:slides: ../../../../etc/passwd\\n"
      - file: meetings/finance/extra.md   # a new file
        write: "text"
        encoding: cp1252                  # optional
      - file: meetings/finance/link.pdf
        symlink: /etc/hostname
      - file: meetings/finance/2024-01-15.md
        delete: true
    warnings:                          # exactly these minutes.* warnings, in this order
      - [meetings/finance/2024-03-18.md, 19, unsafe-path, "outside the project"]
    other_warnings: ["myst.directive-unknown"]   # Sphinx/MyST warnings allowed besides
    pages:
      meetings/finance/2024-03-18:
        shows: ["../../../../etc/passwd"]
        hides: ["root:x:0:0"]
        source_hides: ["javascript:"]  # not in the page's HTML at all
    absent: ["_downloads/**/passwd"]   # output paths (globs) that must not exist

Each case is built twice: a clean build, then one with nothing changed, which must print
the same ``minutes.*`` warnings again. No case may end in a traceback.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import build_once, copy_root, page_text, printed
from sources import replace_text

CATALOGUE = Path(__file__).parent / "catalogue"
CASES = sorted(p.stem for p in CATALOGUE.glob("*.yaml"))
WARNING = re.compile(
    r"^(?P<file>.*?)(?::(?P<line>\d+))?: (?:WARNING|ERROR): (?P<text>.*?)(?: \[(?P<type>[\w.-]+)\])?$"
)


def load(case: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CATALOGUE / f"{case}.yaml").read_text(encoding="utf-8"))
    return data


def apply(srcdir: Path, edit: dict[str, Any]) -> None:
    path = srcdir / edit["file"]
    if edit.get("delete"):
        path.unlink()
    elif "symlink" in edit:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(edit["symlink"], path)
    elif "write" in edit:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(edit["write"].encode(edit.get("encoding", "utf-8")))
    else:
        replace_text(path, edit["replace"], edit["with"])
        if "encoding" in edit:  # the file saved in another encoding
            path.write_bytes(path.read_text(encoding="utf-8").encode(edit["encoding"]))


def minutes_warnings(app: Any, srcdir: Path) -> tuple[list[tuple[str, int, str, str]], list[str]]:
    """The ``minutes.*`` warnings as (file, line, code, text), and the other warnings' types."""
    ours, others = [], []
    text = printed(app.warning)
    assert "Traceback" not in text and "Exception occurred" not in text, text
    for line in text.splitlines():
        match = WARNING.match(line)
        if match is None:
            continue
        kind = match["type"] or ""
        if kind.startswith("minutes."):
            file = match["file"].replace(f"{srcdir}/", "")
            ours.append(
                (file, int(match["line"] or 0), kind.removeprefix("minutes."), match["text"])
            )
        else:
            others.append(kind or match["text"])
    return ours, others


@pytest.mark.parametrize("case", CASES)
def test_catalogue(case: str, tmp_path: Path) -> None:
    spec = load(case)
    srcdir = copy_root(f"test-{spec.get('root', 'archive')}", tmp_path / "site")
    for edit in spec.get("edits", []):
        apply(srcdir, edit)
    app = build_once(srcdir)
    found, others = minutes_warnings(app, srcdir)
    expected = [tuple(w) for w in spec.get("warnings", [])]
    assert [f[:3] for f in found] == [e[:3] for e in expected], "\n".join(map(str, found))
    for (*_, text), (*_, words) in zip(found, expected, strict=True):
        assert words in text, (words, text)
    allowed = spec.get("other_warnings", [])
    assert [o for o in others if o not in allowed] == [], others
    for docname, shown in (spec.get("pages") or {}).items():
        page = page_text(app.outdir, docname)
        for words in shown.get("shows", []):
            assert words in page, (docname, words)
        for words in shown.get("hides", []):
            assert words not in page, (docname, words)
        html = (app.outdir / f"{docname}.html").read_text(encoding="utf-8")
        for words in shown.get("source_hides", []):
            assert words not in html, (docname, words)
    for pattern in spec.get("absent", []):
        assert list(app.outdir.glob(pattern)) == [], pattern
    again, _ = minutes_warnings(build_once(srcdir), srcdir)
    assert again == found, "a build with nothing changed must print the same warnings"
