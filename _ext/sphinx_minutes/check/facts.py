"""The meeting's facts checked against its attendance: the chair named by ``:chair:``
must be there."""

from __future__ import annotations

from collections.abc import Iterator

from ..model.meeting import Meeting
from ..model.mistake import Mistake
from ..read.registry import near_miss


def fact_mistakes(meeting: Meeting) -> Iterator[Mistake]:
    if not meeting.chair:
        return
    chair = meeting.attendee(meeting.chair)
    if chair is None:
        names = [a.name for a in meeting.people() if a.status != "absent"]
        yield Mistake(
            "unknown-person",
            f"The chair, {meeting.chair}, is not in the attendance.",
            "List the chair in the attendance, or correct :chair:.",
            near_miss(meeting.chair, names, cutoff=0.8),
        ).at(meeting.docname, meeting.chair_line or meeting.line)
    elif chair.status == "absent":
        yield Mistake(
            "absent-person",
            f"The chair, {meeting.chair}, is listed as absent.",
            "Correct :chair:, or the attendance.",
        ).at(meeting.docname, meeting.chair_line or meeting.line)
