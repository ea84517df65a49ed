"""The breadcrumbs of a grouped page (see ``derive.groups``) and of a long history's
earlier period (see ``derive.periods``), set when it is written: such a page is out of
the site's navigation, so Sphinx gives it no trail of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..derive.groups import group_of
from ..read.store import minutes_domain
from .store import WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def breadcrumbs(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``: a grouped page's trail, from its initial's page up (a
    period's, from its history's page up), as Sphinx makes ``parents`` for a page in the
    navigation (the root left out)."""
    builder = app.builder
    relations = getattr(builder, "relations", None)
    domain = minutes_domain(app.env, WriteStore)
    history = domain.paths.history_of(pagename)
    start = history if history in app.env.found_docs else group_of(app.env, pagename)
    if start is None or relations is None or context.get("parents"):
        return
    trail: list[str] = []
    doc: str | None = start
    while doc and doc != app.config.root_doc and doc not in trail:
        trail.append(doc)
        doc = relations.get(doc, (None,))[0] or group_of(app.env, doc)
    rendered = domain.trail_titles
    titles = {doc: app.env.titles[doc] for doc in trail}
    for title in titles.values():  # the same few pages head every trail: rendered once
        if title.astext() not in rendered:
            rendered[title.astext()] = builder.render_partial(title)["title"]  # type: ignore[attr-defined]
    context["parents"] = [
        {"link": builder.get_relative_uri(pagename, doc), "title": rendered[titles[doc].astext()]}
        for doc in reversed(trail)
    ]
