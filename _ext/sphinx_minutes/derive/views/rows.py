"""What each kind of view shows, as typed rows of plain values and links.

Rows are immutable and compare and print the same for the same archive: their ``repr`` is
hashed into the page's digest (see ``digest``), so a changed row writes the page again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from ...model.meeting import Outcome, StatementKind, Status, Vote, VoteSide
from ...read.elsewhere import Published


@dataclass(frozen=True, slots=True)
class Link:
    docname: str
    """Empty when the target has no page: the text is shown unlinked."""
    anchor: str
    text: str
    language: str = ""
    """The language of ``text`` when a meeting wrote it (its title, an item's heading, a
    statement), marked where the page is in another; empty for names."""
    public: bool = True
    """False for an item or statement under ``:not-public:`` (only the internal build
    lists one): the link is marked so."""
    draft: bool = False
    """A link to minutes still a draft (``:status: draft``): every list marks it so."""
    date: dt.date | None = None
    """The day of the meeting a link to a meeting leads to: where no date stands beside
    it (the previous and next meeting), the link is that day's ``<time>``."""


class Dated(Protocol):
    """A row listed under the year of its date (see ``by_year`` in write)."""

    @property
    def date(self) -> dt.date | None: ...


# Statements of a person or an organisation


class SaidEntry(NamedTuple):
    statement: Link
    kind: StatementKind
    by: str
    """The attribution as written; empty for nobody."""
    text: str


class SaidAtMeeting(NamedTuple):
    date: dt.date | None
    meeting: Link
    entries: tuple[SaidEntry, ...]


# An organisation's page


class Member(NamedTuple):
    person: Link
    roles: tuple[str, ...]
    """Roles and units, sorted."""


class Present(NamedTuple):
    person: Link
    status: Status


class OrganisationMeeting(NamedTuple):
    date: dt.date | None
    meeting: Link
    present: tuple[Present, ...]


class Earlier(NamedTuple):
    """An earlier period of a long history, on a page of its own (see ``periods``)."""

    period: Link
    """The period's page, shown as its years (``2015–2017``)."""
    meetings: int
    statements: int


class OrganisationView(NamedTuple):
    people: tuple[Member, ...]
    meetings: tuple[OrganisationMeeting, ...]
    said: tuple[SaidAtMeeting, ...]
    earlier: tuple[Earlier, ...] = ()
    period: str = ""
    """The years of the period this page shows (``2015–2017``); empty on the history's
    own page, which shows its people."""


# A person's page


class Spell(NamedTuple):
    """Meetings in a row attended for one organisation (or none)."""

    organisation: Link | None
    first: dt.date | None
    last: dt.date | None


class Attended(NamedTuple):
    date: dt.date | None
    meeting: Link
    status: Status
    role: str


class Owned(NamedTuple):
    date: dt.date | None
    follow_up: Link
    due: dt.date | None
    closed: Link | None
    """The meeting that closed it; None while open."""
    overdue: bool
    """Open and due before its body's latest meeting."""


class Cast(NamedTuple):
    """How the person voted in a roll call."""

    date: dt.date | None
    decision: Link
    kind: StatementKind
    side: VoteSide


class PersonView(NamedTuple):
    spells: tuple[Spell, ...]
    meetings: tuple[Attended, ...]
    said: tuple[SaidAtMeeting, ...]
    owned: tuple[Owned, ...]
    votes: tuple[Cast, ...] = ()
    earlier: tuple[Earlier, ...] = ()
    period: str = ""
    """The years of the period this page shows; empty on the person's own page, which
    shows the organisations over time."""


class IndexedPerson(NamedTuple):
    person: Link
    organisation: Link | None
    """The organisation at the person's latest meeting."""


# Registers of a topic or a body


class TopicRow(NamedTuple):
    date: dt.date | None
    meeting: Link
    item: Link
    decisions: tuple[DecisionRow, ...]
    """The item's decisions and motions, each as the decisions register shows it."""


class Reserved(NamedTuple):
    """A reservation entered against a decision or motion."""

    by: Link
    """The reservation's anchor, with who entered it as written."""
    text: str


class DecisionRow(NamedTuple):
    """A decision or a motion: how it was taken (without the roll call's names, which
    its meeting's page shows), and the reservations against it."""

    date: dt.date | None
    meeting: Link
    decision: Link
    text: str
    kind: StatementKind
    by: str
    """For a motion, its mover as written."""
    seconder: str
    outcome: Outcome | None
    vote: Vote | None
    reservations: tuple[Reserved, ...]


class FollowUpRow(NamedTuple):
    date: dt.date | None
    meeting: Link
    follow_up: Link
    owner: str
    due: dt.date | None
    closed: Link | None
    overdue: bool
    """Open and due before the body's latest meeting."""
    item: Link | None = None
    """The agenda item the follow-up was written in."""


class QuestionRow(NamedTuple):
    date: dt.date | None
    meeting: Link
    question: Link
    by: str
    text: str


# A meeting's page


class Chain(NamedTuple):
    previous: Link | None
    """The meeting before, unless the writer named it (``:previous:``, among the facts)."""
    next: Link | None
    earlier: Link | None = None
    """The meeting before, named or not: the page's "Previous" link at its foot
    (``write.neighbours``); part of the view so that a change of it rewrites the page."""


class ApprovedAt(NamedTuple):
    """A later meeting that approved these minutes, and the item it did it under."""

    date: dt.date | None
    meeting: Link
    item: Link
    number: str
    """The item's number as written; empty for an item without one."""


class CarriedRow(NamedTuple):
    date: dt.date | None
    """The date of the meeting that wrote the follow-up."""
    follow_up: Link
    owner: str
    due: dt.date | None
    closed_here: bool
    overdue: bool
    """Due before this meeting and not closed before it."""


# Where a page's links lead (hashed, not shown)

Found = str | tuple[str, str] | tuple[Link, Link | None] | None
"""A page; a statement (page, anchor); a meeting and its item; or nothing here."""


class LinkTarget(NamedTuple):
    kind: str
    target: str
    here: Found
    elsewhere: Published | None


View = (
    OrganisationView
    | PersonView
    | Chain
    | tuple[ApprovedAt, ...]
    | tuple[IndexedPerson, ...]
    | tuple[TopicRow, ...]
    | tuple[DecisionRow, ...]
    | tuple[FollowUpRow, ...]
    | tuple[QuestionRow, ...]
    | tuple[CarriedRow, ...]
    | tuple[LinkTarget, ...]
)
"""What one view shows."""
