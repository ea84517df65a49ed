"""Atom feeds (RFC 4287) of what is new: each body's minutes and decisions, and, in
``history_feeds``, what concerns an organisation, a person or a topic.

Made from the same records as the JSON, newest first. Every stamp is a meeting's date
(an entry's, and the feed's that of its latest meeting), never the clock, so a build
a day later writes the same bytes. Ids are name-based UUIDs of the site and the
record's id (``stamps.Site``); links are absolute with ``html_baseurl``, else relative
to the feed's own file, as Atom readers resolve them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from ..derive.views.links import excerpt
from ..model.labels import N_, STATEMENT_LABELS, gettext_for
from .csvfiles import statements
from .names import BodyFeed, body_feed
from .records import Json
from .stamps import Named, Site, day, from_file, meeting_title, stamp

if TYPE_CHECKING:
    from .kept import Made, Make

GENERATOR = "sphinx-minutes"
LENGTH = 50
"""The entries a feed holds at most, the newest: a reader wants what is new, and the
JSON holds everything (a feed of the whole archive would cost a long build its time)."""
DECIDED = ("decision", "motion")
"""What a body's decisions feed holds: decisions (elections among them) and motions."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry: a meeting, an agenda item or a statement, by its record's id."""

    id: str
    title: str
    date: str
    url: str
    summary: str
    place: tuple[str, int]
    """The meeting's id and the entry's place in it (the meeting itself first)."""
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed's own fields: its file, id, title, author, page and language."""

    file_name: str
    id: str
    title: str
    author: str
    page: str | None
    language: str
    latest: str
    """The date of the latest meeting it could hold: its ``updated`` when it is empty."""


Found = tuple[Json, Json | None, Json | None]
"""A record found by id: its meeting, and its item and statement when it is one."""


def index(records: dict[str, list[Json]]) -> dict[str, tuple[Found, int]]:
    """Every meeting, item and statement by id, with its place in its meeting."""
    found: dict[str, tuple[Found, int]] = {}
    for meetings in records.values():
        for meeting in meetings:
            found[meeting["id"]] = ((meeting, None, None), 0)
            place = 0
            for item in meeting["items"]:
                place += 1
                found[item["id"]] = ((meeting, item, None), place)
                for statement in item["statements"]:
                    place += 1
                    found[statement["id"]] = ((meeting, item, statement), place)
    return found


def entry_of(found: Found, place: int, bodies: dict[str, Named]) -> Entry:
    """The entry of a meeting (its agenda as summary), an item (its meeting as summary) or
    a statement (its kind and words as title, its item and text as summary)."""
    meeting, item, statement = found
    title = meeting_title(meeting, bodies[meeting["body"]].name)
    if statement is not None and item is not None:
        label = gettext_for(meeting["language"])(STATEMENT_LABELS[statement["kind"]])
        return Entry(
            statement["id"],
            f"{label}: {excerpt(statement['text'], 100)}",
            meeting["date"],
            statement["url"],
            f"{item['heading']}\n\n{statement['text']}",
            (meeting["id"], place),
            statement["by"]["as_written"] or None,
        )
    if item is not None:
        where = (meeting["id"], place)
        return Entry(item["id"], item["heading"], meeting["date"], item["url"], title, where)
    agenda = "\n".join(i["heading"] for i in meeting["items"] if i["heading"])
    return Entry(meeting["id"], title, meeting["date"], meeting["url"], agenda, (meeting["id"], 0))


class Entries:
    """Every meeting's, item's and statement's entry, made once for all the feeds that
    hold it (a meeting is in its body's feed and in each attendee's)."""

    def __init__(self, records: dict[str, list[Json]], bodies: dict[str, Named]) -> None:
        self.found = index(records)
        self.bodies = bodies
        self.made: dict[str, Entry] = {}

    def newest(self, ids: Iterable[str]) -> list[Entry]:
        """The newest entries of ``ids``; one the records do not hold (a meeting without
        a date) is left out."""
        kept = []
        for i in ids:
            if i not in self.made and i in self.found:
                self.made[i] = entry_of(*self.found[i], self.bodies)
            if i in self.made:
                kept.append(self.made[i])
        return newest_first(kept)


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """The ``LENGTH`` newest entries: meetings newest first, a meeting's own entries in
    the order of its minutes."""
    once = {entry.id: entry for entry in entries}
    return sorted(once.values(), key=lambda e: (-day(e.date).toordinal(), e.place))[:LENGTH]


def atom(feed: Feed, entries: list[Entry], site: Site) -> bytes:
    """The feed as Atom: every date from the meetings, ``updated`` set on each entry and
    the feed so that feedgen's default (the clock) is never written."""
    # Imported when the feeds are written, at the build's end: feedgen and lxml hold
    # 10 MiB that reading and writing the pages, where a build's memory peaks, do without.
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id(site.atom_id(feed.id))
    fg.title(feed.title)
    fg.updated(stamp(max((e.date for e in entries), default=feed.latest)))
    fg.author({"name": feed.author})
    fg.link(href=site.own(feed.file_name), rel="self")
    if feed.page is not None:
        fg.link(href=from_file(feed.page, feed.file_name), rel="alternate")
    fg.language(feed.language)
    fg.generator(GENERATOR)
    for entry in entries:
        fe = fg.add_entry(order="append")
        fe.id(site.atom_id(entry.id))
        fe.title(entry.title)
        fe.updated(stamp(entry.date))
        fe.published(stamp(entry.date))
        fe.link(href=from_file(entry.url, feed.file_name), rel="alternate")
        if entry.author:
            fe.author({"name": entry.author})
        if entry.summary:
            fe.summary(entry.summary)
    return bytes(fg.atom_str(pretty=True))


def atom_file(made: Make, feed: Feed, entries: list[Entry], site: Site) -> Made:
    """The feed's file, kept from the last build while its entries are the same (see
    ``kept``)."""
    return made(feed.file_name, (feed, entries, site), partial(atom, feed, entries, site))


def decided(meetings: list[Json]) -> Iterator[tuple[Json, Json, Json]]:
    return statements(meetings, DECIDED)


def body_feeds(
    records: dict[str, list[Json]],
    bodies: dict[str, Named],
    pages: dict[str, str | None],
    site: Site,
    entries: Entries,
    made: Make,
) -> dict[str, Made]:
    """Each body's feeds of new minutes and new decisions (``pages``: each body's page)."""
    files = {}
    for body, meetings in records.items():
        named = bodies[body]
        t = gettext_for(named.language)
        latest = meetings[-1]["date"]
        kinds: tuple[tuple[BodyFeed, str, list[str]], ...] = (
            ("minutes", N_("Meetings"), [m["id"] for m in meetings]),
            ("decisions", N_("Decisions"), [s["id"] for _, _, s in decided(meetings)]),
        )
        for kind, label, ids in kinds:
            name = body_feed(body, kind)
            title = f"{named.name}: {t(label)}"
            feed = Feed(name, name, title, named.name, pages[body], named.language, latest)
            files[name] = atom_file(made, feed, entries.newest(ids), site)
    return files
