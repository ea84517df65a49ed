"""Reading what a vote's options say: a count or the voters' names, and the options of
an election or a choice with their counts. Pure functions, tested without Sphinx."""

from __future__ import annotations

import re

from ..model.meeting import Outcome
from ..model.names import fold
from ..model.vocabulary import Vocabulary

COUNT = re.compile(r"[0-9]+")
CHOICE = re.compile(r"(?P<name>.*?\S)\s+(?P<count>[0-9]+)")
"""``Anna Berg 12``: an option and its count, the last number of the entry."""


def is_count(value: str) -> bool:
    """``12``; not ``twelve``, ``12 votes``, ``-3``."""
    return COUNT.fullmatch(value.strip()) is not None


def is_names(value: str) -> bool:
    """A list of names holds no digit: ``12 votes`` is a count written wrongly."""
    return bool(value.strip()) and not any(ch.isdigit() for ch in value)


def names(value: str) -> list[str]:
    """``Anna Berg, Erik Holm``: names separated by commas, semicolons or lines."""
    return [part.strip() for part in re.split(r"[,;\n]", value) if part.strip()]


def read_choices(value: str) -> tuple[tuple[str, int | None], ...]:
    """``Anna Berg 12; Erik Holm 9; Kim Aho``: each option with its count if written. An
    option whose name ends in a number takes its count after a colon (``Plan 2: 12``,
    or ``Plan 2:`` with no count)."""
    out: list[tuple[str, int | None]] = []
    for entry in re.split(r"[;\n]", value):
        entry = entry.strip()
        if not entry:
            continue
        name, colon, count = entry.rpartition(":")
        if colon and (is_count(count) or not count.strip()) and name.strip():
            out.append((name.strip(), int(count) if count.strip() else None))
            continue
        match = CHOICE.fullmatch(entry)
        out.append((match["name"], int(match["count"])) if match else (entry, None))
    return tuple(out)


def is_choice(name: str, choices: tuple[tuple[str, int | None], ...]) -> bool:
    """Whether ``:elected:`` names one of the ``:choices:`` (case and spacing aside)."""
    return fold(name) in {fold(option) for option, _ in choices}


def outcome_of(value: str, words: Vocabulary) -> Outcome | None:
    """``bifallet`` → ``adopted``; None for a word that is no outcome."""
    return words.outcomes.get(fold(value))
