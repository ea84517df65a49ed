"""``attendance``: the list of who was there, written as the secretary writes it."""

from __future__ import annotations

import re
from typing import ClassVar

from docutils import nodes

from ..attendance import Entry, Heading, parse_entry, parse_heading
from ..render import Span, woven
from .base import MinutesDirective

ENTRY = re.compile(r"^[-*+]\s+(?P<text>.*)$")


class AttendanceDirective(MinutesDirective):
    """Group headings (``Närvarande:``, ``Från SCB (…)``, ``Frånvarande:``) each followed
    by ``- Name, Organisation, role (notes)`` lines. Every line is shown as written."""

    has_content = True
    known_options: ClassVar[tuple[str, ...]] = ()

    def render(self) -> list[nodes.Node]:
        meeting = self.meeting
        registry = self.domain.registry
        self.depend_on("organisations")
        container = nodes.container(classes=["minutes-attendance"])
        self.set_source_info(container)
        entries: nodes.bullet_list | None = None
        heading: Heading | None = None
        for offset, raw in enumerate(self.content):
            line = self.lineno + self.content_offset + offset + 1
            text = raw.strip()
            if not text:
                continue
            entry_match = ENTRY.match(text)
            if entry_match is None:
                heading = parse_heading(text, registry)
                self._report(heading.problems, line)
                title = nodes.rubric(text, "", *heading_nodes(text, heading))
                title["classes"].append("minutes-attendance-heading")
                title["heading-level"] = 2
                entries = nodes.bullet_list()
                container += nodes.container(
                    "", title, entries, classes=["minutes-attendance-group", heading.group]
                )
                continue
            if heading is None or entries is None:
                self.warn(
                    "attendance-group",
                    "An attendance entry comes before any group heading.",
                    line=line,
                )
                heading = Heading("members", "present")
                entries = nodes.bullet_list()
                container += nodes.container(
                    "", entries, classes=["minutes-attendance-group", "members"]
                )
            entry = parse_entry(entry_match["text"].strip(), line, heading, registry)
            self._report(entry.problems, line)
            meeting.attendance.append(entry.attendee)
            entries += nodes.list_item("", nodes.paragraph("", "", *entry_nodes(entry)))
        return [container]

    def _report(self, problems: list[tuple[str, str, str | None]], line: int) -> None:
        for code, message, near in problems:
            self.warn(code, message, line=line, near=near)


def entry_nodes(entry: Entry) -> list[nodes.Node]:
    """The entry's line as written, its name marked and its organisation linked."""
    attendee = entry.attendee
    spans: list[Span] = [(*entry.name_span, "person", attendee.name)]
    if entry.organisation_span and attendee.organisation:
        spans.append((*entry.organisation_span, "org", attendee.organisation))
    return woven(attendee.text, spans)


def heading_nodes(text: str, heading: Heading) -> list[nodes.Node]:
    """A group heading as written, its organisation (``Från SCB …``) linked."""
    if heading.organisation is None or heading.organisation_span is None:
        return [nodes.Text(text)]
    return woven(text, [(*heading.organisation_span, "org", heading.organisation.id)])
