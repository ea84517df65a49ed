"""What reading keeps: the meetings, mistakes, links and views found in each document.

The ``minutes`` domain is one object that every stage of a build reaches through Sphinx's
environment. Each stage adds what it keeps to it as a class of its own, built on the one
below: ``ReadStore`` here, ``derive.store.DerivedStore``, ``write.store.WriteStore`` and
finally ``domain.store.MinutesDomain``, the class Sphinx registers. A stage asks for the
store it knows (``minutes_domain(env, DerivedStore)``), so its imports point only down.

Data is kept per document, so ``clear_doc`` and ``merge_domaindata`` are a few lines and
incremental and parallel builds see exactly what a clean serial build sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Set as AbstractSet
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar

from sphinx.domains import Domain

from ..model.labels import language_of
from ..model.meeting import Meeting
from ..model.mistake import Mistake
from ..model.reference import Reference
from .registry import Registry

if TYPE_CHECKING:
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

Store = TypeVar("Store", bound="ReadStore")


def minutes_domain(env: BuildEnvironment, stage: type[Store]) -> Store:
    """The project's ``minutes`` domain, as the store of ``stage`` (``ReadStore`` or a stage
    built on it): every stage reaches the store through this one accessor."""
    domain = env.domains["minutes"]
    if not isinstance(domain, stage):
        msg = f"the minutes domain is a {type(domain).__name__}, not a {stage.__name__}"
        raise TypeError(msg)
    return domain


class ReadStore(Domain):
    """The part of the ``minutes`` domain that directives fill while a document is read."""

    data_version = 9
    initial_data = {  # noqa: RUF012 (Sphinx's API)
        "meetings": {},
        "problems": {},
        "references": {},
        "views": {},
        "volumes": {},
        "languages": {},  # the languages whose labels each page outside meetings shows
        "digests": {},
        "view-digests": {},  # a history's inputs and rows, hashed (``derive.views.inputs``)
        "meeting-digests": {},  # each meeting as read, hashed (``derive.digests``)
        "meeting-problems": {},  # what the checks found within each (``check.checks``)
        "scanned": {},  # the people of each meeting file, before reading (see ``derive.scan``)
        "people-pages": {},  # each person's page name at the last build (``name_pages``)
        "language-digests": {},  # each language's files at the last build (``rewrites``)
    }
    registry: Registry = Registry()
    """Set when the builder starts (see ``setup``); not pickled with the environment."""
    language_digests: dict[str, str] = {}  # noqa: RUF012 (set per build, not shared)
    """Each language's labels and words files as this build found them, set with the
    registry (see ``read.project_languages``)."""
    output: tuple[Path, ...] = ()
    """Where the build writes (its output and doctrees): never published as a file."""

    @property
    def meetings(self) -> dict[str, Meeting]:
        meetings: dict[str, Meeting] = self.data["meetings"]
        return meetings

    @property
    def problems(self) -> dict[str, list[Mistake]]:
        """Mistakes found while reading, per document: reported on every build."""
        problems: dict[str, list[Mistake]] = self.data["problems"]
        return problems

    @property
    def references(self) -> dict[str, list[Reference]]:
        """Links to meetings and items written in each document, checked on every build."""
        references: dict[str, list[Reference]] = self.data["references"]
        return references

    @property
    def views(self) -> dict[str, list[tuple[str, str]]]:
        """The views (kind, key) each document shows, in order (see ``derive.views``)."""
        views: dict[str, list[tuple[str, str]]] = self.data["views"]
        return views

    @property
    def volumes(self) -> dict[str, str]:
        """The body whose meetings each page lists (``meetings``): that page starts the
        body's collected volume in the PDF (see ``write.pdf``)."""
        volumes: dict[str, str] = self.data["volumes"]
        return volumes

    @property
    def languages(self) -> dict[str, list[str]]:
        """The languages whose labels each page outside the meetings shows (a meeting's
        are known from the meeting): it is read again when their files change."""
        languages: dict[str, list[str]] = self.data["languages"]
        return languages

    PER_DOCUMENT = (
        "meetings",
        "problems",
        "references",
        "views",
        "volumes",
        "languages",
        "meeting-digests",
        "meeting-problems",
    )

    def clear_doc(self, docname: str) -> None:
        for store in self.PER_DOCUMENT:
            self.data[store].pop(docname, None)

    def merge_domaindata(self, docnames: AbstractSet[str], otherdata: dict[str, Any]) -> None:
        for store in self.PER_DOCUMENT:
            for docname in docnames & otherdata[store].keys():
                self.data[store][docname] = otherdata[store][docname]

    def note_view(self, docname: str, kind: str, key: str) -> None:
        self.views.setdefault(docname, []).append((kind, key))

    def note_language(self, docname: str, language: str) -> None:
        shown = self.languages.setdefault(docname, [])
        if language not in shown:
            shown.append(language)

    def note_problem(self, docname: str, problem: Mistake) -> None:
        self.problems.setdefault(docname, []).append(problem)

    def note_reference(self, docname: str, reference: Reference) -> None:
        self.references.setdefault(docname, []).append(reference)

    def start_meeting(self, docname: str, line: int, config: Config) -> Meeting:
        """Begin the meeting of ``docname``, with body and date taken from its path."""
        body, date = self.place_of(docname, config)
        registered = self.registry.bodies.get(body)
        language = language_of(config, registered)
        meeting = Meeting(docname=docname, body=body, date=date, line=line, language=language)
        self.meetings[docname] = meeting
        return meeting

    @staticmethod
    def place_of(docname: str, config: Config) -> tuple[str, dt.date | None]:
        """``meetings/<body>/<date>`` → (body, date); what is not there comes back empty."""
        path = PurePosixPath(docname)
        root = PurePosixPath(config.minutes_meetings_dir)
        if path.parent.parent != root:
            return "", None
        try:
            return path.parent.name, dt.date.fromisoformat(path.name)
        except ValueError:
            return path.parent.name, None
