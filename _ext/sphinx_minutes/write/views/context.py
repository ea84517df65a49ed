"""What every view's renderer shares: links, dates and words in the page's language,
headings, lists by year."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from docutils import nodes
from sphinx.errors import NoUri
from sphinx.util.nodes import make_refnode

from ...derive.views.rows import Dated, Link, SaidAtMeeting
from ...model.labels import N_, STATEMENT_LABELS, Labels, long_date
from ...model.languages import language_tag
from ...read.nodes import on_day, when, when_node
from ...read.render import bullets

if TYPE_CHECKING:
    from sphinx.builders import Builder

R = TypeVar("R", bound=Dated)

KIND_LABELS = STATEMENT_LABELS
STATUS_LABELS = {
    "present": N_("present"),
    "remote": N_("remote"),
    "absent": N_("absent"),
    "unknown": N_("status not known"),
}


@dataclass
class Context:
    """The page a view is rendered on, and its language."""

    builder: Builder
    docname: str
    t: Labels
    language: str

    def link(self, link: Link | None, *, fallback: str = "", dated: bool = False) -> nodes.Node:
        """The link, marked as the page needs; ``dated``: its text is its meeting's day's
        ``<time>``."""
        if link is None:
            return nodes.Text(fallback)
        shown = self._linked(link, dated)
        if link.public:
            return shown
        word = f" ({self.t(N_('Not public'))})"
        return nodes.inline(
            "", "", shown, nodes.emphasis(word, word), classes=["minutes-not-public"]
        )

    def _linked(self, link: Link, dated: bool) -> nodes.Node:
        kind = when if dated and link.date else nodes.inline
        text = kind(link.text, link.text, classes=self.marked(link.language))
        if kind is when:
            text["datetime"] = str(link.date)
        if not link.docname:
            return self.draft_marked(text) if link.draft else text
        try:
            shown: nodes.Node = make_refnode(
                self.builder, self.docname, link.docname, link.anchor, text, link.text
            )
        except NoUri:  # the target is not part of this output (one PDF of many)
            shown = text
        return self.draft_marked(shown) if link.draft else shown

    def draft_marked(self, shown: nodes.Node) -> nodes.Node:
        """A link to a draft, and ``(draft)`` after it: lists show which minutes are not
        approved yet."""
        return nodes.inline("", "", shown, *self.draft_mark(True))

    def draft_mark(self, draft: bool) -> list[nodes.Node]:
        """`` (draft)`` after what stands for minutes still a draft (a date in a
        register), nothing after others."""
        if not draft:
            return []
        word = f"({self.t(N_('draft'))})"
        return [nodes.Text(" "), nodes.inline(word, word, classes=["minutes-draft-mark"])]

    def marked(self, language: str) -> list[str]:
        """The class that gives a meeting's text its ``lang`` (docutils writes a
        ``language-`` class as the attribute), where the page is in another language."""
        return [f"language-{language_tag(language)}"] if language not in ("", self.language) else []

    def written(self, text: str, language: str) -> nodes.Node:
        """Text a meeting wrote (a statement, who said it), marked with its language."""
        classes = self.marked(language)
        return nodes.inline(text, text, classes=classes) if classes else nodes.Text(text)

    def date(self, date: dt.date | None) -> str:
        return long_date(date, self.language) if date else ""

    def when(self, date: dt.date | None) -> nodes.Node:
        """A date in the page's language, as a ``<time>`` on the web."""
        return on_day(self.date(date), date)

    def heading(self, text: str, level: int = 2, classes: Sequence[str] = ()) -> nodes.rubric:
        rubric = nodes.rubric(text, text, classes=list(classes))
        rubric["heading-level"] = level
        return rubric

    def empty(self) -> nodes.paragraph:
        text = self.t(N_("None yet."))
        return nodes.paragraph(text, text, classes=["minutes-empty"])


def by_year(
    ctx: Context, rows: Sequence[R], render: Callable[[R], list[nodes.Node]], level: int = 3
) -> list[nodes.Node]:
    """Rows under a heading per year of their date, in the rows' order (newest first).
    The years are ``h3`` under a heading of the view (a person's "Meetings"), ``h2``
    where they are the view's first headings (a register, right under the page's title):
    a heading never skips a level, which a screen reader's list of headings relies on."""
    if not rows:
        return [ctx.empty()]
    out: list[nodes.Node] = []
    for year, group in itertools.groupby(rows, key=lambda r: r.date.year if r.date else ""):
        heading = ctx.heading(str(year) or "—", level, ["minutes-year"])
        if year:
            heading.clear()
            heading += when_node(str(year), str(year))
        out.append(heading)
        out.append(bullets(render(row) for row in group))
    return out


def said(ctx: Context, rows: Sequence[SaidAtMeeting]) -> list[nodes.Node]:
    """Statements under the meeting they were made at."""
    if not rows:
        return [ctx.empty()]
    out: list[nodes.Node] = []
    for row in rows:
        head = nodes.paragraph("", "", nodes.strong("", "", ctx.link(row.meeting)))
        if row.date:
            head[0:0] = [ctx.when(row.date), nodes.Text(": ")]
        out.append(head)
        language = row.meeting.language
        out.append(
            bullets(
                [
                    nodes.strong(
                        "",
                        "",
                        nodes.Text(ctx.t(KIND_LABELS[entry.kind])),
                        *([nodes.Text(" "), ctx.written(entry.by, language)] if entry.by else []),
                    ),
                    nodes.Text(" "),
                    ctx.link(entry.statement),
                    nodes.Text(": "),
                    ctx.written(entry.text, language),
                ]
                for entry in row.entries
            )
        )
    return out


def overdue_mark(t: Callable[[str], str]) -> nodes.Node:
    """`` — overdue``: a follow-up open past its due date, as the minutes show it."""
    word = t(N_("overdue"))
    return nodes.inline(
        "", "", nodes.Text(" — "), nodes.strong(word, word), classes=["minutes-overdue"]
    )


def follow_up_status(
    ctx: Context, due: dt.date | None, closed: Link | None, overdue: bool = False
) -> list[nodes.Node]:
    """When a follow-up is due, and whether it is open (or overdue: due before the
    body's latest meeting) or which meeting closed it."""
    t = ctx.t
    out: list[nodes.Node] = []
    if due:
        out += [nodes.Text(", " + t(N_("due")) + " "), ctx.when(due)]
    if closed is None and overdue:
        out.append(overdue_mark(t))
    elif closed is None:
        out.append(nodes.Text(" — " + t(N_("open"))))
    else:
        out += [nodes.Text(" — " + t(N_("closed at")) + " "), ctx.link(closed)]
    return out
