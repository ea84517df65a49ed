"""Arrival and departure, as an attendance line's notes say them: ``(left after item 5)``,
``(lämnade kl. 14.14)``, ``(anlände kl. 14.30)``, ``(från punkt 3)``; a verb or a moment
word may be a phrase (``forlot møtet etter sak 5``), and a moment word may follow its item,
as Finnish writes it (``poistui kohdan 5 jälkeen``).

A pure function over one note, so it is tested without Sphinx. A note that is no moment
is left to the other notes; a moment whose item number cannot be read is a ValueError,
reported at the line by the attendance reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from ..model.meeting import Moment
from ..model.names import fold
from ..model.vocabulary import Vocabulary
from .clock import clock

Way = Literal["arrived", "left"]


def read_moment(note: str, words: Vocabulary) -> tuple[Way, Moment] | None:
    """Whether the attendee arrived or left, and when, if the note says so.

    ``after item 5`` counts item 5 as attended; ``before item 6`` and ``from item 3`` do
    not (and do); leaving ``at`` or ``during`` an item counts it as attended, for part of
    it. A clock time is kept as ``HH:MM``; the note itself is kept as written."""
    verb, rest = _leading(words.moment_verbs, note.split())
    word, rest = _leading(words.moment_words, rest)
    if word is None:  # a postposition: "kohdan 5 jälkeen", "kohdasta 3 alkaen"
        word, rest = _trailing(words.moment_words, rest)
    if (verb is None and word != "from") or not rest:
        return None
    way: Way = "left" if verb == "left" else "arrived"
    what = " ".join(rest)
    try:  # a time of day as the language writes it (``14.14``, ``14.14 Uhr``, ``21 h 15``)
        return way, Moment(note, time=clock(what, words))
    except ValueError:  # no time of day (``25:70`` neither): an item, or no moment
        pass
    limit = words.item_limit.match(what)
    if limit is None:
        return None
    numbers = words.item_numbers(limit["numbers"])
    if len(numbers) != 1:
        raise ValueError("a moment names one item")
    after = word == "after" or (way == "left" and word in (None, "at"))
    return way, Moment(note, numbers[0], after)


def _leading(table: Mapping[str, str], written: list[str]) -> tuple[str | None, list[str]]:
    """The meaning of the longest phrase of ``table`` that ``written`` starts with
    (``forlot møtet``, ``etter behandlingen av``), and the words after it."""
    for n in range(len(written), 0, -1):
        if (meaning := table.get(fold(" ".join(written[:n])))) is not None:
            return meaning, written[n:]
    return None, written


def _trailing(table: Mapping[str, str], written: list[str]) -> tuple[str | None, list[str]]:
    """The meaning of the longest phrase of ``table`` that ``written`` ends with, after
    at least one other word (``käsittelyn jälkeen``), and the words before it."""
    for n in range(1, len(written)):
        if (meaning := table.get(fold(" ".join(written[n:])))) is not None:
            return meaning, written[:n]
    return None, written
