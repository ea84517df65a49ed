"""The PDFs, through Sphinx's LaTeX builder: one per meeting, and one volume per body.

Which PDFs there are comes from the model once the meetings are read (``env-updated``), so
a new meeting file gets its PDF without an edit to ``conf.py``; the project's own
``latex_documents`` are kept and ours added after them.

A volume starts at the page that lists the body's meetings (the ``meetings`` directive).
That page carries a ``volume`` placeholder holding the volume's contents in order: the
meetings oldest first, then the body's registers and the history pages (of the
organisations, people and topics the body's meetings name: see ``holds``). Once the page's
table of contents has been collected, the placeholder becomes a hidden toctree, so the
LaTeX builder inlines the volume in that order while the site's navigation (where the
meetings stay newest first, under their body) never sees it.

Each PDF is set in its own language: a Swedish meeting gets Swedish hyphenation, captions
and an index sorted in Swedish order, whatever the project's ``language`` is.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from sphinx.builders.latex import XINDY_LANG_OPTIONS
from sphinx.builders.latex.util import ExtBabel

from ..model.labels import language_of, long_date
from ..read.store import minutes_domain
from .store import Document, WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders.latex import LaTeXBuilder
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment


STYLE = Path(__file__).parents[1] / "texinputs" / "sphinxminutes.sty"
LATEXMKRC_MARK = "# sphinx-minutes:"
LATEXMKRC = r"""
# sphinx-minutes: each document's index is sorted in the document's own language, read
# from <document>.xdylang next to it (written by the build); others keep $XINDYOPTS.
$makeindex = 'internal minutes_xindy %O -o %D %S';
sub minutes_xindy {
  my @args = @_;
  my $idx = $args[-1];
  (my $langfile = $idx) =~ s/\.idx$/.xdylang/;
  my @options = split(' ', $ENV{'XINDYOPTS'} || '');
  if (open(my $fh, '<', $langfile)) {
    my $line = <$fh>;
    close($fh);
    @options = (split(' ', $line), '-M', 'sphinx.xdy');
  }
  if (-z $idx) {
    open(my $ind, '>', $args[-2]);
    close($ind);
    return 0;
  }
  return system('xindy', @options, @args);
}
"""


CONTEXT = ("classoptions", "multilingual", "date", "secnumdepth", "release", "releasename")
"""The LaTeX builder's settings each of our PDFs sets for itself (restored for others)."""


def volume_file(body: str) -> str:
    """The LaTeX file of a body's volume (its PDF has the same name, ``.pdf``)."""
    return f"{body}.tex"


def meeting_file(body: str, date: dt.date) -> str:
    """The LaTeX file of a meeting's own PDF (its PDF has the same name, ``.pdf``)."""
    return f"{body}-{date.isoformat()}.tex"


def documents(domain: WriteStore, config: Config) -> list[Document]:
    """A volume per body that has a page listing its meetings, then a PDF per meeting."""
    registry = domain.registry
    meetings = sorted(
        (m for m in domain.meetings.values() if m.date is not None),
        key=lambda m: (m.body, m.date, m.docname),
    )
    out = []
    for start, body in sorted(domain.volumes.items(), key=lambda v: (v[1], v[0])):
        registered = registry.bodies.get(body)
        language = language_of(config, registered)
        organisation = (
            registry.organisations.get(registered.organisation or "") if registered else None
        )
        dates = [m.date for m in meetings if m.body == body and m.date]
        span = (
            " – ".join(long_date(d, language) for d in sorted({dates[0], dates[-1]}))
            if dates
            else ""
        )
        out.append(
            Document(
                start=start,
                target=volume_file(body),
                title=registered.name if registered else body,
                author=organisation.name if organisation else "",
                theme="manual",
                toctree_only=True,
                language=language,
                date=span,
            )
        )
    for meeting in meetings:
        assert meeting.date is not None
        registered = registry.bodies.get(meeting.body)
        out.append(
            Document(
                start=meeting.docname,
                target=meeting_file(meeting.body, meeting.date),
                title=meeting.title or meeting.docname,
                author=registered.name if registered else meeting.body,
                theme="howto",
                toctree_only=False,
                language=meeting.language,
                date=long_date(meeting.date, meeting.language),
            )
        )
    return out


# Sphinx events


def add_style(app: Sphinx, config: Any) -> None:
    """``config-inited``: the LaTeX style of the minutes travels with every PDF."""
    config.latex_additional_files = [*config.latex_additional_files, str(STYLE)]


def plan(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-updated``: the LaTeX builder writes our documents after the project's own."""
    if app.builder.format != "latex":
        return
    domain = minutes_domain(env, WriteStore)
    planned = documents(domain, app.config)
    ours = {d.start for d in planned}
    own = [e for e in app.config.latex_documents if e[0] not in ours]
    app.config.latex_documents = [*own, *(d.entry() for d in planned)]
    domain.pdf_documents = {d.start: d for d in planned}


def set_document(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved`` (LaTeX: once per PDF, on the assembled tree): set the PDF's
    language, date and unnumbered headings (items carry their own numbers)."""
    if app.builder.format != "latex":
        return
    builder = cast("LaTeXBuilder", app.builder)
    domain = minutes_domain(app.env, WriteStore)
    context = builder.context
    if domain.latex_context is None:
        domain.latex_context = {key: context.get(key, "") for key in CONTEXT}
    saved = domain.latex_context
    context.update(saved)
    document = domain.pdf_documents.get(docname)
    if document is None:
        return
    babel = ExtBabel(document.language, not context.get("babel"))
    main = builder.babel.get_language()
    language = babel.get_language() if babel.is_supported_language() else main
    if main and saved["classoptions"].endswith("," + main):
        context["classoptions"] = saved["classoptions"][: -len(main)] + language
    if context.get("polyglossia") and not context.get("babel"):
        options = babel.get_mainlanguage_options()
        main_language = (
            f"\\setmainlanguage[{options}]{{{language}}}"
            if options
            else f"\\setmainlanguage{{{language}}}"
        )
        context["multilingual"] = f"{context['polyglossia']}\n{main_language}"
    context["date"] = document.date
    context["secnumdepth"] = r"\setcounter{secnumdepth}{-1}"
    context["release"] = context["releasename"] = ""  # minutes have dates, not releases


def finish(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: tell latexmk which language sorts each document's index."""
    if exception is not None or app.builder.format != "latex":
        return
    outdir = Path(app.builder.outdir)
    domain = minutes_domain(app.env, WriteStore)
    for document in domain.pdf_documents.values():
        options = XINDY_LANG_OPTIONS.get(document.language[:2], "-L general -C utf8 ")
        sidecar = outdir / Path(document.target).with_suffix(".xdylang").name
        sidecar.write_text(options.strip() + "\n", encoding="utf-8")
    latexmkrc = outdir / "latexmkrc"
    if latexmkrc.is_file():
        text = latexmkrc.read_text(encoding="utf-8")
        if LATEXMKRC_MARK not in text:
            latexmkrc.write_text(text + LATEXMKRC, encoding="utf-8")
