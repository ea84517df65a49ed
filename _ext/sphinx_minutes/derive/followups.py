"""Follow-ups across the meetings of a body: which are open, and which meeting closed each.

One ledger serves the checks (an unknown ``:closes:``, a follow-up open too long), the
follow-up register and the open follow-ups each meeting page carries.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model.meeting import Meeting, Statement
from ..model.names import person_key


@dataclass(slots=True)
class Entry:
    meeting: Meeting
    statement: Statement
    index: int
    """Position of its meeting among the body's meetings (by date)."""
    closed_by: tuple[Meeting, Statement] | None = None
    closed_at: int | None = None
    due: dt.date | None = None
    """Its ``:due:`` date, or for ``:due: next meeting`` the date of the body's next
    meeting, once that meeting's minutes exist."""

    def overdue_on(self, date: dt.date | None, index: int) -> bool:
        """Still open at the body's meeting at ``index``, held on ``date``, and due
        before it: judged against the minutes, never the clock."""
        still_open = self.closed_at is None or self.closed_at > index
        return bool(still_open and self.due and date and self.due < date)


@dataclass(slots=True)
class Ledger:
    entries: list[Entry] = field(default_factory=list)
    dates: list[dt.date | None] = field(default_factory=list)
    """The body's meetings' dates, in order: the last is its latest meeting."""
    unknown: list[tuple[Meeting, Statement, str]] = field(default_factory=list)
    """``:closes:`` targets that name no earlier follow-up: (meeting, statement, target)."""
    closed_again: list[tuple[Meeting, Statement, str, Meeting]] = field(default_factory=list)
    by_statement: dict[tuple[str, str], Entry] = field(default_factory=dict)
    """Each entry by its meeting's docname and its statement's anchor."""
    """``:closes:`` of a follow-up already closed: (meeting, statement, target, and the
    meeting that closed it first)."""

    def overdue(self, entry: Entry) -> bool:
        """Open and due before the body's latest meeting (see ``Entry.overdue_on``)."""
        latest = len(self.dates) - 1
        return entry.overdue_on(self.dates[latest], latest) if self.dates else False

    def entry_of(self, meeting: Meeting, statement: Statement) -> Entry | None:
        """The entry of a follow-up of the body."""
        return self.by_statement.get((meeting.docname, statement.id))

    def open_at(self, index: int) -> list[Entry]:
        """Follow-ups of earlier meetings not closed before the meeting at ``index``."""
        return [
            e
            for e in self.entries
            if e.index < index and (e.closed_at is None or e.closed_at >= index)
        ]


def key(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def keys(meeting: Meeting, statement: Statement) -> list[str]:
    """A follow-up is closed by its ``:id:`` or by ``<date>#<anchor>``."""
    found = [key(f"{meeting.date.isoformat()}#{statement.id}")] if meeting.date else []
    return [*found, key(statement.name)] if statement.name else found


def ledger(meetings: list[Meeting]) -> Ledger:
    """The ledger of one body's meetings, given in date order."""
    book = Ledger(dates=[m.date for m in meetings])
    by_key: dict[str, Entry] = {}
    for index, meeting in enumerate(meetings):
        statements = meeting.statements()
        for statement in statements:
            for target in statement.closes:
                entry = by_key.get(key(target))
                if entry is None:
                    book.unknown.append((meeting, statement, target))
                elif entry.closed_by is None:
                    entry.closed_by, entry.closed_at = (meeting, statement), index
                elif entry.closed_by[1] is not statement:
                    book.closed_again.append((meeting, statement, target, entry.closed_by[0]))
        for statement in statements:
            if statement.kind == "follow-up":
                entry = Entry(meeting, statement, index, due=statement.due)
                if statement.due_next and index + 1 < len(meetings):
                    entry.due = meetings[index + 1].date
                book.entries.append(entry)
                book.by_statement[(meeting.docname, statement.id)] = entry
                for name in keys(meeting, statement):
                    by_key[name] = entry
    return book


def of_people(ledgers: dict[str, Ledger]) -> dict[str, list[tuple[Entry, bool]]]:
    """Every follow-up with a person among its owners, by the person's key, with whether
    it is overdue: one pass over the ledgers, in the bodies' order, for each person's page
    and for what the page is made from (``views.inputs``)."""
    found: dict[str, list[tuple[Entry, bool]]] = {}
    for body in sorted(ledgers):
        book = ledgers[body]
        for entry in book.entries:
            owner = entry.statement.owner
            owners = owner.each() if owner else ()
            people = dict.fromkeys(person_key(o.key) for o in owners if o.kind == "person")
            overdue = book.overdue(entry) if people else False
            for person in people:
                found.setdefault(person, []).append((entry, overdue))
    return found
