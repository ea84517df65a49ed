"""Reading and editing a site's source files (its meetings and registries), for the
edits and for the tests that make one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")
Pick = Callable[[Sequence[T]], T]

# Reading


def meetings(srcdir: Path) -> list[Path]:
    return sorted(p for p in (srcdir / "meetings").glob("*/*.md") if p.stem != "index")


def date_of(meeting: Path) -> dt.date:
    return dt.date.fromisoformat(meeting.stem)


def body_meetings(srcdir: Path, body: str) -> list[Path]:
    return [m for m in meetings(srcdir) if m.parent.name == body]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def registry(srcdir: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(read(srcdir / "meetings" / f"{name}.yaml")) or {}
    return data


def save_registry(srcdir: Path, name: str, data: dict[str, Any]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=None)
    write(srcdir / "meetings" / f"{name}.yaml", text)


def organisation_names(srcdir: Path) -> list[str]:
    return [entry["name"] for entry in registry(srcdir, "organisations").values()]


def orgs_name(srcdir: Path, key: str) -> str:
    name: str = registry(srcdir, "organisations")[key]["name"]
    return name


def follow_ups(srcdir: Path) -> list[tuple[Path, str]]:
    return [
        (meeting, name)
        for meeting in meetings(srcdir)
        for name in re.findall(r"^:::\{follow-up\}[^\n]*\n:id: (\S+)", read(meeting), re.MULTILINE)
    ]


def free_date(srcdir: Path, body: str, pick: Pick[Any]) -> dt.date | None:
    taken = {date_of(m) for m in body_meetings(srcdir, body)}
    free = [d for d in FREE_DATES if d not in taken]
    return pick(free) if free else None


def close_item(text: str) -> int:
    """Where the last agenda item ends (its closing fence), to add a statement there."""
    return text.rstrip().rfind("\n::::")


# Editing a file


def replace_text(path: Path, old: str, new: str) -> str:
    """``old`` (which must be there) replaced by ``new``, once; the text as it was."""
    text = read(path)
    assert old in text, f"{path.name}: {old!r} not found"
    write(path, text.replace(old, new, 1))
    return text


def append_text(path: Path, text: str) -> None:
    """``text`` added at the end of the file (a setting to ``conf.py``, an entry to a
    registry)."""
    with path.open("a", encoding="utf-8") as file:
        file.write(text)


def replace_line(
    path: Path, pattern: str, pick: Pick[Any], new: Callable[[re.Match[str]], str]
) -> str | None:
    """Replace one line matching ``pattern`` (picked); the line's description, or None."""
    text = read(path)
    found = list(re.finditer(pattern, text, flags=re.MULTILINE))
    if not found:
        return None
    match = pick(found)
    text = text[: match.start()] + new(match) + text[match.end() :]
    write(path, text)
    return f"{path.name}: {match.group(0)!r}"


# What the edits write


ITEM = re.compile(r"^::::\{agenda-item\} (?P<number>\d+)\. (?P<title>.*)$", re.MULTILINE)
STATEMENT = re.compile(
    r"^:::\{(?P<kind>comment|question|answer|decision|follow-up)\}.*?\n:::\n",
    re.MULTILINE | re.DOTALL,
)
ATTENDEE = re.compile(r"^- (?P<name>[^,\n(]+?)(?P<rest>(?:,| \().*)?$", re.MULTILINE)
TITLES = ["Budget review", "Library hours", "Churchyard wall", "Grants", "Any other business"]
WORDS = ["extra", "special", "ordinary", "annual", "adjourned"]
PEOPLE = ["Ada Byrne", "Ola Nordmann", "Åsa Öberg", "Karin Hansson"]
FREE_DATES = [dt.date(2024, 7, 1) + dt.timedelta(days=14 * n) for n in range(12)]
