"""Small node builders shared by the directives: the writer's words, with links woven in.

Only standard docutils nodes (with ``minutes-*`` classes) and Sphinx's ``pending_xref`` are
made, so every builder (HTML, LaTeX, text, man …) renders them without special visitors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes

if TYPE_CHECKING:
    from .attribution import Read

Span = tuple[int, int, str, str]
"""(start, end, kind, target) inside a written line: kind is ``person`` or ``org``."""


def xref(
    kind: str, target: str, text: str, body: str = "", explicit: bool = True
) -> addnodes.pending_xref:
    """A link resolved by the minutes domain; it falls back to the text if unresolved.

    With ``explicit=False`` the domain may replace the text (a meeting's title)."""
    ref = addnodes.pending_xref(
        "", refdomain="minutes", reftype=kind, reftarget=target, refexplicit=explicit
    )
    ref["minutes:body"] = body
    ref += nodes.inline(text, text, classes=["xref", "minutes", f"minutes-{kind}"])
    return ref


def woven(text: str, spans: list[Span]) -> list[nodes.Node]:
    """``text`` as written, with each span replaced by a person name or a link."""
    out: list[nodes.Node] = []
    at = 0
    for start, end, kind, target in sorted(spans):
        if start < at or start >= end:
            continue
        if start > at:
            out.append(nodes.Text(text[at:start]))
        words = text[start:end]
        out.append(xref(kind, target, words))
        at = end
    if at < len(text):
        out.append(nodes.Text(text[at:]))
    return out


def attribution_nodes(written: str, read: Read) -> list[nodes.Node]:
    """An attribution as written, its people or organisations marked or linked."""
    spans: list[Span] = []
    for span, named in zip((read.span, *read.others), read.attribution.each(), strict=False):
        if span:
            kind = "person" if named.kind == "person" else "org"
            spans.append((*span, kind, named.key))
    return woven(written, spans)


def ancestors(node: nodes.Node | None) -> list[nodes.Node]:
    """The node and the nodes it is in, innermost first."""
    out = []
    while node is not None:
        out.append(node)
        node = node.parent
    return out


def joined(parts: Sequence[Sequence[nodes.Node]], separator: str = ", ") -> list[nodes.Node]:
    """Several runs of nodes, separated as in a written list."""
    out: list[nodes.Node] = []
    for n, part in enumerate(parts):
        out += [nodes.Text(separator)] if n else []
        out += part
    return out


def bullets(rows: Iterable[list[nodes.Node]], classes: str = "") -> nodes.bullet_list:
    """A list of one paragraph per row (history pages, registers, views)."""
    listing = nodes.bullet_list(classes=[classes] if classes else [])
    for row in rows:
        listing += nodes.list_item("", nodes.paragraph("", "", *row))
    return listing


def toctree(
    parent: str,
    docnames: list[str],
    *,
    caption: str | None = None,
    hidden: bool = False,
    maxdepth: int = 1,
    titlesonly: bool = False,
) -> addnodes.toctree:
    """A toctree made by the extension, as the ``toctree`` directive would make it."""
    return addnodes.toctree(
        parent=parent,
        entries=[(None, docname) for docname in docnames],
        includefiles=list(docnames),
        maxdepth=maxdepth,
        caption=caption,
        glob=False,
        hidden=hidden,
        includehidden=False,
        numbered=0,
        titlesonly=titlesonly,
    )


def field(name: str, *body: nodes.Node) -> nodes.field:
    """A fact of a meeting or an item: its label and what it says."""
    return nodes.field(
        "", nodes.field_name(name, name), nodes.field_body("", nodes.paragraph("", "", *body))
    )
