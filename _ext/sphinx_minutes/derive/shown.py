"""THE filter: each meeting as this build may show it.

Every view (the history pages, the registers, the PDF volumes, ``objects.inv``, the
exports) is derived from the archive, and the archive is built from the meetings as this
function gives them, never from the meetings as read. So what is not public is left out
of every view in one place: in the public build an item or statement under
``:not-public:`` is not there at all (its page shows only that it was withheld, see
``read.directives.withheld``), and a person not named in public is there only as what
the public may read of them (``anonymous``). The internal build shows everything.
"""

from __future__ import annotations

from dataclasses import replace

from ..model.meeting import AgendaItem, Meeting
from ..model.unnamed import unnamed
from .anonymous import anonymise


def shown(meeting: Meeting, public: bool) -> Meeting:
    """The meeting as the build may show it: the meeting itself when all of it may be
    shown, else a copy without what may not (the record read is never changed)."""
    if not public:
        return meeting
    unnamed = anonymise(meeting)
    if not withholds(unnamed):
        return unnamed
    items = [public_part(item) for item in unnamed.items if item.public]
    return replace(unnamed, items=items)


def withholds(meeting: Meeting) -> bool:
    """Whether anything of the meeting is not public."""
    return any(
        not item.public or any(not s.public for s in item.statements) for item in meeting.items
    )


def changed_in_public(meeting: Meeting) -> bool:
    """Whether the public build shows the meeting otherwise than its file says (parts
    withheld, people not named): its published source is rewritten (``write.sources``)
    and no link leads to the file itself (``write.edit_link``)."""
    return withholds(meeting) or bool(unnamed(meeting))


def public_part(item: AgendaItem) -> AgendaItem:
    """The item with its public statements only; an answer keeps only the public
    questions it answers."""
    if all(s.public for s in item.statements):
        return item
    hidden = {s.id for s in item.statements if not s.public}
    statements = [
        replace(s, answers=tuple(a for a in s.answers if a not in hidden))
        for s in item.statements
        if s.public
    ]
    return replace(item, statements=statements)


def shown_meetings(meetings: dict[str, Meeting], public: bool) -> dict[str, Meeting]:
    """Every meeting as the build may show it, by docname."""
    return {docname: shown(meeting, public) for docname, meeting in meetings.items()}
