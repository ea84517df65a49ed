"""Each long history's periods, from the attendance scan (see ``model.periods``)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..model.names import person_key
from ..model.periods import Split, split
from .page_paths import ORGANISATIONS, PEOPLE

if TYPE_CHECKING:
    from .scan import Scanned


def history_splits(scanned: dict[str, Scanned], limit: int) -> dict[str, Split]:
    """Each long history's split, by ``organisations/<id>`` and ``people/<person key>``:
    the meeting files that name the person or organisation, counted by their meeting's
    year. A meeting without a date counts for no year: it is shown on the history's page."""
    counts: dict[str, Counter[int]] = {}
    for found in scanned.values():
        year = found.year
        if year is None:
            continue
        keys = {f"{ORGANISATIONS}/{org}" for org in found.organisations}
        keys |= {f"{PEOPLE}/{person_key(name)}" for name in found.people}
        for key in keys:
            counts.setdefault(key, Counter())[year] += 1
    splits = {key: split(per_year, limit) for key, per_year in counts.items()}
    return {key: found for key, found in splits.items() if found}
