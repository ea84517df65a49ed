"""The page of each person, organisation and topic: one page each, under a readable name.

A person is known by the name written in the attendance: two lines name the same person
when their names have the same ``model.names.person_key``.

A page's name is the name's slug, chosen so that URLs stay readable and do not move:

- a name in Latin letters keeps the ASCII slug it always had (``Åsa Öberg`` →
  ``asa-oberg``), so existing links keep working;
- a name with letters that have no ASCII form (``田中太郎``, ``Иван Петров``, ``Łukasz``)
  keeps its letters, lower-cased (``иван-петров``), as Django's
  ``slugify(allow_unicode=True)`` does: transliterating them would be a guess, and
  dropping them made every such name ``x``;
- when two people (or two registry ids) would get the same slug, or a slug is a name the
  folder needs (``index``), the one seen first keeps the plain slug and the others get a
  suffix made from their own folded name (``asa-oberg-1c0e9a``). "First" is the order of
  the meeting files (body, then date), or the registry's order: adding a later meeting
  or entry never moves an existing page, and a suffix does not depend on who else
  collides, so it does not change when a third name joins.

The names are assigned once per build, before reading, from the registries and the
attendance scan (``scan``), and every part of the extension asks this mapping
(through ``page_paths``): the generated pages, the archive's lookups, the views, the
``{person}`` role, the PDF volumes. Serial, parallel and incremental builds therefore agree.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model.collation import initial
from ..model.names import person_key
from ..read.registry import slug

GROUPS = "by-initial"
"""The folder, in each history folder, of the pages that group a long index by initial."""
RESERVED = frozenset({"index", GROUPS})
"""Page names a history folder keeps for itself: its index, its groups by initial."""


def by_initial(named: dict[str, str], language: str) -> dict[str, list[str]]:
    """Entries (with their names) under the initial of their name in ``language`` (see
    ``model.collation``: Swedish ``Å`` has a group of its own after ``Z``, German ``Ä``
    is under ``A``), in the given order."""
    groups: dict[str, list[str]] = {}
    for entry, name in named.items():
        groups.setdefault(initial(name, language), []).append(entry)
    return groups


def initial_slug(letter: str) -> str:
    """``a`` for A, ``u00c5`` for Å (which must not share A's page), ``other`` for ``#``."""
    if letter == "#":
        return "other"
    return letter.lower() if letter.isascii() else f"u{ord(letter):04x}"


def page_slug(text: str) -> str:
    """``Åsa Öberg`` → ``asa-oberg``; ``Иван Петров`` → ``иван-петров``."""
    if all(_has_ascii_form(c) for c in text if c.isalnum()):
        return slug(text)
    normalised = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\W_]+", "-", normalised).strip("-") or "x"


def _has_ascii_form(char: str) -> bool:
    """``Å`` decomposes to ``A`` and a ring; ``Ł``, ``ß`` and ``田`` have no ASCII letter."""
    return any(c.isascii() and c.isalnum() for c in unicodedata.normalize("NFKD", char))


def assign(keyed: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Page names for (key, text) pairs in the order they were first seen: the slug of
    the text, with a suffix from the key when the slug is taken or reserved."""
    taken = set(RESERVED)
    names: dict[str, str] = {}
    for key, text in keyed:
        if key in names:
            continue
        name = page_slug(text)
        digest = hashlib.sha256(key.encode()).hexdigest()
        length = 6
        while name in taken:
            name = f"{page_slug(text)}-{digest[:length]}"
            length += 2
        taken.add(name)
        names[key] = name
    return names


@dataclass(frozen=True)
class PageNames:
    """The page name of every organisation and topic (by id) and person (by key)."""

    organisations: dict[str, str] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)
    people: dict[str, tuple[str, str]] = field(default_factory=dict)
    """By person key: the name as first written (the page's title), and the page name."""

    def person(self, name: str) -> str | None:
        """The page name of the person a name means, if anyone is known by it."""
        known = self.people.get(person_key(name))
        return known[1] if known else None


def page_names(
    organisations: Iterable[str], topics: Iterable[str], people: Iterable[str]
) -> PageNames:
    """Names for registry ids in the registry's order and people in the order they are
    first seen in the meeting files."""
    first_written: dict[str, str] = {}
    for name in people:
        first_written.setdefault(person_key(name), name)
    pages = assign(first_written.items())
    return PageNames(
        organisations=assign((org, org) for org in organisations),
        topics=assign((topic, topic) for topic in topics),
        people={key: (name, pages[key]) for key, name in first_written.items()},
    )
