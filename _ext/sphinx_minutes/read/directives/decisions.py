"""``decision``, ``motion``, ``reservation``: what a body decided, and how.

A decision or a motion may say how it was taken, and only what the minutes write is
recorded: the counts given (``:for: 13`` alone is thirteen for, and nothing else), a roll
call by name (``:for: Anna Berg, Erik Holm``, each name read as an attribution and
counted), unanimity or acclamation, the options of an election or a choice with their
counts, and who or what was elected. A motion names its mover (the argument), its
seconder and its outcome. A reservation (dissent, as Swedish protokoll record it) is
entered against the nearest decision or motion before it in its item.
"""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes

from ...model.labels import MANNERS, N_
from ...model.meeting import SIDES, Attribution, Outcome, Statement, Vote, Voter, VoteSide
from ...model.names import fold
from ...model.votes import choices, manner, side_label, written_counts
from ..attribution import Read, read_attribution
from ..render import attribution_nodes, joined, xref
from ..votes import is_count, is_names, names, outcome_of, read_choices
from ..withhold import NOT_PUBLIC
from .statements import StatementDirective
from .withheld import withheld

VOTE_OPTIONS = (*SIDES, *MANNERS, "choices", "elected")
OUTCOME_VALUES = (
    "adopted, rejected, withdrawn, referred (or bifallet, avslaget, återtaget, återremitterat)"
)


def who_nodes(who: Attribution) -> list[nodes.Node]:
    """A name as written, linked to the person's or organisation's page if it is one."""
    kinds = {"person": "person", "organisation": "org"}
    if who.kind in kinds:
        return [xref(kinds[who.kind], who.key, who.text)]
    return [nodes.Text(who.text)]


class VotedDirective(StatementDirective):
    """What a decision and a motion share: how it was taken, as far as the minutes say,
    and an ``:id:`` unique within the body, by which the ``decision`` role links to it."""

    known_options: ClassVar[tuple[str, ...]] = (
        "label",
        "closes",
        "id",
        NOT_PUBLIC,
        *VOTE_OPTIONS,
    )

    def complete(self, statement: Statement, siblings: list[Statement]) -> None:
        self.unread: list[str] = []  # options reported as unreadable: shown, not lost
        statement.vote = self.read_vote()
        statement.name = (self.options.get("id") or "").strip() or None
        self.statement = statement

    def read_vote(self) -> Vote | None:
        if not any(option in self.options for option in VOTE_OPTIONS):
            return None
        counts: list[int | None] = []
        voters: list[Voter] = []
        for side in SIDES:
            count, named = self.read_side(side)
            counts.append(count)
            voters += named
        return Vote(
            counts=(counts[0], counts[1], counts[2]),
            voters=tuple(voters),
            unanimous=self.read_flag("unanimous"),
            acclamation=self.read_flag("acclamation"),
            choices=read_choices(self.options.get("choices") or ""),
            elected=tuple(names(self.options.get("elected") or "")),
        )

    def read_side(self, side: VoteSide) -> tuple[int | None, list[Voter]]:
        """A count (``:for: 12``), or the voters by name, counted; nothing if not written."""
        value = (self.options.get(side) or "").strip()
        if side not in self.options:
            return None, []
        if is_count(value):
            return int(value), []
        if not is_names(value):
            self.warn(
                "bad-option",
                f":{side}: {value!r} is neither a count of votes nor a list of voters.",
                f"Give a whole number (`:{side}: 5`) or the voters' names, separated by "
                f"commas (`:{side}: Anna Berg, Erik Holm`).",
                line=self.option_line(side),
            )
            self.unread.append(f":{side}: {value}")
            return None, []
        line = self.option_line(side)
        read = [read_attribution(name, self.meeting, self.domain.registry) for name in names(value)]
        for voter in read:
            self.warn_more_than_a_name(side, voter)
        voters = [Voter(side, who, line) for r in read for who in r.attribution.each()]
        return len(voters), voters

    def warn_more_than_a_name(self, side: str, voter: Read) -> None:
        """``Anna Berg, som ersättare`` would count as one vote, Anna Berg's, and drop the
        rest: voters are names (``Anna Berg och Erik Holm`` are two), each maybe followed
        by a note in parentheses (``Sofia Berg (M)``)."""
        written = voter.attribution.text
        if voter.attribution.also:  # several people, each read (see ``read_attribution``)
            return
        rest = written[voter.span[1] :].strip() if voter.span else ""
        if rest and not rest.startswith("("):
            name = written[voter.span[0] : voter.span[1]] if voter.span else written
            self.warn(
                "bad-option",
                f":{side}: reads {written!r} as one voter, {name}; the rest is not a name.",
                f"Separate the voters with commas (`:{side}: Anna Berg, Erik Holm`).",
                line=self.option_line(side),
            )

    def read_flag(self, flag: str) -> bool:
        """``:unanimous:`` alone on its line; a value after it is reported and shown."""
        if flag not in self.options:
            return False
        value = (self.options.get(flag) or "").strip()
        if value:
            self.warn(
                "bad-option",
                f":{flag}: takes no value; {value!r} is shown but not read.",
                f"Write `:{flag}:` alone on its line, and anything more in the text.",
                line=self.option_line(flag),
            )
            self.unread.append(f":{flag}: {value}")
        return True

    def render(self) -> list[nodes.Node]:
        out = super().render()
        if withheld(self):  # only its place is shown: nothing of it was read
            return out
        vote = self.statement.vote
        box = out[0] if out else None
        if vote is not None and (vote.choices or vote.elected) and isinstance(box, nodes.Element):
            box += self.choice_paragraph(vote)
        return out

    def label_nodes(self, written: str, read: Read, statement: Statement) -> list[nodes.Node]:
        inside = self.how_nodes(statement.vote, statement.outcome)
        out = [*self.who(written, read, statement)]
        out += [nodes.Text(" ("), *joined(inside, "; "), nodes.Text(")")] if inside else []
        for written_option in self.unread:  # reported: shown as written rather than lost
            out += [nodes.Text(" "), nodes.literal(written_option, written_option)]
        return out

    def who(self, written: str, read: Read, statement: Statement) -> list[nodes.Node]:
        """Who decided or moved it, as written."""
        return super().label_nodes(written, read, statement)

    def how_nodes(self, vote: Vote | None, outcome: Outcome | None) -> list[list[nodes.Node]]:
        """``adopted unanimously``, then each count written, a roll call with its names."""
        parts: list[list[nodes.Node]] = []
        head = manner(self.labels, vote, outcome)
        if head:
            parts.append([nodes.Text(head)])
        sides: list[list[nodes.Node]] = []
        for side, count in written_counts(vote):
            named = [who_nodes(v.who) for v in (vote.voters if vote else ()) if v.side == side]
            words = side_label(self.labels, side, count)
            sides.append(
                [nodes.Text(f"{words}: "), *joined(named)] if named else [nodes.Text(words)]
            )
        if sides:
            parts.append(joined(sides, "; " if vote and vote.voters else ", "))
        return parts

    def choice_paragraph(self, vote: Vote) -> nodes.paragraph:
        """``Choices: Anna Berg 12; Erik Holm 9. Elected: Anna Berg.``"""
        para = nodes.paragraph(classes=["minutes-choices"])
        if vote.choices:
            label = self.t(N_("Choices"))
            para += [nodes.inline(label, f"{label}:", classes=["minutes-label"])]
            para += nodes.Text(f" {choices(vote)}.")
        if vote.elected:
            label = self.t(N_("Elected"))
            para += nodes.Text(" " if vote.choices else "")
            para += nodes.inline(label, f"{label}:", classes=["minutes-label"])
            elected = [self.name_nodes(name) for name in vote.elected]
            para += [nodes.Text(" "), *joined(elected), nodes.Text(".")]
        return para

    def name_nodes(self, name: str) -> list[nodes.Node]:
        """An elected name, linked when it is an attendee's or an organisation's."""
        read = read_attribution(name, self.meeting, self.domain.registry)
        whole = read.span == (0, len(name)) and not read.addressed
        return who_nodes(read.attribution) if whole else [nodes.Text(name)]


class DecisionDirective(VotedDirective):
    """A decision, optionally put to a vote (see the module)."""

    kind = "decision"
    label = N_("Decision")


class MotionDirective(VotedDirective):
    """A motion: the argument is its mover, ``:seconded:`` its seconder, ``:outcome:``
    what became of it."""

    kind = "motion"
    label = N_("Motion")
    known_options = (*VotedDirective.known_options, "seconded", "outcome")

    def complete(self, statement: Statement, siblings: list[Statement]) -> None:
        super().complete(statement, siblings)
        self.seconder: Read | None = None
        if "seconded" in self.options:
            seconder = (self.options.get("seconded") or "").strip()
            if not seconder:
                self.warn(
                    "bad-option",
                    ":seconded: names no one.",
                    "Name who seconded the motion (`:seconded: Kim Aho`), or remove the line.",
                    line=self.option_line("seconded"),
                )
            else:
                self.seconder = read_attribution(seconder, self.meeting, self.domain.registry)
                statement.seconder = self.seconder.attribution
                statement.seconder_line = self.option_line("seconded")
        statement.outcome = self.read_outcome()

    def read_outcome(self) -> Outcome | None:
        written = (self.options.get("outcome") or "").strip()
        if "outcome" not in self.options:
            return None
        outcome = outcome_of(written, self.words)
        if outcome is None:
            self.warn(
                "bad-option",
                f":outcome: {written!r} is not what became of a motion.",
                f"Use one of: {OUTCOME_VALUES}.",
                line=self.option_line("outcome"),
            )
            self.unread.append(f":outcome: {written}")
        return outcome

    def who(self, written: str, read: Read, statement: Statement) -> list[nodes.Node]:
        """``by Dana Reed, seconded by Kim Aho``."""
        out: list[nodes.Node] = []
        if written:
            by = fold(written.split()[0]) in self.words.by_words
            out += [nodes.Text(" " if by else f" {self.t(N_('by'))} ")]
            out += attribution_nodes(written, read)
        if self.seconder is not None:
            out += [nodes.Text(f", {self.t(N_('seconded by'))} ")]
            out += attribution_nodes(self.seconder.attribution.text, self.seconder)
        return out


class ReservationDirective(StatementDirective):
    """A member's reservation against the nearest decision or motion before it in its item;
    its text (the reasons) is optional."""

    kind = "reservation"
    label = N_("Reservation")
    known_options = ("label", NOT_PUBLIC)
    text_optional = True

    def complete(self, statement: Statement, siblings: list[Statement]) -> None:
        self.reserved = next(
            (s for s in reversed(siblings) if s.kind in ("decision", "motion")), None
        )
        statement.reserves = self.reserved.id if self.reserved else None

    def label_nodes(self, written: str, read: Read, statement: Statement) -> list[nodes.Node]:
        out = super().label_nodes(written, read, statement)
        if self.reserved is None:
            return out
        motion = self.reserved.kind == "motion"
        words = self.t(N_("against the motion") if motion else N_("against the decision"))
        link = nodes.reference(words, words, refid=self.reserved.id, internal=True)
        return [*out, nodes.Text(" ("), link, nodes.Text(")")]
