"""What a topic's page and a body's registers (decisions, follow-ups, questions) show."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from ...model.names import fold
from .links import excerpt, item_link, meeting_link, statement_link
from .rows import DecisionRow, FollowUpRow, QuestionRow, Reserved, TopicRow

if TYPE_CHECKING:
    from ...model.meeting import AgendaItem, Meeting, Statement
    from ...model.vocabulary import Vocabulary
    from ...read.registry import Registry
    from ..followups import Entry
    from ..store import DerivedStore

R = TypeVar("R")


def topic(domain: DerivedStore, key: str) -> tuple[TopicRow, ...]:
    """The items on a topic, newest meeting first, each meeting's in the order written,
    with their decisions and motions as the decisions register shows them."""
    rows = []
    found = domain.archive.by_topic.get(key, [])
    for meeting, item in newest_first(found, lambda r: r[0], lambda r: r[1].line):
        decided = tuple(
            decision_row(meeting, item, s, domain.registry)
            for s in item.statements
            if s.kind in ("decision", "motion")
        )
        rows.append(
            TopicRow(meeting.date, meeting_link(meeting), item_link(meeting, item), decided)
        )
    return tuple(rows)


def decisions(domain: DerivedStore, key: str) -> tuple[DecisionRow, ...]:
    """Decisions and motions, newest meeting first, with the reservations against each."""
    rows = []
    for meeting in reversed(domain.archive.by_body.get(key, [])):
        for item in meeting.items:
            for statement in item.statements:
                if statement.kind in ("decision", "motion"):
                    rows.append(decision_row(meeting, item, statement, domain.registry))
    return tuple(rows)


def decision_row(
    meeting: Meeting, item: AgendaItem, statement: Statement, registry: Registry
) -> DecisionRow:
    reservations = tuple(
        Reserved(statement_link(meeting, s, s.by.text or "—"), excerpt(s.text))
        for s in item.statements
        if s.kind == "reservation" and s.reserves == statement.id
    )
    return DecisionRow(
        meeting.date,
        meeting_link(meeting),
        statement_link(meeting, statement, item.heading),
        statement.text.strip(),
        statement.kind,
        mover(statement, registry.vocabulary(meeting.language, meeting.body)),
        statement.seconder.text if statement.seconder else "",
        statement.outcome,
        replace(statement.vote, voters=()) if statement.vote else None,
        reservations,
    )


def follow_ups(domain: DerivedStore, key: str) -> tuple[FollowUpRow, ...]:
    """The follow-ups, newest meeting first, each meeting's in the order written, each
    with the item it was written in."""
    book = domain.archive.ledgers.get(key)
    rows = []
    for entry in newest_first(book.entries if book else [], lambda e: e.meeting, line_of):
        statement = entry.statement
        owner = statement.owner.text if statement.owner else ""
        closed = meeting_link(entry.closed_by[0]) if entry.closed_by else None
        link = statement_link(entry.meeting, statement, excerpt(statement.text, 160))
        overdue = book.overdue(entry) if book else False
        item = item_of(entry.meeting, statement)
        rows.append(
            FollowUpRow(
                entry.meeting.date,
                meeting_link(entry.meeting),
                link,
                owner,
                entry.due,
                closed,
                overdue,
                item_link(entry.meeting, item) if item else None,
            )
        )
    return tuple(rows)


def newest_first(
    rows: Sequence[R], meeting_of: Callable[[R], Meeting], line_of: Callable[[R], int]
) -> list[R]:
    """Rows given meeting by meeting, oldest first, turned newest meeting first; the rows
    of one meeting in the order they were written (a sub-item's follow-up before those
    written after it in its item)."""
    runs = [list(run) for _, run in itertools.groupby(rows, key=lambda r: id(meeting_of(r)))]
    return [row for run in reversed(runs) for row in sorted(run, key=line_of)]


def line_of(entry: Entry) -> int:
    return entry.statement.line


def item_of(meeting: Meeting, statement: Statement) -> AgendaItem | None:
    return next((i for i in meeting.items if any(s is statement for s in i.statements)), None)


def questions(domain: DerivedStore, key: str) -> tuple[QuestionRow, ...]:
    """Questions no answer answers."""
    rows = []
    for meeting in reversed(domain.archive.by_body.get(key, [])):
        answered = {q for s in meeting.statements() for q in s.answers}
        for item in meeting.items:
            for statement in item.statements:
                if statement.kind == "question" and statement.id not in answered:
                    rows.append(
                        QuestionRow(
                            meeting.date,
                            meeting_link(meeting),
                            statement_link(meeting, statement, item.heading),
                            statement.by.text,
                            excerpt(statement.text),
                        )
                    )
    return tuple(rows)


def mover(statement: Statement, words: Vocabulary) -> str:
    """Who moved a motion, as written but without the ``by`` (``från``) before the name."""
    if statement.kind != "motion":
        return ""
    first, _, rest = statement.by.text.partition(" ")
    return rest.strip() if rest.strip() and fold(first) in words.by_words else statement.by.text
