"""When things happened in a meeting: an attendee's arrival or departure, the sittings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Moment:
    """When an attendee arrived or left, as the attendance says it (``left after item 5``,
    ``anlände kl. 14.30``): at an agenda item, or at a clock time."""

    text: str
    """The note as written."""
    item: str | None = None
    """The agenda item number named, if any."""
    after: bool = False
    """``after item 5`` (the item itself counts as before the moment), not ``from item
    3``/``before item 6`` (the item counts as after it)."""
    time: str | None = None
    """The clock time, ``14:14``, when the note gives one."""


@dataclass(frozen=True, slots=True)
class Session:
    """When a meeting sat, as ``HH:MM``: a meeting that adjourns and resumes has several."""

    start: str
    end: str | None = None
