"""A person not named in public in one meeting, named in another: the other meeting's
minutes would make public what the first keeps out (the same name, the same person)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..model.meeting import Meeting
from ..model.mistake import Mistake
from ..model.names import person_key
from ..model.reference import Reference


def named_elsewhere(
    meetings: Mapping[str, Meeting], references: Mapping[str, list[Reference]]
) -> Iterator[Mistake]:
    """Each attendance line, and each ``{person}`` link, naming a person some other
    meeting does not name in public, reported at its line with the first such meeting
    (in both builds: the internal one shows the reviewer what the public one will
    publish)."""
    unnamed: dict[str, Meeting] = {}
    for meeting in sorted(meetings.values(), key=_order):
        for attendee in meeting.people():
            if attendee.anonymous and attendee.name.strip():
                unnamed.setdefault(person_key(attendee.name), meeting)
    for meeting in sorted(meetings.values(), key=_order):
        for attendee in meeting.people():
            other = unnamed.get(person_key(attendee.name))
            if other is None or attendee.anonymous or other is meeting:
                continue
            yield _named(attendee.name, other).at(meeting.docname, attendee.line or meeting.line)
    for docname, written in sorted(references.items()):
        for reference in written:
            other = unnamed.get(person_key(reference.target))
            if reference.kind == "person" and other and other.docname != docname:
                yield _named(reference.target, other).at(docname, reference.line)


def _named(name: str, other: Meeting) -> Mistake:
    when = other.date.isoformat() if other.date else other.docname
    return Mistake(
        "anonymous-elsewhere",
        f"{name} is named here, but not named in public in the minutes of {when} "
        f"({other.docname}): this page makes public who they are.",
        "Mark the person `(not named in public)` here too (in text, write their role, not "
        "a link to them), or remove the mark in the other meeting if they may be named.",
    )


def _order(meeting: Meeting) -> tuple[bool, str, str]:
    return meeting.date is None, meeting.date.isoformat() if meeting.date else "", meeting.docname
