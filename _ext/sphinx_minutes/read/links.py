"""The syntax of a link as the writer writes it: ``{meeting}`2023-04-27#6```, a body's
meeting ``radet/2024-05-07``, a statement's anchor after ``#``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MEETING_REF = re.compile(r"^(?:(?P<body>[^/#\s]+)/)?(?P<date>\d{4}-\d{2}-\d{2})$")
PAGES = frozenset({"org", "topic", "person", "body"})
"""Link kinds that lead to a page of their own."""
FRAGMENT = re.compile(r"^\S(?:.*\S)?$")
"""After ``#``: an anchor, a number, or an item's title as written (``Budget review``)."""
LINKS_TO_CHECK = frozenset({"org", "person", "topic", "meeting", "item", "decision", "follow-up"})


@dataclass(frozen=True, slots=True)
class Target:
    """Where a link to a meeting or an agenda item points."""

    body: str
    date: dt.date
    item: str
    """After ``#``: an item's number, anchor or title, or a statement's anchor; empty for
    the meeting."""


def parse_target(text: str, body: str) -> Target | None:
    """``2023-04-27`` or ``body/2023-04-27``, with ``#6`` (or ``#<anchor>``, ``#<title>``)
    for an item or ``#<anchor>`` for a statement; None if malformed. ``body`` is that of
    the meeting the link is written in."""
    meeting_part, _, item = text.partition("#")
    match = MEETING_REF.match(meeting_part)
    if match is None or (item and not FRAGMENT.match(item)):
        return None
    try:
        date = dt.date.fromisoformat(match["date"])
    except ValueError:
        return None
    return Target(match["body"] or body, date, item)
