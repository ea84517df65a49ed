"""A meeting as the public may see it with respect to people not named in public.

``anonymise`` gives a copy of the meeting in which every anonymous attendee, and every
attribution, presenter, owner, seconder and voter naming one, is what the public build
shows instead (their label, ``model.unnamed``), and free text (titles, statements) has
the label in the name's place. The archive of the public build is built from such
copies, so no history page, register, index, inventory or export names them.
"""

from __future__ import annotations

from dataclasses import replace

from ..model.meeting import (
    AgendaItem,
    Attendee,
    AttendeeKind,
    Attribution,
    Meeting,
    Statement,
    Vote,
)
from ..model.publicity import Approval
from ..model.unnamed import Unnamed, unnamed
from ..read.unnamed import unslugged


def anonymise(meeting: Meeting) -> Meeting:
    """The meeting with its unnamed people as the public build shows them; the meeting
    itself when it names everyone (the meetings read are never changed)."""
    who = unnamed(meeting)
    if not who:
        return meeting
    chair = meeting.chaired_by()
    return replace(
        meeting,
        title=who.replaced(meeting.title),
        attendance=[hidden(a, who) for a in meeting.attendance],
        secretaries=tuple(hidden(a, who) for a in meeting.secretaries),
        items=[item_shown(item, who) for item in meeting.items],
        chair=who.labels.get(chair or "", meeting.chair),
        chair_name=None if (chair or "") in who.labels else meeting.chair_name,
        unread_unnamed=(),
        approvals=tuple(
            Approval(who.labels.get(a.name, who.replaced(a.name)), a.line, a.date)
            for a in meeting.approvals
        ),
    )


def hidden(attendee: Attendee, who: Unnamed) -> Attendee:
    """An unnamed attendee without name or aliases: no person page, no history, no
    index entry. One who came for an organisation is shown on its page as its
    representative (as an organisation attending as such is, by its line)."""
    label = who.labels.get(attendee.name)
    if label is None or not attendee.anonymous:
        return attendee
    kind: AttendeeKind = "organisation" if attendee.organisation else "person"
    return replace(attendee, name="", text=label, aliases=(), notes=(), role=label, kind=kind)


def item_shown(item: AgendaItem, who: Unnamed) -> AgendaItem:
    return replace(
        item,
        title=who.replaced(item.title),
        heading=who.replaced(item.heading),
        anchor=unslugged(item.anchor, who),
        description=who.replaced(item.description),
        presenters=tuple(attributed(p, who) for p in item.presenters),
        statements=[statement_shown(s, who) for s in item.statements],
    )


def statement_shown(statement: Statement, who: Unnamed) -> Statement:
    vote = statement.vote
    return replace(
        statement,
        id=unslugged(statement.id, who),
        text=who.replaced(statement.text),
        by=attributed(statement.by, who),
        to=attributed(statement.to, who) if statement.to else None,
        owner=attributed(statement.owner, who) if statement.owner else None,
        seconder=attributed(statement.seconder, who) if statement.seconder else None,
        vote=voted(vote, who) if vote else None,
    )


def voted(vote: Vote, who: Unnamed) -> Vote:
    voters = tuple(replace(v, who=attributed(v.who, who)) for v in vote.voters)
    elected = tuple(who.labels.get(e, who.replaced(e)) for e in vote.elected)
    choices = tuple((who.replaced(c), n) for c, n in vote.choices)
    return replace(vote, voters=voters, elected=elected, choices=choices)


def attributed(attribution: Attribution, who: Unnamed) -> Attribution:
    """The attribution with each unnamed person as a role, their label; the words as
    written with the label in the name's place."""
    each = [
        Attribution("role", who.labels[a.key], who.replaced(a.text))
        if a.kind == "person" and a.key in who.labels
        else replace(a, key=who.replaced(a.key), text=who.replaced(a.text), also=())
        for a in attribution.each()
    ]
    head, *others = each
    return replace(head, also=tuple(others))
