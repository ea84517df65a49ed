"""The roles that link into the minutes (``{meeting}``, ``{item}``, ``{person}``…).

A role notes the line it is written on, which the parser does not give (it gives the
paragraph's first line), and the body of the meeting it is written in, for short links
(an ``item`` link to ``3`` means item 3 of the meeting it is written in)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from docutils import nodes
from sphinx.roles import XRefRole

from ..read.source import source_lines
from ..read.store import ReadStore, minutes_domain

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment


class MinutesRole(XRefRole):
    """A cross-reference into the minutes domain, also usable without the ``minutes:``
    prefix; it records the body of the meeting it is written in, for short references."""

    def __init__(self, reftype: str) -> None:
        super().__init__(warn_dangling=True, innernodeclass=nodes.inline)
        self.minutes_type = reftype

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        self.refdomain, self.reftype = "minutes", self.minutes_type
        self.classes = ["xref", "minutes", f"minutes-{self.minutes_type}"]
        return self.create_non_xref_node() if self.disabled else self.create_xref_node()

    def create_xref_node(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        made, messages = super().create_xref_node()
        if made and isinstance(made[0], nodes.Element):
            made[0]["minutes:line"] = self.written_line()  # checked once the page is read
        return made, messages

    def written_line(self) -> int:
        """The line the role is written on: the parser gives its paragraph's first line."""
        temp = self.env.temp_data
        lines = source_lines(self.env)
        written = self.rawtext.splitlines()[0] if self.rawtext else ""
        found = cast("dict[str, tuple[int, int]]", temp.setdefault("minutes:roles", {}))
        last_line, taken = found.get(written, (0, 0))
        for number in range(max(self.lineno, 1), len(lines) + 1):
            count = lines[number - 1].count(written) if written else 0
            already = taken if number == last_line else 0
            if number >= last_line and already < count:
                found[written] = (number, already + 1)
                return number
        return self.lineno

    def process_link(
        self,
        env: BuildEnvironment,
        refnode: nodes.Element,
        has_explicit_title: bool,
        title: str,
        target: str,
    ) -> tuple[str, str]:
        meeting = minutes_domain(env, ReadStore).meetings.get(env.docname)
        refnode["minutes:body"] = meeting.body if meeting else ""
        target = target.strip()
        if self.minutes_type == "item" and "#" not in target:
            target = f"#{target}"
        if self.minutes_type == "item" and target.startswith("#") and meeting and meeting.date:
            target = f"{meeting.date.isoformat()}{target}"
        return title, target
