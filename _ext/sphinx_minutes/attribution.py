"""Who said it: reading ``SCB``, ``från deltagarna``, ``till deltagarna``, ``Karin Hedman``.

The writer writes the attribution as the minutes say it; the longest known name at its
start decides what it is (an attendee, an organisation, a group), else it is a role
("chefen för kommunikation"). The words are kept as written for the page.
"""

from __future__ import annotations

from collections import Counter
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
    people = meeting.people()
    candidates: list[tuple[str, str, str, bool]] = [
        ("person", a.name, a.name, False) for a in people if a.name
    ]
    first_names = Counter(fold(a.name.split()[0]) for a in people if a.name.strip())
    candidates += [  # a first name alone ("Lotta"), when only one attendee has it
        ("person", a.name, a.name.split()[0], True)
        for a in people
        if a.name.strip() and first_names[fold(a.name.split()[0])] == 1
    ]
    groups = [("group", group, words, False) for words, group in GROUPS.items()]
    folded = fold(who)
    matches = [
        (len(name), kind, key)
        for kind, key, name, alone in candidates
        if starts_with_name(folded, fold(name), alone)
    ]
    matches += [(n, "organisation", org) for n, org in registry.organisations_at_start(folded)]
    matches += [
        (len(name), kind, key)
        for kind, key, name, alone in groups
        if starts_with_name(folded, fold(name), alone)
    ]
    if not matches:
        return Read(Attribution("role", who, written), addressed, None)
    length, kind, key = max(matches, key=lambda m: m[0])
    span = (start, start + length) if kind in ("person", "organisation") else None
    return Read(Attribution(kind, key, written), addressed, span)  # type: ignore[arg-type]


def starts_with_name(text: str, name: str, alone: bool = False) -> bool:
    """``anna berg, formas`` starts with the name ``anna berg``; ``annabel`` not with ``anna``.
    A name that must stand ``alone`` (a first name) may be followed by punctuation only."""
    if not text.startswith(name):
        return False
    rest = text[len(name) :]
    return not rest or (not rest[0].isalnum() and not (alone and rest[0].isspace()))
