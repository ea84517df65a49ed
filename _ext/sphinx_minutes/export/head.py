"""``html-page-context``: what a page's head tells machines about its data, the
``<link rel="alternate">`` of each export it offers (``offers``), titled in the page's
language, and, on a meeting's page, the meeting as schema.org JSON-LD (``jsonld``).

Only the builders that write a page per document (html, dirhtml) write the exports, so
only their pages link them; every link is relative to the page, so the site can move.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from sphinx.util.osutil import relative_uri

from ..derive.page_language import page_language
from ..model.labels import gettext_for
from ..read.store import minutes_domain
from ..write.output import page_builder
from ..write.store import WriteStore
from .jsonld import event, script
from .offers import Offer, meeting_of, offers
from .publish import page_url
from .records import meeting_record

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders.html import StandaloneHTMLBuilder

    from ..model.labels import Labels


def head(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """The page's alternates, and a meeting's JSON-LD, added to its ``metatags`` (which
    the themes print in ``<head>``)."""
    builder = page_builder(app)
    if builder is None:
        return
    domain = minutes_domain(app.env, WriteStore)
    t = gettext_for(page_language(domain, app.config, pagename))
    here = builder.get_target_uri(pagename)
    offered = offers(domain, pagename, app.config.minutes_pdfs_published)
    tags = [alternate(relative_uri(here, o.target), o, t) for o in offered if o.alternate]
    meeting = meeting_of(domain, pagename)
    if meeting is not None:
        record = meeting_record(meeting, domain.archive, page_url(builder, ""))
        own = own_url(builder, pagename, app.config.html_baseurl)
        tags.append(script(event(record, domain.registry, own)))
    if tags:
        context["metatags"] = context.get("metatags", "") + "".join(tags)


def alternate(href: str, offer: Offer, t: Labels) -> str:
    title = escape(t(offer.label))
    return (
        f'<link rel="alternate" type="{offer.media_type}" href="{escape(href)}" title="{title}">\n'
    )


def own_url(builder: StandaloneHTMLBuilder, pagename: str, baseurl: str) -> str:
    """The page's URL: absolute from ``html_baseurl``, else relative to the page itself
    (its file name; ``./`` for dirhtml's folder)."""
    if baseurl:
        return page_url(builder, baseurl)(pagename, "")
    return builder.get_target_uri(pagename).rsplit("/", 1)[-1] or "./"
