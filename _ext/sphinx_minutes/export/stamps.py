"""What the calendars and feeds share: whose site they come from, the ids that follow a
meeting or statement across builds, the stamps taken from meeting dates, and links.

Nothing here reads the clock: a stamp is the date of a meeting, so two builds of the
same minutes, a day apart, write the same bytes. Ids are made from the records' ids
(``body/date``, ``body/date#anchor``) and the site, never from a random number.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import uuid
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

from ..model.labels import N_, gettext_for
from ..read.registry import slug
from .records import Json


class Named(NamedTuple):
    """A body as the exports name it: its registered name and its pages' language."""

    name: str
    language: str


@dataclass(frozen=True, slots=True)
class Site:
    """The site the exports belong to: its root URL (``html_baseurl``), when set, and a
    name for it that stays the same from build to build."""

    name: str
    """The host of ``html_baseurl``, else the project's name as a slug."""
    baseurl: str
    """``html_baseurl`` with one trailing ``/``, or empty."""

    def uid(self, record_id: str) -> str:
        """A calendar event's UID: ``finance/2024-01-15@minutes.example.org``."""
        return f"{record_id}@{self.name}"

    def atom_id(self, record_id: str) -> str:
        """An Atom id: a name-based UUID (version 5) of the site and the record's id, the
        same in every build and whatever the builder's page names."""
        return name_based(f"{self.name}/{record_id}")

    def own(self, file_name: str) -> str:
        """A file's link to itself: its URL, or its name, which is relative to itself."""
        return self.baseurl + file_name if self.baseurl else posixpath.basename(file_name)


@lru_cache(maxsize=1 << 16)
def name_based(name: str) -> str:
    """``urn:uuid:`` and the version 5 UUID of ``name``; kept, as every feed that holds
    a meeting or statement asks for its id."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def site_of(project: str, baseurl: str) -> Site:
    """The site of a project, known by the host of its ``html_baseurl`` when set."""
    host = urlsplit(baseurl).hostname if baseurl else None
    return Site(host or slug(project), f"{baseurl.rstrip('/')}/" if baseurl else "")


def day(iso: str) -> dt.date:
    """A record's date (``2024-01-15``) as a date."""
    return dt.date.fromisoformat(iso)


def stamp(iso: str) -> dt.datetime:
    """A meeting's date as a moment, the start of its day in UTC: what stands where a
    format wants a time it was made (``DTSTAMP``, Atom's ``updated``)."""
    return dt.datetime.combine(day(iso), dt.time(), tzinfo=dt.UTC)


def absolute(url: str) -> bool:
    """Whether a record's URL is absolute (``html_baseurl`` is set), not from the root."""
    return re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", url) is not None


def from_file(url: str, file_name: str) -> str:
    """A record's URL as a link in the file ``file_name`` (both from the site's root): an
    absolute URL as it is, a relative one from the file's folder (``../../meetings/…``),
    which a reader resolves against the file's own URL."""
    if absolute(url):
        return url
    return "../" * file_name.count("/") + url


def meeting_title(meeting: Json, body: str) -> str:
    """The meeting's title (or its body and date), marked when its minutes are a draft."""
    title = meeting["title"] or f"{body} {meeting['date']}"
    if meeting["status"] == "draft":
        title += f" ({gettext_for(meeting['language'])(N_('draft'))})"
    return title
