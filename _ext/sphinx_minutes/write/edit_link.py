""" "Edit this page": a link from a page to its source file where the project is kept
(``minutes_edit_url``, a URL with ``{path}``; off by default).

Never on a page whose file says more than the page: in the public build, a meeting with
parts withheld or people not named in public (``derive.shown.changed_in_public``) links
to nothing, since its file holds what the public may not read; nor on the generated
pages under the registers folder, which no one edits. The theme's own edit button
(pydata-sphinx-theme's and sphinx-book-theme's ``use_edit_page_button``, the Read the
Docs theme's ``display_github`` …) is taken away from the same pages; where it is on,
the extension prints no second link.
"""

from __future__ import annotations

import html
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..derive.page_language import page_language
from ..derive.shown import changed_in_public
from ..model.labels import N_, gettext_for
from ..model.publicity import public_build
from ..read.safety import safe_url
from ..read.store import minutes_domain
from .store import WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx

EDIT_THIS_PAGE = N_("Edit this page")
PAGE_BUILDERS = ("html", "dirhtml")
"""The builders that write a page per file (not one page of all, nor a book)."""
THEME_BUTTONS = (
    "theme_use_edit_page_button",
    "display_github",
    "display_gitlab",
    "display_bitbucket",
    "display_vcs",
)
"""The context values that show a theme's own edit button (pydata-sphinx-theme and
sphinx-book-theme; the Read the Docs theme)."""


def edit_link(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``: the link at the end of the page's text, or no edit button at
    all where the page may not lead to its file."""
    if pagename not in app.env.all_docs:
        return
    if not editable(app, pagename):
        for key in THEME_BUTTONS:
            context[key] = False
        return
    theme_button = context.get("theme_use_edit_page_button") is True  # as its template asks
    if app.builder.name not in PAGE_BUILDERS or theme_button:
        return
    url = edit_url(str(app.config.minutes_edit_url), source_path(app, pagename))
    if not url or "body" not in context:
        return
    domain = minutes_domain(app.env, WriteStore)
    label = gettext_for(page_language(domain, app.config, pagename))(EDIT_THIS_PAGE)
    context["body"] += (
        f'<p class="minutes-edit"><a class="reference external" '
        f'href="{html.escape(url)}">{html.escape(label)}</a></p>\n'
    )


def editable(app: Sphinx, pagename: str) -> bool:
    """Whether the page may lead to its file: not generated, and shown as written."""
    domain = minutes_domain(app.env, WriteStore)
    if pagename.startswith(domain.paths.registers.strip("/") + "/"):
        return False
    meeting = domain.meetings.get(pagename)
    return meeting is None or not public_build(app.config) or not changed_in_public(meeting)


def source_path(app: Sphinx, pagename: str) -> str:
    """The page's file from the project's source folder, with ``/``: ``meetings/x.md``."""
    return PurePath(app.env.doc2path(pagename, False)).as_posix()


def edit_url(template: str, path: str) -> str:
    """The template with ``{path}`` as the file's path, URL-quoted; empty when there is
    no template, or it is no safe link (``javascript:`` …)."""
    url = template.strip().replace("{path}", quote(path))
    return url if url and safe_url(url) else ""
