"""Every example shown in docs/ is built, as the reader would use it, without a warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import PROJECT, build_once, page_text

EXAMPLES = PROJECT / "docs" / "examples"
SNIPPETS = sorted(p.name for p in EXAMPLES.glob("*.md"))

CONF = """\
extensions = ["sphinx_minutes"]
myst_enable_extensions = ["colon_fence"]
smartquotes = False
language = "en"
"""

EARLIER = "meetings/harbour-board/2024-02-08.md"

FRAMES = {
    "harbour-board": (
        "meetings/harbour-board/2024-03-14.md",
        "# Board meeting, 14 March 2024\n",
        ":::{meeting}\n:::\n",
        (EXAMPLES / "attendance.md").read_text(encoding="utf-8"),
    ),
    "scb-kommunikation": (
        "meetings/scb-kommunikation/2023-10-27.md",
        "# Möte i SCB:s användarråd för kommunikation 27 oktober 2023\n",
        ":::{meeting}\n:::\n",
        (EXAMPLES / "attendance-sv.md").read_text(encoding="utf-8"),
    ),
}


def project_for(snippet: str, srcdir: Path) -> str:
    """A small site holding the snippet where a writer would put it; returns its docname."""
    (srcdir / "conf.py").write_text(CONF, encoding="utf-8")
    toctree = "\n".join(
        [
            "# Index",
            "",
            "```{toctree}",
            ":glob:",
            "",
            "meetings/*/*",
            "registers/index",
            "```",
            "",
        ]
    )
    (srcdir / "index.md").write_text(toctree, encoding="utf-8")
    (srcdir / "meetings").mkdir()
    for registry in ("organisations", "topics", "bodies"):
        shutil.copy(EXAMPLES / f"{registry}.yaml", srcdir / "meetings" / f"{registry}.yaml")
    text = (EXAMPLES / snippet).read_text(encoding="utf-8")
    body = "scb-kommunikation" if snippet.endswith("-sv.md") else "harbour-board"
    path, title, meeting, attendance = FRAMES[body]
    (srcdir / "meetings" / body).mkdir(parents=True)
    if body == "harbour-board":  # the earlier meeting that later examples refer to
        shutil.copy(EXAMPLES / "earlier-meeting.md", srcdir / EARLIER)
    if snippet == "earlier-meeting.md":
        return EARLIER.removesuffix(".md")
    if snippet == "body-page.md":
        path, document = f"meetings/{body}/index.md", text
        (srcdir / "meetings" / body / "2024-03-14.md").write_text(
            title + meeting + attendance, encoding="utf-8"
        )
    else:
        parts = [title]
        parts.append(text if ":::{meeting}" in text else meeting)
        if ":::{attendance}" not in text:
            parts.append(attendance)
        elif ":::{meeting}" not in text:  # else the text, holding both, is in already
            parts.append(text)
        if ":::{meeting}" not in text and ":::{attendance}" not in text:
            parts.append(text)
        document = "\n".join(parts)
    target = srcdir / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(document, encoding="utf-8")
    return path.removesuffix(".md")


INTERNAL = ("not-named", "not-public")
"""Examples of what the public build leaves out are built as the internal build, which
shows every line as written."""


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_example_builds_without_warnings(snippet: str, tmp_path: Path) -> None:
    docname = project_for(snippet, tmp_path)
    internal = any(part in snippet for part in INTERNAL)
    app = build_once(tmp_path, confoverrides={"minutes_build": "internal"} if internal else {})
    assert app.warning.getvalue() == ""
    text = page_text(app.outdir, docname)
    for line in (EXAMPLES / snippet).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith((":", "`", "#", "  ")) and "{" not in line:
            assert line.lstrip("- ") in text
        elif line.startswith("  ") and "<" in line:  # an option's value, one per line
            assert line.split("<")[0].strip() in text


def test_every_example_is_shown_in_the_docs() -> None:
    docs = "\n".join(p.read_text(encoding="utf-8") for p in (PROJECT / "docs").rglob("*.md"))
    for name in [*SNIPPETS, "organisations.yaml", "topics.yaml", "bodies.yaml"]:
        assert f"examples/{name}" in docs, name
