"""A grouped page's breadcrumbs, set when it is written: the page is out of the site's
navigation (see ``derive.groups``), so Sphinx gives it no trail of its own."""

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
    """``html-page-context``: a grouped page's trail, from its initial's page up, as
    Sphinx makes ``parents`` for a page in the navigation (the root left out)."""
    builder = app.builder
    relations = getattr(builder, "relations", None)
    group = group_of(app.env, pagename)
    if group is None or relations is None or context.get("parents"):
        return
    trail: list[str] = []
    doc: str | None = group
    while doc and doc != app.config.root_doc and doc not in trail:
        trail.append(doc)
        doc = relations.get(doc, (None,))[0]
    domain = minutes_domain(app.env, WriteStore)
    rendered = domain.trail_titles
    titles = {doc: app.env.titles[doc] for doc in trail}
    for title in titles.values():  # the same few pages head every trail: rendered once
        if title.astext() not in rendered:
            rendered[title.astext()] = builder.render_partial(title)["title"]  # type: ignore[attr-defined]
    context["parents"] = [
        {"link": builder.get_relative_uri(pagename, doc), "title": rendered[titles[doc].astext()]}
        for doc in reversed(trail)
    ]
