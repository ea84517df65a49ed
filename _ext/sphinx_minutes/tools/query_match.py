"""What ``query``'s filters ask of a meeting, an item and the people a row names.

Names are compared as the extension compares them everywhere (``model.names``): case,
spacing and Unicode forms do not matter. A person's organisation is the one the meeting's
attendance gives them, so "questions from the county" finds a person's questions while
they attended for the county, and not after they moved.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ..model.names import fold, person_key
from .query_site import Found, Json


@dataclass(frozen=True, slots=True)
class Filters:
    """The options of the command; an option not given is ``None`` and matches all."""

    body: str | None = None
    organisation: tuple[str, ...] = ()
    """Folded: as the user wrote it, and the id the site's inventory gives that name."""
    person: str | None = None
    topic: tuple[str, ...] = ()
    """Folded, as ``organisation``."""
    start: date | None = None
    end: date | None = None
    status: str | None = None
    text: str | None = None


def meeting_matches(found: Found, filters: Filters) -> bool:
    """The body and the dates of a meeting (a meeting without a date matches no range)."""
    meeting = found.meeting
    if filters.body and fold(filters.body) not in {fold(meeting["body"]), fold(found.body_name)}:
        return False
    if filters.start or filters.end:
        if not meeting["date"]:
            return False
        day = date.fromisoformat(meeting["date"])
        if (filters.start and day < filters.start) or (filters.end and day > filters.end):
            return False
    return True


def item_matches(item: Json, filters: Filters) -> bool:
    """The topic of an agenda item, by its id as the topics registry gives it."""
    return not filters.topic or any(fold(t) in filters.topic for t in item["topics"])


def text_matches(texts: list[str], filters: Filters) -> bool:
    """``--text``: words found in any of the row's texts."""
    return not filters.text or any(fold(filters.text) in fold(t) for t in texts)


def people(who: Json | None) -> Iterator[Json]:
    """An attribution and the others named with it."""
    if who is None:
        return
    yield who
    for other in who["also"]:
        yield from people(other)


def attendee_of(meeting: Json, name: str) -> Json | None:
    key = person_key(name)
    return next(
        (a for a in meeting["attendance"] if a["name"] and person_key(a["name"]) == key), None
    )


def organisation_is(wanted: tuple[str, ...], organisation: str | None, written: str) -> bool:
    """An organisation by its id (``RPC``), its registered name (``Riverside Parish
    Council``, which ``wanted`` holds as the id), or its name as the minutes wrote it."""
    if not organisation:
        return False
    words = f" {fold(written.replace(',', ' '))} "
    return fold(organisation) in wanted or any(f" {w} " in words for w in wanted)


def attendee_matches(attendee: Json, filters: Filters) -> bool:
    """``--person`` and ``--organisation`` on a line of the attendance."""
    name = attendee["name"]
    if filters.person and not (name and person_key(name) == person_key(filters.person)):
        return False
    if filters.organisation:
        written = attendee["as_written"].replace(name, " ") if name else attendee["as_written"]
        return organisation_is(filters.organisation, attendee["organisation"], written)
    return True


def said_by(meeting: Json, who: list[Json | None], filters: Filters) -> bool:
    """``--person`` and ``--organisation`` on the attributions a row names: a person by
    name, an organisation by id or name, a person by the organisation they attended for."""
    named = [one for each in who for one in people(each)]
    if filters.person:
        key = person_key(filters.person)
        if not any(w["kind"] == "person" and person_key(w["key"] or "") == key for w in named):
            return False
    if filters.organisation:
        return any(organisation_named(meeting, w, filters.organisation) for w in named)
    return True


def organisation_named(meeting: Json, who: Json, wanted: tuple[str, ...]) -> bool:
    if who["kind"] == "organisation":
        return organisation_is(wanted, who["key"], who["as_written"])
    if who["kind"] == "person" and who["key"]:
        attendee = attendee_of(meeting, who["key"])
        return attendee is not None and attendee_matches(attendee, Filters(organisation=wanted))
    return False
