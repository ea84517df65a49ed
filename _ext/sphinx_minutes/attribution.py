"""Who said it: reading ``SCB``, ``från deltagarna``, ``till deltagarna``, ``Karin Hedman``.

The writer writes the attribution as the minutes say it; the longest known name at its
start decides what it is (an attendee, an organisation, a group), else it is a role
("chefen för kommunikation"). The words are kept as written for the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import NOBODY, Attribution, Meeting
from .registry import Registry, fold
from .vocabulary import BY_WORDS, GROUPS, TO_WORDS


@dataclass(frozen=True, slots=True)
class Read:
    attribution: Attribution
    addressed: bool
    """True for ``till …``/``to …``: the statement was put to them, not made by them."""
    span: tuple[int, int] | None
    """Where the matched name stands in the written text (for a link), if anywhere."""


def read_attribution(text: str, meeting: Meeting, registry: Registry) -> Read:
    written = text.strip()
    if not written:
        return Read(NOBODY, False, None)
    first, _, rest = written.partition(" ")
    addressed = fold(first) in TO_WORDS
    start = 0
    if rest.strip() and (addressed or fold(first) in BY_WORDS):
        start = len(written) - len(rest.lstrip())
    who = written[start:]
    candidates: list[tuple[str, str, str]] = [
        ("person", a.name, a.name) for a in meeting.attendance
    ]
    candidates += [
        ("organisation", org.id, name)
        for org in registry.organisations.values()
        for name in (org.id, org.name, *org.aliases)
    ]
    candidates += [("group", group, words) for words, group in GROUPS.items()]
    folded = fold(who)
    matches = [
        (len(name), kind, key, name)
        for kind, key, name in candidates
        if folded == fold(name) or folded.startswith(fold(name) + " ")
    ]
    if not matches:
        return Read(Attribution("role", who, written), addressed, None)
    length, kind, key, _ = max(matches, key=lambda m: m[0])
    span = (start, start + length) if kind in ("person", "organisation") else None
    return Read(Attribution(kind, key, written), addressed, span)  # type: ignore[arg-type]
