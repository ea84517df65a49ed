"""The one model of a meeting: what the directives read and every view is derived from.

Records are slotted dataclasses: they are pickled with the environment and held for every
meeting of the archive, so they stay small and carry no docutils nodes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from .names import fold, person_key
from .publicity import Approval, MinutesStatus
from .times import Moment as Moment
from .times import Session as Session

Status = Literal["present", "remote", "absent", "unknown"]
"""How a person took part in a meeting; ``unknown`` under a heading the vocabulary does not
know, so no one is counted present (or absent) by a guess."""

Group = Literal["members", "staff", "guests", "substitutes", "absent", "other"]
"""The attendance group an entry was written under (``other``: a heading not understood)."""

StatementKind = Literal[
    "comment", "question", "answer", "decision", "follow-up", "motion", "reservation"
]

AttributionKind = Literal["person", "organisation", "group", "role", "nobody"]
"""Who a statement is attributed to: a named attendee, an organisation ("Kommentar SCB"),
a group ("deltagarna"), a role ("chefen för kommunikation"), or nobody (anonymous)."""

MeetingFormat = Literal["in-person", "remote", "hybrid"]
AttendeeKind = Literal["person", "organisation"]
"""What an attendance line names: a person, or an organisation attending as such
(``- Northwind Agency (between meetings)``, no person named)."""
AttachmentKind = Literal["slides", "attachment"]
ItemStatus = Literal["not-reached", "added", "deferred"]
"""What became of an agenda item: planned but not reached, added at the meeting, deferred."""


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
    kind: AttendeeKind = "person"
    """An organisation attending as such has no name; ``organisation`` says which."""
    aliases: tuple[str, ...] = ()
    """Other names the minutes use for the person: a nickname (``Maria "Mia" Lind``), an
    @handle (``(@dana)``), a short form in quotes (``("Tom B.")``)."""
    arrived: Moment | None = None
    left: Moment | None = None
    anonymous: bool = False
    """Not named in public (a member of the public, a minor): the public build shows the
    role or organisation instead, and has no page for the person."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said something (or to whom a question was put), and the words used for it."""

    kind: AttributionKind
    key: str = ""
    """Person name, organisation id, group id or role text; empty for nobody."""
    text: str = ""
    """The attribution exactly as written (``från deltagarna``)."""
    also: tuple[Attribution, ...] = ()
    """The others named with the first (``Dana Reed and Kim Aho``): a statement by several
    people is credited to each, the first here, the others in ``also``."""

    def each(self) -> tuple[Attribution, ...]:
        """Everyone the attribution names, the first first."""
        return (self, *self.also)


NOBODY = Attribution("nobody")

VoteSide = Literal["for", "against", "abstained"]
SIDES: tuple[VoteSide, ...] = ("for", "against", "abstained")
"""The sides of a vote, as options (``:for:``) and in the order a vote is shown."""

Outcome = Literal["adopted", "rejected", "withdrawn", "referred"]
"""What became of a motion."""


@dataclass(frozen=True, slots=True)
class Voter:
    """A name of a roll-call vote, read as an attribution, at the line of its option."""

    side: VoteSide
    who: Attribution
    line: int


@dataclass(frozen=True, slots=True)
class Vote:
    """How a decision or motion was taken, as far as the minutes say it: nothing invented."""

    counts: tuple[int | None, int | None, int | None] = (None, None, None)
    """For, against, abstained: None where not written; a roll call counts its names."""
    voters: tuple[Voter, ...] = ()
    unanimous: bool = False
    acclamation: bool = False
    choices: tuple[tuple[str, int | None], ...] = ()
    """An election's candidates or a choice's options, each with its count if written."""
    elected: tuple[str, ...] = ()
    """Who or what was chosen (``:elected:``)."""


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
    due_next: bool = False
    """Due at the body's next meeting (``:due: next meeting``): its date once it exists."""
    name: str | None = None
    """A follow-up's id within its body, for closing it later: ``:id:``, else its anchor."""
    closes: tuple[str, ...] = ()
    """Follow-ups of earlier meetings this statement closes (``:closes:``)."""
    vote: Vote | None = None
    """For a decision or motion: how it was taken, if the minutes say."""
    seconder: Attribution | None = None
    """For a motion: who seconded it (``:seconded:``)."""
    seconder_line: int = 0
    """The line of ``:seconded:``, where a mistake in the seconder's name is reported."""
    outcome: Outcome | None = None
    """For a motion: adopted, rejected, withdrawn or referred (``:outcome:``)."""
    reserves: str | None = None
    """For a reservation: the id of the decision or motion of its item it is entered against."""
    public: bool = True
    """False under ``:not-public:``: the public build keeps only that it was withheld."""
    reason: str | None = None
    """Why it is not public (the legal ground), as ``:not-public:`` gives it."""


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
    time: str | None = None
    """When the item was taken up (``:time: 14:20``), as ``HH:MM``."""
    public: bool = True
    """False under ``:not-public:``: the public build keeps only its number and reason."""
    reason: str | None = None
    """Why it is not public (the legal ground), as ``:not-public:`` gives it."""
    approves: str | None = None
    """The earlier meeting whose minutes this item approved (``:approves: 2024-03-12``),
    as a meeting reference."""
    approves_line: int = 0

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
    secretaries: tuple[Attendee, ...] = ()
    """The minute-takers of ``:secretary:`` (``Anna Berg; Erik Holm``)."""
    previous: str | None = None
    """The previous meeting, as a meeting reference (``2023-04-27`` or ``body/2023-04-27``)."""
    previous_line: int = 0
    attendance: list[Attendee] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    sessions: tuple[Session, ...] = ()
    """When the meeting sat (``:time:``), in order."""
    chair: str | None = None
    """The chair as ``:chair:`` names them; else see :meth:`chaired_by`."""
    chair_line: int = 0
    chair_name: str | None = None
    """The attendee ``:chair:`` names, by their name in the attendance (``Maria Lind`` for
    ``:chair: Mia``), once the attendance is read; None if it names no one, or several."""
    quorum: str | None = None
    """The quorum as the minutes state it (``:quorum:``), as written."""
    head_count: int | None = None
    """How many people attended an open meeting (``:head-count:``)."""
    status: MinutesStatus | None = None
    """Draft, approved or published (``:status:``); None when the minutes do not say."""
    approvals: tuple[Approval, ...] = ()
    """Who approved the minutes (``:approved-by:``)."""
    status_line: int = 0
    """The line of ``:status:``, where a draft past its deadline is reported."""
    unread_unnamed: tuple[Attendee, ...] = ()
    """People marked not named in public on a line of a block shown as written (a block
    never closed swallows the attendance): not attendees, but never named in public."""

    @property
    def secretary(self) -> Attendee | None:
        """The first minute-taker of ``:secretary:``, if any."""
        return self.secretaries[0] if self.secretaries else None

    def attendee(self, name: str) -> Attendee | None:
        """The attendee a name means (the first listed, if listed twice)."""
        key = person_key(name)
        return next((a for a in self.attendance if a.name and person_key(a.name) == key), None)

    def chaired_by(self) -> str | None:
        """The chair: the attendee ``:chair:`` names (as written if no one's), else the
        attendee whose role is chair."""
        if self.chair:
            return self.chair_name or self.chair
        return next((a.name for a in self.attendance if a.role_kind == "chair"), None)

    def item(self, number: str) -> AgendaItem | None:
        """The item numbered so (items written without a number have none to find)."""
        return next((i for i in self.items if number and i.number == number), None)

    def item_named(self, written: str) -> AgendaItem | None:
        """The item a link names after ``#``: its number (``4.1``), else its anchor as the
        URL shows it (``budget-review``), else its title as written, folded for case and
        spacing (``Budget review``): items written without a number have only the last two."""
        found = self.item(written) or next((i for i in self.items if i.anchor == written), None)
        key = fold(written)
        return found or next((i for i in self.items if key and fold(i.title) == key), None)

    def people(self) -> list[Attendee]:
        """The attendance and the secretaries, who kept the minutes whether listed or not."""
        return [*self.attendance, *self.secretaries]

    def organisations(self) -> set[str]:
        """Ids of the organisations this meeting's attendance names."""
        return {a.organisation for a in self.attendance if a.organisation}

    def statements(self) -> list[Statement]:
        return [s for item in self.items for s in item.statements]
