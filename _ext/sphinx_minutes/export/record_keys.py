"""What each meeting's record is made from, as a short hash: the files made from records
(a meeting's JSON, a body's JSON, tables and calendars) are kept from the last build
while the keys of their meetings are the same (see ``kept``), without making the files'
bytes to find out.

A record is the meeting as the build may show it (a function of the meeting read and of
what every derived thing shares, see ``derive.digests``), its page's URL, the ids of the
body's meetings before and after it, and where its follow-ups stand in the body's
ledger (which later meetings decide): those last are taken as the record gives them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..derive.digests import hashed, meeting_digest, shared
from .records import follow_up_record, meeting_id

if TYPE_CHECKING:
    from ..derive.store import DerivedStore
    from ..model.meeting import Meeting
    from .records import Url


def record_keys(domain: DerivedStore, url: Url) -> dict[str, list[str]]:
    """Each body's meetings' keys, in the order of ``jsonfiles.body_records``."""
    archive = domain.archive
    common = shared(domain)

    def key(meeting: Meeting) -> str:
        before, after = archive.neighbours(meeting)
        book = archive.ledgers.get(meeting.body)
        follow_ups = [
            follow_up_record(meeting, s, book)
            for s in meeting.statements()
            if s.kind == "follow-up"
        ]
        return hashed(
            (
                common,
                meeting_digest(domain, meeting.docname),
                url(meeting.docname, ""),
                meeting_id(before) if before else None,
                meeting_id(after) if after else None,
                follow_ups,
            )
        )

    return {body: [key(m) for m in meetings] for body, meetings in sorted(archive.by_body.items())}
