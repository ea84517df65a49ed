"""The minutes as spreadsheets: per body, its attendance, its decisions and motions with
their votes, and its follow-ups, one row each, made from the same records as the JSON.

The header row is in English and names the JSON fields the columns come from, whatever
the minutes' language, so that a spreadsheet of two bodies in two languages lines up.
The files are UTF-8 with a byte-order mark, which spreadsheet programs read as UTF-8
(without it, Excel shows ``Ã…`` for ``Å``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from .names import Table, body_table
from .records import Json

if TYPE_CHECKING:
    from .kept import Made, Make

ATTENDANCE = (
    "meeting", "date", "name", "organisation", "unit", "role", "group", "status", "items",
    "arrived", "left",
)  # fmt: skip
DECISIONS = (
    "meeting", "date", "item", "id", "name", "kind", "text", "outcome", "for", "against",
    "abstained", "unanimous", "acclamation", "elected", "url",
)  # fmt: skip
FOLLOW_UPS = (
    "meeting", "date", "item", "id", "name", "owner", "text", "due", "state", "closed_by",
    "url",
)  # fmt: skip
TABLES: dict[Table, tuple[str, ...]] = {
    "attendance": ATTENDANCE,
    "decisions": DECISIONS,
    "follow-ups": FOLLOW_UPS,
}
"""Each table's file name and columns."""


def table(columns: tuple[str, ...], rows: Iterator[dict[str, object]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def cell(value: object) -> object:
    """A list as its values joined by ``; ``, a truth as ``yes``/``no``, null as empty."""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else value


def attendance_rows(meetings: list[Json]) -> Iterator[dict[str, object]]:
    for meeting in meetings:
        for line in meeting["attendance"]:
            row = {"meeting": meeting["id"], "date": meeting["date"]}
            row |= {c: cell(line.get(c)) for c in ATTENDANCE[2:]}
            row["name"] = line["name"] or line["as_written"]
            yield row


def statements(meetings: list[Json], kinds: tuple[str, ...]) -> Iterator[tuple[Json, Json, Json]]:
    for meeting in meetings:
        for item in meeting["items"]:
            for statement in item["statements"]:
                if statement["kind"] in kinds:
                    yield meeting, item, statement


def placed(meeting: Json, item: Json, statement: Json) -> dict[str, object]:
    """Where a statement stands: its meeting, date, item, id and ``:id:``."""
    return {
        "meeting": meeting["id"],
        "date": meeting["date"],
        "item": item["heading"],
        "id": statement["id"],
        "name": cell(statement["name"]),
    }


def decision_rows(meetings: list[Json]) -> Iterator[dict[str, object]]:
    for meeting, item, statement in statements(meetings, ("decision", "motion")):
        vote = statement.get("vote") or {}
        counts = vote.get("counts") or {}
        yield placed(meeting, item, statement) | {
            "kind": statement["kind"],
            "text": statement["text"],
            "outcome": cell(statement.get("outcome")),
            **{side: cell(counts.get(side)) for side in ("for", "against", "abstained")},
            "unanimous": cell(vote.get("unanimous", False)),
            "acclamation": cell(vote.get("acclamation", False)),
            "elected": cell(vote.get("elected", [])),
            "url": statement["url"],
        }


def follow_up_rows(meetings: list[Json]) -> Iterator[dict[str, object]]:
    for meeting, item, statement in statements(meetings, ("follow-up",)):
        follow_up = statement["follow_up"]
        owner = follow_up["owner"]
        yield placed(meeting, item, statement) | {
            "owner": owner["as_written"] if owner else "",
            "text": statement["text"],
            "due": cell(follow_up["due"]),
            "state": follow_up["state"],
            "closed_by": cell(follow_up["closed_by"]),
            "url": statement["url"],
        }


ROWS: dict[Table, Callable[[list[Json]], Iterator[dict[str, object]]]] = {
    "attendance": attendance_rows,
    "decisions": decision_rows,
    "follow-ups": follow_up_rows,
}
"""Each table's rows."""


def body_table_file(name: Table, meetings: list[Json]) -> bytes:
    return table(TABLES[name], ROWS[name](meetings))


def csv_files(
    records: dict[str, list[Json]], keys: dict[str, list[str]], made: Make
) -> dict[str, Made]:
    """Each body's three tables, by path in the output folder; kept while the keys of
    the body's records are the same (see ``record_keys``)."""
    files = {}
    for body, meetings in records.items():
        for name in ROWS:
            path = body_table(body, name)
            files[path] = made(path, (name, keys[body]), partial(body_table_file, name, meetings))
    return files
