"""How names are compared: as a reader compares them, not letter code by letter code.

A person is known by the name written in the attendance. Two names mean the same person
when they are equal once folded for case and spacing and normalised (NFKC): ``Åsa
Öberg``, ``åsa  öberg`` and ``Åsa Öberg`` with a decomposed ``Å`` are one person, ``Asa
Oberg`` is another. Every part of the extension that asks "the same person?" asks
:func:`person_key`: the attendance checks, the meeting's lookup of an attendee, the
archive's people, their pages.
"""

from __future__ import annotations

import unicodedata
from functools import cache


def fold(text: str) -> str:
    """Compare words as a reader would: case and spacing do not matter."""
    return " ".join(text.split()).casefold()


@cache
def person_key(name: str) -> str:
    """Who a name means: two names with the same key are one person. Kept once worked
    out: a meeting's attendees are looked up by every statement naming one."""
    return fold(unicodedata.normalize("NFKC", name))
