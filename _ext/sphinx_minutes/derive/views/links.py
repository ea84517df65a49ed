"""Links a view shows: to a meeting, an item, a statement or a register page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store import DerivedStore
from .rows import Link

if TYPE_CHECKING:
    from ...model.meeting import AgendaItem, Meeting, Statement


def meeting_link(meeting: Meeting) -> Link:
    """A meeting, marked when its minutes are a draft."""
    title = meeting.title or meeting.docname
    draft = meeting.status == "draft"
    return Link(meeting.docname, "", title, meeting.language, draft=draft, date=meeting.date)


def item_link(meeting: Meeting, item: AgendaItem) -> Link:
    return Link(meeting.docname, item.anchor, item.heading, meeting.language, public=item.public)


def statement_link(meeting: Meeting, statement: Statement, text: str) -> Link:
    """A statement, shown as ``text`` (its excerpt or its item's heading)."""
    return Link(meeting.docname, statement.id, text, meeting.language, public=statement.public)


def page_link(domain: DerivedStore, docname: str, text: str) -> Link:
    """Unlinked when the page is not (yet) part of the project."""
    return Link(docname if docname in domain.env.all_docs else "", "", text)


def person_link(domain: DerivedStore, name: str) -> Link:
    return page_link(domain, domain.person_page(name) or "", name)


def organisation_link(domain: DerivedStore, org_id: str | None) -> Link | None:
    org = domain.registry.organisations.get(org_id or "")
    return page_link(domain, domain.organisation_page(org.id), org.name) if org else None


def excerpt(text: str, limit: int = 240) -> str:
    """A statement shortened at a word to ``limit`` characters, for lists."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rsplit(" ", 1)[0] + " …"
