"""The minutes' approval checked: the approvers attended, and a draft does not stay a
draft past the body's deadline (``minutes_approval_days``).

The deadline is counted to the body's latest meeting, or to ``minutes_reference_date``
when set, never to the clock: the same sources give the same warnings on every build,
tomorrow's too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from ..derive.views.approval import approvals
from ..model.mistake import Mistake, warn
from ..model.names import fold
from ..read.attribution import names_in
from ..read.chair import attendee_named
from ..read.links import parse_target
from ..read.registry import near_miss
from .ambiguous import ambiguous_name

if TYPE_CHECKING:
    from ..derive.store import DerivedStore
    from ..model.meeting import Meeting


class Deadline(Protocol):
    """The settings of the deadline (Sphinx's config has them)."""

    minutes_approval_days: int
    minutes_reference_date: str


def approval_problems(domain: DerivedStore, config: Deadline) -> Iterator[Mistake]:
    """Every meeting's approvers, then the drafts past their deadline."""
    for meeting in domain.meetings.values():
        yield from approver_mistakes(meeting)
        yield from approves_mistakes(meeting)
    approved = approvals(domain)
    drafts = [m for ms in domain.archive.by_body.values() for m in ms if m.status == "draft"]
    for meeting in drafts:
        if meeting.date and (meeting.body, meeting.date) in approved:
            later = approved[(meeting.body, meeting.date)][0]
            message = (
                f"The meeting of {later.date} approved these minutes ({later.item.text}), "
                "but their :status: still says draft."
            )
            where = meeting.status_line or meeting.line
            yield Mistake("draft-approved", message).at(meeting.docname, where)
    days = int(config.minutes_approval_days or 0)
    if days <= 0:
        return
    reference = reference_date(config)
    for meetings in domain.archive.by_body.values():
        latest = max((m.date for m in meetings if m.date), default=None)
        waiting = [m for m in meetings if m.date and (m.body, m.date) not in approved]
        yield from overdue(waiting, reference or latest, days)


def approver_mistakes(meeting: Meeting) -> Iterator[Mistake]:
    """Each approver attended: named as the attendance names them (a full name, an alias,
    a first name only one attendee has), and not listed as absent."""
    for approval in meeting.approvals:
        name = attendee_named(meeting, approval.name)
        attendee = meeting.attendee(name) if name else None
        candidates = names_in(meeting).shared.get(fold(approval.name))
        if attendee is None and candidates:
            mistake = ambiguous_name(approval.name, candidates)
        elif attendee is None:
            names = [a.name for a in meeting.people() if a.status != "absent"]
            mistake = Mistake(
                "approver-absent",
                f"{approval.name}, an approver of the minutes, is not in the attendance.",
                near=near_miss(approval.name, names, cutoff=0.8),
            )
        elif attendee.status == "absent":
            mistake = Mistake(
                "approver-absent",
                f"{approval.name}, an approver of the minutes, is listed as absent.",
            )
        else:
            continue
        yield mistake.at(meeting.docname, approval.line or meeting.line)


def approves_mistakes(meeting: Meeting) -> Iterator[Mistake]:
    """An item approves minutes earlier than its own meeting's (another body's may be
    approved: a council approves its committees' minutes)."""
    for item in meeting.items:
        target = parse_target(item.approves or "", meeting.body)
        if target is None or meeting.date is None or target.date < meeting.date:
            continue
        message = (
            f"This item approves the minutes of {target.date}, which are not earlier than "
            f"this meeting ({meeting.date})."
        )
        where = item.approves_line or item.line
        yield Mistake("approves-later", message).at(meeting.docname, where)


def overdue(meetings: list[Meeting], reference: dt.date | None, days: int) -> Iterator[Mistake]:
    """The drafts among ``meetings`` more than ``days`` days old on ``reference``. Only
    minutes that say ``:status: draft``: a meeting whose minutes say no status is not
    judged."""
    for meeting in meetings:
        if meeting.status != "draft" or meeting.date is None or reference is None:
            continue
        late = (reference - meeting.date).days
        if late > days:
            message = (
                f"These minutes are still a draft {late} days after the meeting "
                f"(on {reference}; the deadline is {days} days)."
            )
            yield Mistake("draft-overdue", message).at(
                meeting.docname, meeting.status_line or meeting.line
            )


def reference_date(config: Deadline) -> dt.date | None:
    """``minutes_reference_date``, if set and a date; a value that is not one is reported
    (the body's latest meeting is used instead)."""
    written = str(config.minutes_reference_date or "").strip()
    if not written:
        return None
    try:
        return dt.date.fromisoformat(written)
    except ValueError:
        warn(
            "bad-option",
            f"minutes_reference_date {written!r} is not a date; each body's latest meeting "
            "is used instead.",
            None,
            'Write it in conf.py as an ISO date, `minutes_reference_date = "2024-06-30"`.',
        )
        return None
