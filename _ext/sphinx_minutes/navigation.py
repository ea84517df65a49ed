"""Which pages to write again when a page comes or goes: those whose navigation lists it.

Sphinx writes again the page whose table of contents changed, not the other pages whose
sidebar shows that table of contents. Here the site's navigation is written out every
time a person, an organisation or a meeting appears, so those pages are found from the
tables of contents before and after reading. A sidebar shows the branch of the current
page, and, on every page of a top-level section, the section's tree down to the theme's
``navigation_depth``: a list changed there is on every page of the section.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

Toctrees = Mapping[str, Sequence[str]]
"""A document → the documents its tables of contents list (``env.toctree_includes``)."""

DEFAULT_DEPTH = 4
"""``navigation_depth`` of pydata-sphinx-theme (and of the read-the-docs theme)."""


def snapshot(env: BuildEnvironment) -> dict[str, tuple[str, ...]]:
    return {doc: tuple(children) for doc, children in env.toctree_includes.items()}


def showing_changes(env: BuildEnvironment, before: Toctrees, depth: int | None = None) -> set[str]:
    """The pages whose navigation lists a document that a changed table of contents
    added or dropped: the lists that changed, compared with ``before``."""
    after = snapshot(env)
    changed = {doc for doc in before.keys() | after.keys() if before.get(doc) != after.get(doc)}
    if not changed:
        return set()
    depth = depth if depth is not None else navigation_depth(env)
    parent = {child: doc for doc, children in after.items() for child in children}
    root = env.config.root_doc
    shown: set[str] = set()
    for doc in changed:
        path = ancestors(doc, parent, root)
        if len(path) <= 1 or path[-1] != root:
            # The site's own table of contents, or one no longer reached from it.
            top = root if doc == root else doc
        else:
            level = len(path) - 2  # 0 for a section's own page, under the root
            top = path[-2] if level < depth else doc
        shown |= below(top, after)
    return shown & env.found_docs


def ancestors(doc: str, parent: Mapping[str, str], root: str) -> list[str]:
    """``doc``, its parent and so on up to the root (or as far as parents go)."""
    path = [doc]
    while path[-1] != root and path[-1] in parent and parent[path[-1]] not in path:
        path.append(parent[path[-1]])
    return path


def below(top: str, toctrees: Toctrees) -> set[str]:
    """``top`` and every document its tables of contents reach."""
    found, todo = {top}, [top]
    while todo:
        for child in toctrees.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def navigation_depth(env: BuildEnvironment) -> int:
    options = env.config.html_theme_options or {}
    try:
        return int(options.get("navigation_depth", DEFAULT_DEPTH))
    except (TypeError, ValueError):
        return DEFAULT_DEPTH
