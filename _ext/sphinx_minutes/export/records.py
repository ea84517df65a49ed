"""A meeting as open data: the one mapping from the model to plain JSON values.

Every export (the JSON files, the CSV tables, the calendars, the feeds) is made from these
records, and the records only from the meetings as the build may show them
(``DerivedStore.shown``) and the archive built from them: what the public build withholds
never reaches an export. Ids are those of ``objects.inv`` (``body/date``,
``body/date#anchor``), stable across builds while the minutes do not change them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..derive.archive import Archive
    from ..derive.followups import Entry, Ledger
    from ..model.meeting import (
        AgendaItem,
        Attendee,
        Attribution,
        Meeting,
        Statement,
        Vote,
    )

VERSION = 1
"""The version of the records' shape (``version`` in every file; the schema's name)."""

Json = dict[str, Any]
Url = Callable[[str, str], str]
"""The URL of a page (docname) and anchor, absolute where ``html_baseurl`` is set."""


def meeting_id(meeting: Meeting) -> str:
    return f"{meeting.body}/{meeting.date.isoformat()}" if meeting.date else meeting.docname


def meeting_record(meeting: Meeting, archive: Archive, url: Url) -> Json:
    """Everything the minutes of one meeting say, as the build may show it."""
    before, after = archive.neighbours(meeting)
    book = archive.ledgers.get(meeting.body)
    return {
        "id": meeting_id(meeting),
        "body": meeting.body,
        "date": meeting.date.isoformat() if meeting.date else None,
        "title": meeting.title,
        "language": meeting.language,
        "url": url(meeting.docname, ""),
        "status": meeting.status,
        "approvals": [
            {"name": a.name, "date": a.date.isoformat() if a.date else None}
            for a in meeting.approvals
        ],
        "format": meeting.format,
        "place": meeting.place,
        "sessions": [{"start": s.start, "end": s.end} for s in meeting.sessions],
        "chair": meeting.chaired_by(),
        "quorum": meeting.quorum,
        "head_count": meeting.head_count,
        "secretaries": [a.name or a.text for a in meeting.secretaries],
        "previous": meeting_id(before) if before else None,
        "next": meeting_id(after) if after else None,
        "attendance": [attendee_record(a) for a in meeting.attendance],
        "items": [item_record(meeting, item, book, url) for item in meeting.items],
    }


def attendee_record(attendee: Attendee) -> Json:
    """One line of the attendance: a person, or an organisation attending as such."""
    return {
        "kind": attendee.kind,
        "name": attendee.name or None,
        "as_written": attendee.text,
        "organisation": attendee.organisation,
        "unit": attendee.unit,
        "role": attendee.role,
        "group": attendee.group,
        "status": attendee.status,
        "items": list(attendee.items),
        "arrived": attendee.arrived.text if attendee.arrived else None,
        "left": attendee.left.text if attendee.left else None,
    }


def item_record(meeting: Meeting, item: AgendaItem, book: Ledger | None, url: Url) -> Json:
    return {
        "id": f"{meeting_id(meeting)}#{item.anchor}",
        "number": item.number or None,
        "title": item.title,
        "heading": item.heading,
        "url": url(meeting.docname, item.anchor),
        "parent": item.parent,
        "presenters": [attribution_record(a) for a in item.presenters],
        "topics": list(item.topics),
        "attachments": [
            {"kind": a.kind, "title": a.title, "target": a.target} for a in item.attachments
        ],
        "status": item.status,
        "time": item.time,
        "statements": [statement_record(meeting, s, book, url) for s in item.statements],
    }


def statement_record(meeting: Meeting, statement: Statement, book: Ledger | None, url: Url) -> Json:
    record: Json = {
        "id": f"{meeting_id(meeting)}#{statement.id}",
        "kind": statement.kind,
        "name": statement.name,
        "url": url(meeting.docname, statement.id),
        "by": attribution_record(statement.by),
        "to": attribution_record(statement.to) if statement.to else None,
        "text": statement.text,
        "answers": [f"{meeting_id(meeting)}#{a}" for a in statement.answers],
        "closes": list(statement.closes),
    }
    if statement.kind == "follow-up":
        record["follow_up"] = follow_up_record(meeting, statement, book)
    if statement.vote is not None or statement.kind == "motion":
        record["vote"] = vote_record(statement.vote) if statement.vote else None
        record["outcome"] = statement.outcome
        record["seconder"] = attribution_record(statement.seconder) if statement.seconder else None
    if statement.kind == "reservation":
        record["reserves"] = (
            f"{meeting_id(meeting)}#{statement.reserves}" if statement.reserves else None
        )
    return record


def follow_up_record(meeting: Meeting, statement: Statement, book: Ledger | None) -> Json:
    """Owner, due date and where it stands: open, overdue (due before the body's latest
    meeting), or closed, and by which meeting."""
    entry = book.entry_of(meeting, statement) if book else None
    return {
        "owner": attribution_record(statement.owner) if statement.owner else None,
        "due": due_of(statement, entry),
        "due_next_meeting": statement.due_next,
        "state": state_of(entry, book),
        "closed_by": meeting_id(entry.closed_by[0]) if entry and entry.closed_by else None,
    }


def due_of(statement: Statement, entry: Entry | None) -> str | None:
    due = entry.due if entry else statement.due
    return due.isoformat() if due else None


def state_of(entry: Entry | None, book: Ledger | None) -> str:
    if entry is None or book is None:
        return "open"
    if entry.closed_by is not None:
        return "closed"
    return "overdue" if book.overdue(entry) else "open"


def attribution_record(who: Attribution) -> Json:
    """Who said it, as a kind (person, organisation, group, role, nobody), the name, id or
    words it stands for, and the attribution as written; the others named with the first."""
    return {
        "kind": who.kind,
        "key": who.key or None,
        "as_written": who.text,
        "also": [attribution_record(other) for other in who.also],
    }


def vote_record(vote: Vote) -> Json:
    counts = dict(zip(("for", "against", "abstained"), vote.counts, strict=True))
    return {
        "counts": counts,
        "roll_call": [{"side": v.side, "who": attribution_record(v.who)} for v in vote.voters],
        "unanimous": vote.unanimous,
        "acclamation": vote.acclamation,
        "choices": [{"choice": c, "count": n} for c, n in vote.choices],
        "elected": list(vote.elected),
    }
