"""Where a meeting's minutes were approved by a later meeting (``:approves:`` on one of
its agenda items): what the earlier page says, derived from the later file, so that an
edit of the later meeting alone writes the earlier page again (its digest changes)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...read.links import parse_target
from .links import item_link, meeting_link
from .rows import ApprovedAt

if TYPE_CHECKING:
    from ..archive import Archive
    from ..store import DerivedStore

Approvals = dict[tuple[str, dt.date], tuple[ApprovedAt, ...]]

_made: list[tuple[Archive, Approvals]] = []
"""The approvals of the archive last asked, with it: made once per archive, not once per
meeting page (the archive is made again whenever the meetings change)."""


def approval(domain: DerivedStore, key: str) -> tuple[ApprovedAt, ...]:
    """The later meetings that approved the minutes of meeting ``key``, in date order."""
    meeting = domain.meetings.get(key)
    if meeting is None or meeting.date is None:
        return ()
    return approvals(domain).get((meeting.body, meeting.date), ())


def approvals(domain: DerivedStore) -> Approvals:
    """Every approval of earlier minutes in the archive, by the approved meeting."""
    archive = domain.archive
    if _made and _made[0][0] is archive:
        return _made[0][1]
    found: dict[tuple[str, dt.date], list[ApprovedAt]] = {}
    for meeting in (m for meetings in archive.by_body.values() for m in meetings):
        for item in meeting.items:
            target = parse_target(item.approves or "", meeting.body)
            if target is None or target.item:
                continue
            link = item_link(meeting, item)
            row = ApprovedAt(meeting.date, meeting_link(meeting), link, item.number)
            found.setdefault((target.body, target.date), []).append(row)
    made = {key: tuple(sorted(rows, key=by_date)) for key, rows in found.items()}
    _made[:] = [(archive, made)]
    return made


def by_date(row: ApprovedAt) -> tuple[dt.date, str]:
    return (row.date or dt.date.min, row.meeting.docname)
