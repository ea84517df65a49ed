"""The minutes' status in the ``meeting`` block (``:status:``, ``:approved-by:``) and the
earlier minutes an agenda item approves (``:approves:``): read into the model, shown
with the meeting's facts, and a draft's banner on top of its page.

A draft names its approvers to come (the *justerare* chosen at the meeting sign later):
they are shown as "To be approved by", and the PDF has their signature lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from ...model.labels import N_, long_date
from ...model.reference import Reference
from ..approval import read_approvers, read_status
from ..chair import APPROVER
from ..nodes import on_day
from ..render import field, joined, xref

if TYPE_CHECKING:
    import datetime as dt

    from ...model.meeting import AgendaItem, Meeting
    from ...model.publicity import MinutesStatus
    from .base import MinutesDirective

STATUS_LABELS: dict[MinutesStatus, str] = {
    "draft": N_("Draft"),
    "approved": N_("Approved"),
    "published": N_("Published"),
}
DRAFT_NOTE = N_("These minutes are a draft: they have not been approved.")


def record_status(directive: MinutesDirective, meeting: Meeting) -> None:
    """``:status:`` and ``:approved-by:`` on the meeting; a status not understood and a
    date that is no day are reported at their line (and shown as written)."""
    written = (directive.options.get("status") or "").strip()
    if written:
        meeting.status_line = directive.option_line("status")
        meeting.status = read_status(written, directive.words)
        if meeting.status is None:
            directive.warn(
                "bad-option",
                f":status: {written!r} is not a status of the minutes; it is shown as written.",
                "Use one of: draft, approved, published (or the meeting language's words "
                "for them).",
                line=meeting.status_line,
            )
    approvers = read_approvers(
        directive.options.get("approved-by") or "", directive.option_line("approved-by")
    )
    meeting.approvals = tuple(approvers.approvals)
    for date, line in approvers.bad_dates:
        directive.warn(
            "bad-option",
            f":approved-by: {date!r} is not a date; the approver is kept without it.",
            "Write the date the approver signed as YYYY-MM-DD after the name.",
            line=line,
        )


def status_fields(directive: MinutesDirective, meeting: Meeting) -> list[nodes.field]:
    """The status and the approvers, as the meeting's facts show them."""
    t = directive.t
    out = []
    written = (directive.options.get("status") or "").strip()
    if meeting.status or written:
        shown = t(STATUS_LABELS[meeting.status]) if meeting.status else written
        out.append(field(t(N_("Status")), nodes.Text(shown)))
    if meeting.approvals:
        label = N_("To be approved by") if meeting.status == "draft" else N_("Approved by")
        names = [approver_nodes(a.name, a.date, meeting.language) for a in meeting.approvals]
        out.append(field(t(label), *joined(names, "; ")))
    return out


def approver_nodes(name: str, date: dt.date | None, language: str) -> list[nodes.Node]:
    """An approver, linked (by the full name once the attendance is read), and the date
    they approved."""
    ref = xref("person", name, name)
    ref[APPROVER] = True
    out: list[nodes.Node] = [ref]
    if date is not None:
        out += [nodes.Text(" ("), on_day(long_date(date, language), date), nodes.Text(")")]
    return out


def draft_banner(directive: MinutesDirective, meeting: Meeting) -> list[nodes.Node]:
    """On top of a draft's page, in every output: it is a draft. An admonition's look on
    the web (its classes), a framed box on paper (``sphinxminutes.sty``)."""
    if meeting.status != "draft":
        return []
    t = directive.t
    banner = nodes.container(classes=["admonition", "caution", "minutes-draft"])
    title = t(N_("Draft minutes"))
    banner += nodes.paragraph(title, title, classes=["admonition-title"])
    note = t(DRAFT_NOTE)
    banner += nodes.paragraph(note, note)
    directive.set_source_info(banner)
    return [banner]


def approves_fields(directive: MinutesDirective, item: AgendaItem) -> list[nodes.field]:
    """``:approves: 2024-03-12`` on an agenda item: the earlier minutes approved under it,
    kept on the item (the earlier page says so, see ``derive.views.approval``) and linked
    as ``:previous:`` is; a meeting that does not exist is reported by the checks."""
    written = (directive.options.get("approves") or "").strip()
    if not written:
        return []
    meeting = directive.meeting
    item.approves = written
    item.approves_line = directive.option_line("approves")
    reference = Reference(item.approves_line, meeting.body, written, "meeting")
    directive.domain.note_reference(directive.env.docname, reference)
    ref = xref("meeting", written, written, meeting.body, explicit=False)
    return [field(directive.t(N_("Approves the minutes of")), ref)]
