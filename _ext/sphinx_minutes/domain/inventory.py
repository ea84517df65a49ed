"""What another project may link to through intersphinx (``objects.inv``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..derive.store import DerivedStore
    from ..model.meeting import Meeting

LINKED_AS = {"decision": "decision", "motion": "decision", "follow-up": "follow-up"}
"""The statements published, by the type (the role) that links to them: a motion is
linked as a decision."""
Entry = tuple[str, str, str, str, str, int]
"""Name, shown name, type, document, anchor, priority: as ``Domain.get_objects``."""


def objects(domain: DerivedStore) -> Iterator[Entry]:
    """Meetings and items as ``body/date`` and ``body/date#number``, decisions (motions
    among them) and follow-ups as ``body/date#anchor`` (and ``body/id``), organisations, people and
    topics by the names the roles take."""
    shown = domain.shown_meetings()  # no one not named in public, in the public build
    for docname in sorted(shown):
        yield from meeting_objects(shown[docname])
    yield from page_objects(domain)


def meeting_objects(meeting: Meeting) -> Iterator[Entry]:
    """A dated meeting, its items and their decisions and follow-ups."""
    if not (meeting.date and meeting.body):
        return
    docname = meeting.docname
    name = f"{meeting.body}/{meeting.date.isoformat()}"
    yield name, meeting.title or name, "meeting", docname, "", 1
    for item in meeting.items:
        heading = item.heading
        yield f"{name}#{item.number or item.anchor}", heading, "item", docname, item.anchor, 1
        for statement in item.statements:
            kind = LINKED_AS.get(statement.kind)
            if kind is None:
                continue
            shown = f"{heading}: {statement.kind}"
            anchor = statement.id
            yield f"{name}#{anchor}", shown, kind, docname, anchor, 1
            if statement.name:
                named = f"{meeting.body}/{statement.name}"
                yield named, shown, kind, docname, anchor, 1


def page_objects(domain: DerivedStore) -> Iterator[Entry]:
    """The organisations, topics and people whose page the project has."""
    registry, paths = domain.registry, domain.paths
    pages: list[tuple[str, str, str, str | None]] = [
        *(
            ("organisation", o.id, o.name, paths.organisation(o.id))
            for o in registry.organisations.values()
        ),
        *(("topic", t.id, t.name, paths.topic(t.id)) for t in registry.topics.values()),
        *(
            (
                "person",
                attended[-1][1].name,
                attended[-1][1].name,
                paths.person(attended[-1][1].name),
            )
            for attended in domain.archive.by_person.values()
        ),
    ]
    for kind, name, shown, page in sorted((k, n, s, p) for k, n, s, p in pages if p):
        if page in domain.env.all_docs:
            yield name, shown, kind, page, "", 1
