"""The people of the meeting files, found before reading: each gets a page.

People are known only from the attendance, so the people to give a page are found by a
light scan of the meetings' attendance blocks before reading, with the same parser the
``attendance`` directive uses (as autosummary scans sources for its directives).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import __version__
from ..read.attendance import Heading, parse_entry, parse_heading

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..domain.store import MinutesDomain
    from ..read.registry import Registry

ATTENDANCE_OPEN = re.compile(r"^(?P<fence>:{3,}|`{3,})\s*\{attendance\}")
SECRETARY = re.compile(r"^:secretary:\s*(?P<entry>.+)$")
ENTRY = re.compile(r"^[-*+]\s+(?P<text>.+)$")


def attendance_scan(app: Sphinx, domain: MinutesDomain) -> dict[str, tuple[str, ...]]:
    """The people of every meeting file, by path, in path order. A file is scanned again
    only when it or a registry changed (size and modification time, as Sphinx decides
    what to read), so a build after one edit does not scan the whole archive."""

    def stamp(path: Path) -> tuple[int, int]:
        stat = path.stat()
        return stat.st_mtime_ns, stat.st_size

    registries = (
        __version__,  # a new release may read attendance lines differently
        *sorted((str(p), *stamp(p)) for p in domain.registry.files.values()),
    )
    previous: dict[str, Any] = domain.data.get("scanned", {})
    known = previous.get("files", {}) if previous.get("registries") == registries else {}
    scanned: dict[str, tuple[tuple[int, int], tuple[str, ...]]] = {}
    meetings_dir = Path(app.srcdir) / app.config.minutes_meetings_dir
    for source in sorted(meetings_dir.glob("*/*.md")):
        key, now = source.as_posix(), stamp(source)
        if key in known and known[key][0] == now:
            scanned[key] = known[key]
            continue
        text = source.read_text(encoding="utf-8", errors="replace")  # reported when read
        names = people_in(text, domain.registry)
        scanned[key] = (now, tuple(sorted(names)))
    domain.data["scanned"] = {"registries": registries, "files": scanned}
    return {key: names for key, (_, names) in scanned.items()}


def people_in(text: str, registry: Registry) -> set[str]:
    """The names in a meeting's attendance blocks and ``:secretary:`` option."""
    names: set[str] = set()
    fence: str | None = None
    heading = Heading("members", "present")
    for raw in text.splitlines():
        line = raw.strip()
        if fence is None:
            opened = ATTENDANCE_OPEN.match(line)
            secretary = SECRETARY.match(line)
            if opened:
                fence, heading = opened["fence"], Heading("members", "present")
            elif secretary:
                names.add(parse_entry(secretary["entry"], 0, heading, registry).attendee.name)
            continue
        if line == fence:
            fence = None
        elif entry := ENTRY.match(line):
            names.add(parse_entry(entry["text"], 0, heading, registry).attendee.name)
        elif line and not line.startswith(":"):
            heading = parse_heading(line, registry)
    return {name for name in names if name.strip()}
