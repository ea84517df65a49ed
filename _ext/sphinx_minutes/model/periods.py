"""A long history split by year: the earlier years of a person's or organisation's page
move to pages of their own, so that no history page grows with the archive's age.

An organisation of a monthly council is at every meeting; listed on one page, ten years
of it are a page nobody reads to the end, and one that every edit of any of its
statements writes again. Once a history covers more meetings than
``minutes_history_limit``, its page keeps the newest years (as many as fit within the
limit, the newest always) and each earlier *period* is a page: a year, or several quiet
years together, of at most the limit's meetings where a year allows (a busy year is a
page alone). Periods are made from the oldest year on, so that they stay put as the
archive grows: only the newest period takes in the years the main page lets go.

The periods are decided before reading, from the attendance scan (see
``derive.periods``): the meetings a person is named at, or an organisation attends,
counted by year. What the views show is put under the period its year falls in (see
``placed``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

PERIOD = "\n"
"""Between a history's key and the years of one of its periods, in a view's key (see
``pages``): no name holds a line break."""


@dataclass(frozen=True, order=True)
class Period:
    """Years ``first`` to ``last`` of a history, on a page of their own."""

    first: int
    last: int

    @property
    def name(self) -> str:
        """The page's name in the history's folder: ``2019`` or ``2015-2017``."""
        return f"{self.first}" if self.first == self.last else f"{self.first}-{self.last}"

    @property
    def title(self) -> str:
        """``2019`` or ``2015–2017`` (an en dash, as a span of years is written)."""
        return f"{self.first}" if self.first == self.last else f"{self.first}–{self.last}"

    @classmethod
    def named(cls, name: str) -> Period | None:
        """The period a page name (``2015-2017``, ``2019``) stands for; None if none."""
        first, _, last = name.partition("-")
        if not first.isdigit() or not (last or first).isdigit():
            return None
        return cls(int(first), int(last or first))


@dataclass(frozen=True)
class Split:
    """A history's earlier periods, oldest first, and the first year its page keeps."""

    earlier: tuple[Period, ...]
    kept_from: int

    def placed(self, year: int | None) -> Period | None:
        """The period a row of ``year`` is shown in; None for the history's own page (the
        years it keeps, and a row without a date). A year before the first period is the
        first period's."""
        if year is None or year >= self.kept_from:
            return None
        return next((p for p in reversed(self.earlier) if p.first <= year), self.earlier[0])


def split(per_year: Counter[int], limit: int) -> Split | None:
    """The periods of a history of ``per_year`` meetings; None while it fits on one page
    (``limit`` meetings or fewer, or no limit)."""
    if limit <= 0 or sum(per_year.values()) <= limit:
        return None
    years = sorted(per_year)
    kept, kept_from = 0, years[-1]
    for year in reversed(years):
        if kept and kept + per_year[year] > limit:
            break
        kept, kept_from = kept + per_year[year], year
    runs: list[list[int]] = []
    for year in (y for y in years if y < kept_from):
        if not runs or sum(per_year[y] for y in runs[-1]) + per_year[year] > limit:
            runs.append([])
        runs[-1].append(year)
    if not runs:
        return None
    # Each period runs to the year before the next (a year without meetings included).
    ends = [run[0] - 1 for run in runs[1:]] + [kept_from - 1]
    return Split(tuple(Period(run[0], end) for run, end in zip(runs, ends, strict=True)), kept_from)
