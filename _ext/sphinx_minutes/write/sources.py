"""The copied sources of the public build: what the public may read of each file.

The HTML build publishes each page's source (``_sources/``), copied whole while the page
is written. In the public build, a meeting with withheld parts gets, when the build
ends, the text :func:`read.withhold.public_text` makes instead: each block under
``:not-public:`` reduced to its opening line and its public options, and every name
and alias of a person not named in public as the label the public sees instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..derive.shown import changed_in_public
from ..derive.store import DerivedStore
from ..model.publicity import public_build
from ..model.unnamed import unnamed
from ..read.store import minutes_domain
from ..read.withhold import public_text

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..model.meeting import Meeting


def publish_sources(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: rewrite the copied source of every meeting with parts or people
    the public build does not show."""
    builder = app.builder
    if exception is not None or not public_build(app.config):
        return
    if not (getattr(builder, "copysource", False) and app.config.html_copy_source):
        return
    domain = minutes_domain(app.env, DerivedStore)
    outdir = Path(builder.outdir) / "_sources"
    for docname in sorted(domain.meetings):
        meeting = domain.meetings[docname]
        if changed_in_public(meeting):
            path = Path(app.env.doc2path(docname))
            copied = outdir / copied_name(docname, path.suffix, app.config.html_sourcelink_suffix)
            if copied.is_file():
                copied.write_text(public_source(path, meeting), encoding="utf-8")


def copied_name(docname: str, source_suffix: str, link_suffix: str) -> str:
    """The name Sphinx gives a copied source: ``meetings/x.md.txt``."""
    return f"{docname}{source_suffix}" + (link_suffix if source_suffix != link_suffix else "")


def public_source(path: Path, meeting: Meeting) -> str:
    """The file's text with its withheld blocks reduced to what the page shows of them."""
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    headings = {item.line: item.heading for item in meeting.items if not item.public}
    return unnamed(meeting).replaced("\n".join(public_text(lines, headings)))
