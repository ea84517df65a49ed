"""What the registries hold: organisations and their units, topics, bodies and the
meetings a body keeps elsewhere. Read once a build from the registry files, never from
the minutes; the minutes name them by id, name or alias."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .vocabulary import Words


@dataclass(frozen=True, slots=True)
class Unit:
    """A part of an organisation, such as "enheten för kommunikation" of SCB."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Organisation:
    """A registry entry: stable id, official name, the abbreviations writers use."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    units: tuple[Unit, ...] = ()
    url: str | None = None

    def unit(self, unit_id: str | None) -> Unit | None:
        return next((u for u in self.units if u.id == unit_id), None)


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExternalMeeting:
    """A meeting whose minutes live outside the project, declared so links to it are valid."""

    date: dt.date
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Body:
    """A council, board or committee; its meetings live in ``meetings/<id>/<date>.md``."""

    id: str
    name: str
    organisation: str | None = None
    language: str | None = None
    external_meetings: tuple[ExternalMeeting, ...] = ()
    words: Words = field(default_factory=dict, hash=False)
    """The body's own words (``words:`` in ``bodies.yaml``), read before its language's."""

    def external_meeting(self, date: dt.date) -> ExternalMeeting | None:
        return next((m for m in self.external_meetings if m.date == date), None)
