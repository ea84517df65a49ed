"""The minutes as JSON: one file per meeting, one per body with all its meetings, one for
the site, and the JSON Schema they follow, in the site's ``data/`` folder.

Made when the build ends, in the main process, from the archive as the build may show it
(``records``), so an incremental or parallel build writes exactly what a clean one does;
nothing in them depends on the clock.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .names import body_json, meeting_json, schema_json, site_json
from .records import VERSION, Json, Url, meeting_record
from .stamps import Named

if TYPE_CHECKING:
    from ..derive.store import DerivedStore

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


def json_files(
    records: dict[str, list[Json]], bodies: dict[str, Named], pages: dict[str, str | None]
) -> dict[str, bytes]:
    """Every JSON file of the site, by its path in the output folder (``bodies``: each
    body's name; ``pages``: the URL of its page, where the project has it)."""
    files: dict[str, bytes] = {schema_json(SCHEMA.name): SCHEMA.read_bytes()}
    listing: list[Json] = []
    for body, meetings in records.items():
        each = [encoded(record) for record in meetings]
        for record, text in zip(meetings, each, strict=True):
            single = f'{{"version": {VERSION}, "kind": "meeting", "meeting": {text}}}\n'
            files[meeting_json(record["id"])] = single.encode("utf-8")
        name = bodies[body].name
        whole = {"version": VERSION, "kind": "body", "body": body, "name": name, "url": pages[body]}
        files[body_json(body)] = with_meetings(whole, each)
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
