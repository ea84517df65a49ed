"""A meeting for search engines and other machines reading its page: a schema.org
``Event`` as JSON-LD, made from the meeting's record (``records``), so it says no more
than the JSON file does.

Attendees are the people and organisations the attendance shows as there (present or
remote, or of unknown status; not the absent): a person with their name and, when the
minutes give it, the organisation they came for; an organisation attending as such by
its name. A person not named in public has no name in the record, and is left out: a
label ("a resident") is no one a machine could tell apart. A representative not named
in public shows as their organisation, as the page shows them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .records import Json

if TYPE_CHECKING:
    from ..read.registry import Registry

CONTEXT = "https://schema.org"
MODES = {
    "in-person": "https://schema.org/OfflineEventAttendanceMode",
    "remote": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}
"""The meeting's ``:format:`` as schema.org's ``EventAttendanceModeEnumeration``."""
THERE = frozenset({"present", "remote", "unknown"})
"""The attendance statuses of an attendee (not ``absent``)."""


def event(record: Json, registry: Registry, url: str) -> Json:
    """The meeting as an ``Event``: its name, when, where, by whom and with whom; ``url``
    is its page's."""
    date = record["date"]
    sessions = record["sessions"]
    out: Json = {"@context": CONTEXT, "@type": "Event", "name": record["title"] or record["id"]}
    out["startDate"] = at(date, sessions[0]["start"] if sessions else None)
    end = sessions[-1]["end"] if sessions else None
    if end:
        out["endDate"] = at(date, end)
    mode = MODES.get(record["format"] or "")
    if mode:
        out["eventAttendanceMode"] = mode
    if record["place"]:
        out["location"] = {"@type": "Place", "name": record["place"]}
    out["organizer"] = organisation(registry, record["body"], body=True)
    out["attendee"] = [
        who
        for attendee in record["attendance"]
        if attendee["status"] in THERE and (who := attendee_of(attendee, registry))
    ]
    out["inLanguage"] = record["language"]
    out["url"] = url
    return out


def at(date: str, time: str | None) -> str:
    """A date, or a date and local time (``2023-10-27T13:00``) as ISO 8601 gives them."""
    return f"{date}T{time}" if time else date


def organisation(registry: Registry, key: str, *, body: bool = False) -> Json:
    """A body or an organisation of the registries, by its name (its id if unregistered)."""
    found = registry.bodies.get(key) if body else registry.organisations.get(key)
    return {"@type": "Organization", "name": found.name if found else key}


def attendee_of(attendee: Json, registry: Registry) -> Json | None:
    """A person by name (with their organisation), an organisation attending as such; None
    for a person the public build does not name."""
    org = attendee["organisation"]
    if attendee["name"]:
        person: Json = {"@type": "Person", "name": attendee["name"]}
        if org:
            person["affiliation"] = organisation(registry, org)
        return person
    if attendee["kind"] == "organisation" and org:
        return organisation(registry, org)
    return None


def script(value: Json) -> str:
    """The ``<script>`` element that carries JSON-LD in a page's head; ``</`` written
    ``<\\/`` so no text in it can close the element."""
    text = json.dumps(value, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>\n'
