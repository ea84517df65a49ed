"""How a vote reads in a page's language: the meeting page and the registers print the
same words from the same record, and only what the minutes wrote (no count invented)."""

from __future__ import annotations

from .labels import COUNTED, MANNERS, N_, OUTCOMES, Labels
from .meeting import SIDES, Outcome, Vote, VoteSide

Translate = Labels


def manner(t: Translate, vote: Vote | None, outcome: Outcome | None = None) -> str:
    """``adopted unanimously``, ``by acclamation``, ``rejected``; empty if none is written.
    The order of outcome and manner is the language's (``einstimmig angenommen``)."""
    said = t(OUTCOMES[outcome]) if outcome else ""
    how = ""
    if vote is not None:
        flags = {"unanimous": vote.unanimous, "acclamation": vote.acclamation}
        how = " ".join(t(label) for flag, label in MANNERS.items() if flags[flag])
    if said and how:
        return t(N_("{outcome} {manner}")).format(outcome=said, manner=how)
    return said or how


def written_counts(vote: Vote | None) -> list[tuple[VoteSide, int]]:
    """The sides whose count the minutes give (a roll call's by its names), in order."""
    if vote is None:
        return []
    return [(side, n) for side, n in zip(SIDES, vote.counts, strict=True) if n is not None]


def side_label(t: Translate, side: VoteSide, count: int) -> str:
    """``12 for``, ``3 emot``."""
    return t.plural(COUNTED[side], count)


def counted(t: Translate, vote: Vote | None) -> str:
    """``12 for, 3 against``: the counts written, and no other."""
    return ", ".join(side_label(t, side, n) for side, n in written_counts(vote))


def choices(vote: Vote | None) -> str:
    """``Anna Berg 12; Erik Holm 9; Kim Aho``: each option with its count if written (after
    a colon where the option's name ends in a number: ``Plan 2: 12``)."""
    if vote is None:
        return ""
    return "; ".join(
        name if n is None else f"{name}{':' if name[-1:].isdigit() else ''} {n}"
        for name, n in vote.choices
    )


def summary(t: Translate, vote: Vote | None, outcome: Outcome | None = None) -> str:
    """``adopted unanimously; 12 for``: what the parentheses after a decision say."""
    return "; ".join(part for part in (manner(t, vote, outcome), counted(t, vote)) if part)


def chosen(t: Translate, vote: Vote | None) -> str:
    """``Choices: Anna Berg 12; Erik Holm 9. Elected: Anna Berg.``"""
    parts = []
    if vote is not None and vote.choices:
        parts.append(f"{t(N_('Choices'))}: {choices(vote)}.")
    if vote is not None and vote.elected:
        parts.append(f"{t(N_('Elected'))}: {', '.join(vote.elected)}.")
    return " ".join(parts)


def moved_by(t: Translate, by: str, seconder: str) -> str:
    """``Motion by Dana Reed, seconded by Kim Aho``: the mover as written, without the
    ``by`` or ``från`` the minutes may start with (see ``derive.views.registers``)."""
    words = t(N_("Motion"))
    if by:
        words += f" {t(N_('by'))} {by}"
    if seconder:
        words += f", {t(N_('seconded by'))} {seconder}"
    return words
