"""A topic's page and a body's registers: decisions, follow-ups, open questions."""

from __future__ import annotations

from docutils import nodes

from ...derive.views.rows import DecisionRow, FollowUpRow, QuestionRow, TopicRow
from ...model.labels import N_
from ...model.votes import chosen, moved_by, summary
from .context import Context, by_year, follow_up_status

TOP = 2
"""A register's and a topic's years are the first headings under the page's title."""


def topic(ctx: Context, rows: tuple[TopicRow, ...]) -> list[nodes.Node]:
    """Each item on the topic, with its decisions and motions as the register shows them."""

    def row(r: TopicRow) -> list[nodes.Node]:
        out = [
            ctx.when(r.date),
            nodes.Text(": "),
            ctx.link(r.meeting),
            nodes.Text(", "),
            ctx.link(r.item),
        ]
        for d in r.decisions:
            label = f"{ctx.t(N_('Decision'))}: " if d.kind == "decision" else ""
            out += [nodes.Text(f" — {label}"), *decided(ctx, d)]
        return out

    return by_year(ctx, rows, row, level=TOP)


def decisions(ctx: Context, rows: tuple[DecisionRow, ...]) -> list[nodes.Node]:
    """Each decision or motion as its meeting's page states it: only what was written."""

    def row(r: DecisionRow) -> list[nodes.Node]:
        out = [ctx.when(r.date), *ctx.draft_mark(r.meeting.draft)]
        out += [nodes.Text(", "), ctx.link(r.decision), nodes.Text(": ")]
        return out + decided(ctx, r)

    return by_year(ctx, rows, row, level=TOP)


def decided(ctx: Context, r: DecisionRow) -> list[nodes.Node]:
    """A decision or motion after its link or label: the mover and seconder of a motion,
    the text, how it was taken, the choices and who was elected, and the reservations
    against it; only what was written. The register and a topic's page both show it."""
    how = summary(ctx.t, r.vote, r.outcome)
    moved = f"{moved_by(ctx.t, r.by, r.seconder)}: " if r.kind == "motion" else ""
    out: list[nodes.Node] = [
        nodes.Text(moved),
        ctx.written(r.text, r.meeting.language),
        nodes.Text(f" ({how})" if how else ""),
    ]
    if r.vote and (r.vote.choices or r.vote.elected):
        out.append(nodes.Text(f" {chosen(ctx.t, r.vote)}"))
    for reserved in r.reservations:
        out += [nodes.Text(f" — {ctx.t(N_('Reservation'))} "), ctx.link(reserved.by)]
        if reserved.text:
            out += [nodes.Text(": "), ctx.written(reserved.text, reserved.by.language)]
    return out


def follow_ups(ctx: Context, rows: tuple[FollowUpRow, ...]) -> list[nodes.Node]:
    def row(r: FollowUpRow) -> list[nodes.Node]:
        return [
            ctx.when(r.date),
            *ctx.draft_mark(r.meeting.draft),
            nodes.Text(", " if r.item else ": "),
            *([ctx.link(r.item), nodes.Text(": ")] if r.item else []),
            ctx.link(r.follow_up),
            *([nodes.Text(" — "), ctx.written(r.owner, r.meeting.language)] if r.owner else []),
            *follow_up_status(ctx, r.due, r.closed, r.overdue),
        ]

    return by_year(ctx, rows, row, level=TOP)


def questions(ctx: Context, rows: tuple[QuestionRow, ...]) -> list[nodes.Node]:
    def row(r: QuestionRow) -> list[nodes.Node]:
        return [
            ctx.when(r.date),
            *ctx.draft_mark(r.meeting.draft),
            nodes.Text(", "),
            ctx.link(r.question),
            *(
                [nodes.Text(" ("), ctx.written(r.by, r.meeting.language), nodes.Text(")")]
                if r.by
                else []
            ),
            nodes.Text(": "),
            ctx.written(r.text, r.meeting.language),
        ]

    return by_year(ctx, rows, row, level=TOP)
