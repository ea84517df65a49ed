"""What each page offers as data: its exports, for the ``<link rel="alternate">`` in its
head and the download list at its end.

A meeting's page offers its JSON, its body's meetings calendar and minutes feed (and its
PDF, when the PDFs are published); a body's page its JSON, its three tables, its two
calendars and two feeds (and its volume); the page of an organisation, person or topic
its feed. The files are named by ``names`` (and the PDFs by ``write.pdf``), never looked
for on disk: what a page links never depends on what else was built, or in which order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, get_args

from ..model.labels import N_
from ..write.pdf import meeting_file, volume_file
from . import names
from .names import History
from .records import meeting_id

if TYPE_CHECKING:
    from ..model.meeting import Meeting
    from ..write.store import WriteStore

JSON, CSV, ICS, ATOM, PDF = (
    "application/json",
    "text/csv",
    "text/calendar",
    "application/atom+xml",
    "application/pdf",
)
"""The media types of the exports, as the alternates and download links give them."""
HISTORY_FOLDERS: tuple[History, ...] = get_args(History)


@dataclass(frozen=True, slots=True)
class Offer:
    """One file a page offers: where it is in the output, its type and its label."""

    target: str
    """The file's path in the output folder, with ``/`` (from ``names``)."""
    media_type: str
    label: str
    """A gettext message, shown in the page's language."""
    alternate: bool = True
    """A ``<link rel="alternate">`` in the page's head (not the tables and PDFs)."""
    listed: bool = True
    """In the download list at the page's end (meetings' and bodies' pages only)."""


def meeting_of(domain: WriteStore, docname: str) -> Meeting | None:
    """The meeting ``docname`` is the page of, as the build shows it, when its data is
    exported (a meeting without a body or date has no file)."""
    meeting = domain.shown.get(docname)
    if meeting is None or not meeting.date or meeting.body not in domain.archive.by_body:
        return None
    return meeting


def body_of(domain: WriteStore, docname: str) -> str | None:
    """The body ``docname`` is the page of (the list of its meetings), if it has data."""
    paths = domain.paths
    return next((body for body in domain.archive.by_body if paths.body(body) == docname), None)


def history_of(domain: WriteStore, docname: str) -> tuple[History, str] | None:
    """The history folder and page name of an organisation's, person's or topic's page."""
    paths = domain.paths
    if not paths.is_history(docname):
        return None
    folder, _, page = docname.removeprefix(paths.docname("")).partition("/")
    return next(((h, page) for h in HISTORY_FOLDERS if h == folder), None)


def offers(domain: WriteStore, docname: str, pdfs: bool) -> list[Offer]:
    """What the page ``docname`` offers, in the order its list shows them; ``pdfs`` says
    whether the PDFs are published with the site."""
    meeting = meeting_of(domain, docname)
    if meeting is not None:
        return meeting_offers(meeting, pdfs)
    body = body_of(domain, docname)
    if body is not None:
        volume = pdfs and body in domain.volumes.values()
        return body_offers(body, volume)
    history = history_of(domain, docname)
    if history is not None:
        feed = names.history_feed(*history)
        return [Offer(feed, ATOM, N_("What is new here (Atom feed)"), listed=False)]
    return []


def meeting_offers(meeting: Meeting, pdfs: bool) -> list[Offer]:
    assert meeting.date is not None
    body = meeting.body
    out = [
        Offer(names.meeting_json(meeting_id(meeting)), JSON, N_("These minutes as JSON")),
        Offer(names.body_calendar(body, "meetings"), ICS, N_("Meetings calendar (iCalendar)")),
        Offer(names.body_feed(body, "minutes"), ATOM, N_("New minutes (Atom feed)")),
    ]
    if pdfs:
        pdf = names.pdf(meeting_file(body, meeting.date))
        out.append(Offer(pdf, PDF, N_("These minutes as PDF"), alternate=False))
    return out


def body_offers(body: str, volume: bool) -> list[Offer]:
    out = [
        Offer(names.body_json(body), JSON, N_("All minutes as JSON")),
        Offer(names.body_table(body, "attendance"), CSV, N_("Attendance (CSV)"), False),
        Offer(names.body_table(body, "decisions"), CSV, N_("Decisions and votes (CSV)"), False),
        Offer(names.body_table(body, "follow-ups"), CSV, N_("Follow-ups (CSV)"), False),
        Offer(names.body_calendar(body, "meetings"), ICS, N_("Meetings calendar (iCalendar)")),
        Offer(names.body_calendar(body, "follow-ups"), ICS, N_("Follow-ups calendar (iCalendar)")),
        Offer(names.body_feed(body, "minutes"), ATOM, N_("New minutes (Atom feed)")),
        Offer(names.body_feed(body, "decisions"), ATOM, N_("New decisions (Atom feed)")),
    ]
    if volume:
        pdf = names.pdf(volume_file(body))
        out.append(Offer(pdf, PDF, N_("All minutes as PDF (one volume)"), alternate=False))
    return out
