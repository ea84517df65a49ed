"""What a meeting's page shows from the archive: the previous and next meeting, and the
follow-ups still open from earlier meetings."""

from __future__ import annotations

from docutils import nodes

from ...derive.views.rows import ApprovedAt, CarriedRow, Chain, Link
from ...model.labels import N_
from ...read.render import bullets
from .context import Context, overdue_mark


def chain(ctx: Context, view: Chain) -> list[nodes.Node]:
    fields = nodes.field_list(classes=["minutes-meeting-info", "minutes-chain"])
    for label, link in ((N_("Previous meeting"), view.previous), (N_("Next meeting"), view.next)):
        if link is not None:
            name = ctx.t(label)
            fields += nodes.field(
                "",
                nodes.field_name(name, name),
                nodes.field_body("", nodes.paragraph("", "", ctx.link(link, dated=True))),
            )
    return [fields] if len(fields) else []


def carried(ctx: Context, rows: tuple[CarriedRow, ...]) -> list[nodes.Node]:
    if not rows:
        return []
    t = ctx.t
    box = nodes.container(classes=["minutes-carried"])
    box += ctx.heading(t(N_("Open follow-ups from earlier meetings")))
    box += bullets(
        [
            ctx.when(r.date),
            nodes.Text(": "),
            ctx.link(r.follow_up),
            *([nodes.Text(" — "), ctx.written(r.owner, r.follow_up.language)] if r.owner else []),
            *([nodes.Text(", " + t(N_("due")) + " "), ctx.when(r.due)] if r.due else []),
            *([nodes.Text(" — " + t(N_("closed at this meeting")))] if r.closed_here else []),
            *([overdue_mark(t)] if r.overdue else []),
        ]
        for r in rows
    )
    return [box]


def approval(ctx: Context, rows: tuple[ApprovedAt, ...]) -> list[nodes.Node]:
    """For each later meeting that approved these minutes: "Approved at the meeting of
    9 April 2024 (item 2)", the date and the item linked."""
    out: list[nodes.Node] = []
    for row in rows:
        at = Link(row.meeting.docname, "", ctx.date(row.date) or row.meeting.text, date=row.date)
        item = Link(row.item.docname, row.item.anchor, f"{ctx.t(N_('item'))} {row.number}")
        line = nodes.paragraph(classes=["minutes-approved-at"])
        line += nodes.Text(ctx.t(N_("Approved at the meeting of")) + " ")
        line += [ctx.link(at, dated=True), nodes.Text(" (")]
        line += [ctx.link(item if row.number else row.item), nodes.Text(")")]
        out.append(line)
    return out
