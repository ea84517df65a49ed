"""The theme's "Previous" and "Next" at the foot of a meeting's page, in time.

Sphinx takes them from the table of contents, where a body's page lists its meetings
newest first: on a meeting's page "Previous" led to the later meeting and "Next" to the
earlier one, against the page's own "Next meeting". On a meeting's page they lead to the
body's meeting before and after it, as the archive orders them; the first meeting has no
"Previous", the latest no "Next".
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from ..derive.views.meeting import chain
from ..read.store import minutes_domain
from .store import WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..derive.views.rows import Link


def neighbours(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``: a meeting's ``prev`` and ``next`` are its neighbours in time."""
    domain = minutes_domain(app.env, WriteStore)
    if pagename not in domain.archive.position or "next" not in context:
        return
    view = chain(domain, pagename)
    context["prev"] = relation(app, pagename, view.earlier)
    context["next"] = relation(app, pagename, view.next)


def relation(app: Sphinx, pagename: str, link: Link | None) -> dict[str, str] | None:
    """A neighbour as Sphinx gives one to templates: its link and its title as HTML."""
    if link is None or not link.docname:
        return None
    title = app.env.titles[link.docname].astext() if link.docname in app.env.titles else link.text
    return {"link": app.builder.get_relative_uri(pagename, link.docname), "title": escape(title)}
