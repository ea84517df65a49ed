"""The checks that need the whole archive: two meetings on one date, a statement's
``:id:`` given twice, links to what does not exist, previous meetings, follow-ups."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..derive.drafts import draft_left_out
from ..derive.followups import Ledger
from ..derive.store import DerivedStore
from ..model.mistake import Mistake
from ..model.names import person_key
from ..read.elsewhere import published_elsewhere
from ..read.links import parse_target
from ..read.registry import near_miss
from . import withheld
from .unnamed import named_elsewhere

if TYPE_CHECKING:
    from ..model.meeting import Meeting
    from ..model.reference import Reference


def archive_problems(domain: DerivedStore, follow_up_limit: int) -> Iterator[Mistake]:
    archive = domain.archive
    for body, meetings in sorted(archive.by_body.items()):
        for date, same_day in itertools.groupby(meetings, key=lambda m: m.date):
            first, *others = same_day
            for meeting in others:
                message = f"{first.docname} is already a meeting of {body} on {date}."
                yield Mistake("duplicate-meeting", message).at(meeting.docname, meeting.line)
        for meeting in meetings:
            yield from previous_mistakes(domain, meeting)
        book = archive.ledgers[body]
        yield from follow_up_mistakes(domain, body, book, len(meetings), follow_up_limit)
    for (meeting, statement), (first, _) in archive.named_again:
        message = (
            f"The minutes of {first.date} already have a statement with :id: {statement.name!r}."
        )
        yield Mistake("duplicate-id", message).at(meeting.docname, statement.line)
    yield from named_elsewhere(domain.meetings, domain.references)
    for docname, references in domain.references.items():
        for reference in references:
            mistake = reference_mistake(domain, reference)
            if mistake and not published_elsewhere(domain.env, reference.kind, reference.target):
                yield mistake.at(docname, reference.line)


def reference_mistake(domain: DerivedStore, reference: Reference) -> Mistake | None:
    """What is wrong with a link to a meeting, an item, a decision or a follow-up, if any."""
    target, kind = reference.target, reference.kind
    registry = domain.registry
    if kind == "org":
        if registry.organisation(target) is not None:
            return None
        near = registry.suggest_organisation(target)
        return Mistake("unknown-organisation", f"Unknown organisation {target!r}.", near=near)
    if kind == "topic":
        if registry.topic(target) is not None:
            return None
        near = registry.suggest_topic(target)
        return Mistake("unknown-topic", f"Unknown topic {target!r}.", near=near)
    if kind == "person":
        if person_key(target) in domain.archive.by_person:
            return None
        names = [a.name for attended in domain.archive.by_person.values() for _, a in attended]
        near = near_miss(target, names, cutoff=0.8)
        return Mistake("unknown-person", f"{target} is in no meeting's attendance.", near=near)
    if kind in ("decision", "follow-up"):
        if domain.statement_at(target, reference.body, kind) is not None:
            return None
        if withheld.withheld_statement(domain, target, reference.body):
            return withheld.reference_mistake(kind, target)
        return Mistake("unknown-statement", f"No {kind} {target!r} in the minutes.")
    parsed = parse_target(target, reference.body)
    if parsed is None or (kind == "item") != bool(parsed.item):
        then = ", then #<number>, #<anchor> or #<title>" if kind == "item" else ""
        then += "; an item is linked with {item}" if parsed and parsed.item else ""
        form = f"YYYY-MM-DD or body/YYYY-MM-DD{then}"
        return Mistake("unknown-meeting", f"{target!r} is not a {kind} ({form}).")
    meeting = domain.meeting_at(parsed.body, parsed.date)
    if meeting is None:
        registered = domain.registry.bodies.get(parsed.body)
        if registered and registered.external_meeting(parsed.date):
            return None
        if draft_left_out(domain.env.srcdir, parsed.body, parsed.date):
            return None  # a draft this build leaves out: shown as text
        message = f"No meeting of {parsed.body or 'this body'} on {parsed.date}."
        return Mistake("unknown-meeting", message)
    if kind == "item" and meeting.item_named(parsed.item) is None:
        if withheld.withheld_item(domain, target, reference.body):
            return withheld.reference_mistake(kind, target)
        message = f"The meeting of {parsed.date} has no item {parsed.item}."
        return Mistake("unknown-item", message)
    return None


def previous_mistakes(domain: DerivedStore, meeting: Meeting) -> Iterator[Mistake]:
    parsed = parse_target(meeting.previous or "", meeting.body)
    if parsed is None:
        return  # none given, or reported as an unknown meeting with the other links
    message = None
    if parsed.body != meeting.body:
        message = f"The previous meeting {meeting.previous!r} is of another body."
    elif meeting.date and parsed.date >= meeting.date:
        message = f"The previous meeting ({parsed.date}) is not before this one ({meeting.date})."
    if message:
        line = meeting.previous_line or meeting.line
        yield Mistake("previous-meeting", message).at(meeting.docname, line)


def follow_up_mistakes(
    domain: DerivedStore, body: str, book: Ledger, meetings: int, limit: int
) -> Iterator[Mistake]:
    """``:closes:`` must name an earlier follow-up of the body (a public one, in the
    public build); with a limit, a follow-up still open after that many later meetings of
    the body's ``meetings`` is reported."""
    for meeting, statement, target in book.unknown:
        if withheld.closes_mistake(domain, statement, target, body):
            mistake = withheld.reference_mistake("follow-up", target)
        else:
            message = f"No earlier follow-up of this body is called {target!r}."
            mistake = Mistake("unknown-follow-up", message)
        yield mistake.at(meeting.docname, statement.line)
    for meeting, statement, target, first in book.closed_again:
        message = f"{target!r} was already closed by the meeting of {first.date}."
        yield Mistake("follow-up-closed", message).at(meeting.docname, statement.line)
    if limit <= 0:
        return
    for entry in book.entries:
        later = meetings - 1 - entry.index
        if entry.closed_by is None and later >= limit:
            message = f"This follow-up is still open after {later} later meetings."
            yield Mistake("follow-up-open", message).at(entry.meeting.docname, entry.statement.line)
