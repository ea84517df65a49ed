"""The minutes' approval on paper: a draft's PDF says DRAFT on every page, and the PDF of
a meeting whose minutes name approvers ends with their signature lines, in the
meeting's language.

A body's volume shows a draft by the banner on top of its meeting (the page's own
``minutes-draft`` box, see ``sphinxminutes.sty``): the mark on every page belongs to the
meeting's own PDF, which is all draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.texescape import escape

from ..model.labels import N_, gettext_for, long_date
from ..read.store import minutes_domain
from .store import WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..model.meeting import Meeting


def mark_pdf(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved`` (LaTeX): a meeting's PDF gets its draft mark and its
    approvers' signature lines."""
    if app.builder.format != "latex":
        return
    domain = minutes_domain(app.env, WriteStore)
    document = domain.pdf_documents.get(docname)
    meeting = domain.meetings.get(docname)
    if document is None or document.theme != "howto" or meeting is None:
        return
    engine = app.config.latex_engine
    t = gettext_for(meeting.language)
    if meeting.status == "draft":
        doctree.insert(0, latex(rf"\minutesdraft{{{escape(t(N_('DRAFT')), engine)}}}"))
    if meeting.approvals:
        doctree.append(latex(signatures(meeting, engine)))


def signatures(meeting: Meeting, engine: str) -> str:
    """A signature line and a date line for each approver, labelled in the meeting's
    language; a date the minutes give is printed, else left to be written by hand."""
    t = gettext_for(meeting.language)
    draft = meeting.status == "draft"
    heading = t(N_("To be approved by") if draft else N_("Approved by"))
    lines = [rf"\begin{{minutessignatures}}{{{escape(heading, engine)}}}"]
    for approval in meeting.approvals:
        date = long_date(approval.date, meeting.language) if approval.date else ""
        labels = (t(N_("Signature")), t(N_("Date")), approval.name, date)
        lines.append(r"\minutessignature" + "".join(f"{{{escape(s, engine)}}}" for s in labels))
    lines.append(r"\end{minutessignatures}")
    return "\n".join(lines)


def latex(text: str) -> nodes.raw:
    return nodes.raw("", text + "\n", format="latex")
