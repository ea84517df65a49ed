"""Links into the minutes, resolved when a page is written: to a generated page, a
meeting, an agenda item, a decision or a follow-up, or to a meeting held elsewhere that
the body registry lists. A link that finds nothing is left to the checks (``checks``),
which report it where it is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.nodes import make_refnode

from ..derive.page_language import page_language
from ..model.labels import long_date
from ..read.links import PAGES, parse_target
from ..read.nodes import when
from ..read.safety import safe_url

if TYPE_CHECKING:
    import datetime as dt

    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder

    from ..derive.store import DerivedStore


def resolve(
    domain: DerivedStore,
    fromdocname: str,
    builder: Builder,
    typ: str,
    target: str,
    node: pending_xref,
    contnode: nodes.Element,
) -> nodes.Element | None:
    """The link of type ``typ`` to ``target``, or None if it leads nowhere."""
    if typ in PAGES:
        page = domain.page_of(typ, target)
        if page is None or page not in domain.env.all_docs:
            return None
        return make_refnode(builder, fromdocname, page, "", contnode, contnode.astext())
    if typ in ("decision", "follow-up"):
        found = domain.statement_at(target, node.get("minutes:body", ""), typ)
        if found is None:
            return None
        meeting, statement = found
        return make_refnode(
            builder, fromdocname, meeting.docname, statement.id, contnode, meeting.title
        )
    if typ == "meeting":
        return meeting_link(domain, fromdocname, builder, target, node, contnode)
    if typ == "item":
        return item_link(domain, fromdocname, builder, target, node, contnode)
    return None


def item_link(
    domain: DerivedStore,
    fromdocname: str,
    builder: Builder,
    target: str,
    node: pending_xref,
    contnode: nodes.Element,
) -> nodes.Element | None:
    """An agenda item by its number, anchor or title (see ``Meeting.item_named``), shown
    by its heading unless the link gives a title."""
    parsed = parse_target(target, node.get("minutes:body", ""))
    meeting = domain.meeting_at(parsed.body, parsed.date) if parsed else None
    item = meeting.item_named(parsed.item) if meeting and parsed and parsed.item else None
    if meeting is None or item is None:
        return None
    if not node.get("refexplicit"):
        contnode = nodes.inline("", item.heading)
    return make_refnode(builder, fromdocname, meeting.docname, item.anchor, contnode, item.heading)


def meeting_link(
    domain: DerivedStore,
    fromdocname: str,
    builder: Builder,
    target: str,
    node: pending_xref,
    contnode: nodes.Element,
) -> nodes.Element | None:
    """A meeting of this project, shown by its title (or date) unless the link gives one;
    else one the body registry lists as held elsewhere."""
    parsed = parse_target(target, node.get("minutes:body", ""))
    if parsed is None or parsed.item:
        return None
    meeting = domain.meeting_at(parsed.body, parsed.date)
    if meeting is None:
        return meeting_elsewhere(domain, fromdocname, parsed.body, parsed.date, node, contnode)
    if not node.get("refexplicit"):
        title = meeting.title or long_date(parsed.date, language_at(domain, fromdocname))
        contnode = when(title, title, datetime=parsed.date.isoformat())
    return make_refnode(builder, fromdocname, meeting.docname, "", contnode, meeting.title)


def meeting_elsewhere(
    domain: DerivedStore,
    fromdocname: str,
    body: str,
    date: dt.date,
    node: pending_xref,
    contnode: nodes.Element,
) -> nodes.Element | None:
    """A meeting the body registry lists (``external-meetings``), linked if it gives a safe URL."""
    registered = domain.registry.bodies.get(body)
    external = registered.external_meeting(date) if registered else None
    if external is None:
        return None
    if not node.get("refexplicit"):
        title = external.title or long_date(date, language_at(domain, fromdocname))
        contnode = when(title, title, datetime=date.isoformat())
    if external.url and safe_url(external.url):  # refused when the registry is read
        return nodes.reference(
            "", "", contnode, refuri=external.url, classes=["external", "minutes-external"]
        )
    return nodes.inline("", "", contnode, classes=["minutes-external"])


def language_at(domain: DerivedStore, docname: str) -> str:
    """The language of the page a link stands in: a date it shows is written in it."""
    return page_language(domain, domain.env.config, docname)
