"""What an agenda item needs from its whole page, once the page is read: headings written
inside it sit right below it, however deep the page nests it (under a ``## Agenda``
heading, inside another item), and tables of contents show its title as plain text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from .store import ReadStore, minutes_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

ITEM = "minutes-item"
DEEPEST = 6
"""HTML has no heading below ``h6``."""


def settle(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``, after Sphinx has collected the table of contents (priority 800)."""
    place_rubrics(doctree, 0, inside_item=False)
    plain_contents(app.env, app.env.docname)


def place_rubrics(node: nodes.Element, depth: int, *, inside_item: bool) -> None:
    """A heading written inside an item (a rubric) is one level below the item's own
    heading, counted from the page's real nesting of sections; one the writer gave a
    level (``{rubric}`` with ``:heading-level:``) keeps it."""
    for child in node.children:
        if isinstance(child, nodes.section):
            place_rubrics(child, depth + 1, inside_item=ITEM in child["classes"])
        elif isinstance(child, nodes.rubric) and inside_item:
            child.setdefault("heading-level", min(depth + 1, DEEPEST))
        elif isinstance(child, nodes.Element):
            place_rubrics(child, depth, inside_item=inside_item)


def plain_contents(env: BuildEnvironment, docname: str) -> None:
    """An item's title may hold links, code and emphasis; its entry in the page's table of
    contents (and so in every navigation built from it) is its text only."""
    meeting = minutes_domain(env, ReadStore).meetings.get(docname)
    toc = env.tocs.get(docname)
    if meeting is None or toc is None:
        return
    anchors = {f"#{item.anchor}" for item in meeting.items}
    for reference in toc.findall(nodes.reference):
        if reference.get("anchorname") in anchors:
            text = reference.astext()
            del reference[:]
            reference += nodes.Text(text)
