"""Who said it: reading ``SCB``, ``från deltagarna``, ``till deltagarna``, ``Karin Hedman``,
``Mia``, ``@dana``, ``Dana Reed and Kim Aho``.

The writer writes the attribution as the minutes say it; the longest known name at its
start decides what it is (an attendee by name, alias or a first name only one attendee
has; an organisation; a group), else it is a role ("chefen för kommunikation"). More
people may follow, joined by ``and``, ``och``, ``und``, ``&`` or a comma: the statement is
theirs too. The words are kept as written for the page.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..model.meeting import NOBODY, Attribution, AttributionKind, Meeting
from ..model.names import fold
from ..model.vocabulary import Vocabulary
from .registry import Registry

Found = tuple[int, AttributionKind, str]
"""A name at the start of a text: its length, what it names, and the key."""
Placed = tuple[int, int, Attribution]
"""A name in the written text: where it starts and ends, and whom it names."""


@dataclass(frozen=True, slots=True)
class Read:
    attribution: Attribution
    addressed: bool
    """True for ``till …``/``to …``: the statement was put to them, not made by them."""
    span: tuple[int, int] | None
    """Where the matched name stands in the written text (for a link), if anywhere."""
    others: tuple[tuple[int, int] | None, ...] = ()
    """Where each of ``attribution.also`` stands in the written text, in that order."""


@dataclass(frozen=True, slots=True)
class Names:
    """The names a meeting's attendees go by, folded, each to the name as written."""

    known: dict[str, tuple[str, bool]]
    """Full names (``True``: may be followed by more words, ``Anna Berg, Formas``), and
    aliases, bare @handles and first names that only one attendee has (``False``)."""
    shared: dict[str, tuple[str, ...]]
    """First names, aliases and handles several attendees have: the candidates."""


def read_attribution(text: str, meeting: Meeting, registry: Registry) -> Read:
    written = text.strip()
    if not written:
        return Read(NOBODY, False, None)
    words = registry.vocabulary(meeting.language, meeting.body)
    first, _, rest = written.partition(" ")
    addressed = fold(first) in words.to_words
    start = 0
    if rest.strip() and (addressed or fold(first) in words.by_words):
        start = len(written) - len(rest.lstrip())
    who = written[start:]
    named = placed_names(who, names_in(meeting), registry, words)
    if not named:
        return Read(Attribution("role", who, written), addressed, None)
    spans = [
        (start + begin, start + end) if a.kind in ("person", "organisation") else None
        for begin, end, a in named
    ]
    head, *others = (a for _, _, a in named)
    attribution = Attribution(head.kind, head.key, written, tuple(others))
    return Read(attribution, addressed, spans[0], tuple(spans[1:]))


def placed_names(who: str, names: Names, registry: Registry, words: Vocabulary) -> list[Placed]:
    """The people (or organisations, or a group) ``who`` names one after the other. A
    name no attendee has, written before ``and`` or a comma, is kept as a role whose name
    the checks report; an empty list means the whole text is a role."""
    head = at_start(who, names, registry, words, ("person", "organisation", "group"))
    cut = words.and_between.search(who)
    part = who[: cut.start()] if cut else ""
    if head is None and part and name_shaped(part, words):
        head = (len(part), "role", part)
    if head is None:
        return []
    length, kind, key = head
    found: list[Placed] = [(0, length, Attribution(kind, key, who[:length]))]
    return found if kind == "group" else found + more_names(who, length, names, registry, words)


def more_names(
    who: str, at: int, names: Names, registry: Registry, words: Vocabulary
) -> list[Placed]:
    """The names after the first: a person after a comma (``Anna Berg, Erik Holm``); a
    person or organisation after ``and``, ``och``, ``und``, ``&``, or a name no attendee
    has (kept as a role, for the checks). Anything else ends the list: ``, Formas`` and
    ``, ordförande`` say more about the one before."""
    out: list[Placed] = []
    while (sep := words.and_between.match(who, at)) and sep.end() < len(who):
        comma = "," in sep.group()
        rest = who[sep.end() :]
        kinds: tuple[AttributionKind, ...] = ("person",) if comma else ("person", "organisation")
        found = at_start(rest, names, registry, words, kinds)
        if found is None and not comma:
            cut = words.and_between.search(rest)
            part = rest[: cut.start()] if cut else rest
            found = (len(part), "role", part) if part and name_shaped(part, words) else None
        if found is None:
            break
        length, kind, key = found
        out.append((sep.end(), sep.end() + length, Attribution(kind, key, rest[:length])))
        at = sep.end() + length
    return out


def at_start(
    text: str,
    names: Names,
    registry: Registry,
    words: Vocabulary,
    kinds: tuple[AttributionKind, ...],
) -> Found | None:
    """The longest name of those kinds ``text`` starts with, as whole words. A first name,
    alias or handle must stand alone: followed by punctuation or the next name, not by
    more words (``Lotta Simma`` is no ``Lotta``)."""
    folded = fold(text)
    ends = [n for n in range(1, len(folded) + 1) if n == len(folded) or not folded[n].isalnum()]
    matches: list[Found] = []
    if "person" in kinds:
        matches += [
            (n, "person", names.known[folded[:n]][0])
            for n in ends
            if folded[:n] in names.known
            and (names.known[folded[:n]][1] or stands_alone(folded, n, words))
        ]
    if "organisation" in kinds:
        matches += [(n, "organisation", org) for n, org in registry.organisations_at_start(folded)]
    if "group" in kinds:
        matches += [
            (len(said), "group", group)
            for said, group in words.groups.items()
            if starts_with_name(folded, said, False)
        ]
    return max(matches, key=lambda m: m[0]) if matches else None


def stands_alone(folded: str, n: int, words: Vocabulary) -> bool:
    """A short name ends at ``n``: the text ends, or punctuation or the next name follows."""
    return n == len(folded) or not folded[n].isspace() or bool(words.and_between.match(folded, n))


def names_in(meeting: Meeting) -> Names:
    """The names the meeting's people go by (see :func:`names_of`)."""
    return names_of(tuple((a.name, a.aliases) for a in meeting.people() if a.name.strip()))


@functools.lru_cache(maxsize=4)
def names_of(people: tuple[tuple[str, tuple[str, ...]], ...]) -> Names:
    """The attendees' names and aliases, folded, and the first names and bare handles
    (``dana`` for ``@dana``) only one attendee has, each to the name as written: made once
    per meeting, not once per statement, so a meeting of many attendees and many
    statements costs their sum. A short name several have is kept with its candidates."""
    known: dict[str, tuple[str, bool]] = {}
    for name, _ in people:
        known.setdefault(fold(name), (name, True))
    short: dict[str, list[str]] = {}
    for name, aliases in people:
        handles = (a[1:] for a in aliases if a.startswith("@"))
        for key in (fold(name.split()[0]), *map(fold, aliases), *map(fold, handles)):
            holders = short.setdefault(key, [])
            holders += [name] if name not in holders else []
    shared: dict[str, tuple[str, ...]] = {}
    for key, holders in short.items():
        if key in known:
            continue
        if len(holders) == 1:
            known[key] = (holders[0], False)
        else:
            shared[key] = tuple(holders)
    return Names(known, shared)


def name_shaped(text: str, words: Vocabulary) -> bool:
    """``Karin Hedmann``, ``Eric``, ``ekhall``, ``@dana``: what is written as a person's name
    or handle, whatever its case; not a role (``ordföranden``, ``the Chair``, ``chefen för
    kommunikation``) or a group."""
    written = text.split()
    if len(written) == 1:
        return fold(written[0]) not in words.roles and fold(written[0]) not in words.groups
    return looks_like_a_name(text, words)


def looks_like_a_name(text: str, words: Vocabulary) -> bool:
    """``Karin Hedmann`` is a person's name; ``chefen för kommunikation``, ``the Chair`` not."""
    written = text.split()
    return (
        2 <= len(written) <= 4
        and all(w[0].isupper() for w in written)
        and fold(written[0]) not in words.articles
        and not any(fold(w) in words.roles for w in written)
    )


def starts_with_name(text: str, name: str, alone: bool = False) -> bool:
    """``anna berg, formas`` starts with the name ``anna berg``; ``annabel`` not with ``anna``.
    A name that must stand ``alone`` (a first name) may be followed by punctuation only."""
    if not text.startswith(name):
        return False
    rest = text[len(name) :]
    return not rest or (not rest[0].isalnum() and not (alone and rest[0].isspace()))
