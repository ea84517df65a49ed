"""The pages of an organisation and of a person, and the index of people."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes

from ...derive.views.rows import (
    Attended,
    Cast,
    Earlier,
    IndexedPerson,
    OrganisationMeeting,
    OrganisationView,
    Owned,
    PersonView,
    Spell,
)
from ...model.labels import N_, VOTES
from ...read.render import bullets, joined
from .context import KIND_LABELS, STATUS_LABELS, Context, by_year, follow_up_status, said


def organisation(ctx: Context, view: OrganisationView) -> list[nodes.Node]:
    t = ctx.t
    members = bullets(
        [ctx.link(m.person), nodes.Text(f" — {', '.join(m.roles)}" if m.roles else "")]
        for m in view.people
    )
    whole = [] if view.period else [ctx.heading(t(N_("People"))), members or ctx.empty()]
    return [
        *whole,
        *section(
            ctx,
            view.period,
            N_("Meetings"),
            view.meetings,
            by_year(ctx, view.meetings, lambda row: organisation_meeting(ctx, row)),
        ),
        *section(ctx, view.period, N_("Statements"), view.said, said(ctx, view.said)),
        *earlier(ctx, view.earlier),
    ]


def section(
    ctx: Context, period: str, title: str, rows: Sequence[object], listed: list[nodes.Node]
) -> list[nodes.Node]:
    """A history's heading and its ``rows`` as ``listed``. A period's page leaves out a
    heading it has nothing under: "None yet." is for a history still being written."""
    if period and not rows:
        return []
    return [ctx.heading(ctx.t(title)), *listed]


def earlier(ctx: Context, periods: Sequence[Earlier]) -> list[nodes.Node]:
    """A long history's earlier periods, each a page: ``2015–2017: 36 meetings, 120
    statements``."""
    if not periods:
        return []
    listed = bullets(
        [
            ctx.link(p.period),
            nodes.Text(
                f": {ctx.t.plural(N_('{count} meetings'), p.meetings)}, "
                f"{ctx.t.plural(N_('{count} statements'), p.statements)}"
            ),
        ]
        for p in periods
    )
    return [ctx.heading(ctx.t(N_("Earlier years"))), listed]


def organisation_meeting(ctx: Context, row: OrganisationMeeting) -> list[nodes.Node]:
    """The meeting and who of the organisation was there, and how if not present."""
    present = [
        [
            ctx.link(p.person),
            *(
                [nodes.Text(f" ({ctx.t(STATUS_LABELS[p.status])})")]
                if p.status != "present"
                else []
            ),
        ]
        for p in row.present
    ]
    return [
        ctx.when(row.date),
        nodes.Text(": "),
        ctx.link(row.meeting),
        nodes.Text(" — "),
        *joined(present),
    ]


def person(ctx: Context, view: PersonView) -> list[nodes.Node]:
    t = ctx.t
    whole = [
        ctx.heading(t(N_("Organisations"))),
        spells(ctx, view.spells) if view.spells else ctx.empty(),
    ]
    return [
        *([] if view.period else whole),
        *section(
            ctx,
            view.period,
            N_("Meetings"),
            view.meetings,
            by_year(ctx, view.meetings, lambda row: attended(ctx, row)),
        ),
        *section(ctx, view.period, N_("Statements"), view.said, said(ctx, view.said)),
        *section(
            ctx,
            view.period,
            N_("Follow-ups"),
            view.owned,
            by_year(ctx, view.owned, lambda row: owned(ctx, row)),
        ),
        *(votes(ctx, view.votes) if view.votes else []),
        *earlier(ctx, view.earlier),
    ]


def votes(ctx: Context, rows: Sequence[Cast]) -> list[nodes.Node]:
    """The roll calls the person is named in: ``2. Detaljplan (Beslut: emot)``."""

    def row(r: Cast) -> list[nodes.Node]:
        how = f" ({ctx.t(KIND_LABELS[r.kind])}: {ctx.t(VOTES[r.side])})"
        return [ctx.when(r.date), nodes.Text(": "), ctx.link(r.decision), nodes.Text(how)]

    return [ctx.heading(ctx.t(N_("Votes"))), *by_year(ctx, rows, row)]


def spells(ctx: Context, rows: Sequence[Spell]) -> nodes.bullet_list:
    """Each organisation in turn, from the first to the last meeting attended for it."""
    return bullets(
        [
            ctx.link(s.organisation, fallback="—"),
            nodes.Text(" ("),
            ctx.when(s.first),
            *([nodes.Text(" – "), ctx.when(s.last)] if s.last != s.first else []),
            nodes.Text(")"),
        ]
        for s in rows
    )


def attended(ctx: Context, row: Attended) -> list[nodes.Node]:
    status = ctx.t(STATUS_LABELS[row.status])
    role = [nodes.Text(", "), ctx.written(row.role, row.meeting.language)] if row.role else []
    return [
        ctx.when(row.date),
        nodes.Text(": "),
        ctx.link(row.meeting),
        nodes.Text(f" ({status}"),
        *role,
        nodes.Text(")"),
    ]


def owned(ctx: Context, row: Owned) -> list[nodes.Node]:
    return [ctx.link(row.follow_up), *follow_up_status(ctx, row.due, row.closed, row.overdue)]


def people_index(ctx: Context, rows: tuple[IndexedPerson, ...]) -> list[nodes.Node]:
    if not rows:
        return [ctx.empty()]
    listed = (
        [
            ctx.link(r.person),
            *([nodes.Text(" — "), ctx.link(r.organisation)] if r.organisation else []),
        ]
        for r in rows
    )
    return [bullets(listed, "minutes-index")]
