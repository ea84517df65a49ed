"""The archive: lookups over every meeting read, built once per build, in one pass.

Every page that aggregates (an organisation's history, a register, the follow-ups a
meeting carries) reads from these lookups, so the site's cost stays linear in the number
of meetings: no page scans all meetings for itself.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from ..model.meeting import AgendaItem, Attendee, Meeting, Statement, VoteSide
from ..model.names import person_key
from .followups import Ledger, ledger

Said = tuple[Meeting, AgendaItem, Statement]
Voted = tuple[Meeting, AgendaItem, Statement, VoteSide]
"""A person's vote in a roll call: the decision or motion, and the side."""


@dataclass
class Archive:
    by_body: dict[str, list[Meeting]] = field(default_factory=dict)
    """Each body's meetings in date order."""
    at: dict[tuple[str, dt.date], Meeting] = field(default_factory=dict)
    """A meeting by body and date (the first, by docname, if two share a date)."""
    position: dict[str, int] = field(default_factory=dict)
    """A meeting's index in its body's list, by docname."""
    ledgers: dict[str, Ledger] = field(default_factory=dict)
    by_organisation: dict[str, list[Meeting]] = field(default_factory=dict)
    by_person: dict[str, list[tuple[Meeting, Attendee]]] = field(default_factory=dict)
    """A person's meetings, by the person's key (``model.names.person_key``)."""
    said_by_organisation: dict[str, list[Said]] = field(default_factory=dict)
    said_by_person: dict[str, list[Said]] = field(default_factory=dict)
    votes_by_person: dict[str, list[Voted]] = field(default_factory=dict)
    """The roll calls a person is named in, by the person's key, in date order."""
    by_topic: dict[str, list[tuple[Meeting, AgendaItem]]] = field(default_factory=dict)

    named: dict[tuple[str, str], tuple[Meeting, Statement]] = field(default_factory=dict)
    """Decisions and follow-ups with an ``:id:``, by (body, folded id)."""
    named_again: list[tuple[tuple[Meeting, Statement], tuple[Meeting, Statement]]] = field(
        default_factory=list
    )
    """A statement whose ``:id:`` an earlier one of the body has, with that earlier one."""

    def neighbours(self, meeting: Meeting) -> tuple[Meeting | None, Meeting | None]:
        """The body's meeting before and after this one."""
        meetings = self.by_body.get(meeting.body, [])
        index = self.position.get(meeting.docname)
        if index is None:
            return None, None
        before = meetings[index - 1] if index > 0 else None
        after = meetings[index + 1] if index + 1 < len(meetings) else None
        return before, after


def build(meetings: dict[str, Meeting]) -> Archive:
    archive = Archive()
    by_body: dict[str, list[Meeting]] = defaultdict(list)
    by_org: dict[str, list[Meeting]] = defaultdict(list)
    by_person: dict[str, list[tuple[Meeting, Attendee]]] = defaultdict(list)
    said_org: dict[str, list[Said]] = defaultdict(list)
    said_person: dict[str, list[Said]] = defaultdict(list)
    by_topic: dict[str, list[tuple[Meeting, AgendaItem]]] = defaultdict(list)
    for meeting in sorted(meetings.values(), key=lambda m: (m.date is None, m.date, m.docname)):
        if meeting.body and meeting.date:
            by_body[meeting.body].append(meeting)
            archive.at.setdefault((meeting.body, meeting.date), meeting)
        for org in sorted(meeting.organisations()):
            by_org[org].append(meeting)
        seen: set[str] = set()
        for attendee in meeting.people():
            person = person_key(attendee.name)
            if attendee.name and person not in seen:
                seen.add(person)
                by_person[person].append((meeting, attendee))
        for item in meeting.items:
            for topic in item.topics:
                by_topic[topic].append((meeting, item))
            for statement in item.statements:
                if statement.name and meeting.body:
                    named = (meeting.body, statement.name.casefold())
                    first = archive.named.setdefault(named, (meeting, statement))
                    if first[1] is not statement:
                        archive.named_again.append(((meeting, statement), first))
                said = (meeting, item, statement)
                people, organisations = speakers(meeting, statement)
                for person in people:
                    said_person[person].append(said)
                for org in organisations:
                    said_org[org].append(said)
    archive.by_body = dict(by_body)
    for body, body_meetings in by_body.items():
        archive.position.update((m.docname, i) for i, m in enumerate(body_meetings))
        archive.ledgers[body] = ledger(body_meetings)
    archive.by_organisation = dict(by_org)
    archive.by_person = dict(by_person)
    archive.said_by_organisation = dict(said_org)
    archive.said_by_person = dict(said_person)
    archive.votes_by_person = roll_calls(archive.by_body)
    archive.by_topic = dict(by_topic)
    return archive


def roll_calls(by_body: dict[str, list[Meeting]]) -> dict[str, list[Voted]]:
    """Each person's votes in the roll calls of every body, in date order."""
    cast: dict[str, list[Voted]] = defaultdict(list)
    meetings = sorted((m for ms in by_body.values() for m in ms), key=lambda m: (m.date, m.docname))
    for meeting in meetings:
        for item in meeting.items:
            for statement in item.statements:
                for voter in statement.vote.voters if statement.vote else ():
                    if voter.who.kind == "person":
                        key = person_key(voter.who.key)
                        cast[key].append((meeting, item, statement, voter.side))
    return dict(cast)


def speakers(meeting: Meeting, statement: Statement) -> tuple[list[str], list[str]]:
    """Whom a statement is credited to: each person named (by key) and each organisation,
    named or one a person named spoke for, once each, in the order written."""
    people: dict[str, None] = {}
    organisations: dict[str, None] = {}
    for speaker in statement.by.each():
        if speaker.kind == "organisation":
            organisations[speaker.key] = None
        elif speaker.kind == "person":
            people[person_key(speaker.key)] = None
            speaking = meeting.attendee(speaker.key)
            if speaking and speaking.organisation:
                organisations[speaking.organisation] = None
    return list(people), list(organisations)
