"""Which part of a long history a view shows: the history's own page (its newest years),
or one earlier period of it (see ``derive.periods``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from ...model.periods import PERIOD, Period, Split
from .links import page_link
from .rows import Earlier

if TYPE_CHECKING:
    from ..store import DerivedStore


class Part(NamedTuple):
    split: Split | None
    """None while the history fits on one page."""
    period: Period | None
    """None on the history's own page."""

    def shows(self, date: dt.date | None) -> bool:
        """True for a row of ``date`` on this part's page."""
        if self.split is None:
            return True
        return self.split.placed(date.year if date else None) == self.period

    def lists(self, date: dt.date | None, done: bool) -> bool:
        """True for a follow-up of ``date`` on this part's page: one still open is on the
        history's own page, whatever its year, as long as it is open."""
        return self.shows(date) if done else self.period is None

    @property
    def years(self) -> str:
        """The period's years as its page's title gives them; empty for the history's."""
        return self.period.title if self.period else ""


def part_of(domain: DerivedStore, folder: str, key: str) -> tuple[str, Part]:
    """A view's key without its period, and the part of the history it shows."""
    key, _, years = key.partition(PERIOD)
    split = domain.history_splits.get(f"{folder}/{key}")
    return key, Part(split, Period.named(years) if years else None)


def earlier(
    domain: DerivedStore,
    part: Part,
    history: str,
    meetings: Iterable[dt.date | None],
    said: Iterable[dt.date | None],
) -> tuple[Earlier, ...]:
    """The earlier periods a history's own page lists, newest first, each with the
    meetings and statements it holds (their dates given)."""
    if part.split is None or part.period is not None:
        return ()
    split = part.split
    counted = {period: [0, 0] for period in split.earlier}
    for column, dates in enumerate((meetings, said)):
        for date in dates:
            placed = split.placed(date.year if date else None)
            if placed in counted:
                counted[placed][column] += 1
    return tuple(
        Earlier(page_link(domain, domain.paths.period(history, period), period.title), *count)
        for period, count in reversed(counted.items())
    )
