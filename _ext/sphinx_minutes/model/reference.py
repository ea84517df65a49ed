"""A link written in the minutes to a meeting, an agenda item or a statement: kept while
reading, checked once every meeting is read (``check.archive``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reference:
    """A link written to a meeting or an agenda item, checked once every meeting is read."""

    line: int
    body: str
    target: str
    """``2023-04-27``, ``body/2023-04-27``, with ``#6`` for an agenda item."""
    kind: str = "meeting"
    """What the link names: ``meeting``, ``item``, ``decision`` or ``follow-up``."""
