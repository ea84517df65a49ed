"""Each body's calendars (iCalendar, RFC 5545): its meetings, and its open follow-ups on
their due dates, made from the same records as the JSON.

A meeting is an event on its date; at the time its sittings (``:time:``) give, as
floating local time (the minutes name no time zone, and none is invented), else all
day. A follow-up still open is an all-day event on its due date: calendar programs
(Google's among them) show events, not to-dos. A calendar is read outside the site, so
an event carries its page's ``URL`` only when ``html_baseurl`` makes it absolute.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from ..derive.views.links import excerpt
from ..model.labels import N_, gettext_for
from .csvfiles import statements
from .names import Calendar as CalendarName
from .names import body_calendar
from .records import Json
from .stamps import Named, Site, absolute, day, meeting_title, stamp

if TYPE_CHECKING:
    from icalendar import Calendar, Event

    from .kept import Made, Make

PRODID = "-//sphinx-minutes//minutes//EN"
CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
OPEN = ("open", "overdue")
"""The follow-ups a calendar holds: those no later meeting has closed."""


def calendar(name: str) -> Calendar:
    # Imported when the calendars are written, at the build's end: icalendar holds 10 MiB
    # that reading and writing the pages, where a build's memory peaks, do without.
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    return cal


def at(date: dt.date, clock: str | None) -> dt.date | dt.datetime:
    """A date, at ``HH:MM`` as floating local time when the minutes give it."""
    found = CLOCK.fullmatch(clock.strip()) if clock else None
    if found is None:
        return date
    hour, minute = int(found[1]), int(found[2])
    if hour > 23 or minute > 59:
        return date
    return dt.datetime.combine(date, dt.time(hour, minute))


def meeting_event(meeting: Json, body: Named, site: Site) -> Event:
    """A meeting: from its first sitting's start to its last sitting's end, where written."""
    date = day(meeting["date"])
    from icalendar import Event  # see ``calendar``

    event = Event()
    event.add("uid", site.uid(meeting["id"]))
    event.add("dtstamp", stamp(meeting["date"]))
    sessions = meeting["sessions"]
    start = at(date, sessions[0]["start"] if sessions else None)
    event.add("dtstart", start)
    end = at(date, sessions[-1]["end"] if sessions else None)
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime) and end > start:
        event.add("dtend", end)
    event.add("summary", meeting_title(meeting, body.name))
    if meeting["place"]:
        event.add("location", meeting["place"])
    if absolute(meeting["url"]):
        event.add("url", meeting["url"])
    headings = [item["heading"] for item in meeting["items"] if item["heading"]]
    if headings:
        event.add("description", "\n".join(headings))
    return event


def follow_up_event(meeting: Json, statement: Json, site: Site) -> Event:
    """An open follow-up: an all-day event on its due date (the day after ends it)."""
    due = day(statement["follow_up"]["due"])
    t = gettext_for(meeting["language"])
    owner = statement["follow_up"]["owner"]
    from icalendar import Event  # see ``calendar``

    event = Event()
    event.add("uid", site.uid(statement["id"]))
    event.add("dtstamp", stamp(meeting["date"]))
    event.add("dtstart", due)
    event.add("dtend", due + dt.timedelta(days=1))
    event.add("summary", excerpt(statement["text"], 80))
    lines = [f"{t(N_('Owner'))}: {owner['as_written']}"] if owner else []
    lines += [statement["text"], f"{t(N_('Meeting'))}: {meeting['title'] or meeting['id']}"]
    event.add("description", "\n\n".join(lines))
    if absolute(statement["url"]):
        event.add("url", statement["url"])
    return event


def meetings_calendar(meetings: list[Json], body: Named, site: Site) -> bytes:
    cal = calendar(body.name)
    for meeting in meetings:
        cal.add_component(meeting_event(meeting, body, site))
    return bytes(cal.to_ical())


def follow_ups_calendar(meetings: list[Json], body: Named, site: Site) -> bytes:
    """The follow-ups still open (or overdue) that have a due date, by due date."""
    t = gettext_for(body.language)
    cal = calendar(f"{body.name}: {t(N_('Follow-ups'))}")
    found = [
        (meeting, statement)
        for meeting, _, statement in statements(meetings, ("follow-up",))
        if statement["follow_up"]["state"] in OPEN and statement["follow_up"]["due"]
    ]
    found.sort(key=lambda pair: (pair[1]["follow_up"]["due"], pair[1]["id"]))
    for meeting, statement in found:
        cal.add_component(follow_up_event(meeting, statement, site))
    return bytes(cal.to_ical())


CALENDARS: dict[CalendarName, Callable[[list[Json], Named, Site], bytes]] = {
    "meetings": meetings_calendar,
    "follow-ups": follow_ups_calendar,
}
"""Each body's calendars, and what makes each."""


def calendar_files(
    records: dict[str, list[Json]],
    keys: dict[str, list[str]],
    bodies: dict[str, Named],
    site: Site,
    made: Make,
) -> dict[str, Made]:
    """Each body's two calendars, by path in the output folder; kept while the keys of
    the body's records are the same (see ``record_keys``)."""
    files = {}
    for body, meetings in records.items():
        inputs = (meetings, bodies[body], site)
        key = (keys[body], bodies[body], site)
        for kind, make in CALENDARS.items():
            name = body_calendar(body, kind)
            files[name] = made(name, (kind, key), partial(make, *inputs))
    return files
