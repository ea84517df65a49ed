"""Who said it: reading ``SCB``, ``från deltagarna``, ``till deltagarna``, ``Karin Hedman``.

The writer writes the attribution as the minutes say it; the longest known name at its
start decides what it is (an attendee, an organisation, a group), else it is a role
("chefen för kommunikation"). The words are kept as written for the page.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from ..model.meeting import NOBODY, Attribution, AttributionKind, Meeting
from ..model.names import fold
from ..model.vocabulary import BY_WORDS, GROUPS, TO_WORDS
from .registry import Registry


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
    full_names, first_names = names_of(tuple(a.name for a in meeting.people()))
    folded = fold(who)
    ends = [n for n in range(1, len(folded) + 1) if n == len(folded) or not folded[n].isalnum()]
    matches: list[tuple[int, AttributionKind, str]]
    matches = [(n, "person", full_names[folded[:n]]) for n in ends if folded[:n] in full_names]
    matches += [  # a first name alone must not be followed by more words
        (n, "person", first_names[folded[:n]])
        for n in ends
        if folded[:n] in first_names and (n == len(folded) or not folded[n].isspace())
    ]
    matches += [(n, "organisation", org) for n, org in registry.organisations_at_start(folded)]
    matches += [
        (len(words), "group", group)
        for words, group in GROUPS.items()
        if starts_with_name(folded, fold(words), False)
    ]
    if not matches:
        return Read(Attribution("role", who, written), addressed, None)
    length, kind, key = max(matches, key=lambda m: m[0])
    span = (start, start + length) if kind in ("person", "organisation") else None
    return Read(Attribution(kind, key, written), addressed, span)


@functools.lru_cache(maxsize=4)
def names_of(names: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """The attendees' names, folded, and the first names only one attendee has
    ("Lotta"), each to the name as written: made once per meeting, not once per
    statement, so a meeting of many attendees and many statements costs their sum."""
    full: dict[str, str] = {}
    for name in names:
        if name:
            full.setdefault(fold(name), name)
    written = [name for name in names if name.strip()]
    counted = Counter(fold(name.split()[0]) for name in written)
    first = {fold(name.split()[0]): name for name in written if counted[fold(name.split()[0])] == 1}
    return full, first


def starts_with_name(text: str, name: str, alone: bool = False) -> bool:
    """``anna berg, formas`` starts with the name ``anna berg``; ``annabel`` not with ``anna``.
    A name that must stand ``alone`` (a first name) may be followed by punctuation only."""
    if not text.startswith(name):
        return False
    rest = text[len(name) :]
    return not rest or (not rest[0].isalnum() and not (alone and rest[0].isspace()))
