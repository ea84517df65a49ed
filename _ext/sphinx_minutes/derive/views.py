"""What pages show from the whole archive: histories, registers, the chain of meetings.

A directive leaves a ``view`` placeholder (kind and key). When the page is written, the
view's data is collected from the archive as plain tuples, then rendered into nodes. The
same data, hashed, tells which pages must be written again after an edit
(``env-get-updated``): exactly those whose content changed, no more.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.errors import NoUri
from sphinx.util.nodes import make_refnode

from ..model.labels import N_, VOTES, gettext_for, language_of, long_date
from ..model.names import person_key
from ..read.elsewhere import published_elsewhere
from ..read.links import parse_target
from ..read.nodes import view
from ..read.render import joined
from . import navigation

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

    from ..domain.store import MinutesDomain
    from ..model.meeting import AgendaItem, Meeting, Statement


Data = tuple[Any, ...]
"""What a view shows: nested tuples of plain values and links, deterministic."""


@dataclass(frozen=True, slots=True)
class Link:
    docname: str
    """Empty when the target has no page: the text is shown unlinked."""
    anchor: str
    text: str


KIND_LABELS = {
    "comment": N_("Comment"),
    "question": N_("Question"),
    "answer": N_("Answer"),
    "decision": N_("Decision"),
    "follow-up": N_("Follow-up"),
}
STATUS_LABELS = {"present": N_("present"), "remote": N_("remote"), "absent": N_("absent")}


# Collecting: plain data, deterministic, hashable


def collect(domain: MinutesDomain, kind: str, key: str) -> tuple[Any, ...]:
    return COLLECTORS[kind](domain, key)


def meeting_link(meeting: Meeting) -> Link:
    return Link(meeting.docname, "", meeting.title or meeting.docname)


def item_link(meeting: Meeting, item: AgendaItem) -> Link:
    return Link(meeting.docname, item.anchor, item.heading)


def statement_link(meeting: Meeting, statement: Statement, text: str) -> Link:
    return Link(meeting.docname, statement.id, text)


def page_link(domain: MinutesDomain, docname: str, text: str) -> Link:
    return Link(docname if docname in domain.env.all_docs else "", "", text)


def person_link(domain: MinutesDomain, name: str) -> Link:
    return page_link(domain, domain.person_page(name) or "", name)


def organisation_link(domain: MinutesDomain, org_id: str | None) -> Link | None:
    org = domain.registry.organisations.get(org_id or "")
    return page_link(domain, domain.organisation_page(org.id), org.name) if org else None


def excerpt(text: str, limit: int = 240) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rsplit(" ", 1)[0] + " …"


def said(domain: MinutesDomain, rows: Iterable[tuple[Meeting, AgendaItem, Statement]]) -> Data:
    """Statements grouped by meeting, newest meeting first."""
    grouped = []
    ordered = sorted(rows, key=lambda r: (r[0].date is None, r[0].date, r[0].docname))
    for meeting, group in itertools.groupby(reversed(ordered), key=lambda r: r[0]):
        entries = tuple(
            (
                statement_link(meeting, statement, item.heading),
                statement.kind,
                statement.by.text,
                excerpt(statement.text),
            )
            for _, item, statement in reversed(list(group))
        )
        grouped.append((meeting.date, meeting_link(meeting), entries))
    return tuple(grouped)


def organisation(domain: MinutesDomain, key: str) -> Data:
    archive = domain.archive
    people: dict[str, tuple[str, set[str]]] = {}
    meetings = []
    for meeting in reversed(archive.by_organisation.get(key, [])):
        present = []
        for attendee in meeting.attendance:
            if attendee.organisation != key:
                continue
            _, roles = people.setdefault(person_key(attendee.name), (attendee.name, set()))
            registered = domain.registry.organisations.get(key)
            unit = registered.unit(attendee.unit) if registered else None
            roles.update(r for r in (attendee.role, unit.name if unit else None) if r)
            present.append((person_link(domain, attendee.name), attendee.status))
        meetings.append((meeting.date, meeting_link(meeting), tuple(present)))
    people_rows = tuple(
        (person_link(domain, name), tuple(sorted(roles)))
        for name, roles in sorted(people.values(), key=lambda p: p[0].casefold())
    )
    return people_rows, tuple(meetings), said(domain, archive.said_by_organisation.get(key, []))


def person(domain: MinutesDomain, key: str) -> Data:
    archive = domain.archive
    attended = archive.by_person.get(key, [])
    spells: list[list[Any]] = []
    for meeting, attendee in attended:
        org = organisation_link(domain, attendee.organisation)
        if spells and spells[-1][0] == org:
            spells[-1][2] = meeting.date
        else:
            spells.append([org, meeting.date, meeting.date])
    meetings = tuple(
        (meeting.date, meeting_link(meeting), attendee.status, attendee.role or "")
        for meeting, attendee in reversed(attended)
    )
    owned = []
    for body in sorted(archive.ledgers):
        for entry in archive.ledgers[body].entries:
            owner = entry.statement.owner
            if owner and owner.kind == "person" and person_key(owner.key) == key:
                closed = meeting_link(entry.closed_by[0]) if entry.closed_by else None
                link = statement_link(
                    entry.meeting, entry.statement, excerpt(entry.statement.text, 120)
                )
                owned.append((entry.meeting.date, link, entry.statement.due, closed))
    return (
        tuple(tuple(s) for s in spells),
        meetings,
        said(domain, archive.said_by_person.get(key, [])),
        tuple(sorted(owned, key=lambda o: (o[0] is None, o[0]), reverse=True)),
    )


def topic(domain: MinutesDomain, key: str) -> Data:
    rows = []
    for meeting, item in reversed(domain.archive.by_topic.get(key, [])):
        decisions = tuple(excerpt(s.text) for s in item.statements if s.kind == "decision")
        rows.append((meeting.date, meeting_link(meeting), item_link(meeting, item), decisions))
    return tuple(rows)


def decisions(domain: MinutesDomain, key: str) -> Data:
    rows = []
    for meeting in reversed(domain.archive.by_body.get(key, [])):
        for item in meeting.items:
            for statement in item.statements:
                if statement.kind == "decision":
                    link = statement_link(meeting, statement, item.heading)
                    rows.append(
                        (
                            meeting.date,
                            meeting_link(meeting),
                            link,
                            statement.text.strip(),
                            statement.votes,
                        )
                    )
    return tuple(rows)


def follow_ups(domain: MinutesDomain, key: str) -> Data:
    book = domain.archive.ledgers.get(key)
    rows = []
    for entry in reversed(book.entries if book else []):
        statement = entry.statement
        owner = statement.owner.text if statement.owner else ""
        closed = meeting_link(entry.closed_by[0]) if entry.closed_by else None
        link = statement_link(entry.meeting, statement, excerpt(statement.text, 160))
        rows.append(
            (entry.meeting.date, meeting_link(entry.meeting), link, owner, statement.due, closed)
        )
    return tuple(rows)


def questions(domain: MinutesDomain, key: str) -> Data:
    """Questions no answer answers."""
    rows = []
    for meeting in reversed(domain.archive.by_body.get(key, [])):
        answered = {q for s in meeting.statements() for q in s.answers}
        for item in meeting.items:
            for statement in item.statements:
                if statement.kind == "question" and statement.id not in answered:
                    link = statement_link(meeting, statement, item.heading)
                    rows.append(
                        (
                            meeting.date,
                            meeting_link(meeting),
                            link,
                            statement.by.text,
                            excerpt(statement.text),
                        )
                    )
    return tuple(rows)


def chain(domain: MinutesDomain, key: str) -> Data:
    meeting = domain.meetings.get(key)
    if meeting is None:
        return (None, None)
    before, after = domain.archive.neighbours(meeting)
    if meeting.previous:  # the writer named it; shown with the meeting's facts
        before = None
    return (meeting_link(before) if before else None, meeting_link(after) if after else None)


def carried(domain: MinutesDomain, key: str) -> Data:
    """Follow-ups of earlier meetings still open when this meeting began."""
    meeting = domain.meetings.get(key)
    index = domain.archive.position.get(key)
    book = domain.archive.ledgers.get(meeting.body) if meeting else None
    if meeting is None or index is None or book is None:
        return ()
    return tuple(
        (
            entry.meeting.date,
            statement_link(entry.meeting, entry.statement, excerpt(entry.statement.text, 160)),
            entry.statement.owner.text if entry.statement.owner else "",
            entry.statement.due,
            entry.closed_at == index,
        )
        for entry in book.open_at(index)
    )


def links(domain: MinutesDomain, key: str) -> Data:
    """Where the document's links lead now (hashed, not shown): when a meeting, a
    statement or a page appears or goes, here or in another project's inventory, the
    pages linking to it are written again."""
    rows: list[Any] = []
    for reference in domain.references.get(key, []):
        kind, target = reference.kind, reference.target
        here: Any
        if kind in ("org", "person", "topic"):
            page = domain.page_of(kind, target)
            here = page if page in domain.env.all_docs else None
        elif kind in ("decision", "follow-up"):
            found = domain.statement_at(target, reference.body, kind)
            here = (found[0].docname, found[1].id) if found else None
        else:
            parsed = parse_target(target, reference.body)
            meeting = domain.meeting_at(parsed.body, parsed.date) if parsed else None
            item = meeting.item(parsed.item) if meeting and parsed and parsed.item else None
            if meeting is None:
                here = None
            else:
                here = (meeting_link(meeting), item_link(meeting, item) if item else None)
        elsewhere = None if here else published_elsewhere(domain.env, kind, target)
        rows.append((kind, target, here, elsewhere))
    return tuple(rows)


def people_index(domain: MinutesDomain, key: str) -> Data:
    latest: dict[str, tuple[str, str | None]] = {}
    for person, attended in domain.archive.by_person.items():
        _, attendee = attended[-1]
        latest[person] = (attendee.name, attendee.organisation)
    return tuple(
        (person_link(domain, name), organisation_link(domain, org))
        for name, org in sorted(latest.values(), key=lambda p: p[0].casefold())
    )


COLLECTORS: dict[str, Callable[[MinutesDomain, str], tuple[Any, ...]]] = {
    "organisation": organisation,
    "person": person,
    "topic": topic,
    "decisions": decisions,
    "follow-ups": follow_ups,
    "questions": questions,
    "chain": chain,
    "carried": carried,
    "people-index": people_index,
    "links": links,
}


def digest(domain: MinutesDomain, views: Iterable[tuple[str, str]]) -> str:
    """What the page's views show, as a short hash."""
    data = repr([collect(domain, kind, key) for kind, key in views])
    return hashlib.sha256(data.encode()).hexdigest()[:16]


# Rendering


@dataclass
class Context:
    builder: Builder
    docname: str
    t: Callable[[str], str]
    language: str

    def link(self, link: Link | None, *, fallback: str = "") -> nodes.Node:
        if link is None:
            return nodes.Text(fallback)
        text = nodes.inline(link.text, link.text)
        if not link.docname:
            return text
        try:
            return make_refnode(
                self.builder, self.docname, link.docname, link.anchor, text, link.text
            )
        except NoUri:  # the target is not part of this output (one PDF of many)
            return text

    def date(self, date: Any) -> str:
        return long_date(date, self.language) if date else ""

    def heading(self, text: str, level: int = 2) -> nodes.rubric:
        rubric = nodes.rubric(text, text)
        rubric["heading-level"] = level
        return rubric

    def empty(self) -> nodes.paragraph:
        text = self.t(N_("None yet."))
        return nodes.paragraph(text, text, classes=["minutes-empty"])


def bullets(rows: Iterable[list[nodes.Node]], classes: str = "") -> nodes.bullet_list:
    listing = nodes.bullet_list(classes=[classes] if classes else [])
    for row in rows:
        listing += nodes.list_item("", nodes.paragraph("", "", *row))
    return listing


def by_year(
    ctx: Context, rows: Data, render: Callable[[Any], list[nodes.Node]]
) -> list[nodes.Node]:
    """Rows whose first field is a date, under a heading per year, newest first."""
    if not rows:
        return [ctx.empty()]
    out: list[nodes.Node] = []
    for year, group in itertools.groupby(rows, key=lambda r: r[0].year if r[0] else ""):
        out.append(ctx.heading(str(year) or "—", 3))
        out.append(bullets(render(row) for row in group))
    return out


def render_said(ctx: Context, rows: Data) -> list[nodes.Node]:
    out: list[nodes.Node] = []
    if not rows:
        return [ctx.empty()]
    for date, meeting, entries in rows:
        head = nodes.paragraph("", "", nodes.strong("", "", ctx.link(meeting)))
        if date:
            head.insert(0, nodes.Text(f"{ctx.date(date)}: "))
        out.append(head)
        out.append(
            bullets(
                [
                    nodes.strong(label, label),
                    nodes.Text(" "),
                    ctx.link(link),
                    nodes.Text(f": {text}"),
                ]
                for link, kind, by_text, text in entries
                for label in [ctx.t(KIND_LABELS[kind]) + (f" {by_text}" if by_text else "")]
            )
        )
    return out


def render(ctx: Context, kind: str, data: Data) -> list[nodes.Node]:
    t = ctx.t
    if kind == "organisation":
        people, meetings, spoken = data
        return [
            ctx.heading(t(N_("People"))),
            bullets(
                [ctx.link(p), nodes.Text(f" — {', '.join(roles)}" if roles else "")]
                for p, roles in people
            )
            if people
            else ctx.empty(),
            ctx.heading(t(N_("Meetings"))),
            *by_year(
                ctx,
                meetings,
                lambda r: [
                    nodes.Text(f"{ctx.date(r[0])}: "),
                    ctx.link(r[1]),
                    nodes.Text(" — "),
                    *joined(
                        [
                            [
                                ctx.link(p),
                                *(
                                    [nodes.Text(f" ({t(STATUS_LABELS[s])})")]
                                    if s != "present"
                                    else []
                                ),
                            ]
                            for p, s in r[2]
                        ]
                    ),
                ],
            ),
            ctx.heading(t(N_("Statements"))),
            *render_said(ctx, spoken),
        ]
    if kind == "person":
        spells, meetings, spoken, owned = data
        return [
            ctx.heading(t(N_("Organisations"))),
            bullets(
                [
                    ctx.link(org, fallback="—"),
                    nodes.Text(
                        f" ({ctx.date(first)}" + (f" – {ctx.date(last)})" if last != first else ")")
                    ),
                ]
                for org, first, last in spells
            )
            if spells
            else ctx.empty(),
            ctx.heading(t(N_("Meetings"))),
            *by_year(
                ctx,
                meetings,
                lambda r: [
                    nodes.Text(f"{ctx.date(r[0])}: "),
                    ctx.link(r[1]),
                    nodes.Text(f" ({t(STATUS_LABELS[r[2]])}" + (f", {r[3]})" if r[3] else ")")),
                ],
            ),
            ctx.heading(t(N_("Statements"))),
            *render_said(ctx, spoken),
            ctx.heading(t(N_("Follow-ups"))),
            *(by_year(ctx, owned, lambda r: [ctx.link(r[1]), *follow_up_status(ctx, r[2], r[3])])),
        ]
    if kind == "topic":
        return by_year(
            ctx,
            data,
            lambda r: [
                nodes.Text(f"{ctx.date(r[0])}: "),
                ctx.link(r[1]),
                nodes.Text(", "),
                ctx.link(r[2]),
                *([nodes.Text(" — " + t(N_("Decision")) + ": " + "; ".join(r[3]))] if r[3] else []),
            ],
        )
    if kind == "decisions":
        return by_year(
            ctx,
            data,
            lambda r: [
                nodes.Text(f"{ctx.date(r[0])}, "),
                ctx.link(r[2]),
                nodes.Text(f": {r[3]}"),
                *([nodes.Text(f" ({counted(t, r[4])})")] if r[4] else []),
            ],
        )
    if kind == "follow-ups":
        return by_year(
            ctx,
            data,
            lambda r: [
                nodes.Text(f"{ctx.date(r[0])}: "),
                ctx.link(r[2]),
                *([nodes.Text(f" — {r[3]}")] if r[3] else []),
                *follow_up_status(ctx, r[4], r[5]),
            ],
        )
    if kind == "questions":
        return by_year(
            ctx,
            data,
            lambda r: [
                nodes.Text(f"{ctx.date(r[0])}, "),
                ctx.link(r[2]),
                nodes.Text(f" ({r[3]})" if r[3] else ""),
                nodes.Text(f": {r[4]}"),
            ],
        )
    if kind == "chain":
        return render_chain(ctx, data)
    if kind == "carried":
        return render_carried(ctx, data)
    if kind == "people-index":
        return (
            [
                bullets(
                    (
                        [ctx.link(p), *([nodes.Text(" — "), ctx.link(o)] if o else [])]
                        for p, o in data
                    ),
                    "minutes-index",
                )
            ]
            if data
            else [ctx.empty()]
        )
    raise ValueError(kind)


def counted(t: Callable[[str], str], votes: tuple[int, int, int]) -> str:
    """``4 för, 1 emot, 0 avstod``"""
    return ", ".join(f"{n} {t(label)}" for n, label in zip(votes, VOTES.values(), strict=True))


def follow_up_status(ctx: Context, due: Any, closed: Link | None) -> list[nodes.Node]:
    t = ctx.t
    out: list[nodes.Node] = []
    if due:
        out.append(nodes.Text(", " + t(N_("due")) + " " + ctx.date(due)))
    if closed is None:
        out.append(nodes.Text(" — " + t(N_("open"))))
    else:
        out += [nodes.Text(" — " + t(N_("closed at")) + " "), ctx.link(closed)]
    return out


def render_chain(ctx: Context, data: Data) -> list[nodes.Node]:
    before, after = data
    fields = nodes.field_list(classes=["minutes-meeting-info", "minutes-chain"])
    for label, link in ((N_("Previous meeting"), before), (N_("Next meeting"), after)):
        if link is not None:
            name = ctx.t(label)
            fields += nodes.field(
                "",
                nodes.field_name(name, name),
                nodes.field_body("", nodes.paragraph("", "", ctx.link(link))),
            )
    return [fields] if len(fields) else []


def render_carried(ctx: Context, data: Data) -> list[nodes.Node]:
    if not data:
        return []
    t = ctx.t
    box = nodes.container(classes=["minutes-carried"])
    box += ctx.heading(t(N_("Open follow-ups from earlier meetings")))
    box += bullets(
        [
            nodes.Text(f"{ctx.date(origin)}: "),
            ctx.link(link),
            *([nodes.Text(f" — {owner}")] if owner else []),
            *([nodes.Text(", " + t(N_("due")) + " " + ctx.date(due))] if due else []),
            *([nodes.Text(" — " + t(N_("closed at this meeting")))] if closed_here else []),
        ]
        for origin, link, owner, due, closed_here in data
    )
    return [box]


# Sphinx events


def fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: replace each placeholder with what the archive shows."""
    domain: MinutesDomain = app.env.domains["minutes"]  # type: ignore[assignment]
    meeting = domain.meetings.get(docname)
    for placeholder in list(doctree.findall(view)):
        language = placeholder.get("language") or (
            meeting.language if meeting else language_of(app.config)
        )
        ctx = Context(app.builder, docname, gettext_for(language), language)
        kind, key = placeholder["kind"], placeholder["key"]
        placeholder.replace_self(render(ctx, kind, collect(domain, kind, key)) or [])


def note_comings_and_goings(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: remember the tables of contents as they were before reading."""
    domain: MinutesDomain = env.domains["minutes"]  # type: ignore[assignment]
    domain.navigation_before = navigation.snapshot(env)
    return []


def note_shown_before_reading(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    """``env-purge-doc``, before Sphinx forgets the page's title and headings."""
    domain: MinutesDomain = env.domains["minutes"]  # type: ignore[assignment]
    if domain.navigation_before is not None:
        navigation.note_shown(env, domain.navigation_before, docname)


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-get-updated``: the pages whose views now show something else, and the pages
    whose navigation lists a page that came or went (see ``navigation``)."""
    domain: MinutesDomain = env.domains["minutes"]  # type: ignore[assignment]
    listing = navigation.showing_changes(env, domain.navigation_before)
    moved = {
        meeting.docname
        for key in domain.people_moved
        for meeting, _ in domain.archive.by_person.get(key, [])
    }
    return sorted(set(domain.changed_views()) | listing | moved)
