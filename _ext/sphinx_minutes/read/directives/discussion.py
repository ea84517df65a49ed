"""``discussion``: what was said under an item, as a scribe writes it, one speaker a line.

    :::{discussion}
    Dana Reed: The release should move to May.
    Question from the participants: Who tests the installer?
    Answer Kim Aho: The packaging team.
    Resolved: The release moves to 14 May.
    :::

Each line that starts with ``Who:`` starts a statement, read exactly as the statement's
own directive would read it (``{comment} Dana Reed``, ``{question} from the
participants``): the same attribution, checks, anchors and labels. A first word from
the vocabulary's statement words makes it that kind (``Fråga``, ``Answer``, ``Beslut``,
``Action``); any other speaker makes a comment. Lines right under a speaker line
continue its statement; a paragraph after a blank line that names no speaker is the
scribe's own text, kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docutils import nodes
from docutils.languages import get_language
from docutils.parsers.rst import directives
from docutils.statemachine import StringList

from ...model.names import fold
from .base import MinutesDirective
from .statements import StatementDirective

SPEAKER = re.compile(
    r"^(?!\d+[.)]\s)(?:\*\*(?P<bold>[^*:\n]{1,120}?):?\*\*:?|(?P<plain>[^\s:*`#>|\-+\[][^:\n]{0,119}?):)"
    r"[ \t]+(?P<text>\S.*)$"
)
"""``Dana Reed: text`` or ``**Dana Reed:** text``. The speaker holds no colon, so
``14:30`` and ``https://…`` never start a statement; a Markdown list, heading, quote or
table line is never a speaker line."""
FENCE = re.compile(r"^\s*(`{3,}|~{3,}|:{3,})")


@dataclass
class Turn:
    """A run of lines: one speaker's statement, or the scribe's own text."""

    start: int
    """Index of its first line in the block's content."""
    speaker: str | None
    lines: list[str] = field(default_factory=list)
    closed: bool = False
    """A blank line was seen: a line naming no speaker no longer continues it."""


def turns(lines: list[str]) -> list[Turn]:
    """The block's lines cut into turns (see the module's docstring)."""
    out: list[Turn] = []
    fence: str | None = None
    for index, line in enumerate(lines):
        if fence is None and (opened := FENCE.match(line)):
            fence = opened[1][0]
        elif fence is not None and line.strip().startswith(fence * 3):
            fence = None
        speaker = SPEAKER.match(line) if fence is None and not line[:1].isspace() else None
        current = out[-1] if out else None
        if speaker is not None:
            out.append(Turn(index, speaker["bold"] or speaker["plain"], [speaker["text"]]))
        elif current is None or (current.closed and line.strip() and current.speaker):
            out.append(Turn(index, None, [line]))
        else:
            current.lines.append(line)
            current.closed = current.closed or not line.strip()
    return out


class DiscussionDirective(MinutesDirective):
    has_content = True

    def render(self) -> list[nodes.Node]:
        box = nodes.container(classes=["minutes-discussion"])
        self.set_source_info(box)
        for turn in turns(list(self.content)):
            offset = self.content_offset + turn.start
            if turn.speaker is None:
                self.state.nested_parse(StringList(turn.lines), offset, box)
            else:
                box += self.statement(turn.speaker.strip(), turn.lines, offset)
        return [box]

    def statement(self, speaker: str, lines: list[str], offset: int) -> list[nodes.Node]:
        """The statement a speaker line starts, made by that statement's own directive."""
        first, _, rest = speaker.partition(" ")
        name = self.words.statements.get(fold(first))
        who = rest if name else speaker
        directive, _ = directives.directive(
            name or "comment", get_language("en"), self.state.document
        )
        if directive is None or not issubclass(directive, StatementDirective):
            msg = f"the statement directive {name!r} is not registered"
            raise RuntimeError(msg)
        line = self.lineno + offset + 1
        made = directive(
            name or "comment",
            [who] if who.strip() else [],
            {"label": first} if name else {},
            StringList(lines),
            line,
            offset,
            "\n".join(lines),
            self.state,
            self.state_machine,
        )
        made.speaker_line = True  # the label as the scribe wrote it (``Action Kim Aho:``)
        return made.render()
