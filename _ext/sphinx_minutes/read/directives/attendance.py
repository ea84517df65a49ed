"""``attendance``: the list of who was there, written as the secretary writes it."""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes

from ..attendance import Entry, Heading, read_attendance
from ..render import Span, woven
from ..unnamed import UNNAMED
from .base import MinutesDirective


class AttendanceDirective(MinutesDirective):
    """Group headings (``Närvarande:``, ``Från SCB (…)``, ``Frånvarande:``) each followed
    by ``- Name, Organisation, role (notes)`` lines, or ``- Organisation (notes)`` for an
    organisation attending as such. Every line is shown as written, the person marked and
    the organisation linked."""

    has_content = True
    known_options: ClassVar[tuple[str, ...]] = ()

    def render(self) -> list[nodes.Node]:
        meeting = self.meeting
        self.depend_on("organisations")
        container = nodes.container(classes=["minutes-attendance"])
        self.set_source_info(container)
        entries = nodes.bullet_list()
        first = self.lineno + self.content_offset + 1
        lines = enumerate(self.content, first)
        for line, text, read in read_attendance(lines, self.domain.registry, self.words):
            for mistake in read.problems:
                self.note(mistake, line)
            if isinstance(read, Heading):
                entries = nodes.bullet_list()
                title = [heading_title(text, read)] if text else []
                classes = ["minutes-attendance-group", read.group]
                container += nodes.container("", *title, entries, classes=classes)
                continue
            meeting.attendance.append(read.attendee)
            entries += nodes.list_item("", nodes.paragraph("", "", *entry_nodes(read)))
        return [container]


def entry_nodes(entry: Entry) -> list[nodes.Node]:
    """The entry's line as written, its name marked and its organisation linked. The line
    of a person not named in public is held in one marked node, for ``read.unnamed`` to
    show as the build may: by their label in public, by name and marked internally."""
    attendee = entry.attendee
    spans: list[Span] = [(*entry.name_span, "person", attendee.name)]
    if entry.organisation_span and attendee.organisation:
        spans.append((*entry.organisation_span, "org", attendee.organisation))
    line = woven(attendee.text, spans)
    if attendee.anonymous and attendee.kind == "person" and attendee.name.strip():
        held = nodes.inline("", "", *line, classes=["minutes-unnamed"])
        held[UNNAMED] = attendee.name
        return [held]
    return line


def heading_title(text: str, heading: Heading) -> nodes.rubric:
    """A group's heading as written, over its entries."""
    title = nodes.rubric(text, "", *heading_nodes(text, heading))
    title["classes"].append("minutes-attendance-heading")
    title["heading-level"] = 2
    return title


def heading_nodes(text: str, heading: Heading) -> list[nodes.Node]:
    """A group heading as written, its organisation (``Från SCB …``) linked."""
    if heading.organisation is None or heading.organisation_span is None:
        return [nodes.Text(text)]
    return woven(text, [(*heading.organisation_span, "org", heading.organisation.id)])
