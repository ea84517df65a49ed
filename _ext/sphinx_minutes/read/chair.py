"""The chair ``:chair:`` names, found once the page's attendance is read.

The ``meeting`` block stands above the attendance, so it shows the chair as written; the
attendance read, a chair written as an attribution may name them (``Mia``, ``@dana``, a
first name only one attendee has) is shown and linked by their full name, as a chair
written in full is. A name that is no one's, or several people's, is left as written for
the checks (``check.facts``) to report at the ``:chair:`` line.
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


def chair_named(meeting: Meeting) -> str | None:
    """The attendee ``:chair:`` names, by the name the attendance gives them: the full
    name, an alias or @handle, or a first name only one attendee has, read as an
    attribution reads them; None when it names no one, or several people."""
    if not meeting.chair:
        return None
    found = names_in(meeting).known.get(fold(meeting.chair))
    return found[0] if found else None


def settle_chair(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: the chair by their full name, on the meeting and on its page."""
    meeting = minutes_domain(app.env, ReadStore).meetings.get(app.env.docname)
    if meeting is None:
        return
    meeting.chair_name = name = chair_named(meeting)
    if name is None:
        return
    for ref in doctree.findall(addnodes.pending_xref):
        if ref.get(CHAIR):
            ref["reftarget"] = name
            for shown in ref.findall(nodes.inline):
                shown.children = [nodes.Text(name)]
                shown.rawsource = name
