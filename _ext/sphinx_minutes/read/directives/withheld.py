"""What the public build shows of a block marked ``:not-public:``: its place, not its text.

In the public build a withheld item's or statement's text is never parsed, so nothing
in it (words, headings, labels, images, index entries, links) reaches the doctree, and
so no page, search index, inventory or PDF can show it. The page keeps the block's place
(an item's number and section, a statement's label) and says that it is not public, and
why if the writer said; the model keeps a record of the same (``public=False``), so links
to it and follow-ups that close it are reported, never followed to nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import get_args

from docutils import nodes

from ...model.labels import N_, STATEMENT_LABELS
from ...model.meeting import AgendaItem, Statement, StatementKind
from ...model.publicity import public_build
from ..withhold import NOT_PUBLIC, PUBLIC_TITLE, named_within
from .base import MinutesDirective
from .item_heading import item_anchor, read_heading

NOT_PUBLIC_LABEL = N_("Not public")
KINDS: dict[str, StatementKind] = {
    kind: kind for kind in get_args(StatementKind) if kind in STATEMENT_LABELS
}


def not_public_note(reason: str | None, t: Callable[[str], str]) -> nodes.paragraph:
    """``Not public (OSL 39 kap. 3 §)``, as the item's or statement's note."""
    label = t(NOT_PUBLIC_LABEL)
    text = f"{label} ({reason})" if reason else label
    return nodes.paragraph(
        text, "", nodes.emphasis(text, text), classes=["minutes-item-note", "minutes-not-public"]
    )


def withheld(directive: MinutesDirective) -> bool:
    """Whether the block is marked ``:not-public:`` and this is the public build: then
    its text is never parsed, and only its place is shown."""
    return NOT_PUBLIC in directive.options and public_build(directive.config)


def reason_of(directive: MinutesDirective) -> str | None:
    return (directive.options.get(NOT_PUBLIC) or "").strip() or None


def withheld_item(directive: MinutesDirective, written: str) -> nodes.section:
    """The item's number as written and its public title, if it has one; no more."""
    heading = read_heading(written, directive.state, directive.lineno, directive.words)
    public_title = (directive.options.get(PUBLIC_TITLE) or "").strip()
    lead = heading.rendered[0].astext() if heading.number and heading.rendered else ""
    if heading.number and not heading.title:
        lead = f"{lead} "
    parent = directive.item
    anchor = item_anchor(directive.t(N_("item")), heading.number, public_title)
    reason = reason_of(directive)
    item = AgendaItem(
        number=heading.number,
        title=public_title,
        anchor=directive.unique_id(anchor),
        line=directive.lineno,
        parent=parent.number if parent else None,
        heading=f"{lead}{public_title}".strip(),
        depth=parent.depth + 1 if parent else 0,
        within=heading.number or (parent.within if parent else ""),
        public=False,
        reason=reason,
    )
    directive.meeting.items.append(item)
    for kind, name in named_within(list(directive.content)):
        number = 1 + sum(1 for s in item.statements if s.kind == kind)
        hidden = Statement(KINDS.get(kind, "comment"), f"{item.anchor}-{kind}-{number}", 0)
        hidden.public, hidden.name = False, name
        item.statements.append(hidden)
    classes = ["minutes-item", "minutes-withheld", *(["minutes-sub-item"] if item.depth else [])]
    section = nodes.section(ids=[item.anchor], classes=classes)
    directive.set_source_info(section)
    directive.state.document.ids[item.anchor] = section
    title = f"{lead}{public_title or directive.t(NOT_PUBLIC_LABEL)}"
    section += nodes.title(title, title)
    if reason or public_title:
        section += not_public_note(reason, directive.t)
    return section


def withheld_statement(directive: MinutesDirective, kind: StatementKind) -> nodes.container:
    """The statement's label, and that it is not public: nothing of who or what."""
    siblings, anchor = directive.statement_place(kind)
    reason = reason_of(directive)
    statement = Statement(
        kind=kind,
        id=anchor,
        line=directive.lineno,
        public=False,
        reason=reason,
    )
    statement.name = (directive.options.get("id") or "").strip() or None
    siblings.append(statement)
    box = nodes.container(
        ids=[statement.id], classes=["minutes-statement", kind, "minutes-withheld"]
    )
    directive.set_source_info(box)
    directive.state.document.ids[statement.id] = box
    label = directive.t(STATEMENT_LABELS[kind])
    text = f"{label}: {directive.t(NOT_PUBLIC_LABEL)}" + (f" ({reason})" if reason else "") + "."
    box += nodes.paragraph(text, "", nodes.emphasis(text, text))
    return box
