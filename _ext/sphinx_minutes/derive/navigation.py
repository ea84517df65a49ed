"""Which pages to write again when a page comes, goes or is retitled: those whose
navigation shows it.

Sphinx writes again the page whose table of contents changed, not the other pages whose
sidebar shows that table of contents. Here the site's navigation is written out every
time a person, an organisation or a meeting appears, so those pages are found from the
tables of contents before and after reading. A sidebar shows the branch of the current
page, and, on every page of a top-level section, the section's tree down to the theme's
``navigation_depth``: a list changed there is on every page of the section, unless the
theme's ``collapse_navigation`` folds every branch but the current page's (then only the
section's own list is on every page of it). Pages whose previous or next page changed
are written again too (the links at the page's foot).

A page's title is shown wherever a list holding it is (sidebar, header, breadcrumbs
below it, previous/next links); its headings, by the tables of contents of the pages
above it, which may show every level. So a retitled page counts as a change of the lists
holding it, and a page whose headings changed rewrites the pages above it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

Toctrees = Mapping[str, Sequence[str]]
"""A document → the documents its tables of contents list (``env.toctree_includes``)."""

DEFAULT_DEPTH = 4
"""``navigation_depth`` of pydata-sphinx-theme (and of the read-the-docs theme)."""


class Navigation(NamedTuple):
    toctrees: dict[str, tuple[str, ...]]
    relations: dict[str, tuple[str | None, ...]]
    """Each page's parent, previous and next page."""
    shown: dict[str, tuple[str, str]]
    """The title and the headings (the table of contents above it shows) of each page
    read again, as they were before (see ``note_shown``)."""


def snapshot(env: BuildEnvironment) -> Navigation:
    """The tables of contents and relations before reading (cheap: names only)."""
    return Navigation(
        {doc: tuple(children) for doc, children in env.toctree_includes.items()},
        {doc: tuple(related) for doc, related in env.collect_relations().items()},
        {},
    )


def shown(env: BuildEnvironment, doc: str) -> tuple[str, str]:
    """A page's title and headings as the navigation shows them (markup included)."""
    return str(env.titles.get(doc, "")), str(env.tocs.get(doc, ""))


def note_shown(env: BuildEnvironment, before: Navigation, doc: str) -> None:
    """Before ``doc`` is read again: what the navigation showed of it. Only pages read
    again can change, so only they are noted (not every page, twice a build)."""
    if doc in env.titles:
        before.shown.setdefault(doc, shown(env, doc))


def differing(before: Mapping[str, object], after: Mapping[str, object]) -> set[str]:
    return {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}


def showing_changes(env: BuildEnvironment, before: Navigation | None) -> set[str]:
    """The pages whose navigation lists a document that a changed table of contents
    added or dropped, or a retitled document, those whose parent, previous or next page
    changed or was retitled, and those above a page whose headings changed."""
    if before is None:
        return set()
    now = snapshot(env)
    after = now.toctrees
    changed = differing(before.toctrees, after)
    shown_now = {doc: shown(env, doc) for doc in before.shown if doc in env.titles}
    retitled = {doc for doc, (title, _) in shown_now.items() if title != before.shown[doc][0]}
    parents: dict[str, set[str]] = {}
    for doc, children in after.items():
        for child in children:
            parents.setdefault(child, set()).add(doc)
    listed = differing(before.relations, now.relations)
    for doc in retitled:
        changed |= parents.get(doc, set())
        listed |= below(doc, after)
    listed |= {doc for doc, related in now.relations.items() if retitled & set(related[1:])}
    for doc, now_shown in shown_now.items():
        if now_shown != before.shown[doc]:
            listed |= above(doc, parents)
    if not changed:
        return listed & env.found_docs
    depth, collapsed = navigation_depth(env), navigation_collapsed(env)
    root = env.config.root_doc
    for doc in changed:
        if doc == root:
            return set(env.found_docs)  # the site's own table of contents: every page
        listed |= below(doc, after)
        for section, level in sections(doc, parents, root):
            if (depth <= 0 or level < depth) and (level == 0 or not collapsed):
                listed |= below(section, after)
    return listed & env.found_docs


def sections(doc: str, parents: Mapping[str, set[str]], root: str) -> set[tuple[str, int]]:
    """The top-level sections ``doc`` is in (the root's children it is under), each with
    how deep below it ``doc`` is: 0 for the section's own page. A page listed in two
    tables of contents may be in two sections."""
    found: set[tuple[str, int]] = set()
    todo: list[tuple[str, tuple[str, ...]]] = [(doc, (doc,))]
    while todo:
        current, path = todo.pop()
        for parent in parents.get(current, ()):
            if parent == root:
                found.add((current, len(path) - 1))
            elif parent not in path:
                todo.append((parent, (*path, parent)))
    return found


def above(doc: str, parents: Mapping[str, set[str]]) -> set[str]:
    """Every document whose tables of contents reach ``doc``."""
    found: set[str] = set()
    todo = [doc]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return found


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
    """The theme's ``navigation_depth``; 0 or less means no limit, as in the themes."""
    options = env.config.html_theme_options or {}
    try:
        return int(options.get("navigation_depth", DEFAULT_DEPTH))
    except (TypeError, ValueError):
        return DEFAULT_DEPTH


def navigation_collapsed(env: BuildEnvironment) -> bool:
    """The theme's ``collapse_navigation`` (false in pydata-sphinx-theme), as the theme's
    templates read it (``tobool``)."""
    options = env.config.html_theme_options or {}
    value = options.get("collapse_navigation", False)
    return (
        value.strip().lower() in ("true", "1", "yes", "on")
        if isinstance(value, str)
        else bool(value)
    )
