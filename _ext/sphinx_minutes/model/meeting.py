"""The one model of a meeting: what the directives read and every view is derived from.

Records are slotted dataclasses: they are pickled with the environment and held for every
meeting of the archive, so they stay small and carry no docutils nodes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from .names import person_key

Status = Literal["present", "remote", "absent"]
"""How a person took part in a meeting."""

Group = Literal["members", "staff", "guests", "substitutes", "absent"]
"""The attendance group an entry was written under."""

StatementKind = Literal["comment", "question", "answer", "decision", "follow-up"]

AttributionKind = Literal["person", "organisation", "group", "role", "nobody"]
"""Who a statement is attributed to: a named attendee, an organisation ("Kommentar SCB"),
a group ("deltagarna"), a role ("chefen för kommunikation"), or nobody (anonymous)."""

MeetingFormat = Literal["in-person", "remote", "hybrid"]
AttachmentKind = Literal["slides", "attachment"]
ItemStatus = Literal["not-reached", "added", "deferred"]
"""What became of an agenda item: planned but not reached, added at the meeting, deferred."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A part of an organisation, such as "enheten för kommunikation" of SCB."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Organisation:
    """A registry entry: stable id, official name, the abbreviations writers use."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    units: tuple[Unit, ...] = ()
    url: str | None = None

    def unit(self, unit_id: str | None) -> Unit | None:
        return next((u for u in self.units if u.id == unit_id), None)


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExternalMeeting:
    """A meeting whose minutes live outside the project, declared so links to it are valid."""

    date: dt.date
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Body:
    """A council, board or committee; its meetings live in ``meetings/<id>/<date>.md``."""

    id: str
    name: str
    organisation: str | None = None
    language: str | None = None
    external_meetings: tuple[ExternalMeeting, ...] = ()

    def external_meeting(self, date: dt.date) -> ExternalMeeting | None:
        return next((m for m in self.external_meetings if m.date == date), None)


@dataclass(slots=True)
class Attendee:
    """One line of the attendance, as understood; ``text`` is the line as written."""

    name: str
    text: str
    line: int
    group: Group
    status: Status
    organisation: str | None = None
    unit: str | None = None
    role: str | None = None
    role_kind: str | None = None
    items: tuple[str, ...] = ()
    """Agenda item numbers the person was present for; empty means the whole meeting."""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said something (or to whom a question was put), and the words used for it."""

    kind: AttributionKind
    key: str = ""
    """Person name, organisation id, group id or role text; empty for nobody."""
    text: str = ""
    """The attribution exactly as written (``från deltagarna``)."""


NOBODY = Attribution("nobody")


@dataclass(slots=True)
class Statement:
    kind: StatementKind
    id: str
    """Anchor of the statement within its meeting page, unique per document."""
    line: int
    by: Attribution = NOBODY
    to: Attribution | None = None
    text: str = ""
    """Plain text of the statement, for registers and exports."""
    answers: tuple[str, ...] = ()
    """For an answer: ids of the questions it answers (those asked right before it)."""
    owner: Attribution | None = None
    due: dt.date | None = None
    name: str | None = None
    """A follow-up's id within its body, for closing it later: ``:id:``, else its anchor."""
    closes: tuple[str, ...] = ()
    """Follow-ups of earlier meetings this statement closes (``:closes:``)."""
    votes: tuple[int, int, int] | None = None
    """For a decision put to a vote: for, against, abstaining."""


@dataclass(frozen=True, slots=True)
class Attachment:
    kind: AttachmentKind
    target: str
    """A path in the project (relative to the meeting) or a URL."""
    title: str


@dataclass(slots=True)
class AgendaItem:
    number: str
    """The number as written, without a final dot (``4.1``); empty for an item written
    without one."""
    title: str
    """The title as plain text: its Markdown links, code and emphasis as their words."""
    anchor: str
    line: int
    presenters: tuple[Attribution, ...] = ()
    topics: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    description: str = ""
    statements: list[Statement] = field(default_factory=list)
    parent: str | None = None
    """Number of the enclosing item for a sub-item (4 for 4.1); empty when the enclosing
    item has no number, None for an item of the meeting itself."""
    heading: str = ""
    """The number and title as written, in plain text, as links and lists show them:
    ``6. Bygga relationer``, ``4.1 Profile`` (a final colon left out), ``Budget review``."""
    presenters_line: int = 0
    depth: int = 0
    """How deep the item is nested: 0 for an item of the meeting, 1 for a sub-item …"""
    within: str = ""
    """The number of the nearest numbered item it is part of: its own, else its enclosing
    item's (attendance "(item 6)" covers an unnumbered sub-topic of item 6)."""
    out_of_order: bool = False
    """Taken out of agenda order on purpose (``:out-of-order:``): the numbering check
    leaves its place in the order alone."""
    status: ItemStatus | None = None
    """``not-reached``, ``added`` at the meeting, or ``deferred``; None when not said."""

    @property
    def numbered(self) -> bool:
        """Whether the writer gave the item a number (numbering is checked only then)."""
        return bool(self.number)


@dataclass(slots=True)
class Meeting:
    """A meeting as read from one document."""

    docname: str
    body: str
    date: dt.date | None
    line: int = 0
    title: str = ""
    language: str = "en"
    format: MeetingFormat | None = None
    place: str | None = None
    secretary: Attendee | None = None
    previous: str | None = None
    """The previous meeting, as a meeting reference (``2023-04-27`` or ``body/2023-04-27``)."""
    previous_line: int = 0
    attendance: list[Attendee] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)

    def attendee(self, name: str) -> Attendee | None:
        """The attendee a name means (the first listed, if listed twice)."""
        key = person_key(name)
        return next((a for a in self.attendance if person_key(a.name) == key), None)

    def item(self, number: str) -> AgendaItem | None:
        """The item numbered so (items written without a number have none to find)."""
        return next((i for i in self.items if number and i.number == number), None)

    def people(self) -> list[Attendee]:
        """The attendance and the secretary, who kept the minutes whether listed or not."""
        return [*self.attendance, *([self.secretary] if self.secretary else [])]

    def organisations(self) -> set[str]:
        """Ids of the organisations this meeting's attendance names."""
        return {a.organisation for a in self.attendance if a.organisation}

    def statements(self) -> list[Statement]:
        return [s for item in self.items for s in item.statements]


@dataclass(frozen=True, slots=True)
class Reference:
    """A link written to a meeting or an agenda item, checked once every meeting is read."""

    line: int
    body: str
    target: str
    """``2023-04-27``, ``body/2023-04-27``, with ``#6`` for an agenda item."""
    kind: str = "meeting"
    """What the link names: ``meeting``, ``item``, ``decision`` or ``follow-up``."""
