"""Votes, elections and reservations that contradict themselves or stand alone.

Who voted is checked as every name of a statement is (``checks``: not in the attendance,
absent, not present for the item), at the line of the option that names them; here, what
no name check sees: a unanimous vote with votes against it, a voter named twice, an
elected name that is none of the choices, a reservation against nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model.meeting import Meeting, Statement, Vote
from ..model.mistake import Mistake
from ..model.names import fold, person_key
from ..read.registry import near_miss
from ..read.votes import is_choice


def vote_problems(meeting: Meeting, public: bool = False) -> Iterator[Mistake]:
    """In the public build, a statement withheld is only its place: nothing to check."""
    for item in meeting.items:
        for statement in item.statements:
            if public and not statement.public:
                continue
            if statement.vote is not None:
                yield from contradictions(statement, statement.vote, meeting.docname)
                yield from unknown_choices(statement.vote, meeting.docname, statement.line)
            if statement.kind == "reservation":
                yield from reservation_problems(statement, meeting.docname)


def contradictions(statement: Statement, vote: Vote, docname: str) -> Iterator[Mistake]:
    """Unanimity (or acclamation) with votes on the losing side; a voter named twice."""
    losing = 0 if statement.outcome == "rejected" else 1
    count = vote.counts[losing]
    how = "unanimous" if vote.unanimous else "taken by acclamation"
    if (vote.unanimous or vote.acclamation) and count:
        side = "for" if losing == 0 else "against"
        message = f"This {statement.kind} is recorded as {how}, with {count} {side}."
        yield Mistake("vote-contradiction", message).at(docname, statement.line)
    seen: dict[str, str] = {}
    for voter in vote.voters:
        who = person_key(voter.who.key) if voter.who.kind == "person" else fold(voter.who.text)
        if who in seen:
            again = "again" if seen[who] == voter.side else f"both {seen[who]} and"
            message = f"{voter.who.text} is named {again} {voter.side} in this vote."
            yield Mistake("vote-contradiction", message).at(docname, voter.line)
        seen.setdefault(who, voter.side)


def unknown_choices(vote: Vote, docname: str, line: int) -> Iterator[Mistake]:
    """Each elected name must be one of the choices, when the choices are written."""
    if not vote.choices:
        return
    options = [name for name, _ in vote.choices]
    for name in vote.elected:
        if not is_choice(name, vote.choices):
            message = f"{name} is elected but is none of the choices ({'; '.join(options)})."
            near = near_miss(name, options, cutoff=0.8)
            yield Mistake("unknown-choice", message, near=near).at(docname, line)


def reservation_problems(statement: Statement, docname: str) -> Iterator[Mistake]:
    if statement.reserves is None:
        message = "This reservation follows no decision or motion of its agenda item."
        yield Mistake("reservation", message).at(docname, statement.line)
    if statement.by.kind == "nobody":
        message = "This reservation names no one who entered it."
        yield Mistake("reservation", message).at(docname, statement.line)
