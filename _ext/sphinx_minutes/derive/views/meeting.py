"""What a meeting's page shows from the archive: its neighbours, and the follow-ups it
inherits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .links import excerpt, meeting_link, statement_link
from .rows import CarriedRow, Chain

if TYPE_CHECKING:
    from ..store import DerivedStore


def chain(domain: DerivedStore, key: str) -> Chain:
    meeting = domain.meetings.get(key)
    if meeting is None:
        return Chain(None, None)
    before, after = domain.archive.neighbours(meeting)
    earlier = meeting_link(before) if before else None
    later = meeting_link(after) if after else None
    # the writer named the previous meeting: it is shown with the meeting's facts
    return Chain(None if meeting.previous else earlier, later, earlier)


def carried(domain: DerivedStore, key: str) -> tuple[CarriedRow, ...]:
    """Follow-ups of earlier meetings still open when this meeting began."""
    meeting = domain.meetings.get(key)
    index = domain.archive.position.get(key)
    book = domain.archive.ledgers.get(meeting.body) if meeting else None
    if meeting is None or index is None or book is None:
        return ()
    return tuple(
        CarriedRow(
            entry.meeting.date,
            statement_link(entry.meeting, entry.statement, excerpt(entry.statement.text, 160)),
            entry.statement.owner.text if entry.statement.owner else "",
            entry.due,
            entry.closed_at == index,
            entry.overdue_on(meeting.date, index),
        )
        for entry in book.open_at(index)
    )
