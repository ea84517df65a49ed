"""What deriving adds to the store: lookups over all meetings and where generated pages live.

Built on ``read.store.ReadStore`` (see there for the tower of stores); ``check`` reads the
meetings through this class too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from ..model.meeting import Meeting, Statement
from ..model.publicity import public_build
from ..read.links import parse_target
from ..read.store import ReadStore
from .archive import Archive
from .archive import build as build_archive
from .page_names import PageNames
from .page_paths import PagePaths
from .shown import shown_meetings

if TYPE_CHECKING:
    from ..model.periods import Split
    from .navigation import Navigation


T = TypeVar("T")

LINKED_KINDS: dict[str, tuple[str, ...]] = {"decision": ("decision", "motion")}
"""What a link of a kind finds, when not only statements of that kind."""


class DerivedStore(ReadStore):
    """The ``minutes`` domain as the derive and check stages see it."""

    page_names: PageNames = PageNames()
    """Set when the builder starts, with the registry (see ``generated.name_pages``)."""
    history_splits: dict[str, Split] = {}  # noqa: RUF012 (set per build, never changed)
    """The long histories' periods, set with the page names (see ``periods``)."""
    people_moved: frozenset[str] = frozenset()
    """People (by key) whose page got another name since the last build."""
    navigation_before: Navigation | None = None
    """The tables of contents before this build read anything (see ``rewrites``)."""
    _archive: Archive | None = None
    _shown: dict[str, Meeting] | None = None
    _remembered: dict[Hashable, Any] | None = None

    @property
    def shown(self) -> dict[str, Meeting]:
        """Every meeting as this build may show it (see ``shown``): what every view reads."""
        if self._shown is None:
            self._shown = shown_meetings(self.meetings, public_build(self.env.config))
        return self._shown

    @property
    def archive(self) -> Archive:
        """Lookups over all meetings as this build may show them; built on first use once
        reading is done."""
        if self._archive is None:
            self._archive = build_archive(self.shown)
        return self._archive

    def forget_archive(self) -> None:
        """The meetings are about to change (reading starts) or have changed."""
        self._archive = None
        self._shown = None
        self._remembered = None

    def remembered(self, key: Hashable, make: Callable[[], T]) -> T:
        """What ``make`` gives, made once for this archive: a whole history, which its
        own page and each of its periods' pages show part of, and which the digests ask
        for before the pages are written."""
        if self._remembered is None:
            self._remembered = {}
        if key not in self._remembered:
            self._remembered[key] = make()
        return self._remembered[key]  # type: ignore[no-any-return]

    def meeting_at(self, body: str, date: dt.date) -> Meeting | None:
        return self.archive.at.get((body, date))

    def statement_at(self, target: str, body: str, kind: str) -> tuple[Meeting, Statement] | None:
        """A decision or follow-up by ``[body/]date#anchor``, or by ``[body/]id``; a
        ``decision`` link also finds a motion (what a body decides is often a motion)."""
        kinds = LINKED_KINDS.get(kind, (kind,))
        parsed = parse_target(target, body)
        if parsed is not None:
            meeting = self.meeting_at(parsed.body, parsed.date)
            if meeting is None:
                return None
            found = next((s for s in meeting.statements() if s.id == parsed.item), None)
            return (meeting, found) if found and found.kind in kinds else None
        named_body, _, name = target.rpartition("/")
        hit = self.archive.named.get((named_body or body, name.casefold()))
        return hit if hit and hit[1].kind in kinds else None

    @property
    def paths(self) -> PagePaths:
        """Where this build's generated pages live (see ``page_paths``)."""
        config = self.env.config
        return PagePaths(
            config.minutes_registers_dir,
            config.minutes_meetings_dir,
            self.page_names,
            self.history_splits,
        )

    def page_of(self, kind: str, target: str) -> str | None:
        """The page of an organisation, topic (by id, name or alias), person or body."""
        if kind == "org":
            org = self.registry.organisation(target)
            return self.paths.organisation(org.id) if org else None
        if kind == "topic":
            topic = self.registry.topic(target)
            return self.paths.topic(topic.id) if topic else None
        if kind == "person":
            return self.paths.person(target)
        return self.paths.body(target)

    def organisation_page(self, org_id: str) -> str:
        return self.paths.organisation(org_id)

    def person_page(self, name: str) -> str | None:
        """The page of the person ``name`` means; None if no attendance names them."""
        return self.paths.person(name)
