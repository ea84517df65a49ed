"""Reading a built site's open data for ``query``: ``data/minutes.json``, then each body's
file, as the build wrote them (``export.names`` says where).

Only JSON is read, never Sphinx's environment: the command answers from what the site
publishes, so it sees exactly what a reader of the site may see.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..export.names import FOLDER, site_json
from ..model.names import fold

Json = dict[str, Any]

DEFAULT_SITE = Path("_build") / "html"
"""Where `make html` puts the site, seen from the project's folder."""


class QueryError(Exception):
    """A problem the user can fix, said in one sentence; ``code`` is the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Found:
    """A meeting's record as its body's file holds it, with its body's name."""

    body_name: str
    meeting: Json


@dataclass(frozen=True, slots=True)
class Site:
    """What ``query`` answers from: the meetings, and the names the site's inventory
    gives the organisations and topics (``{"organisation": {folded name: id}}``)."""

    meetings: list[Found]
    names: dict[str, dict[str, str]]


INVENTORY = "objects.inv"
ENTRY = re.compile(r"(.+?)\s+minutes:(organisation|topic)\s+-?\d+\s+\S*\s+(.*)")
"""An organisation's or a topic's line in ``objects.inv``: id, role, priority, URL, name."""


def site_folder(given: Path) -> Path:
    """The output folder holding ``data/``: the site folder itself, or the one above
    when the user points at its data folder."""
    if (given / site_json()).is_file():
        return given
    if given.name == FOLDER and (given.parent / site_json()).is_file():
        return given.parent
    if not given.is_dir():
        raise QueryError(f"{given} does not exist: run make html first, or give --site", 1)
    raise QueryError(
        f"{given} holds no {site_json()}: run make html first (the data is written by "
        "the html and dirhtml builders), or give --site the built site's folder",
        1,
    )


def read_json(path: Path) -> Json:
    """A file of the data, or a clear error if it is missing or not what the build writes."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QueryError(f"{path} is missing: rebuild the site (make html)", 1) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise QueryError(f"{path} cannot be read ({error}): rebuild the site", 1) from None
    if not isinstance(value, dict) or value.get("version") != 1:
        raise QueryError(f"{path} is not minutes data of version 1: rebuild the site", 1)
    return value


def inventory_names(folder: Path) -> dict[str, dict[str, str]]:
    """The organisations' and topics' names, from the inventory the site publishes for
    intersphinx; without one (or unreadable), only ids match."""
    try:
        head = (folder / INVENTORY).read_bytes().split(b"\n", 4)
        text = zlib.decompress(head[4]).decode("utf-8") if len(head) == 5 else ""
    except (OSError, zlib.error, UnicodeDecodeError):
        return {}
    names: dict[str, dict[str, str]] = {"organisation": {}, "topic": {}}
    for line in text.splitlines():
        found = ENTRY.fullmatch(line.rstrip())
        if found and found[3] != "-":
            names[found[2]][fold(found[3])] = found[1]
    return names


def read_site(given: Path) -> Site:
    """Every meeting of the site, body by body, each body's meetings in date order."""
    folder = site_folder(given)
    data = folder / FOLDER
    site = read_json(data / Path(site_json()).name)
    found: list[Found] = []
    for listed in site.get("bodies", []):
        body = read_json(data / listed["data"])
        found.extend(Found(body["name"], meeting) for meeting in body.get("meetings", []))
    return Site(found, inventory_names(folder))
