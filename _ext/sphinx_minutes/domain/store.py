"""The ``minutes`` domain: the single store of every meeting read, and the links into it.

Meetings are kept per document, so ``clear_doc`` and ``merge_domaindata`` are a few lines
and incremental and parallel builds see exactly what a clean serial build sees. The
domain's work is done in its own modules: the roles (``roles``), what a read document
leaves (``reading``), resolving links (``resolve``) and the inventory (``inventory``);
where generated pages live is ``derive.page_paths``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from sphinx.domains import Domain, ObjType

from ..derive.archive import Archive
from ..derive.archive import build as build_archive
from ..derive.page_names import PageNames
from ..derive.page_paths import PagePaths
from ..model.labels import language_of
from ..model.meeting import Meeting, Reference, Statement
from ..model.mistake import Mistake
from ..read.links import parse_target
from ..read.registry import Registry
from . import inventory, resolve
from .roles import MinutesRole

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

    from ..derive.navigation import Navigation
    from ..write.output import Before
    from ..write.pdf import Document


class MinutesDomain(Domain):
    name = "minutes"
    label = "Minutes"
    data_version = 6
    initial_data = {  # noqa: RUF012 (Sphinx's API)
        "meetings": {},
        "problems": {},
        "references": {},
        "views": {},
        "volumes": {},
        "digests": {},
        "scanned": {},  # the people of each meeting file, before reading (see ``derive.scan``)
        "people-pages": {},  # each person's page name at the last build (``name_pages``)
    }
    object_types = {  # noqa: RUF012 (Sphinx's API)
        "meeting": ObjType("meeting", "meeting"),
        "item": ObjType("agenda item", "item"),
        "decision": ObjType("decision", "decision"),
        "follow-up": ObjType("follow-up", "follow-up"),
        "organisation": ObjType("organisation", "org"),
        "person": ObjType("person", "person"),
        "topic": ObjType("topic", "topic"),
    }
    roles = {  # noqa: RUF012 (Sphinx's API)
        kind: MinutesRole(kind)
        for kind in ("org", "person", "topic", "meeting", "item", "decision", "follow-up")
    }
    registry: Registry = Registry()
    """Set when the builder starts (see ``setup``); not pickled with the environment."""
    output: tuple[Path, ...] = ()
    """Where the build writes (its output and doctrees): never published as a file."""
    page_names: PageNames = PageNames()
    """Set when the builder starts, with the registry (see ``generated.name_pages``)."""
    people_moved: frozenset[str] = frozenset()
    """People (by key) whose page got another name since the last build."""
    _archive: Archive | None = None
    navigation_before: Navigation | None = None
    """The tables of contents before this build read anything (see ``navigation``)."""
    output_before: Before | None = None
    """What the output held before this build read anything (see ``output``)."""

    def __init__(self, env: BuildEnvironment) -> None:
        super().__init__(env)
        self.trail_titles: dict[str, str] = {}
        """Breadcrumb titles rendered for grouped pages, by text (see ``groups``)."""
        self.pdf_documents: dict[str, Document] = {}
        """The PDFs of this build, by the page each starts at (see ``pdf.plan``)."""
        self.latex_context: dict[str, Any] | None = None
        """The LaTeX builder's own settings that each PDF sets for itself (``pdf``)."""

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
        """The views (kind, key) each document shows, in order (see ``views``)."""
        views: dict[str, list[tuple[str, str]]] = self.data["views"]
        return views

    @property
    def volumes(self) -> dict[str, str]:
        """The body whose meetings each page lists (``meetings``): that page starts the
        body's collected volume in the PDF (see ``pdf``)."""
        volumes: dict[str, str] = self.data["volumes"]
        return volumes

    PER_DOCUMENT = ("meetings", "problems", "references", "views", "volumes")

    def clear_doc(self, docname: str) -> None:
        for store in self.PER_DOCUMENT:
            self.data[store].pop(docname, None)

    def merge_domaindata(self, docnames: AbstractSet[str], otherdata: dict[str, Any]) -> None:
        for store in self.PER_DOCUMENT:
            for docname in docnames & otherdata[store].keys():
                self.data[store][docname] = otherdata[store][docname]

    def note_view(self, docname: str, kind: str, key: str) -> None:
        self.views.setdefault(docname, []).append((kind, key))

    @property
    def archive(self) -> Archive:
        """Lookups over all meetings; built on first use once reading is done."""
        if self._archive is None:
            self._archive = build_archive(self.meetings)
        return self._archive

    def forget_archive(self) -> None:
        """The meetings are about to change (reading starts) or have changed."""
        self._archive = None

    def note_problem(self, docname: str, problem: Mistake) -> None:
        self.problems.setdefault(docname, []).append(problem)

    def note_reference(self, docname: str, reference: Reference) -> None:
        self.references.setdefault(docname, []).append(reference)

    # reading

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

    # looking up

    def meeting_at(self, body: str, date: dt.date) -> Meeting | None:
        return self.archive.at.get((body, date))

    def statement_at(self, target: str, body: str, kind: str) -> tuple[Meeting, Statement] | None:
        """A decision or follow-up by ``[body/]date#anchor``, or by ``[body/]id``."""
        parsed = parse_target(target, body)
        if parsed is not None:
            meeting = self.meeting_at(parsed.body, parsed.date)
            if meeting is None:
                return None
            found = next((s for s in meeting.statements() if s.id == parsed.item), None)
            return (meeting, found) if found and found.kind == kind else None
        named_body, _, name = target.rpartition("/")
        hit = self.archive.named.get((named_body or body, name.casefold()))
        return hit if hit and hit[1].kind == kind else None

    # the generated pages (see ``page_paths``)

    @property
    def paths(self) -> PagePaths:
        """Where this build's generated pages live."""
        config = self.env.config
        return PagePaths(config.minutes_registers_dir, config.minutes_meetings_dir, self.page_names)

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

    # Sphinx's links and inventory

    def resolve_xref(  # type: ignore[override]  # any node may replace a pending_xref
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> nodes.Element | None:
        return resolve.resolve(self, fromdocname, builder, typ, target, node, contnode)

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> list[tuple[str, nodes.reference]]:
        return []

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        """Everything another project may link to through intersphinx (see ``inventory``)."""
        return inventory.objects(self)
