"""What every minutes directive shares: the meeting being read, located warnings, labels."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from ...model.codes import CodeName
from ...model.labels import N_, Labels, gettext_for, language_of
from ...model.mistake import Mistake
from ..clock import clock
from ..plain_text import read_plain
from ..source import source_lines
from ..store import ReadStore, minutes_domain
from .options import OPTION, read_options

if TYPE_CHECKING:
    from ...model.meeting import AgendaItem, Meeting, Statement
    from ...model.vocabulary import Vocabulary

ITEM_STACK = "minutes:items"
"""``env.temp_data`` key: the agenda items being read, innermost last."""


def split_list(value: str) -> list[str]:
    """Comma- or line-separated option values, blanks dropped."""
    return [part.strip() for part in re.split(r"[,\n]", value or "") if part.strip()]


class MinutesDirective(SphinxDirective):
    """Base class: options arrive as strings and are checked here, with located warnings.

    Subclasses implement :meth:`render`. What the writer wrote badly is reported where
    it is found, and what cannot be read at all is shown as written (:meth:`as_written`).
    An exception is a defect of the extension, never the writer's: it is not disguised as
    a warning, so the tests and ``sphinx-build -v`` show its traceback.
    """

    known_options: ClassVar[tuple[str, ...]] = ()
    option_spec = None
    """None: MyST leaves the option lines in the content, to be read by :meth:`take_options`
    exactly as written (see ``options``)."""

    def run(self) -> list[nodes.Node]:
        self.mend_content_offset()
        unread = self.take_options()
        if self.env.docname not in self.domain.meetings:
            self.domain.note_language(self.env.docname, language_of(self.config))
        out = self.render()
        unknown = self.unknown_options(unread)
        if unknown is not None and out and isinstance(out[0], nodes.section):
            out[0].insert(1, unknown)
        elif unknown is not None:
            out.insert(0, unknown)
        return out

    def render(self) -> list[nodes.Node]:
        raise NotImplementedError

    def as_written(self) -> nodes.Element:
        """The directive's text exactly as written, under a visible marker."""
        box = nodes.container(classes=["minutes-malformed"])
        meeting = self.domain.meetings.get(self.env.docname)
        note = gettext_for(meeting.language if meeting else language_of(self.config))(
            N_("This block could not be read; it is shown as written.")
        )
        marker = f"⚠ {{{self.name}}} {note}"
        box += nodes.paragraph(marker, marker, classes=["minutes-malformed-marker"])
        box += nodes.literal_block(self.block_text, self.block_text, language="none")
        return box

    @property
    def domain(self) -> ReadStore:
        return minutes_domain(self.env, ReadStore)

    @property
    def meeting(self) -> Meeting:
        """The meeting of this document (created from the file's path if not declared)."""
        meeting = self.domain.meetings.get(self.env.docname)
        if meeting is None:
            self.warn("no-meeting", f"`{self.name}` is used before any `meeting` directive.")
            meeting = self.domain.start_meeting(self.env.docname, self.lineno, self.config)
        return meeting

    @property
    def item(self) -> AgendaItem | None:
        stack: list[AgendaItem] = self.env.temp_data.get(ITEM_STACK) or []
        return stack[-1] if stack else None

    @property
    def words(self) -> Vocabulary:
        """The words this meeting is read with (its language's, its body's own)."""
        meeting = self.meeting
        return self.domain.registry.vocabulary(meeting.language, meeting.body)

    def depend_on(self, registry: str) -> None:
        """Re-read this document when that registry file changes."""
        path = self.domain.registry.files.get(registry)
        if path is not None:
            self.env.note_dependency(str(path))

    @property
    def labels(self) -> Labels:
        """The labels of the meeting's language."""
        return gettext_for(self.meeting.language)

    def t(self, message: str) -> str:
        """A label in the meeting's language."""
        return self.labels(message)

    def warn(
        self,
        code: CodeName,
        message: str,
        hint: str | None = None,
        line: int = 0,
        near: str | None = None,
    ) -> None:
        """Record a mistake at its line; it is reported on this and every later build."""
        self.note(Mistake(code, message, hint, near), line)

    def note(self, mistake: Mistake, line: int = 0) -> None:
        """Record a mistake found by a reader at its line (the directive's, if not given)."""
        located = mistake.at(self.env.docname, line or self.lineno)
        self.domain.note_problem(self.env.docname, located)

    def option_line(self, name: str) -> int:
        """The line an option is written on (the directive's line if it cannot be told)."""
        lines: dict[str, int] = getattr(self, "option_lines", {})
        return lines.get(name, self.lineno)

    def mend_content_offset(self) -> None:
        """MyST puts a blank line before a colon fence's text when it starts with another
        fence (``::::{agenda-item}`` then ``:::{comment}``), so everything in it would be
        reported a line too low; the source tells whether the blank line is the writer's."""
        first = self.content[0] if self.content else ""
        if self.content_offset < 1 or not first.startswith(":::"):
            return
        lines = source_lines(self.env)
        if 0 < self.lineno < len(lines) and lines[self.lineno].lstrip().startswith(":::"):
            self.content_offset -= 1

    def take_options(self) -> list[str]:
        """Read the option lines at the top of the content into ``self.options`` and take
        them out of the content. Returns the lines not read (given twice), reported."""
        block = read_options(self.content.data)
        first_line = self.lineno + self.content_offset + 1
        self.options = block.first()
        self.option_lines: dict[str, int] = {
            o.name: first_line + o.offset for o in reversed(block.written)
        }
        self.content = self.content[block.consumed :]
        self.content_offset += block.consumed
        if block.problem:
            self.warn("bad-option", f"In `{self.name}`, {block.problem}.", line=first_line)
        unread = []
        for first, again in block.repeated():
            self.warn(
                "bad-option",
                f":{again.name}: is given twice in `{self.name}`; the first value "
                f"({first.value!r}) is read, this one ({again.value!r}) is not.",
                "Give each option once.",
                line=first_line + again.offset,
            )
            unread.append(again.text)
        self.warn_stray_options(first_line + block.consumed)
        return unread

    def warn_stray_options(self, first_line: int) -> None:
        """Options of this directive written below a blank line are text to MyST and to
        the reader: say so, rather than let a vote or a date silently not count."""
        lines = self.content.data
        start = next((n for n, line in enumerate(lines) if line.strip()), len(lines))
        for offset in range(start, len(lines)):
            match = OPTION.match(lines[offset].strip())
            if match is None:
                return
            if match["name"] in self.known_options:
                self.warn(
                    "bad-option",
                    f"`{lines[offset].strip()}` is below a blank line, so it is not read as "
                    f"an option of `{self.name}`; it is shown as text.",
                    "Write the options right under the directive's first line, with no "
                    "blank line before or between them.",
                    line=first_line + offset,
                )

    def unknown_options(self, unread: list[str]) -> nodes.paragraph | None:
        """Options this directive does not know, and those not read: reported (the
        unknown ones here), and shown as written."""
        shown = nodes.paragraph(classes=["minutes-malformed-marker", "minutes-unknown-options"])
        for name, value in self.options.items():
            if name in self.known_options:
                continue
            known = ", ".join(f":{o}:" for o in self.known_options) or "none"
            self.warn(
                "bad-option",
                f"Unknown option :{name}: of `{self.name}`.",
                f"The options of `{self.name}` are: {known}.",
                line=self.option_line(name),
            )
            unread.insert(0, f":{name}: {value or ''}".rstrip())
        for written in unread:
            shown += [nodes.Text("⚠ " if not len(shown) else " "), nodes.literal(written, written)]
        return shown if len(shown) else None

    def date_option(self, name: str) -> dt.date | None:
        value = self.options.get(name)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            self.warn(
                "bad-option",
                f":{name}: {value!r} is not a date.",
                "Write it as YYYY-MM-DD.",
                line=self.option_line(name),
            )
            return None

    def time_option(self, name: str) -> str | None:
        """A clock time (``14:20``, ``14.20``) as ``HH:MM``; one that cannot be read is
        reported, and the caller shows it as written."""
        value = (self.options.get(name) or "").strip()
        if not value:
            return None
        try:
            return clock(value, self.words)
        except ValueError as error:
            self.warn(
                "bad-option",
                f":{name}: {value!r} cannot be read: {error}.",
                "Write the time of day as `14:20`.",
                line=self.option_line(name),
            )
            return None

    def unique_id(self, anchor: str) -> str:
        """``anchor``, or ``anchor-2``, ``anchor-3`` … if the page already has it."""
        ids = self.state.document.ids
        candidate, n = anchor, 1
        while candidate in ids:
            n += 1
            candidate = f"{anchor}-{n}"
        return candidate

    def statement_place(self, kind: str) -> tuple[list[Statement], str]:
        """Where a statement of ``kind`` goes: the statements of its item (none, and
        reported, outside any item) and its anchor, ``item-6-comment-2``, unique on the
        page: a statement withheld from the public build keeps its place and anchor."""
        item = self.item
        if item is None:
            self.warn("outside-item", f"A `{self.name}` stands outside any agenda item.")
        siblings = item.statements if item else []
        prefix = item.anchor if item else "statement"
        number = 1 + sum(1 for s in siblings if s.kind == kind)
        return siblings, self.unique_id(f"{prefix}-{kind}-{number}")

    def parse_body(self, node: nodes.Element) -> nodes.Element:
        """Parse the directive's content (MyST) into ``node``; plain words, most
        statements, are put in at once as the paragraph MyST makes of them."""
        if not read_plain(self.state, self.content.data, self.content_offset, node):
            self.state.nested_parse(self.content, self.content_offset, node)
        return node
