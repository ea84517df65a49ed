"""Registries of organisations, topics and bodies: YAML files the writers edit.

They are read once per build; every meeting that uses one records it with
``env.note_dependency``, so editing a registry re-reads the meetings that depend on it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .codes import warn
from .model import Body, ExternalMeeting, Organisation, Topic, Unit


def slug(text: str) -> str:
    """A stable, ASCII, lower-case name for a URL: ``Försäkringskassan`` → ``forsakringskassan``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


def near_miss(text: str, names: Iterable[str], cutoff: float = 0.75) -> str | None:
    """The name, as written in the registry or attendance, closest to ``text``."""
    by_fold = {fold(name): name for name in names}
    close = difflib.get_close_matches(fold(text), by_fold, n=1, cutoff=cutoff)
    return by_fold[close[0]] if close else None


def fold(text: str) -> str:
    """Compare names as a reader would: case and spacing do not matter."""
    return " ".join(text.split()).casefold()


class _Mapping(dict[str, Any]):
    """A YAML mapping that remembers the line it started on (1-based)."""

    line = 0


class _Loader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _Mapping:  # type: ignore[override]
        mapping = _Mapping(
            {str(k): v for k, v in super().construct_mapping(node, deep=True).items()}
        )
        mapping.line = node.start_mark.line + 1
        return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_mapping)


@dataclass
class Registry:
    organisations: dict[str, Organisation] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    """The registry files that exist, by kind, for ``note_dependency``."""
    _names: dict[str, str] = field(default_factory=dict)
    _topic_names: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Names folded once, so each look-up is one dictionary access, however many
        organisations and topics the registries hold."""
        for org in self.organisations.values():
            for name in (org.id, org.name, *org.aliases):
                self._names.setdefault(fold(name), org.id)
        for topic in self.topics.values():
            for name in (topic.id, topic.name, *topic.aliases):
                self._topic_names.setdefault(fold(name), topic.id)

    def organisation(self, text: str) -> Organisation | None:
        """The organisation a writer means by its id, name or alias."""
        org_id = self._names.get(fold(text))
        return self.organisations.get(org_id) if org_id else None

    def topic(self, text: str) -> Topic | None:
        """The topic a writer means by its id, name or alias."""
        topic_id = self._topic_names.get(fold(text))
        return self.topics.get(topic_id) if topic_id else None

    def organisations_at_start(self, folded: str) -> list[tuple[int, str]]:
        """(length, id) for each organisation whose id, name or alias ``folded`` (a folded
        text) starts with, as whole words: ``scb, enheten …`` starts with ``scb``."""
        ends = (n for n in range(1, len(folded) + 1) if n == len(folded) or not folded[n].isalnum())
        return [(n, self._names[folded[:n]]) for n in ends if folded[:n] in self._names]

    def suggest_organisation(self, text: str) -> str | None:
        """The registered name or alias closest to a misspelling, if any is close."""
        return near_miss(
            text, (n for o in self.organisations.values() for n in (o.id, o.name, *o.aliases))
        )

    def suggest_topic(self, text: str) -> str | None:
        return near_miss(
            text, (n for t in self.topics.values() for n in (t.id, t.name, *t.aliases))
        )

    @staticmethod
    def unit_at_start(org: Organisation, text: str) -> Unit | None:
        """The unit of ``org`` that ``text`` starts with (``kommunikationsenheten om …``)."""
        folded = fold(text)
        candidates = [
            (len(name), unit)
            for unit in org.units
            for name in (unit.id, unit.name, *unit.aliases)
            if folded == fold(name) or folded.startswith(fold(name) + " ")
        ]
        return max(candidates, key=lambda c: c[0])[1] if candidates else None


def load(srcdir: Path, organisations: str, topics: str, bodies: str) -> Registry:
    """Read the three registry files; a malformed entry is a warning, never a crash."""
    registry_files = {"organisations": organisations, "topics": topics, "bodies": bodies}
    data: dict[str, list[tuple[str, dict[str, Any], str]]] = {}
    files: dict[str, Path] = {}
    for kind, name in registry_files.items():
        path = srcdir / name
        data[kind] = []
        if not name or not path.is_file():
            continue
        files[kind] = path
        try:
            loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark else 1
            warn("registry", f"{path.name} is not valid YAML ({error}).", f"{path}:{line}")
            continue
        if loaded is None:
            continue
        if not isinstance(loaded, dict):
            warn("registry", f"{path.name} must be a mapping of ids to entries.", f"{path}:1")
            continue
        for key, entry in loaded.items():
            where = f"{path}:{getattr(entry, 'line', getattr(loaded, 'line', 1))}"
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                warn("registry", f"Entry {key!r} in {path.name} needs a `name`.", where)
                continue
            data[kind].append((str(key), entry, where))
    return Registry(
        organisations={k: _organisation(k, e) for k, e, _ in data["organisations"]},
        topics={k: Topic(k, e["name"], _strings(e.get("aliases"))) for k, e, _ in data["topics"]},
        bodies={k: b for k, e, where in data["bodies"] if (b := _body(k, e, where))},
        files=files,
    )


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _organisation(key: str, entry: dict[str, Any]) -> Organisation:
    units = entry.get("units") or {}
    return Organisation(
        id=key,
        name=entry["name"],
        aliases=_strings(entry.get("aliases")),
        url=entry.get("url"),
        units=tuple(
            Unit(str(uid), str(u.get("name", uid)), _strings(u.get("aliases")))
            if isinstance(u, dict)
            else Unit(str(uid), str(u))
            for uid, u in units.items()
        ),
    )


def _body(key: str, entry: dict[str, Any], where: str) -> Body | None:
    external = []
    for item in entry.get("external-meetings") or ():
        date = item.get("date") if isinstance(item, dict) else None
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                date = None
        if not isinstance(date, dt.date):
            line = getattr(item, "line", 0) or where.rsplit(":", 1)[1]
            warn(
                "registry",
                f"An external meeting of {key!r} has no valid `date`.",
                f"{where.rsplit(':', 1)[0]}:{line}",
                "Give it as `date: YYYY-MM-DD`.",
            )
            continue
        external.append(ExternalMeeting(date, item.get("title"), item.get("url")))
    return Body(
        id=key,
        name=entry["name"],
        organisation=entry.get("organisation"),
        language=entry.get("language"),
        external_meetings=tuple(external),
    )
