"""``meeting``: the facts about a meeting, right under the title of its minutes."""

from __future__ import annotations

from typing import ClassVar, get_args

from docutils import nodes
from sphinx import addnodes

from ...model.labels import N_, gettext_for, long_date
from ...model.meeting import Meeting, MeetingFormat
from ...model.reference import Reference
from ..attendance import read_secretaries
from ..chair import CHAIR
from ..clock import sessions
from ..nodes import at_clock, on_day, view
from ..render import ancestors, field, joined, xref
from ..words import available_language, no_catalogue
from .approval import draft_banner, record_status, status_fields
from .attendance import entry_nodes
from .base import MinutesDirective

FORMATS: dict[str, MeetingFormat] = {f: f for f in get_args(MeetingFormat)}
"""The formats a meeting may have, by the word the writer writes."""


class MeetingDirective(MinutesDirective):
    """Declares the document as the minutes of one meeting and shows its facts.

    Body and date come from the path ``meetings/<body>/<date>.md``; the options may
    repeat them (and are checked against it) or give the rest.
    """

    has_content = True
    known_options: ClassVar[tuple[str, ...]] = (
        "body",
        "date",
        "format",
        "place",
        "secretary",
        "previous",
        "language",
        "time",
        "chair",
        "quorum",
        "head-count",
        "status",
        "approved-by",
    )

    def render(self) -> list[nodes.Node]:
        domain = self.domain
        if self.env.docname in domain.meetings:
            self.warn(
                "meeting-metadata",
                "A second `meeting` directive in one document; it is shown as written.",
                "Keep one `meeting` block per file: one file is one meeting.",
            )
            return [self.as_written()]
        meeting = domain.start_meeting(self.env.docname, self.lineno, self.config)
        self._settle_place(meeting)
        self.depend_on("bodies")
        written_format = self._record(meeting)
        self._record_facts(meeting)
        record_status(self, meeting)
        shown = self._placed(self._fields(meeting, written_format), meeting)
        shown[0:0] = draft_banner(self, meeting)  # above the facts
        for kind in ("chain", "approval", "carried"):
            domain.note_view(self.env.docname, kind, self.env.docname)
            shown.append(view(kind=kind, key=self.env.docname, language=meeting.language))
        if self.content:
            self.warn(
                "malformed",
                "A `meeting` block takes options only; its text is shown as written.",
                "Move the text below the block, or make it an option (`:place: …`).",
                line=self.lineno + self.content_offset + 1,
            )
            return [*shown, self.as_written()]
        return shown

    def _record(self, meeting: Meeting) -> str | None:
        """Keep the options' facts on the meeting; the format as written comes back, so a
        format not understood is still shown."""
        if self.options.get("language"):
            meeting.language = self.options["language"].strip()
            if available_language(meeting.language) is None:
                self.warn(
                    "language",
                    no_catalogue(meeting.language, "of this meeting"),
                    line=self.option_line("language"),
                )
        fmt = written_format = (self.options.get("format") or "").strip() or None
        if fmt and fmt not in FORMATS:
            self.warn(
                "bad-option",
                f":format: {fmt!r} is not a meeting format.",
                "Use one of: in-person, remote, hybrid.",
                line=self.option_line("format"),
            )
            fmt = None
        meeting.format = FORMATS.get(fmt or "")
        meeting.place = self.options.get("place")
        meeting.previous = (self.options.get("previous") or "").strip() or None
        if meeting.previous:
            meeting.previous_line = self.option_line("previous")
            reference = Reference(meeting.previous_line, meeting.body, meeting.previous, "meeting")
            self.domain.note_reference(self.env.docname, reference)
        return written_format

    def _record_facts(self, meeting: Meeting) -> None:
        """When it sat, who chaired, the quorum, the head count: each as written, and each
        value that cannot be read reported at its line and shown as written."""
        written_time = (self.options.get("time") or "").strip()
        if written_time:
            try:
                meeting.sessions = sessions(written_time, self.words)
            except ValueError as error:
                self.warn(
                    "bad-option",
                    f":time: {written_time!r} cannot be read: {error}.",
                    "Write when the meeting sat as `18:00–20:15`, or its sessions as "
                    "`09:00–12:00, 13:00–16:30`.",
                    line=self.option_line("time"),
                )
        meeting.chair = (self.options.get("chair") or "").strip() or None
        meeting.chair_line = self.option_line("chair")
        meeting.quorum = (self.options.get("quorum") or "").strip() or None
        count = (self.options.get("head-count") or "").strip()
        if count.isdigit():
            meeting.head_count = int(count)
        elif count:
            self.warn(
                "bad-option",
                f":head-count: {count!r} is not a number of people.",
                "Give a whole number, such as `:head-count: 42`.",
                line=self.option_line("head-count"),
            )

    def _fact_fields(self, meeting: Meeting) -> list[nodes.field]:
        """The fields of ``_record_facts``; a value not understood is shown as written."""
        t = gettext_for(meeting.language)
        out = []
        written_time = (self.options.get("time") or "").strip()
        if meeting.sessions or written_time:
            shown = sittings(meeting) or [nodes.Text(written_time)]
            out.append(field(t("Time"), *shown))
        if meeting.chair:
            chair = xref("person", meeting.chair, meeting.chair)
            chair[CHAIR] = True  # by the full name once the attendance is read (``chair``)
            out.append(field(t("Chair"), chair))
        if meeting.quorum:
            out.append(field(t("Quorum"), nodes.Text(meeting.quorum)))
        count = (self.options.get("head-count") or "").strip()
        if count:
            out.append(field(t("Head count"), nodes.Text(count)))
        return out

    def _fields(self, meeting: Meeting, written_format: str | None) -> nodes.field_list:
        """The meeting's facts as the page shows them: body, date, format, place …"""
        registry = self.domain.registry
        t = gettext_for(meeting.language)
        fields = nodes.field_list(classes=["minutes-meeting-info"])
        if meeting.body:
            name = registry.bodies.get(meeting.body)
            fields += field(
                t("Body"), xref("body", meeting.body, name.name if name else meeting.body)
            )
        if meeting.date:
            shown = long_date(meeting.date, meeting.language)
            fields += field(t("Date"), on_day(shown, meeting.date))
        if meeting.format:
            fields += field(t("Format"), nodes.Text(t(FORMAT_LABELS[meeting.format])))
        elif written_format:  # not understood, but shown as written
            fields += field(t("Format"), nodes.Text(written_format))
        if meeting.place:
            fields += field(t("Place"), nodes.Text(meeting.place))
        fields += self._fact_fields(meeting)
        fields += status_fields(self, meeting)
        if self.options.get("secretary"):
            fields += self._secretaries(meeting)
        if meeting.previous:
            ref = xref("meeting", meeting.previous, meeting.previous, meeting.body, explicit=False)
            fields += field(t("Previous meeting"), ref)
        self.set_source_info(fields)
        return fields

    def _secretaries(self, meeting: Meeting) -> nodes.field:
        """The minute-takers (``Anna Berg; Erik Holm``), each read as an attendance line."""
        entries = read_secretaries(
            self.options["secretary"], self.lineno, self.domain.registry, self.words
        )
        meeting.secretaries = tuple(entry.attendee for entry in entries)
        for mistake in (mistake for entry in entries for mistake in entry.problems):
            self.note(mistake, self.option_line("secretary"))
        label = self.t(N_("Secretary") if len(entries) < 2 else N_("Secretaries"))
        return field(label, *joined([entry_nodes(entry) for entry in entries], "; "))

    def _placed(self, fields: nodes.field_list, meeting: Meeting) -> list[nodes.Node]:
        """The facts where the page shows them, after the general index's entry."""
        shown: list[nodes.Node] = [fields]
        parent = self.parent_node()
        if parent is not None and not any(isinstance(n, nodes.section) for n in ancestors(parent)):
            self.warn(
                "meeting-metadata",
                "The minutes have no title: the `meeting` block stands above any heading.",
                "Start the file with the meeting's title as a heading (`# Board meeting, "
                "2 May 2024`), then the `meeting` block.",
            )
            shown = [nodes.container("", fields, classes=["minutes-meeting"])]
        if meeting.body and meeting.date:  # the general index: body, then date
            body = self.domain.registry.bodies.get(meeting.body)
            words = f"{body.name if body else meeting.body}; {meeting.date.isoformat()}"
            shown[:0] = [
                addnodes.index(entries=[("single", words, "minutes-meeting", "", None)]),
                nodes.target("", "", ids=["minutes-meeting"]),
            ]
        return shown

    def parent_node(self) -> nodes.Node | None:
        """Where the block stands: docutils' state knows it, MyST's renderer too."""
        renderer = getattr(self.state, "_renderer", None)
        parent = getattr(renderer, "current_node", None) or getattr(self.state, "parent", None)
        return parent if isinstance(parent, nodes.Node) else None

    def _settle_place(self, meeting: Meeting) -> None:
        """Body and date come from the path; options may fill what the path lacks, and
        must otherwise agree with it."""
        given_body = (self.options.get("body") or "").strip()
        given_date = self.date_option("date")
        where = f"{self.config.minutes_meetings_dir}/<body>/<YYYY-MM-DD>.md"
        if given_body and not meeting.body:
            meeting.body = given_body
        elif given_body and given_body != meeting.body:
            self.warn(
                "meeting-metadata",
                f":body: {given_body!r} contradicts the file's folder {meeting.body!r}.",
                f"Move the file to {where}, or correct :body:.",
                line=self.option_line("body"),
            )
        if given_date and meeting.date is None:
            meeting.date = given_date
        elif given_date and given_date != meeting.date:
            self.warn(
                "meeting-metadata",
                f":date: {given_date} contradicts the file name ({meeting.date}).",
                f"Rename the file to {where}, or correct :date:.",
                line=self.option_line("date"),
            )
        if not meeting.body or meeting.date is None:
            self.warn(
                "meeting-metadata",
                f"Cannot tell the meeting's body and date from {self.env.docname!r}.",
                f"Name the file {where}, or give :body: and :date:.",
            )
        elif meeting.body not in self.domain.registry.bodies:
            self.warn("unknown-body", f"Body {meeting.body!r} is not in the body registry.")


FORMAT_LABELS = {
    "in-person": N_("in person"),
    "remote": N_("remote meeting"),
    "hybrid": N_("hybrid meeting"),
}


def sittings(meeting: Meeting) -> list[nodes.Node]:
    """``18:00–20:15, 20:30–21:00``, each time a time of the meeting's day."""
    out: list[nodes.Node] = []
    for session in meeting.sessions:
        out += [nodes.Text(", ")] if out else []
        out.append(at_clock(session.start, meeting.date))
        if session.end:
            out += [nodes.Text("–"), at_clock(session.end, meeting.date)]
    return out
