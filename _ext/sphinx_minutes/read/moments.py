"""Arrival and departure, as an attendance line's notes say them: ``(left after item 5)``,
``(lämnade kl. 14.14)``, ``(anlände kl. 14.30)``, ``(från punkt 3)``.

A pure function over one note, so it is tested without Sphinx. A note that is no moment
is left to the other notes; a moment whose item number cannot be read is a ValueError,
reported at the line by the attendance reader.
"""

from __future__ import annotations

from typing import Literal

from ..model.meeting import Moment
from ..model.names import fold
from ..model.vocabulary import CLOCK, Vocabulary

Way = Literal["arrived", "left"]


def read_moment(note: str, words: Vocabulary) -> tuple[Way, Moment] | None:
    """Whether the attendee arrived or left, and when, if the note says so.

    ``after item 5`` counts item 5 as attended; ``before item 6`` and ``from item 3`` do
    not (and do); leaving ``at`` or ``during`` an item counts it as attended, for part of
    it. A clock time is kept as ``HH:MM``; the note itself is kept as written."""
    written = note.split()
    verb, length = _verb(written, words)
    rest = written[length:]
    word = words.moment_words.get(fold(rest[0])) if rest else None
    rest = rest[1:] if word else rest
    if (verb is None and word != "from") or not rest:
        return None
    way: Way = "left" if verb == "left" else "arrived"
    what = " ".join(rest)
    clock = CLOCK.match(what) or words.time.match(what)
    if clock:
        return way, Moment(note, time=f"{int(clock['hour']):02d}:{clock['minute']}")
    limit = words.item_limit.match(what)
    if limit is None:
        return None
    numbers = words.item_numbers(limit["numbers"])
    if len(numbers) != 1:
        raise ValueError("a moment names one item")
    after = word == "after" or (way == "left" and word in (None, "at"))
    return way, Moment(note, numbers[0], after)


def _verb(written: list[str], words: Vocabulary) -> tuple[str | None, int]:
    """The arrival or departure a note starts with, and its length in words: a verb may be
    several (``verließ die Sitzung``, ``quitte la séance``); the longest one wins."""
    for length in range(min(len(written), 4), 0, -1):
        verb = words.moment_verbs.get(fold(" ".join(written[:length])))
        if verb:
            return verb, length
    return None, 0
