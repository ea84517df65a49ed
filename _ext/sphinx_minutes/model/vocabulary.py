"""The words secretaries write, and what they mean to the model.

The words themselves are data: one file per language shipped in ``words/<lang>.yaml``,
words a body adds in ``bodies.yaml`` and words a project adds in ``conf.py``
(``read/words.py`` reads them all). Here is what a section may mean, and the
:class:`Vocabulary` a meeting is read with: its language's words, then English, with a
body's and the project's own words first. Matching is on folded text
(:func:`~sphinx_minutes.model.names.fold`), so case does not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from .meeting import Group, Outcome, StatementKind, Status
from .names import fold
from .publicity import MINUTES_STATUSES, MinutesStatus

Words = Mapping[str, Mapping[str, tuple[str, ...]]]
"""Words as a file writes them: section → meaning → the words that say it. A section
that is a plain list (``remote``, ``and``) has the one meaning ``""``."""

HEADING_MEANINGS: dict[str, tuple[Group, Status]] = {
    "present": ("members", "present"),
    "remote": ("members", "remote"),
    "substitutes": ("substitutes", "present"),
    "guests": ("guests", "present"),
    "absent": ("absent", "absent"),
}
"""What an attendance heading may mean: the group its people are in, and their status."""

SECTIONS: dict[str, tuple[str, ...] | None] = {
    "headings": tuple(HEADING_MEANINGS),
    "staff": None,
    "units": None,
    "remote": None,
    "anonymous": None,
    "roles": (
        "chair",
        "vice-chair",
        "secretary",
        "adjuster",
        "treasurer",
        "member",
        "substitute",
        "guest",
    ),
    "items": None,
    "arrived": None,
    "left": None,
    "moments": ("after", "before", "from", "at"),
    "hours": None,
    "groups": ("participants", "participant", "members", "meeting", "all"),
    "outcomes": ("adopted", "rejected", "withdrawn", "referred"),
    "and": None,
    "by": None,
    "to": None,
    "until": None,
    "articles": None,
    "statements": ("comment", "question", "answer", "decision", "follow-up"),
    "next-meeting": None,
    "minutes-status": MINUTES_STATUSES,
    "new-files": (
        "meeting-title",
        "site-title",
        "body-page",
        "opening",
        "agenda",
        "previous-minutes",
        "other-business",
        "closing",
    ),
}
"""Every section of a words file and the meanings it may give (None: a plain list)."""

ITEM_MAX = 999
"""No meeting has more agenda items (or sub-items of one item) than this: a line that
names more, or an item above it, is a mistake, and expanding ``items 1–50000000`` would
hold fifty million numbers in the model."""

NICKNAME = re.compile(r"\s*[\"“”„«»]\s*(?P<alias>[^\"“”„«»]+?)\s*[\"“”„«»]\s*")
"""A nickname in quotes inside a name or a note: ``Maria "Mia" Lind``, ``„Mia“``, ``«Mia»``,
``("Tom B.")``."""


def merged(*layers: Words) -> dict[str, dict[str, str]]:
    """Each section's folded words with their meaning; a word of an earlier layer wins, so
    a body's own words come before its language's and English last."""
    out: dict[str, dict[str, str]] = {section: {} for section in SECTIONS}
    for layer in layers:
        for section, meanings in layer.items():
            for meaning, words in meanings.items():
                for word in words:
                    out.setdefault(section, {}).setdefault(fold(word), meaning)
    return out


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so ``punkterna`` beats ``punkt``."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _between(words: Iterable[str], symbols: str) -> re.Pattern[str]:
    """A separator: any of ``symbols``, or one of the words standing alone."""
    spelled = _alternation(words)
    either = f"[{re.escape(symbols)}]" + (rf"|(?<!\w)(?:{spelled})(?!\w)" if spelled else "")
    return re.compile(rf"\s*(?:{either})\s*", re.I)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The words one meeting is read with, each table folded and ready to look up."""

    languages: tuple[str, ...]
    """The shipped languages it holds, its own first; English is always last."""
    headings: Mapping[str, tuple[Group, Status]]
    staff: tuple[str, ...]
    units: re.Pattern[str]
    remote: frozenset[str]
    anonymous: frozenset[str]
    """Notes saying the person is not named in public: ``(anonymiseras)``."""
    roles: Mapping[str, str]
    item_limit: re.Pattern[str]
    moment_verbs: Mapping[str, str]
    moment_words: Mapping[str, str]
    time: re.Pattern[str]
    groups: Mapping[str, str]
    outcomes: Mapping[str, Outcome]
    and_between: re.Pattern[str]
    """Between names and between item numbers: ``,``, ``&`` or the ``and`` words."""
    sessions_between: re.Pattern[str]
    range_between: re.Pattern[str]
    by_words: frozenset[str]
    to_words: frozenset[str]
    articles: frozenset[str]
    statements: Mapping[str, StatementKind]
    next_meeting: frozenset[str]
    minutes_status: Mapping[str, MinutesStatus]
    """``:status:`` of the ``meeting`` block: draft, approved or published."""

    @classmethod
    def of(cls, languages: tuple[str, ...], *layers: Words) -> Vocabulary:
        """Build the tables once from the layers, the first winning."""
        s = merged(*layers)
        plain = {section: frozenset(s[section]) for section in SECTIONS}
        and_words = plain["and"]
        at_words = [w for w, m in s["moments"].items() if m == "at"]
        prefix = _alternation(at_words)
        hours = _alternation(plain["hours"])
        return cls(
            languages=languages,
            headings={w: HEADING_MEANINGS[m] for w, m in s["headings"].items()},
            staff=tuple(sorted(plain["staff"], key=len, reverse=True)),
            units=re.compile(rf"\b(?:{_alternation(plain['units']) or '(?!)'})", re.I),
            remote=plain["remote"],
            anonymous=plain["anonymous"],
            roles=dict(s["roles"]),
            item_limit=re.compile(
                rf"^(?:{_alternation(plain['items']) or '(?!)'})(?:\s+|(?=\d))(?P<numbers>\S.*)$",
                re.I,
            ),
            moment_verbs={**dict.fromkeys(plain["arrived"], "arrived")}
            | {w: "left" for w in plain["left"] if w not in plain["arrived"]},
            moment_words=dict(s["moments"]),
            time=re.compile(
                (rf"^(?:(?:{prefix})\s*)?" if prefix else "^")
                + r"(?P<hour>\d{1,2})(?:[:.]|\s?h\s?)(?P<minute>\d{2})"
                + (rf"(?:\s*(?:{hours}))?$" if hours else "$"),
                re.I,
            ),
            groups=dict(s["groups"]),
            outcomes=cast("dict[str, Outcome]", dict(s["outcomes"])),
            and_between=_between(and_words, ",&"),
            sessions_between=_between(and_words, ",;"),
            range_between=_between(plain["until"], "–—-"),
            by_words=plain["by"],
            to_words=plain["to"],
            articles=plain["articles"],
            statements=cast("dict[str, StatementKind]", dict(s["statements"])),
            next_meeting=plain["next-meeting"],
            minutes_status=cast("dict[str, MinutesStatus]", dict(s["minutes-status"])),
        )

    def item_numbers(self, text: str) -> tuple[str, ...]:
        """Expand ``6``, ``6 och 7``, ``3–5, 7``, ``4.1–4.3`` into item numbers. A
        ValueError says what is wrong: a part that is not a number, or one past
        ``ITEM_MAX``."""
        numbers: list[str] = []
        for part in self.and_between.split(text.strip()):
            if not part:
                continue
            part = self.range_between.sub("–", part)  # "3 bis 5", "3 à 5": a range
            span = re.fullmatch(r"((?:\d+\.)*)(\d+)\s*[–—-]\s*((?:\d+\.)*)(\d+)", part)
            single = re.fullmatch(r"(?:\d+\.)*\d+", part)
            if not (single or (span and span[1] == span[3] and int(span[2]) <= int(span[4]))):
                raise ValueError(f"{part!r} is not an item number or a range of them")
            levels = [int(n) for n in re.findall(r"\d+", part)]
            if max(levels) > ITEM_MAX:
                raise ValueError(f"no meeting has more than {ITEM_MAX} items")
            if span:
                first, last = int(span[2]), int(span[4])
                numbers.extend(f"{span[1]}{n}" for n in range(first, last + 1))
            else:
                numbers.append(part)
            if len(numbers) > ITEM_MAX:
                raise ValueError(f"no meeting has more than {ITEM_MAX} items")
        return tuple(numbers)
