"""The registries read whole: each file's entries (``registry_entries``), then what only
all of them together show (a name two entries share, a body's organisation), each
mistake a ``minutes.registry`` warning at its line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from ..model.names import fold
from ..model.registered import Body
from .registry import Registry
from .registry_entries import RegistryFile
from .registry_file import Mapping, Sequence


def load(srcdir: Path, organisations: str, topics: str, bodies: str) -> Registry:
    """Read the three registry files. A mistake is a located warning, never a crash: a
    malformed entry is left out, a malformed field of an entry is left out of it."""
    paths = {"organisations": organisations, "topics": topics, "bodies": bodies}
    files = {kind: srcdir / name for kind, name in paths.items() if name}
    files = {kind: path for kind, path in files.items() if path.exists()}
    entries = {kind: RegistryFile(path).entries(kind) for kind, path in files.items()}
    registry = Registry(
        organisations={e.id: e for e, _ in entries.get("organisations", [])},
        topics={e.id: e for e, _ in entries.get("topics", [])},
        files=files,
    )
    for kind in ("organisations", "topics"):
        if kind in files:
            shared_names(RegistryFile(files[kind]), kind, entries[kind])
    registry.bodies = {
        body.id: body_organisation(RegistryFile(files["bodies"]), body, written, registry)
        for body, written in entries.get("bodies", [])
    }
    return registry


def body_organisation(file: RegistryFile, body: Body, written: Mapping, registry: Registry) -> Body:
    """The body with its organisation as an id, whichever of its names was written."""
    if body.organisation is None or "organisations" not in registry.files:
        return body
    org = registry.organisation(body.organisation)
    if org is None:
        near = registry.suggest_organisation(body.organisation)
        file.warn(
            written.lines["organisation"],
            f"The organisation {body.organisation!r} of body {body.id!r} is not in "
            "the organisation registry.",
            f"Did you mean {near!r}?" if near else "Add it there, or correct it.",
        )
        return body
    return replace(body, organisation=org.id)


def shared_names(file: RegistryFile, kind: str, entries: list[tuple[Any, Mapping]]) -> None:
    """Report a name or alias that two entries share: it means the first one only
    (an id always means its own entry), so a link written with it goes there."""
    owner: dict[str, str] = {}
    for id_first in (True, False):
        for entry, written in entries:
            names = [(entry.id, "id")] if id_first else [(entry.name, "name")]
            names += [] if id_first else [(alias, "alias") for alias in entry.aliases]
            for name, role in names:
                first = owner.setdefault(fold(name), entry.id)
                if first == entry.id:
                    continue
                file.warn(
                    _line_of(written, name, role),
                    f"The {role} {name!r} of {entry.id!r} already names {first!r} in "
                    f"{file.path.name}; it means {first!r}.",
                    "Remove it from one of the two, or make it tell them apart.",
                )


def _line_of(written: Mapping, name: str, role: str) -> int:
    """The line a name or alias is written on (an alias in a list has its own)."""
    field_name = "aliases" if role == "alias" else "name"
    value = written.get(field_name)
    if isinstance(value, Sequence):
        return next((v.line for v in value if v == name), written.line)
    return written.lines.get(field_name, written.line)
