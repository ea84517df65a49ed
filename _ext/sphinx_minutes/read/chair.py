"""The chair ``:chair:`` names and the approvers ``:approved-by:`` names, found once the
page's attendance is read.

The ``meeting`` block stands above the attendance, so it shows them as written; the
attendance read, one written as an attribution may name them (``Mia``, ``@dana``, a
first name only one attendee has) is shown and linked by their full name, as one written
in full is. A name that is no one's, or several people's, is left as written for the
checks (``check.facts``, ``check.approval``) to report at its line.
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

CHAIR = "minutes:chair"
"""Marks the link the ``meeting`` block makes to the chair."""
APPROVER = "minutes:approver"
"""Marks the links the ``meeting`` block makes to the approvers."""


def attendee_named(meeting: Meeting, written: str) -> str | None:
    """The attendee ``written`` names, by the name the attendance gives them: the full
    name, an alias or @handle, or a first name only one attendee has, read as an
    attribution reads them; None when it names no one, or several people."""
    found = names_in(meeting).known.get(fold(written))
    return found[0] if found else None


def chair_named(meeting: Meeting) -> str | None:
    """The attendee ``:chair:`` names (see ``attendee_named``)."""
    return attendee_named(meeting, meeting.chair) if meeting.chair else None


def settle_names(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: the chair and the approvers by their full names, on the meeting
    and on its page."""
    meeting = minutes_domain(app.env, ReadStore).meetings.get(app.env.docname)
    if meeting is None:
        return
    meeting.chair_name = chair_named(meeting)
    if meeting.chair_name is None and not meeting.approvals:
        return
    for ref in doctree.findall(addnodes.pending_xref):
        if ref.get(CHAIR):
            name = meeting.chair_name
        elif ref.get(APPROVER):
            name = attendee_named(meeting, ref["reftarget"])
        else:
            continue
        if name is not None:
            ref["reftarget"] = name
            for shown in ref.findall(nodes.inline):
                shown.children = [nodes.Text(name)]
                shown.rawsource = name
