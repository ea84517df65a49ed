"""The theme's navigation toggles, named: pydata-sphinx-theme opens and closes a branch
of the sidebar with a ``<summary>`` holding only a chevron, which a screen reader
announces as nothing (axe: ``summary-name``, serious). Each gets a name from the link
before it ("Show the pages under People"), in the page's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape, unescape
from typing import TYPE_CHECKING, Any

from ..derive.page_language import page_language
from ..model.labels import N_, gettext_for
from ..read.store import minutes_domain
from .store import WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx

TOGGLE = re.compile(
    r"(<a [^>]*>((?:(?!</?a[ >]).)*)</a><details(?: open=\"open\")?>)<summary>", re.S
)
"""A branch's link, then its toggle (pydata-sphinx-theme's ``add_collapse_checkboxes``);
the link's text holds no other link, so a match never starts at an earlier leaf's."""
SHOW = N_("Show the pages under {title}")


def named_toggles(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``, after the theme's: its sidebar made with named toggles."""
    make = context.get("generate_toctree_html")
    if not callable(make):
        return
    domain = minutes_domain(app.env, WriteStore)
    t = gettext_for(page_language(domain, app.config, pagename))
    context["generate_toctree_html"] = with_names(make, t(SHOW))


def with_names(make: Callable[..., Any], show: str) -> Callable[..., Any]:
    def named(*args: Any, **kwargs: Any) -> Any:
        made = make(*args, **kwargs)
        if isinstance(made, str):
            return TOGGLE.sub(lambda m: f'{m[1]}<summary aria-label="{label(show, m[2])}">', made)
        for summary in made.select("details > summary") if hasattr(made, "select") else []:
            link = summary.parent.find_previous_sibling("a")
            if link is not None and not summary.get_text(strip=True):
                summary["aria-label"] = show.format(title=link.get_text(" ", strip=True))
        return made  # the sidebar is a soup (cached by the theme: named again each time)

    return named


def label(show: str, title_html: str) -> str:
    title = unescape(re.sub(r"<[^>]+>", "", title_html)).strip()
    return escape(show.format(title=title), quote=True)
