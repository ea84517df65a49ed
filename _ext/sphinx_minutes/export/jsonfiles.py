"""The minutes as JSON: one file per meeting, one per body with all its meetings, one for
the site, and the JSON Schema they follow, in the site's ``data/`` folder.

Made when the build ends, in the main process, from the archive as the build may show it
(``records``), so an incremental or parallel build writes exactly what a clean one does;
nothing in them depends on the clock.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .names import body_json, meeting_json, schema_json, site_json
from .records import VERSION, Json, Url, meeting_record
from .stamps import Named

if TYPE_CHECKING:
    from ..derive.store import DerivedStore
    from .kept import Kept, Made

SCHEMA = Path(__file__).with_name(f"minutes-{VERSION}.schema.json")


def encoded(value: Any) -> str:
    """JSON as the files hold it: every letter as written, keys in the records' order, on
    one line. Indenting would need Python's slow encoder: at 500 meetings it took longer
    than every other export together (browsers and ``jq`` lay the files out to read)."""
    return json.dumps(value, ensure_ascii=False)


def dumped(value: Any) -> bytes:
    return (encoded(value) + "\n").encode("utf-8")


def with_meetings(head: Json, meetings: list[str]) -> bytes:
    """``head`` with a last key ``meetings``: the meetings already encoded for their own
    files, so each is encoded once."""
    return (f'{encoded(head)[:-1]}, "meetings": [{", ".join(meetings)}]}}\n').encode()


def body_records(domain: DerivedStore, url: Url) -> dict[str, list[Json]]:
    """Each body's meetings as records, in date order: what every export is made from."""
    archive = domain.archive
    return {
        body: [meeting_record(m, archive, url) for m in meetings]
        for body, meetings in sorted(archive.by_body.items())
    }


MEETING = f'{{"version": {VERSION}, "kind": "meeting", "meeting": '
"""A meeting's file, up to its record."""


def meeting_file(record: Json) -> bytes:
    return f"{MEETING}{encoded(record)}}}\n".encode()


def record_text(data: bytes) -> str:
    """The record as a meeting's file holds it, encoded."""
    return data.decode().removeprefix(MEETING).removesuffix("}\n")


def body_file(head: Json, names: list[str], each: list[Made], kept: Kept) -> bytes:
    """A body's file: its meetings' records, as their own files hold them."""
    texts = [record_text(kept.read(name, made)) for name, made in zip(names, each, strict=True)]
    return with_meetings(head, texts)


def json_files(
    records: dict[str, list[Json]],
    keys: dict[str, list[str]],
    bodies: dict[str, Named],
    pages: dict[str, str | None],
    kept: Kept,
) -> dict[str, Made]:
    """Every JSON file of the site, by its path in the output folder (``keys``: each
    record's, see ``record_keys``; ``bodies``: each body's name; ``pages``: the URL of
    its page, where the project has it). A meeting's file is kept while its record's key
    is the same, a body's while its meetings' are."""
    files: dict[str, Made] = {schema_json(SCHEMA.name): SCHEMA.read_bytes()}
    listing: list[Json] = []
    for body, meetings in records.items():
        names = [meeting_json(record["id"]) for record in meetings]
        each = [
            kept.made(name, key, partial(meeting_file, record))
            for name, key, record in zip(names, keys[body], meetings, strict=True)
        ]
        files.update(zip(names, each, strict=True))
        name = bodies[body].name
        whole = {"version": VERSION, "kind": "body", "body": body, "name": name, "url": pages[body]}
        make = partial(body_file, whole, names, each, kept)
        files[body_json(body)] = kept.made(body_json(body), (whole, keys[body]), make)
        listed = [
            {
                "id": m["id"],
                "date": m["date"],
                "title": m["title"],
                "status": m["status"],
                "data": f"{m['id']}.json",
            }
            for m in meetings
        ]
        listing.append({"body": body, "name": name, "data": f"{body}.json", "meetings": listed})
    files[site_json()] = dumped({"version": VERSION, "kind": "site", "bodies": listing})
    return files
