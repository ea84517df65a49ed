"""Who was there by the clock: an attendee who left at 14:14 is not there for an item
taken up at 14:20, and one who arrived at 14:30 was not there for an item whose next
item began at 14:25. Items say when they were taken up with ``:time:``; an item without
one takes its enclosing item's time. Where the minutes give no times, nothing is judged."""

from __future__ import annotations

from ..model.meeting import AgendaItem, Attendee, Meeting, Moment


def away_by_the_clock(attendee: Attendee, item: AgendaItem, meeting: Meeting) -> Moment | None:
    """The attendee's departure before ``item`` began, or arrival after it ended."""
    left, arrived = attendee.left, attendee.arrived
    if not (left and left.time) and not (arrived and arrived.time):
        return None  # most people: nothing to look up
    began = started(item, meeting)
    if left and left.time and began and began >= left.time:
        return left
    ended = next_start(item, meeting)
    if arrived and arrived.time and ended and ended <= arrived.time:
        return arrived
    return None


def started(item: AgendaItem, meeting: Meeting) -> str | None:
    """When the item was taken up: its own ``:time:``, else its enclosing item's."""
    at: AgendaItem | None = item
    while at is not None:
        if at.time:
            return at.time
        at = meeting.item(at.parent) if at.parent else None
    return None


def next_start(item: AgendaItem, meeting: Meeting) -> str | None:
    """When the first item recorded after ``item`` and not inside it was taken up: the
    end of ``item``, as far as the minutes tell."""
    index = next(n for n, i in enumerate(meeting.items) if i is item)
    for later in meeting.items[index + 1 :]:
        if later.depth <= item.depth and (time := started(later, meeting)):
            return time
    return None
