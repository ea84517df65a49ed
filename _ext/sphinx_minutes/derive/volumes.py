"""A body's PDF volume, as the site's pages see it: which history pages it holds, and
the table of contents that only the PDFs follow.

A volume starts at the page that lists the body's meetings (the ``meetings``
directive), which carries a ``volume`` placeholder (``read.nodes``) holding the volume's
contents in order. Once the page's table of contents has been collected, the placeholder
becomes a hidden toctree (``bind_volume``), so the LaTeX builder inlines the volume in
that order while the site's navigation never sees it. The pages of a grouped index reach
the volume the same way (see ``groups``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..read import render
from ..read.nodes import volume
from .store import DerivedStore

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx


def holds(domain: DerivedStore, body: str) -> set[str]:
    """The history pages a body's volume holds: those of the organisations, people and
    topics its meetings name. The site has one page each for every body; a volume
    printed for one body leaves out the others' people."""
    paths = domain.paths
    pages: set[str] = set()
    for meeting in domain.archive.by_body.get(body, []):
        people = meeting.people()
        pages.update(page for a in people if (page := paths.person(a.name)))
        pages.update(paths.organisation(a.organisation) for a in people if a.organisation)
        for item in meeting.items:
            pages.update(paths.topic(topic) for topic in item.topics)
            pages.update(
                paths.organisation(who.key)
                for s in item.statements
                for who in s.by.each()
                if who.kind == "organisation"
            )
    return pages


def bind_volume(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``, after the table of contents is collected: the volume placeholder
    becomes a hidden toctree, seen by the LaTeX builder (and singlehtml, texinfo…) only."""
    for placeholder in list(doctree.findall(volume)):
        includes = list(placeholder["includefiles"])
        toctree = render.toctree(app.env.docname, includes, hidden=True, maxdepth=2)
        placeholder.replace_self(toctree)
