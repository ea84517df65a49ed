"""The order and the initials of names as each language has them, from ICU's collation
(PyICU, installed as the ``pyicu-wheels`` wheels, which bundle ICU): Swedish and
Finnish put Å Ä Ö after Z, Danish and Norwegian Æ Ø Å, German files Ä with A.

Every list of people, organisations, topics and bodies sorts with :func:`sort_key` in
its page's language, and a long index groups its entries under :func:`initial`, so the
order and the letters of an index agree."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, TypeVar

import icu

from .languages import language_tag

T = TypeVar("T")

SortKey = tuple[bytes, str]
"""ICU's key, then the text itself: names equal to the collator keep one order."""


def _locale(language: str) -> Any:
    return icu.Locale.forLanguageTag(language_tag(language))


@cache
def _collator(language: str) -> Any:
    return icu.Collator.createInstance(_locale(language))


@cache
def _index(language: str) -> Any:
    return icu.AlphabeticIndex(_locale(language)).buildImmutableIndex()


def sort_key(language: str) -> Callable[[str], SortKey]:
    """The key that orders names as ``language`` does (an unknown code gets ICU's root
    order, the same for every language)."""
    collator = _collator(language)

    def key(text: str) -> SortKey:
        return bytes(collator.getSortKey(text)), text

    return key


def collated(entries: Iterable[T], language: str, name: Callable[[T], str]) -> list[T]:
    """``entries`` by their ``name`` in ``language``'s order."""
    key = sort_key(language)
    return sorted(entries, key=lambda entry: key(name(entry)))


NORMAL = 0
"""ICU's type of an index's letter (the others: before, between or after the letters)."""


def initial(name: str, language: str) -> str:
    """The letter ``name`` is listed under in ``language``: Swedish ``Å`` is a letter of
    its own after ``Z``, German ``Ä`` is under ``A``. A name outside the language's
    alphabet (``Иван``) keeps its own first letter; digits and signs share ``#``."""
    text = name.strip()
    index = _index(language)
    label, kind = index.getBucket(index.getBucketIndex(text))
    if kind == NORMAL and text[:1].isalpha():
        return str(label)
    first = text[:1].upper()
    return first if first.isalpha() else "#"
