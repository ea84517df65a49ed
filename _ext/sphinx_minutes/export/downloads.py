"""``doctree-resolved`` (html, dirhtml): the list of downloads at the end of a meeting's
page and of a body's page, the files ``offers`` names, each a link with a label in the
page's language ("These minutes as JSON", "Meetings calendar (iCalendar)").

It is added as the page is written, only by the builders that write the exports with the
pages: a PDF or the text output has no such files beside it, so shows no list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.osutil import relative_uri

from ..derive.page_language import page_language
from ..model.labels import N_, gettext_for
from ..read.store import minutes_domain
from ..write.output import page_builder
from ..write.store import WriteStore
from .offers import Offer, offers

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..model.labels import Labels

HEADING = N_("Open data")
CLASS = "minutes-data"
"""The list's class (``static/sphinx-minutes.css``)."""


def add_downloads(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """The page's downloads, under a heading, at the end of its last section."""
    builder = page_builder(app)
    if builder is None:
        return
    domain = minutes_domain(app.env, WriteStore)
    listed = [o for o in offers(domain, docname, app.config.minutes_pdfs_published) if o.listed]
    if not listed:
        return
    t = gettext_for(page_language(domain, app.config, docname))
    here = builder.get_target_uri(docname)
    sections = [child for child in doctree.children if isinstance(child, nodes.section)]
    place: nodes.Element = sections[-1] if sections else doctree
    place.append(downloads(listed, t, lambda target: relative_uri(here, target)))


def downloads(listed: list[Offer], t: Labels, href: Callable[[str], str]) -> nodes.container:
    heading = t(HEADING)
    rubric = nodes.rubric(heading, heading)
    rubric["heading-level"] = 2
    items = nodes.bullet_list()
    for offer in listed:
        label = t(offer.label)
        link = nodes.reference(label, label, refuri=href(offer.target), internal=True)
        items += nodes.list_item("", nodes.paragraph("", "", link))
    return nodes.container("", rubric, items, classes=[CLASS])
