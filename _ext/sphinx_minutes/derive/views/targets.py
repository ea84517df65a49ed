"""Where a page's links lead now: hashed into its digest, never shown. When a meeting, a
statement or a page appears or goes, here or in another project's inventory, the pages
linking to it are written again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...read.elsewhere import published_elsewhere
from ...read.links import parse_target
from ..store import DerivedStore
from .links import item_link, meeting_link
from .rows import Found, LinkTarget

if TYPE_CHECKING:
    from ...model.reference import Reference


def links(domain: DerivedStore, key: str) -> tuple[LinkTarget, ...]:
    """The targets of the links written in the document ``key``, in order."""
    rows = []
    for reference in domain.references.get(key, []):
        here = found(domain, reference)
        elsewhere = (
            None if here else published_elsewhere(domain.env, reference.kind, reference.target)
        )
        rows.append(LinkTarget(reference.kind, reference.target, here, elsewhere))
    return tuple(rows)


def found(domain: DerivedStore, reference: Reference) -> Found:
    kind, target = reference.kind, reference.target
    if kind in ("org", "person", "topic"):
        page = domain.page_of(kind, target)
        return page if page in domain.env.all_docs else None
    if kind in ("decision", "follow-up"):
        hit = domain.statement_at(target, reference.body, kind)
        return (hit[0].docname, hit[1].id) if hit else None
    parsed = parse_target(target, reference.body)
    meeting = domain.meeting_at(parsed.body, parsed.date) if parsed else None
    if meeting is None:
        return None
    item = meeting.item_named(parsed.item) if parsed and parsed.item else None
    return (meeting_link(meeting), item_link(meeting, item) if item else None)
