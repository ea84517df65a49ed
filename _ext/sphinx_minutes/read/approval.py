"""The minutes' own status as the ``meeting`` block writes it: ``:status:`` and
``:approved-by:``, read as the secretary wrote them (pure functions, no Sphinx).

``:status:`` takes ``draft``, ``approved`` or ``published``, or the meeting language's
words for them (``utkast``, ``justerat``: the ``minutes-status`` section of the words).
``:approved-by:`` names the approvers, separated by ``;``, each optionally followed by
the date they approved: ``Åsa Olsson 2023-11-03; Eva Berg``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model.names import fold
from ..model.publicity import Approval, MinutesStatus

if TYPE_CHECKING:
    from ..model.vocabulary import Vocabulary

DATED = re.compile(r"^(?P<name>.*?)[\s,]*\(?(?P<date>\d{4}-\d{1,2}-\d{1,2})\)?$")
"""``Åsa Olsson 2023-11-03``, ``Åsa Olsson, 2023-11-03``, ``Åsa Olsson (2023-11-03)``."""


def read_status(written: str, words: Vocabulary) -> MinutesStatus | None:
    """The status a word means, in English or the meeting's language; None if none."""
    return words.minutes_status.get(fold(written))


@dataclass(slots=True)
class Approvers:
    """What ``:approved-by:`` says: each approver, and the dates that could not be read."""

    approvals: list[Approval] = field(default_factory=list)
    bad_dates: list[tuple[str, int]] = field(default_factory=list)
    """A date as written that is no day of the calendar, with its line."""


def read_approvers(written: str, line: int) -> Approvers:
    """Each approver of ``written`` (the option's value, starting at ``line``): names
    separated by ``;`` or new lines, each with the date they approved if written. A date
    that is no day (``2023-11-31``) is reported; the name is kept, with no date."""
    out = Approvers()
    for offset, text in enumerate(written.splitlines()):
        for part in (p.strip() for p in text.split(";")):
            if not part:
                continue
            dated = DATED.match(part)
            name, date = (dated["name"].strip(), dated["date"]) if dated else (part, None)
            day = None
            if date:
                try:
                    day = dt.date.fromisoformat(_padded(date))
                except ValueError:
                    out.bad_dates.append((date, line + offset))
            out.approvals.append(Approval(name or part, line + offset, day))
    return out


def _padded(date: str) -> str:
    """``2023-1-5`` as ISO wants it, ``2023-01-05``."""
    year, month, day = date.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"
