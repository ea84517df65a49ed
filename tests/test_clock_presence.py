"""Who was there by the clock (``check/clock.py``): items taken up at a time, people who
arrived or left at one."""

from __future__ import annotations

from sphinx_minutes.check.clock import away_by_the_clock
from sphinx_minutes.model.meeting import AgendaItem, Attendee, Meeting, Moment


def meeting(*items: AgendaItem) -> Meeting:
    m = Meeting(docname="meetings/club/2025-03-22", body="club", date=None)
    m.items = list(items)
    return m


def item(number: str, time: str | None, parent: str | None = None) -> AgendaItem:
    depth = 1 if parent else 0
    return AgendaItem(number, "", f"item-{number}", 1, parent=parent, time=time, depth=depth)


def member(arrived: str | None = None, left: str | None = None) -> Attendee:
    a = Attendee("Beth Lowry", "Beth Lowry", 1, "members", "present")
    a.arrived = Moment(f"arrived at {arrived}", time=arrived) if arrived else None
    a.left = Moment(f"left at {left}", time=left) if left else None
    return a


def test_gone_before_the_item_began() -> None:
    one, two = item("1", "14:00"), item("2", "14:20")
    m = meeting(one, two)
    assert away_by_the_clock(member(left="14:14"), one, m) is None
    assert away_by_the_clock(member(left="14:14"), two, m) is not None


def test_a_sub_item_takes_its_item_s_time() -> None:
    two, sub = item("2", "14:20"), item("2.1", None, parent="2")
    assert away_by_the_clock(member(left="14:14"), sub, meeting(item("1", "14:00"), two, sub))


def test_arrived_after_the_item_ended() -> None:
    one, two, three = item("1", "14:00"), item("2", "14:20"), item("3", "14:40")
    m = meeting(one, two, three)
    assert away_by_the_clock(member(arrived="14:30"), one, m) is not None
    assert away_by_the_clock(member(arrived="14:30"), two, m) is None
    assert away_by_the_clock(member(arrived="14:30"), three, m) is None


def test_no_times_no_judgement() -> None:
    one, two = item("1", None), item("2", None)
    assert away_by_the_clock(member(left="14:14", arrived="14:30"), two, meeting(one, two)) is None
