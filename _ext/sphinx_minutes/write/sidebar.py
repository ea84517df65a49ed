"""The theme's sidebar, made once for the pages that share it.

pydata-sphinx-theme makes each page's sidebar from its section's toctree, which Sphinx
resolves anew for every page, expanding every branch before pruning it: a body's page
listing 500 meetings costs each of its 500 meetings a 500-entry sidebar, made from
nothing. That is a square term in the build (issue 19). Pages written to the same folder,
under the same toctree parents and with no pages under them, get the same sidebar but for
the one entry marked as the page being read. So the first such page's sidebar is kept,
and each sibling gets it with the mark moved to its own entry: the same HTML the theme
makes, made once. Anything that does not match exactly is made by the theme as before.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

MARKED = re.compile(
    r'<li class="(toctree-l\d+) current active">'
    r'<a aria-current="page" class="current reference internal" href="#">'
)
"""The theme's entry of the page being read, when it has no pages under it (attributes
sorted, as BeautifulSoup writes them)."""
Key = tuple[Hashable, ...]


@dataclass
class Made:
    """A sidebar as the theme made it, and the page whose entry it marks."""

    page: str
    html: str


@dataclass
class Sidebars:
    """This build's sidebars by what decides them; reset when the toctrees may change."""

    parents: dict[str, list[str]]
    made: dict[Key, Made] = field(default_factory=dict)


def start(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-updated``: the toctrees are final; sidebars of an earlier build are not."""
    parents: dict[str, list[str]] = {}
    for parent, children in env.toctree_includes.items():
        for child in children:
            parents.setdefault(child, []).append(parent)
    app.builder.minutes_sidebars = Sidebars(parents)  # type: ignore[attr-defined]


def share(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``, after the theme's: its sidebar shared with the page's siblings."""
    make = context.get("generate_toctree_html")
    sidebars = getattr(app.builder, "minutes_sidebars", None)
    if not callable(make) or sidebars is None:
        return
    place = siblings(sidebars, app.env, app.builder, pagename)
    if place is not None:
        context["generate_toctree_html"] = shared(make, sidebars, place, pagename, app.builder)


def siblings(
    sidebars: Sidebars, env: BuildEnvironment, builder: Builder, pagename: str
) -> Key | None:
    """What a page's sidebar depends on besides its own entry (its folder and toctree
    parents), or None when it may depend on more (pages under it, several parents)."""
    if env.toctree_includes.get(pagename):
        return None  # its own branch is open in its sidebar
    uri = builder.get_target_uri(pagename)
    if not uri or uri.endswith("/"):
        return None  # a folder per page (dirhtml): no two pages share relative links
    chain: list[str] = []
    page = pagename
    while page in sidebars.parents:
        over = sidebars.parents[page]
        if len(over) > 1 or over[0] in chain or over[0] == pagename:
            return None
        page = over[0]
        chain.append(page)
    return (posixpath.dirname(uri), *chain) if chain else None


def shared(
    make: Callable[..., Any], sidebars: Sidebars, place: Key, pagename: str, builder: Builder
) -> Callable[..., Any]:
    def make_shared(*args: Any, **kwargs: Any) -> Any:
        if not args or args[0] != "sidebar":
            return make(*args, **kwargs)
        try:
            key = (place, args, tuple(sorted(kwargs.items())))
            hash(key)
        except TypeError:
            return make(*args, **kwargs)
        earlier = sidebars.made.get(key)
        if earlier is not None:
            html = moved(earlier, pagename, builder)
            if html is not None:
                return html
        made = make(*args, **kwargs)  # a soup, or a string (the theme's own cache)
        html = str(made)
        if movable(html):
            sidebars.made[key] = Made(pagename, html)
        return made

    return make_shared


def movable(html: str) -> bool:
    """Whether the mark of the page it was made for is the theme's, and the only one."""
    marks = len(MARKED.findall(html))
    if marks == 0:
        return 'href="#"' not in html
    return marks == 1 and html.count('href="#"') == 1


def moved(earlier: Made, pagename: str, builder: Builder) -> str | None:
    """The sidebar made for a sibling, marking this page instead; None if the entries
    are not exactly as expected."""
    if earlier.page == pagename:
        return earlier.html
    to_earlier = builder.get_relative_uri(pagename, earlier.page)
    to_here = builder.get_relative_uri(earlier.page, pagename)
    if escape(to_earlier) != to_earlier or escape(to_here) != to_here:
        return None
    here = re.compile(
        rf'<li class="(toctree-l\d+)"><a class="reference internal" href="{re.escape(to_here)}">'
    )
    mark = MARKED.search(earlier.html)
    if mark is None:  # the sidebar lists no page at this depth
        return earlier.html if f'href="{to_here}"' not in earlier.html else None
    if len(here.findall(earlier.html)) != 1 or earlier.html.count(f'href="{to_here}"') != 1:
        return None
    level = mark[1]
    html = MARKED.sub(
        f'<li class="{level}"><a class="reference internal" href="{to_earlier}">', earlier.html
    )
    return here.sub(
        lambda entry: (
            f'<li class="{entry[1]} current active">'
            '<a aria-current="page" class="current reference internal" href="#">'
        ),
        html,
    )
