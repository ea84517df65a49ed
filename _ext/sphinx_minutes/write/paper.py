"""Minutes on paper: what the LaTeX builder gets differently from a web page.

Run on each PDF's assembled tree (``doctree-resolved``), after the views are filled:

- each attendance group becomes a table (name, organisation, role and notes), the line's
  words all kept, only the commas between the columns dropped;
- a statement's anchor becomes a LaTeX label, so links to it work inside the PDF;
- headings that are not sections (rubrics) take their level from where their page now
  sits in the PDF: "Meetings" on a person's page in a volume sits under that person;
- a body's volume keeps only the history pages of what its meetings name
  (``volumes.holds``): the others are cut out, links to them become their text, and the
  lists of the history indexes lose their entries;
- a list left with no entries (the topics of a body whose meetings name none) says
  "None yet." instead: LaTeX stops at a list without an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from docutils import nodes
from sphinx import addnodes

from ..derive.page_paths import PagePaths, is_group_page
from ..derive.volumes import holds
from ..model.labels import N_, gettext_for, language_of
from ..read.store import minutes_domain
from .store import WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders.latex import LaTeXBuilder


COLUMNS = (N_("Name"), N_("Organisation"), N_("Role and notes"))
LISTS = (nodes.bullet_list, nodes.enumerated_list, nodes.definition_list)
SEPARATOR = re.compile(r"^[\s,;]+")


def prepare(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: for LaTeX only."""
    if app.builder.format != "latex":
        return
    domain = minutes_domain(app.env, WriteStore)
    body = domain.volumes.get(docname)
    if body is not None:
        builder = cast("LaTeXBuilder", app.builder)
        trim(doctree, builder, domain.paths, holds(domain, body))
    walk(doctree, [], language_of(app.config))


def trim(doctree: nodes.document, builder: LaTeXBuilder, paths: PagePaths, kept: set[str]) -> None:
    """Cut the history pages the volume does not hold (and their earlier periods) out of
    its assembled tree."""
    starts = list(doctree.findall(addnodes.start_of_file))
    cut = {
        start["docname"]
        for start in starts
        if paths.is_history(start["docname"]) and start["docname"] not in kept
    }
    cut |= {start["docname"] for start in starts if paths.history_of(start["docname"]) in cut}
    if not cut:
        return
    for start in starts:
        if start["docname"] in cut:
            start.parent.remove(start)
    for start in reversed(starts):  # a group by initial whose pages were all cut
        group = is_group_page(start["docname"])
        if (
            group
            and start.parent
            and not any(start.findall(addnodes.start_of_file, include_self=False))
        ):
            start.parent.remove(start)
            cut.add(start["docname"])
    builder.docnames = set(builder.docnames) - cut
    for reference in list(doctree.findall(nodes.reference)):
        uri: str = reference.get("refuri", "")
        if not uri.startswith("%") or uri[1:].partition("#")[0] not in cut:
            continue
        line = reference.parent
        entry = line.parent if line else None
        if (
            isinstance(entry, nodes.list_item)
            and "minutes-index" in entry.parent["classes"]
            and line.index(reference) == 0
        ):
            entry.parent.remove(entry)  # an index's line about a page cut out
        else:
            reference.replace_self(reference.children)


def walk(node: nodes.Element, sections: list[nodes.section], language: str) -> None:
    """Down the tree, knowing the sections and the language each node sits in (the
    builder's assembled tree does not keep ``parent`` right, so it is not walked up)."""
    for child in list(node.children):
        if not isinstance(child, nodes.Element):
            continue
        here = language
        classes: list[str] = child["classes"]
        for cls in classes:
            if cls.startswith("language-"):
                here = cls.removeprefix("language-")
        if isinstance(child, LISTS) and not len(child):
            text = gettext_for(here)(N_("None yet."))
            node.replace(child, nodes.paragraph(text, text, classes=["minutes-empty"]))
            continue
        if isinstance(child, nodes.rubric) and "heading-level" in child:
            child["heading-level"] = placed_level(child, sections)
        if isinstance(child, nodes.container) and "minutes-attendance" in child["classes"]:
            tabulate(child, gettext_for(here))
        if isinstance(child, nodes.container) and child["ids"]:  # a statement: a link target
            child.insert(0, nodes.target("", "", ids=list(child["ids"])))
        walk(child, [*sections, child] if isinstance(child, nodes.section) else sections, here)


def tabulate(box: nodes.container, t: Callable[[str], str]) -> None:
    """Each group's list becomes a three-column table under the group's heading."""
    for listing in list(box.findall(nodes.bullet_list)):
        rows = [cells(item) for item in listing.children if isinstance(item, nodes.list_item)]
        listing.replace_self(table(rows, [t(c) for c in COLUMNS]))


def cells(item: nodes.list_item) -> list[list[nodes.Node]]:
    """An attendance line cut where its name and its organisation end; the commas
    between the columns are dropped, every word kept."""
    paragraph = item.next_node(nodes.paragraph)
    children = [c.deepcopy() for c in paragraph.children] if paragraph else []
    kinds = [marked(c) for c in children]
    name = kinds.index("person") + 1 if "person" in kinds else len(children)
    if "org" not in kinds[name:]:
        return [children[:name], [], unseparated(children[name:])]
    org = kinds.index("org", name)
    between = unseparated(children[name:org])
    return [children[:name], [*between, children[org]], unseparated(children[org + 1 :])]


def unseparated(run: list[nodes.Node]) -> list[nodes.Node]:
    """``run`` without the separator it starts with."""
    if run and isinstance(run[0], nodes.Text):
        stripped = SEPARATOR.sub("", str(run[0]))
        return [nodes.Text(stripped), *run[1:]] if stripped else run[1:]
    return run


def marked(node: nodes.Node) -> str | None:
    """``person`` or ``org`` when the node is (or links) a marked name in the line."""
    if not isinstance(node, nodes.Element):
        return None
    for inline in node.findall(nodes.inline):
        for kind in ("person", "org"):
            if f"minutes-{kind}" in inline["classes"]:
                return kind
    return None


def table(rows: list[list[list[nodes.Node]]], header: list[str]) -> nodes.table:
    grid = nodes.table(classes=["minutes-attendance-table"], align="left")
    group = nodes.tgroup(cols=len(header))
    grid += group
    for _ in header:  # widths from the content (tabulary), cells ragged, not hyphenated
        group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    head += nodes.row("", *(nodes.entry("", nodes.paragraph(h, h)) for h in header))
    group += head
    body = nodes.tbody()
    for row in rows:
        body += nodes.row("", *(nodes.entry("", nodes.paragraph("", "", *cell)) for cell in row))
    group += body
    return grid


def placed_level(rubric: nodes.rubric, sections: list[nodes.section]) -> int:
    """The rubric's level below its section in the PDF, kept as far below its section as
    it was on its own page."""
    if not sections:
        return int(rubric["heading-level"])
    own = sections[-1].get("docname")
    on_page = sum(1 for s in sections if s.get("docname") == own)
    below = max(int(rubric["heading-level"]) - on_page - 1, 0)
    return min(len(sections) + below, 5)
