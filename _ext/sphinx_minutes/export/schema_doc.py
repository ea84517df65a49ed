"""``minutes-schema`` and ``minutes-csv``: the JSON Schema of the exports rendered as the
reference's tables, one per kind of record, field by field, and the CSV tables' columns:
the documentation is the code's own words, so it cannot drift from what the files hold."""

from __future__ import annotations

import json
from typing import Any

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from ..read.directives.reference import coded, table
from .csvfiles import TABLES
from .jsonfiles import SCHEMA

RECORDS = ("meeting", "attendee", "item", "statement", "attribution", "vote", "follow_up")
"""The records of ``$defs``, in the order a reader meets them."""


def type_of(spec: dict[str, Any]) -> str:
    """A field's type as a reader names it: ``string``, ``string or null``, ``one of …``,
    ``list of item``."""
    if "$ref" in spec:
        return f"`{spec['$ref'].rsplit('/', 1)[-1]}`"
    if "enum" in spec:
        return "one of " + ", ".join("null" if v is None else f"`{v}`" for v in spec["enum"])
    if "const" in spec:
        return f"`{spec['const']}`"
    if "oneOf" in spec:
        return " or ".join(type_of(option) for option in spec["oneOf"])
    kind = spec.get("type", "")
    if kind == "array":
        return f"list of {type_of(spec.get('items', {}))}"
    kinds = kind if isinstance(kind, list) else [kind]
    shown = " or ".join(str(k) for k in kinds)
    return f"{shown} ({spec['format']})" if "format" in spec else shown


def record_table(record: dict[str, Any]) -> nodes.table:
    rows = [
        [f"`{name}`", type_of(spec), spec.get("description", "")]
        for name, spec in record.get("properties", {}).items()
    ]
    return table(["Field", "Type", "Meaning"], rows, [18, 22, 60])


class SchemaDirective(SphinxDirective):
    """The files, then each record of the schema, with its fields."""

    def run(self) -> list[nodes.Node]:
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        out: list[nodes.Node] = []
        for shape in schema["oneOf"]:
            out += [coded(shape["description"]), record_table(shape)]
        for name in RECORDS:
            record = schema["$defs"][name]
            title = f"{name}: {record['description']}"
            out += [nodes.rubric(title, title), record_table(record)]
        return out


class CsvDirective(SphinxDirective):
    """``minutes-csv``: each table of a body, its file and its columns."""

    def run(self) -> list[nodes.Node]:
        rows = [
            [f"`data/<body>/{name}.csv`", ", ".join(f"`{c}`" for c in columns)]
            for name, columns in TABLES.items()
        ]
        return [table(["File", "Columns, in order"], rows, [30, 70])]
