"""The internal build's mark: every page of it says, under its title, that it is not for
publication, in the page's language. A page printed, saved or forwarded from the internal
site carries the warning with it, since it holds what the public minutes leave out.

The mark is a node of the page itself, put in as the document is read, so every builder
shows it: a banner in HTML and EPUB, a ruled line in the PDF, a line in text. A PDF also
carries it at the head of every sheet, its title page too, since sheets are printed and
handed on one by one. The public build has none; switching ``minutes_build`` reads every
page again (see ``__init__``). Pages that are no document (the index of terms, the search
page) have no title to stand under; every HTML page of the internal build asks search
engines to leave it alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from sphinx.util.texescape import escape

from ..derive.page_language import page_language
from ..model.labels import N_, gettext_for
from ..model.publicity import public_build
from ..read.store import minutes_domain
from .store import WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders.latex import LaTeXBuilder

NOT_FOR_PUBLICATION = N_("Internal: not for publication")
MARK = "minutes-internal"
"""The mark's class: styled by ``static/sphinx-minutes.css`` and ``sphinxminutes.sty``."""
NO_INDEX = '<meta name="robots" content="noindex, nofollow">\n'
SHEET_MARK = re.compile(r"\n\\minutesinternal\{[^\n]*\}$")
"""The mark's line in a PDF's preamble (``sphinxminutes.sty`` puts it on every sheet)."""


def mark_internal(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: in the internal build, the mark right under the page's title (at
    the top of a page that has none)."""
    if public_build(app.config):
        return
    domain = minutes_domain(app.env, WriteStore)
    label = gettext_for(page_language(domain, app.config, app.env.docname))(NOT_FOR_PUBLICATION)
    mark = nodes.container("", nodes.paragraph("", "", nodes.strong(label, label)), classes=[MARK])
    section = doctree.next_node(nodes.section)
    if section is not None and section.children and isinstance(section[0], nodes.title):
        section.insert(1, mark)
    else:
        doctree.insert(0, mark)


def no_index(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``: an internal page asks search engines not to index it, should
    it ever be served where they can reach it."""
    if not public_build(app.config):
        context["metatags"] = context.get("metatags", "") + NO_INDEX


def mark_pdf(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved`` (LaTeX: once per PDF, after its language is set): in the
    internal build, the mark at the head of every sheet, in the PDF's language. The line
    the PDF before added is taken out of the preamble they share."""
    if app.builder.format != "latex" or public_build(app.config):
        return
    domain = minutes_domain(app.env, WriteStore)
    document = domain.pdf_documents.get(docname)
    language = document.language if document else page_language(domain, app.config, docname)
    label = escape(gettext_for(language)(NOT_FOR_PUBLICATION), app.config.latex_engine)
    context = cast("LaTeXBuilder", app.builder).context
    preamble = SHEET_MARK.sub("", str(context.get("preamble", "")))
    context["preamble"] = f"{preamble}\n\\minutesinternal{{{label}}}"
