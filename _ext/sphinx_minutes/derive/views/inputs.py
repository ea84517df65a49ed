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

from ...model.names import person_key
from ..digests import hashed, meeting_digest, shared
from ..page_paths import ORGANISATIONS, PEOPLE
from .parts import part_of

if TYPE_CHECKING:
    import datetime as dt
    from typing import TypeAlias

    from ...model.meeting import Meeting
    from ..store import DerivedStore

    Owned: TypeAlias = tuple[Meeting, str, Meeting | None, bool, dt.date | None]
    """A follow-up as its owner's page shows it: its meeting, its anchor, the meeting
    that closed it, whether it is overdue, its due date."""


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
    owned = domain.remembered("owned inputs", lambda: owned_by(domain)).get(base, [])
    for meeting, _, closed, _, _ in owned:
        read += [meeting, closed] if closed else [meeting]
    follow_ups = [
        (meeting.docname, anchor, closed.docname if closed else None, overdue, due)
        for meeting, anchor, closed, overdue, due in owned
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


def owned_by(domain: DerivedStore) -> dict[str, list[Owned]]:
    """Every follow-up with a person as owner, by the person's key (as ``people.by_owner``
    reads the ledgers, without making the rows)."""
    archive = domain.archive
    found: dict[str, list[Owned]] = {}
    for body in sorted(archive.ledgers):
        ledger = archive.ledgers[body]
        for entry in ledger.entries:
            owner = entry.statement.owner
            owners = owner.each() if owner else ()
            closed = entry.closed_by[0] if entry.closed_by else None
            row = (entry.meeting, entry.statement.id, closed, ledger.overdue(entry), entry.due)
            for key in dict.fromkeys(person_key(o.key) for o in owners if o.kind == "person"):
                found.setdefault(key, []).append(row)
    return found


SIGNED: dict[str, Callable[[DerivedStore, str], str]] = {
    "person": person,
    "organisation": organisation,
}
"""The views whose rows are kept from build to build while their inputs are the same."""
