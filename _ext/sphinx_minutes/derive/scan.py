"""The people of the archive, found before reading: who gets a page, and how long each
person's and organisation's history is (see ``periods``).

People are known only from the attendance, so the people to give a page are found by a
light scan of the meeting files before reading (as autosummary scans sources for its
directives). The scan finds the ``attendance`` blocks and the first ``meeting`` block in
the raw text, takes their text as MyST hands it to the directive (the words after the
directive's name as its first line, a first blank line dropped, the options taken as
``take_options`` takes them) and reads it with the directive's own reader, so it finds
exactly the people the directives list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import __version__
from ..model.labels import language_of
from ..model.publicity import public_build
from ..read.attendance import Entry, read_attendance, read_secretaries
from ..read.directives.options import read_options
from ..read.registry import Registry
from .store import DerivedStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx


OPENING = re.compile(
    r"^(?P<fence>:{3,}|`{3,})\s*\{(?P<name>attendance|meeting)\}(?:\s+(?P<first>.*))?$"
)
"""The first line of a block the scan reads (stripped), and the words after its name."""


class Scanned(NamedTuple):
    """Who a meeting file names in its attendance: people, and organisations (by id)."""

    people: tuple[str, ...]
    organisations: tuple[str, ...]
    year: int | None = None
    """The meeting's year: its file's name, else its ``:date:``; None if neither is a day."""


def attendance_scan(app: Sphinx, domain: DerivedStore) -> dict[str, Scanned]:
    """The people and organisations of every meeting file, by path, in path order. A file
    is scanned again only when it or a registry changed (size and modification time, as
    Sphinx decides what to read), so a build after one edit does not scan the whole
    archive."""

    def stamp(path: Path) -> tuple[int, int]:
        stat = path.stat()
        return stat.st_mtime_ns, stat.st_size

    public = public_build(app.config)
    registries = (
        __version__,  # a new release may read attendance lines differently
        3,  # what a file's scan keeps: its people, its organisations and its year
        public,  # the public build gives no page to a person not named in public
        *sorted((str(p), *stamp(p)) for p in domain.registry.files.values()),
    )
    previous: dict[str, Any] = domain.data.get("scanned", {})
    known = previous.get("files", {}) if previous.get("registries") == registries else {}
    scanned: dict[str, tuple[tuple[int, int], Scanned]] = {}
    meetings_dir = Path(app.srcdir) / app.config.minutes_meetings_dir
    for source in sorted(meetings_dir.glob("*/*.md")):
        key, now = source.as_posix(), stamp(source)
        if key in known and known[key][0] == now:
            scanned[key] = (known[key][0], Scanned(*known[key][1]))
            continue
        text = source.read_text(encoding="utf-8", errors="replace")  # reported when read
        body = domain.registry.bodies.get(source.parent.name)
        language = language_of(app.config, body)
        names, orgs = attending(text, domain.registry, source.parent.name, language, public)
        year = meeting_year(source.stem, text)
        scanned[key] = (now, Scanned(tuple(sorted(names)), tuple(sorted(orgs)), year))
    domain.data["scanned"] = {"registries": registries, "files": scanned}
    return {key: found for key, (_, found) in scanned.items()}


def people_in(
    text: str, registry: Registry, body: str, language: str, public: bool = False
) -> set[str]:
    """The people a meeting names (see ``attending``)."""
    return attending(text, registry, body, language, public)[0]


def attending(
    text: str, registry: Registry, body: str, language: str, public: bool = False
) -> tuple[set[str], set[str]]:
    """The names in a meeting's attendance blocks and its ``meeting`` block's
    ``:secretary:`` (only the first ``meeting`` block is read: a second is shown as
    written), read with the meeting's words (its ``:language:``, else ``language``). An
    organisation attending as such has no name: no person page; nor, in the ``public``
    build, a person the meeting does not name in public. And the ids of the organisations
    its attendance names, present or not."""
    names: set[str] = set()
    organisations: set[str] = set()
    meeting_read = False
    for name, lines in blocks(text):
        options = read_options(lines)
        if name == "meeting" and not meeting_read:
            meeting_read = True
            language = (options.first().get("language") or "").strip() or language
            secretaries = options.first().get("secretary", "")
            words = registry.vocabulary(language, body)
            found_secretaries = read_secretaries(secretaries, 0, registry, words)
            names.update(named(e, public) for e in found_secretaries)
        elif name == "attendance":
            content = enumerate(lines[options.consumed :])
            found = read_attendance(content, registry, registry.vocabulary(language, body))
            entries = [read for _, _, read in found if isinstance(read, Entry)]
            names.update(named(entry, public) for entry in entries)
            organisations.update(
                e.attendee.organisation for e in entries if e.attendee.organisation
            )
    return {name for name in names if name.strip()}, organisations


def meeting_year(stem: str, text: str) -> int | None:
    """The year of the meeting a file holds: its name's (``2024-03-12``), else its first
    ``meeting`` block's ``:date:``, as the meeting directive takes its date."""
    date = day(stem)
    if date is None:
        meeting = next((lines for name, lines in blocks(text) if name == "meeting"), [])
        date = day(read_options(meeting).first().get("date", "").strip())
    return date.year if date else None


def day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def named(entry: Entry, public: bool) -> str:
    """The name the entry gives a page to: none for one not named in public, in public."""
    return "" if public and entry.attendee.anonymous else entry.attendee.name


def blocks(text: str) -> Iterator[tuple[str, list[str]]]:
    """Each ``attendance`` and ``meeting`` block of a file, with its text as MyST gives it
    to the directive. A block closes at a line of its fence's character, at least as long
    as the fence; one never closed runs to the end of the file."""
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        opened = OPENING.match(lines[index].strip())
        index += 1
        if opened is None:
            continue
        fence = opened["fence"]
        closing = re.compile(rf"{re.escape(fence[0])}{{{len(fence)},}}")
        indent = len(lines[index - 1]) - len(lines[index - 1].lstrip(" "))
        body: list[str] = [opened["first"]] if opened["first"] else []
        while index < len(lines) and not closing.fullmatch(lines[index].strip()):
            raw = lines[index]
            body.append(raw[min(indent, len(raw) - len(raw.lstrip(" "))) :])
            index += 1
        index += 1  # the closing fence
        if body and not body[0].strip():
            body = body[1:]  # MyST drops a first blank line
        yield opened["name"], body
