"""The meeting's facts checked against its attendance: the chair named by ``:chair:``
must be there, named as an attribution would name them (see ``read.chair``)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model.meeting import Meeting
from ..model.mistake import Mistake
from ..model.names import fold
from ..read.attribution import names_in
from ..read.chair import chair_named
from ..read.registry import near_miss
from .ambiguous import ambiguous_name


def fact_mistakes(meeting: Meeting) -> Iterator[Mistake]:
    if meeting.chair:
        for mistake in chair_mistakes(meeting, meeting.chair):
            yield mistake.at(meeting.docname, meeting.chair_line or meeting.line)


def chair_mistakes(meeting: Meeting, written: str) -> Iterator[Mistake]:
    """The chair is an attendee, present; a first name or alias several attendees share
    is reported as in an attribution."""
    name = chair_named(meeting)
    chair = meeting.attendee(name) if name else None
    candidates = names_in(meeting).shared.get(fold(written))
    if chair is None and candidates:
        yield ambiguous_name(written, candidates)
    elif chair is None:
        names = [a.name for a in meeting.people() if a.status != "absent"]
        yield Mistake(
            "unknown-person",
            f"The chair, {written}, is not in the attendance.",
            "List the chair in the attendance, or correct :chair:.",
            near_miss(written, names, cutoff=0.8),
        )
    elif chair.status == "absent":
        shown = written if name == written else f"{written} ({chair.name})"
        yield Mistake(
            "absent-person",
            f"The chair, {shown}, is listed as absent.",
            "Correct :chair:, or the attendance.",
        )
