"""One registry file read into entries of the model: each entry checked field by field,
a mistake a ``minutes.registry`` warning at its line, never a crash. A malformed entry is
left out; a malformed field is left out of its entry (see ``registry_load``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from ..model.mistake import warn
from ..model.registered import Body, ExternalMeeting, Organisation, Topic, Unit
from .registry import near_miss
from .registry_file import Mapping, Sequence, Text, read
from .safety import name_problem, safe_url
from .words import available_language, no_catalogue, read_words

KINDS = ("organisations", "topics", "bodies")
FIELDS = {
    "organisations": ("name", "aliases", "url", "units"),
    "topics": ("name", "aliases"),
    "bodies": ("name", "organisation", "language", "external-meetings", "words"),
    "unit": ("name", "aliases"),
    "external meeting": ("date", "title", "url"),
}
"""The fields each kind of entry may have; any other is reported, not silently dropped."""
ENTRY = {"organisations": "organisation", "topics": "topic", "bodies": "body"}


Named = Organisation | Topic | Body


@dataclass
class RegistryFile:
    """One registry file being read into entries of the model; its mistakes are
    ``minutes.registry`` warnings at their lines."""

    path: Path

    def warn(self, line: int, message: str, hint: str | None = None) -> None:
        warn("registry", message, f"{self.path}:{line}", hint)

    def warn_words(self, line: int, message: str, hint: str | None = None) -> None:
        warn("words", message, f"{self.path}:{line}", hint)

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
        if language is not None and available_language(language) is None:
            warn(
                "language",
                no_catalogue(language, f"of {what}"),
                f"{self.path}:{written.lines['language']}",
            )
        return Body(
            id=key,
            name=written["name"],
            organisation=self.text(written, "organisation", what),
            language=language,
            external_meetings=self.external_meetings(key, written),
            words=read_words(written["words"], self.warn_words, f"the words of {what}")
            if "words" in written
            else {},
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
