"""What a person's or organisation's history is made from, as a short hash: its
*inputs*. When they are those of the last build, so are its rows, and the rows' digest
kept from then is taken as it is (see ``views.view_digest``).

A history reads only the meetings that name its person or organisation (each whole, as
the digest of the meeting read), the follow-ups the person owns (as the ledger leaves
them: closed by which meeting, overdue, due when), and what every derived thing shares
(see ``derive.digests``). Collecting
every history again to learn that one meeting's edit changed three of them was most of
what a rebuild after an edit cost on a large archive; hashing their inputs is a
fraction of it. The other views are cheap to collect and are collected every build.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..digests import hashed, meeting_digest, shared
from ..page_paths import ORGANISATIONS, PEOPLE
from .parts import part_of
from .people import owned_entries

if TYPE_CHECKING:
    from ...model.meeting import Meeting
    from ..store import DerivedStore


def meetings_of(domain: DerivedStore, meetings: Iterable[Meeting]) -> list[tuple[str, str]]:
    """Each meeting once, in docname order, with its digest."""
    docnames = sorted({m.docname for m in meetings})
    return [(d, meeting_digest(domain, d)) for d in docnames]


def person(domain: DerivedStore, key: str) -> str:
    base, _ = part_of(domain, PEOPLE, key)
    archive = domain.archive
    read = [
        *(m for m, _ in archive.by_person.get(base, ())),
        *(m for m, _, _ in archive.said_by_person.get(base, ())),
        *(vote[0] for vote in archive.votes_by_person.get(base, ())),
    ]
    owned = owned_entries(domain).get(base, [])
    for entry, _ in owned:
        read += [entry.meeting, entry.closed_by[0]] if entry.closed_by else [entry.meeting]
    follow_ups = [
        (
            entry.meeting.docname,
            entry.statement.id,
            entry.closed_by[0].docname if entry.closed_by else None,
            overdue,
            entry.due,
        )
        for entry, overdue in owned
    ]
    return hashed((shared(domain), key, meetings_of(domain, read), follow_ups))


def organisation(domain: DerivedStore, key: str) -> str:
    base, _ = part_of(domain, ORGANISATIONS, key)
    archive = domain.archive
    read = [
        *archive.by_organisation.get(base, ()),
        *(m for m, _, _ in archive.said_by_organisation.get(base, ())),
    ]
    return hashed((shared(domain), key, meetings_of(domain, read)))


SIGNED: dict[str, Callable[[DerivedStore, str], str]] = {
    "person": person,
    "organisation": organisation,
}
"""The views whose rows are kept from build to build while their inputs are the same."""
