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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from ..model.meeting import Body, ExternalMeeting, Organisation, Topic, Unit
from ..model.mistake import warn
from ..model.names import fold
from .registry_file import Mapping, Sequence, Text, read
from .safety import name_problem, safe_url


def slug(text: str) -> str:
    """A stable, ASCII, lower-case name for a URL: ``Försäkringskassan`` → ``forsakringskassan``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


def near_miss(text: str, names: Iterable[str], cutoff: float = 0.75) -> str | None:
    """The name, as written in the registry or attendance, closest to ``text``."""
    by_fold = {fold(name): name for name in names}
    close = difflib.get_close_matches(fold(text), by_fold, n=1, cutoff=cutoff)
    return by_fold[close[0]] if close else None


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
        for names, entries in (
            (self._names, self.organisations.values()),
            (self._topic_names, self.topics.values()),
        ):
            for id_first in (True, False):  # an id always means its own entry
                for entry in entries:
                    for name in (entry.id,) if id_first else (entry.name, *entry.aliases):
                        names.setdefault(fold(name), entry.id)

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


KINDS = ("organisations", "topics", "bodies")
FIELDS = {
    "organisations": ("name", "aliases", "url", "units"),
    "topics": ("name", "aliases"),
    "bodies": ("name", "organisation", "language", "external-meetings"),
    "unit": ("name", "aliases"),
    "external meeting": ("date", "title", "url"),
}
"""The fields each kind of entry may have; any other is reported, not silently dropped."""
ENTRY = {"organisations": "organisation", "topics": "topic", "bodies": "body"}


def load(srcdir: Path, organisations: str, topics: str, bodies: str) -> Registry:
    """Read the three registry files. A mistake is a located warning, never a crash: a
    malformed entry is left out, a malformed field of an entry is left out of it."""
    paths = {"organisations": organisations, "topics": topics, "bodies": bodies}
    files = {kind: srcdir / name for kind, name in paths.items() if name}
    files = {kind: path for kind, path in files.items() if path.exists()}
    entries = {kind: _File(path).entries(kind) for kind, path in files.items()}
    registry = Registry(
        organisations={e.id: e for e, _ in entries.get("organisations", [])},
        topics={e.id: e for e, _ in entries.get("topics", [])},
        files=files,
    )
    for kind in ("organisations", "topics"):
        if kind in files:
            _File(files[kind]).shared_names(kind, entries[kind])
    registry.bodies = {
        body.id: _File(files["bodies"]).body_organisation(body, written, registry)
        for body, written in entries.get("bodies", [])
    }
    return registry


Named = Organisation | Topic | Body


@dataclass
class _File:
    """One registry file being read into entries of the model; its mistakes are
    ``minutes.registry`` warnings at their lines."""

    path: Path

    def warn(self, line: int, message: str, hint: str | None = None) -> None:
        warn("registry", message, f"{self.path}:{line}", hint)

    def entries(self, kind: str) -> list[tuple[Any, Mapping]]:
        """The file's well-formed entries, each with its mapping as written."""
        loaded, slips = read(self.path)
        for slip in slips:
            self.warn(slip.line, slip.message, slip.hint)
        if loaded is None or loaded == "":
            return []
        if not isinstance(loaded, Mapping):
            self.warn(1, f"{self.path.name} must be a mapping of ids to entries.")
            return []
        out = []
        for key, written in loaded.items():
            line = loaded.lines[key]
            if not isinstance(written, Mapping) or not self.text(written, "name", ""):
                hint = (
                    f"Write `name: {written}` on the line under `{key}:`, indented."
                    if isinstance(written, Text) and written
                    else None
                )
                self.warn(line, f"Entry {key!r} in {self.path.name} needs a `name`.", hint)
                continue
            self.fields(written, kind, f"{ENTRY[kind]} {key!r}")
            entry: Named | None
            if kind == "organisations":
                entry = self.organisation(key, written)
            elif kind == "topics":
                entry = Topic(key, written["name"], self.texts(written, "aliases", key))
            else:
                entry = self.body(key, line, written)
            if entry is not None:
                out.append((entry, written))
        return out

    def fields(self, written: Mapping, kind: str, what: str) -> None:
        for key, line in written.lines.items():
            if key not in FIELDS[kind]:
                near = near_miss(key, FIELDS[kind], cutoff=0.6)
                known = ", ".join(f"`{f}`" for f in FIELDS[kind])
                self.warn(
                    line,
                    f"The {what} has no field `{key}`; it is left out.",
                    f"Did you mean `{near}`?" if near else f"Its fields are {known}.",
                )

    def text(self, written: Mapping, key: str, what: str) -> str | None:
        """A field holding one value, as written; None if absent or empty."""
        value = written.get(key)
        if isinstance(value, Text):
            return str(value) or None
        if value is not None and what:
            self.warn(
                written.lines[key],
                f"`{key}` of the {what} must be one value, not a list or mapping; it is left out.",
            )
        return None

    def texts(self, written: Mapping, key: str, what: str) -> tuple[str, ...]:
        """A field holding one value or a list of them (``aliases``)."""
        value = written.get(key)
        if isinstance(value, Text):
            return (str(value),) if value else ()
        if isinstance(value, Sequence):
            for wrong in (v for v in value if not isinstance(v, Text)):
                self.warn(
                    getattr(wrong, "line", value.line),
                    f"An entry of `{key}` of {what!r} is a list or mapping, not a name; "
                    "it is left out.",
                    f"Write `{key}: [First, Second]`.",
                )
            return tuple(str(v) for v in value if isinstance(v, Text) and v)
        if value is not None:
            self.warn(
                written.lines[key],
                f"`{key}` of {what!r} must be a name or a list of names; it is left out.",
                f"Write `{key}: [First, Second]`.",
            )
        return ()

    def organisation(self, key: str, written: Mapping) -> Organisation:
        url = self.text(written, "url", f"organisation {key!r}")
        return Organisation(
            id=key,
            name=written["name"],
            aliases=self.texts(written, "aliases", key),
            url=url if self.url_is_safe(url, written, f"organisation {key!r}") else None,
            units=self.units(key, written),
        )

    def url_is_safe(self, url: str | None, written: Mapping, what: str) -> bool:
        if url is None or safe_url(url):
            return True
        self.warn(
            written.lines["url"],
            f"The `url` of the {what}, {url!r}, is not linked: only `http`, `https`, `mailto` "
            "and relative addresses are published.",
            "Give the address starting with `https://`.",
        )
        return False

    def units(self, key: str, written: Mapping) -> tuple[Unit, ...]:
        units = written.get("units")
        if units is None or units == "":
            return ()
        if not isinstance(units, Mapping):
            self.warn(
                written.lines["units"],
                f"`units` of {key!r} must be a mapping from each unit's id to its name; "
                "they are left out.",
                "Write one unit a line under `units:`, as `kommunikation: Enheten för "
                "kommunikation`.",
            )
            return ()
        out = []
        for uid, unit in units.items():
            if isinstance(unit, Text):
                out.append(Unit(uid, str(unit) or uid))
            elif isinstance(unit, Mapping):
                self.fields(unit, "unit", f"unit {uid!r} of {key!r}")
                name = self.text(unit, "name", f"unit {uid!r}") or uid
                out.append(Unit(uid, name, self.texts(unit, "aliases", uid)))
            else:
                self.warn(
                    units.lines[uid],
                    f"Unit {uid!r} of {key!r} must be a name or a mapping with `name` "
                    "and `aliases`; it is left out.",
                )
        return tuple(out)

    def body(self, key: str, line: int, written: Mapping) -> Body | None:
        problem = name_problem(key)
        if problem:
            self.warn(
                line,
                f"The body id {key!r} {problem}: it names the body's folders, so the body "
                "is left out.",
                "Rename the body here and its folder under `meetings/`.",
            )
            return None
        what = f"body {key!r}"
        language = self.text(written, "language", what)
        if language is not None and not _known_language(language):
            self.warn(
                written.lines["language"],
                f"The language {language!r} of {what} is not a known language code; the "
                "site's language is used.",
                "Give a code such as `sv`, `en` or `en-GB`.",
            )
            language = None
        return Body(
            id=key,
            name=written["name"],
            organisation=self.text(written, "organisation", what),
            language=language,
            external_meetings=self.external_meetings(key, written),
        )

    def external_meetings(self, key: str, written: Mapping) -> tuple[ExternalMeeting, ...]:
        listed = written.get("external-meetings")
        if listed is None or listed == "":
            return ()
        if not isinstance(listed, Sequence):
            self.warn(
                written.lines["external-meetings"],
                f"`external-meetings` of {key!r} must be a list; it is left out.",
                "Start each meeting with `- date: YYYY-MM-DD`.",
            )
            return ()
        out = []
        for item in listed:
            item_line = getattr(item, "line", listed.line)
            date = _date(item.get("date")) if isinstance(item, Mapping) else None
            if not isinstance(item, Mapping) or date is None:
                self.warn(
                    item_line,
                    f"An external meeting of {key!r} has no valid `date`.",
                    "Give it as `date: YYYY-MM-DD`.",
                )
                continue
            what = f"external meeting {date} of {key!r}"
            self.fields(item, "external meeting", what)
            url = self.text(item, "url", what)
            out.append(
                ExternalMeeting(
                    date,
                    self.text(item, "title", what),
                    url if self.url_is_safe(url, item, what) else None,
                )
            )
        return tuple(out)

    def body_organisation(self, body: Body, written: Mapping, registry: Registry) -> Body:
        """The body with its organisation as an id, whichever of its names was written."""
        if body.organisation is None or "organisations" not in registry.files:
            return body
        org = registry.organisation(body.organisation)
        if org is None:
            near = registry.suggest_organisation(body.organisation)
            self.warn(
                written.lines["organisation"],
                f"The organisation {body.organisation!r} of body {body.id!r} is not in "
                "the organisation registry.",
                f"Did you mean {near!r}?" if near else "Add it there, or correct it.",
            )
            return body
        return replace(body, organisation=org.id)

    def shared_names(self, kind: str, entries: list[tuple[Any, Mapping]]) -> None:
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
                    self.warn(
                        _line_of(written, name, role),
                        f"The {role} {name!r} of {entry.id!r} already names {first!r} in "
                        f"{self.path.name}; it means {first!r}.",
                        "Remove it from one of the two, or make it tell them apart.",
                    )


def _line_of(written: Mapping, name: str, role: str) -> int:
    """The line a name or alias is written on (an alias in a list has its own)."""
    field_name = "aliases" if role == "alias" else "name"
    value = written.get(field_name)
    if isinstance(value, Sequence):
        return next((v.line for v in value if v == name), written.line)
    return written.lines.get(field_name, written.line)


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, Text) else None
    except ValueError:
        return None


def _known_language(language: str) -> bool:
    try:
        Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return False
    return True
