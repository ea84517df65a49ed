"""``comment``, ``question``, ``answer``, ``follow-up``: what was said and done (decisions,
motions and reservations are in ``decisions``).

The argument says who, as the minutes say it (``{comment} SCB`` reads "Kommentar SCB:",
``{question} från deltagarna`` reads "Fråga från deltagarna:"); the content is the text.
The label runs into the first paragraph, as in the secretary's own minutes.
"""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes

from ...model.labels import N_, long_date
from ...model.meeting import NOBODY, Statement, StatementKind
from ...model.names import fold
from ..attribution import Read, read_attribution
from ..nodes import on_day
from ..render import attribution_nodes, joined, xref
from ..withhold import NOT_PUBLIC
from .base import MinutesDirective, split_list
from .withheld import not_public_note, reason_of, withheld, withheld_statement


class StatementDirective(MinutesDirective):
    kind: ClassVar[StatementKind]
    label: ClassVar[str]
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    known_options: ClassVar[tuple[str, ...]] = ("label", "closes", NOT_PUBLIC)
    text_optional: ClassVar[bool] = False
    """True where the label alone says it all ("Reservation Erik Holm."): no text is due."""
    speaker_line: bool = False
    """True for a scribe's speaker line (``discussion``): the label is the words the scribe
    wrote (``Action Kim Aho:``, ``Dana Reed:``), the names still links, and nothing more."""

    def render(self) -> list[nodes.Node]:
        if withheld(self):
            return [withheld_statement(self, self.kind)]
        meeting = self.meeting
        item = self.item
        siblings, anchor = self.statement_place(self.kind)
        written = self.arguments[0].strip() if self.arguments else ""
        read = read_attribution(written, meeting, self.domain.registry)
        statement = Statement(
            kind=self.kind,
            id=anchor,
            line=self.lineno,
            public=NOT_PUBLIC not in self.options and (item is None or item.public),
            reason=reason_of(self) or (item.reason if item else None),
        )
        statement.closes = tuple(split_list(self.options.get("closes", "")))
        if read.addressed:
            statement.to = read.attribution
        else:
            statement.by = read.attribution
        self.complete(statement, siblings)
        box = nodes.container(ids=[statement.id], classes=["minutes-statement", self.kind])
        self.set_source_info(box)
        self.state.document.ids[statement.id] = box
        self.parse_body(box)
        statement.text = box.astext()
        label = self.label_of(written, read, statement)
        label += nodes.Text(":" if box.children or not self.text_optional else ".")
        if box.children and isinstance(box[0], nodes.paragraph):
            box[0].insert(0, nodes.Text(" "))
            box[0].insert(0, label)
        else:
            box.insert(0, nodes.paragraph("", "", label))
        if NOT_PUBLIC in self.options:
            box += not_public_note(statement.reason, self.t)
        siblings.append(statement)
        return [box]

    def label_of(self, written: str, read: Read, statement: Statement) -> nodes.inline:
        """The label the text runs on from: ``Comment Dana Reed``, ``Follow-up (Kim Aho,
        due 2 May 2025) (closes …)``; as the scribe wrote it for a speaker line."""
        label = nodes.inline("", "", classes=["minutes-label"])
        if self.speaker_line:
            word = self.options.get("label") or ""
            label += nodes.Text(word + (" " if word and written else ""))
            label += attribution_nodes(written, read)
            return label
        label += nodes.Text(self.options.get("label") or self.t(self.label))
        label += self.label_nodes(written, read, statement)
        if statement.closes:
            closed = [[xref("follow-up", n, n, self.meeting.body)] for n in statement.closes]
            label += [nodes.Text(f" ({self.t(N_('closes'))} "), *joined(closed), nodes.Text(")")]
        return label

    def complete(self, statement: Statement, siblings: list[Statement]) -> None:
        """Fill in what this kind of statement adds (answered questions, owner, votes)."""

    def label_nodes(self, written: str, read: Read, statement: Statement) -> list[nodes.Node]:
        """What follows the label word: the attribution as written (``från deltagarna``)."""
        return [nodes.Text(" "), *attribution_nodes(written, read)] if written else []


class CommentDirective(StatementDirective):
    kind = "comment"
    label = N_("Comment")


class QuestionDirective(StatementDirective):
    kind = "question"
    label = N_("Question")


class AnswerDirective(StatementDirective):
    """An answer answers the questions asked right before it, with no other statement
    between: one answer may follow two questions; a question may go unanswered."""

    kind = "answer"
    label = N_("Answer")

    def complete(self, statement: Statement, siblings: list[Statement]) -> None:
        asked = []
        for earlier in reversed(siblings):
            if earlier.kind != "question":
                break
            asked.append(earlier.id)
        statement.answers = tuple(reversed(asked))


class FollowUpDirective(StatementDirective):
    """An action to follow up: the argument names its owner, ``:due:`` its date."""

    kind = "follow-up"
    label = N_("Follow-up")
    known_options = ("label", "closes", "due", "id", NOT_PUBLIC)

    def complete(self, statement: Statement, siblings: list[Statement]) -> None:
        statement.owner, statement.by = statement.by, NOBODY
        if fold(self.options.get("due") or "") in self.words.next_meeting:
            statement.due_next = True
        else:
            statement.due = self.date_option("due")
        statement.name = (self.options.get("id") or "").strip() or None

    def label_nodes(self, written: str, read: Read, statement: Statement) -> list[nodes.Node]:
        parts = attribution_nodes(written, read)
        written_due = (self.options.get("due") or "").strip()
        if written_due:  # a date in the meeting's language, or as written if not a date
            when = long_date(statement.due, self.meeting.language) if statement.due else written_due
            due = [nodes.Text(self.t(N_("due")) + " "), on_day(when, statement.due)]
            parts += [nodes.Text(", " if parts else ""), *due]
        return [nodes.Text(" ("), *parts, nodes.Text(")")] if parts else []
