"""Links from what is public to what is not, in the public build.

The public build shows an item or statement under ``:not-public:`` only as withheld, so
a link to it, a ``:closes:`` of it or an answer to its question finds nothing there: the
link is shown as plain text, and the writer is told why (``minutes.not-public-reference``)
rather than that it does not exist.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model.mistake import Mistake
from ..read.links import parse_target

if TYPE_CHECKING:
    from ..derive.store import DerivedStore
    from ..model.meeting import Meeting, Statement
    from ..read.links import Target

FIX = (
    "Leave the link out of the public text, or make what it names public; the internal "
    "build (`make internal`) shows both."
)


def withheld_item(domain: DerivedStore, target: str, body: str) -> bool:
    """Whether ``target`` (``date#5``) names an item the public build withholds."""
    parsed = parse_target(target, body)
    if parsed is None or not parsed.item:
        return False
    read = read_meeting(domain, parsed)
    item = read.item_named(parsed.item) if read else None
    return item is not None and not item.public


def withheld_statement(domain: DerivedStore, target: str, body: str) -> bool:
    """Whether ``target`` (``date#anchor`` or an ``:id:``) names a statement the public
    build withholds."""
    parsed = parse_target(target, body)
    if parsed is not None:
        read = read_meeting(domain, parsed)
        return read is not None and any(
            s.id == parsed.item and not s.public for s in read.statements()
        )
    named_body, _, name = target.rpartition("/")
    meetings = domain.archive.by_body.get(named_body or body, [])
    return any(
        s.name and s.name.casefold() == name.casefold() and not s.public
        for m in meetings
        for s in domain.meetings[m.docname].statements()
    )


def read_meeting(domain: DerivedStore, target: Target) -> Meeting | None:
    """The meeting as read (withheld parts and all) that the public build shows."""
    shown = domain.meeting_at(target.body, target.date)
    return domain.meetings.get(shown.docname) if shown else None


def reference_mistake(kind: str, target: str) -> Mistake:
    what = "item" if kind == "item" else kind
    message = f"The {what} {target!r} is not public: the public build shows the link as text."
    return Mistake("not-public-reference", message, FIX)


def answer_mistakes(meeting: Meeting) -> Iterator[Mistake]:
    """A public answer to a question that is not public."""
    for item in meeting.items:
        hidden = {s.id for s in item.statements if not s.public}
        for statement in item.statements:
            if statement.public and hidden.intersection(statement.answers):
                message = "This answer answers a question that is not public."
                fix = "Mark the answer `:not-public:` too, or make the question public."
                yield Mistake("not-public-reference", message, fix).at(
                    meeting.docname, statement.line
                )


def closes_mistake(domain: DerivedStore, statement: Statement, target: str, body: str) -> bool:
    """Whether a ``:closes:`` that found nothing names a withheld follow-up."""
    return statement.public and withheld_statement(domain, target, body)
