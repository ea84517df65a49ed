"""What the pages of an organisation and of a person show, and the index of people."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ...model.collation import collated
from ...model.labels import language_of
from ...model.names import person_key
from ..followups import of_people
from ..page_paths import ORGANISATIONS, PEOPLE
from .gist import gist
from .links import excerpt, meeting_link, organisation_link, person_link, statement_link
from .parts import Part, earlier, part_of
from .rows import (
    Attended,
    Cast,
    IndexedPerson,
    Link,
    Member,
    OrganisationMeeting,
    OrganisationView,
    Owned,
    PersonView,
    Present,
    SaidAtMeeting,
    SaidEntry,
    Spell,
)

if TYPE_CHECKING:
    from ...model.meeting import Attendee, Meeting
    from ..archive import Said, Voted
    from ..followups import Entry
    from ..store import DerivedStore


def said(rows: Iterable[Said]) -> tuple[SaidAtMeeting, ...]:
    """Statements grouped by meeting, newest meeting first, each as its gist: the full
    text is its meeting's."""
    grouped = []
    ordered = sorted(rows, key=lambda r: (r[0].date is None, r[0].date, r[0].docname))
    for meeting, group in itertools.groupby(reversed(ordered), key=lambda r: r[0]):
        entries = tuple(
            SaidEntry(
                statement_link(meeting, statement, item.heading),
                statement.kind,
                statement.by.text,
                gist(statement.text, meeting.language),
            )
            for _, item, statement in reversed(list(group))
        )
        grouped.append(SaidAtMeeting(meeting.date, meeting_link(meeting), entries))
    return tuple(grouped)


def organisation(domain: DerivedStore, key: str) -> OrganisationView:
    """An organisation's page, or one earlier period of it (see ``parts``)."""
    key, part = part_of(domain, ORGANISATIONS, key)
    whole = domain.remembered(("organisation", key), lambda: whole_organisation(domain, key))
    return whole._replace(
        people=() if part.period else whole.people,
        **in_part(domain, part, domain.organisation_page(key), whole),
    )


def in_part(
    domain: DerivedStore, part: Part, page: str, whole: OrganisationView | PersonView
) -> dict[str, Any]:
    """What a history's part shows of the whole, as fields of its view: the meetings and
    statements of its period, and, on the history's own page, its earlier periods."""
    dates = (m.date for m in whole.meetings)
    return {
        "meetings": tuple(m for m in whole.meetings if part.shows(m.date)),
        "said": tuple(s for s in whole.said if part.shows(s.date)),
        "earlier": earlier(domain, part, page, dates, said_dates(whole.said)),
        "period": part.years,
    }


def whole_organisation(domain: DerivedStore, key: str) -> OrganisationView:
    """An organisation's whole history, as one page would show it."""
    archive = domain.archive
    people: dict[str, tuple[str, set[str]]] = {}
    meetings = []
    for meeting in reversed(archive.by_organisation.get(key, [])):
        present = []
        for attendee in meeting.attendance:
            if attendee.organisation != key:
                continue
            if attendee.kind == "organisation":  # attending as such: its line as written
                present.append(Present(Link("", "", attendee.text), attendee.status))
                continue
            _, roles = people.setdefault(person_key(attendee.name), (attendee.name, set()))
            registered = domain.registry.organisations.get(key)
            unit = registered.unit(attendee.unit) if registered else None
            roles.update(r for r in (attendee.role, unit.name if unit else None) if r)
            present.append(Present(person_link(domain, attendee.name), attendee.status))
        meetings.append(OrganisationMeeting(meeting.date, meeting_link(meeting), tuple(present)))
    members = tuple(
        Member(person_link(domain, name), tuple(sorted(roles)))
        for name, roles in collated(people.values(), site_language(domain), lambda p: p[0])
    )
    return OrganisationView(
        members, tuple(meetings), said(archive.said_by_organisation.get(key, []))
    )


def person(domain: DerivedStore, key: str) -> PersonView:
    """A person's page, or one earlier period of it (see ``parts``)."""
    key, part = part_of(domain, PEOPLE, key)
    whole = domain.remembered(("person", key), lambda: whole_person(domain, key))
    return whole._replace(
        spells=() if part.period else whole.spells,
        owned=tuple(o for o in whole.owned if part.lists(o.date, done=o.closed is not None)),
        votes=tuple(c for c in whole.votes if part.shows(c.date)),
        **in_part(domain, part, domain.person_page(key) or "", whole),
    )


def whole_person(domain: DerivedStore, key: str) -> PersonView:
    """A person's whole history, as one page would show it."""
    archive = domain.archive
    attended = archive.by_person.get(key, [])
    return PersonView(
        spells(domain, attended),
        tuple(
            Attended(meeting.date, meeting_link(meeting), attendee.status, attendee.role or "")
            for meeting, attendee in reversed(attended)
        ),
        said(archive.said_by_person.get(key, [])),
        owned(domain, key),
        votes=tuple(
            Cast(
                meeting.date, statement_link(meeting, statement, item.heading), statement.kind, side
            )
            for meeting, item, statement, side in newest_first(archive.votes_by_person.get(key, []))
        ),
    )


def said_dates(said: Iterable[SaidAtMeeting]) -> Iterator[dt.date | None]:
    """The date of each statement, for counting a history's statements by period."""
    for meeting in said:
        yield from itertools.repeat(meeting.date, len(meeting.entries))


def spells(domain: DerivedStore, attended: list[tuple[Meeting, Attendee]]) -> tuple[Spell, ...]:
    """Each organisation the person attended for, in turn, first and last meeting."""
    out: list[Spell] = []
    for meeting, attendee in attended:
        org = organisation_link(domain, attendee.organisation)
        if out and out[-1].organisation == org:
            out[-1] = out[-1]._replace(last=meeting.date)
        else:
            out.append(Spell(org, meeting.date, meeting.date))
    return tuple(out)


def owned(domain: DerivedStore, key: str) -> tuple[Owned, ...]:
    """The follow-ups the person owns, newest first."""
    return domain.remembered("owners", lambda: by_owner(domain)).get(key, ())


def owned_entries(domain: DerivedStore) -> dict[str, list[tuple[Entry, bool]]]:
    """Each person's follow-ups in the ledgers, with whether each is overdue (see
    ``followups.of_people``), found once a build for the rows and the inputs."""
    return domain.remembered("owned entries", lambda: of_people(domain.archive.ledgers))


def by_owner(domain: DerivedStore) -> dict[str, tuple[Owned, ...]]:
    """Every follow-up a person owns, by the person's key, as the person's page lists it."""
    rows: dict[str, tuple[Owned, ...]] = {}
    for key, entries in owned_entries(domain).items():
        owned = [
            Owned(
                entry.meeting.date,
                statement_link(entry.meeting, entry.statement, excerpt(entry.statement.text, 120)),
                entry.due,
                meeting_link(entry.closed_by[0]) if entry.closed_by else None,
                overdue,
            )
            for entry, overdue in entries
        ]
        rows[key] = tuple(sorted(owned, key=lambda o: (o.date is None, o.date), reverse=True))
    return rows


def people_index(domain: DerivedStore, key: str) -> tuple[IndexedPerson, ...]:
    latest: dict[str, tuple[str, str | None]] = {}
    for someone, attended in domain.archive.by_person.items():
        _, attendee = attended[-1]
        latest[someone] = (attendee.name, attendee.organisation)
    return tuple(
        IndexedPerson(person_link(domain, name), organisation_link(domain, org))
        for name, org in collated(latest.values(), site_language(domain), lambda p: p[0])
    )


def site_language(domain: DerivedStore) -> str:
    """The language of the pages shared by every body, whose lists sort in its order."""
    return language_of(domain.env.config)


def newest_first(cast: list[Voted]) -> list[Voted]:
    """Meetings newest first, the votes of one meeting in the order they were taken."""
    return sorted(
        cast, key=lambda c: (c[0].date is not None, c[0].date, c[0].docname), reverse=True
    )
