"""The approvers ``:approved-by:`` names, found once the page's attendance is read.

As for the chair (see ``chair``): the ``meeting`` block stands above the attendance, so it
shows each approver as written; once the attendance is read, an approver written by an
alias or a first name only one attendee has is shown and linked by their full name. A
name that is no one's is left as written for the checks (``check.approval``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes

from ..model.names import fold
from .attribution import names_in
from .store import ReadStore, minutes_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..model.meeting import Meeting

APPROVER = "minutes:approver"
"""Marks the links the ``meeting`` block makes to the approvers."""


def approver_named(meeting: Meeting, written: str) -> str | None:
    """The attendee an approver's name means, by the attendance's name for them; None
    when it names no one, or several people."""
    found = names_in(meeting).known.get(fold(written))
    return found[0] if found else None


def settle_approvers(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: each approver by their full name on the page."""
    meeting = minutes_domain(app.env, ReadStore).meetings.get(app.env.docname)
    if meeting is None or not meeting.approvals:
        return
    for ref in doctree.findall(addnodes.pending_xref):
        if not ref.get(APPROVER):
            continue
        name = approver_named(meeting, ref["reftarget"])
        if name is not None:
            ref["reftarget"] = name
            for shown in ref.findall(nodes.inline):
                shown.children = [nodes.Text(name)]
                shown.rawsource = name
