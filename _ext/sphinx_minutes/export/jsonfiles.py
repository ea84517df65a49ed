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

if TYPE_CHECKING:
    from ..derive.store import DerivedStore

SCHEMA = Path(__file__).with_name(f"minutes-{VERSION}.schema.json")


def dumped(value: Any) -> bytes:
    """JSON as the files hold it: UTF-8, every letter as written, keys in the records'
    order, one line per value so that a change shows as a small difference."""
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def body_records(domain: DerivedStore, url: Url) -> dict[str, list[Json]]:
    """Each body's meetings as records, in date order: what every export is made from."""
    archive = domain.archive
    return {
        body: [meeting_record(m, archive, url) for m in meetings]
        for body, meetings in sorted(archive.by_body.items())
    }


def json_files(domain: DerivedStore, records: dict[str, list[Json]], url: Url) -> dict[str, bytes]:
    """Every JSON file of the site, by its path in the output folder."""
    files: dict[str, bytes] = {schema_json(SCHEMA.name): SCHEMA.read_bytes()}
    bodies: list[Json] = []
    for body, meetings in records.items():
        for record in meetings:
            single = {"version": VERSION, "kind": "meeting", "meeting": record}
            files[meeting_json(record["id"])] = dumped(single)
        registered = domain.registry.bodies.get(body)
        name = registered.name if registered else body
        page = domain.paths.body(body)
        whole = {
            "version": VERSION,
            "kind": "body",
            "body": body,
            "name": name,
            "url": url(page, "") if page in domain.env.all_docs else None,
            "meetings": meetings,
        }
        files[body_json(body)] = dumped(whole)
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
        bodies.append({"body": body, "name": name, "data": f"{body}.json", "meetings": listed})
    files[site_json()] = dumped({"version": VERSION, "kind": "site", "bodies": bodies})
    return files
