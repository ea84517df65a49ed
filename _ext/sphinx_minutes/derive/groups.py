"""A long index grouped by initial: its pages leave the site's navigation.

The theme renders the site's navigation on every page, so every page listed in it costs
every other page a line, and Sphinx copies the whole tree for each page it writes: a
meeting of ten thousand attendees made writing the site grow with the square of their
number. Once an index of organisations, people or topics holds more than
``minutes_index_group_limit`` entries, its pages are therefore written as orphans (their
front matter says so, see ``generated``), and the navigation ends at the pages by initial:

- a page by initial lists its pages as links (``index-group``), in the site only;
- the PDF volume still prints every page, through a table of contents that only the PDFs
  follow (the ``volume`` placeholder, bound after the navigation is collected);
- a grouped page gets its breadcrumbs back when it is written (``write.breadcrumbs``):
  its initial's page and those above it, as Sphinx gives a page in the navigation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from sphinx import addnodes

from ..model.collation import initial
from ..model.labels import language_of
from ..read.directives.base import MinutesDirective
from ..read.nodes import volume
from .page_paths import HISTORIES, PagePaths, group_name, in_folder

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment


class IndexGroupDirective(MinutesDirective):
    """``index-group``: one initial's pages, a line each: the page's document name (from
    the project's top, with a leading ``/``), a space, and its title."""

    has_content = True
    known_options: ClassVar[tuple[str, ...]] = ()

    def render(self) -> list[nodes.Node]:
        listing = nodes.bullet_list(classes=["minutes-index-group"])
        pages = []
        for line in self.content:
            target, _, title = line.strip().partition(" ")
            if not target:
                continue
            ref = addnodes.pending_xref(
                "", refdomain="std", reftype="doc", reftarget=target, refexplicit=True
            )
            ref += nodes.inline(title or target, title or target)
            listing += nodes.list_item("", nodes.paragraph("", "", ref))
            pages.append(target.lstrip("/"))
        site_only = addnodes.only(expr="html")
        site_only += listing
        return [site_only, volume(body="", includefiles=pages)]


def group_of(env: BuildEnvironment, docname: str) -> str | None:
    """The page by initial that lists a grouped page, if ``docname`` is one."""
    paths = PagePaths(env.config.minutes_registers_dir, env.config.minutes_meetings_dir)
    if not env.metadata.get(docname, {}).get("orphan"):
        return None
    for folder in HISTORIES:
        name = docname.removeprefix(paths.docname(in_folder(folder, "")))
        if name == docname or "/" in name or docname not in env.titles:
            continue
        letter = initial(env.titles[docname].astext(), language_of(env.config))
        group = paths.docname(in_folder(folder, group_name(letter)))
        return group if group in env.found_docs else None
    return None
