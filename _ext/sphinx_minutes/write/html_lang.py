"""The ``lang`` of each HTML page: the language the page is written in (see
``derive.page_language``), not the site's alone, so a Swedish body's registers on an
English site are marked Swedish for screen readers, hyphenation and search engines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..derive.page_language import page_language
from ..model.languages import language_tag
from ..read.store import minutes_domain
from .store import WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def html_lang(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``: the page's language as the themes' ``language`` (the
    ``<html lang>`` attribute); pages that are no document (the index of terms, the
    search page) keep the site's."""
    if pagename not in app.env.all_docs:
        return
    domain = minutes_domain(app.env, WriteStore)
    context["language"] = language_tag(page_language(domain, app.config, pagename))
