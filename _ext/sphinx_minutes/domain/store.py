"""The ``minutes`` domain: the single store of every meeting read, and the links into it.

Meetings are kept per document, so ``clear_doc`` and ``merge_domaindata`` are a few lines
and incremental and parallel builds see exactly what a clean serial build sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from sphinx import addnodes
from sphinx.domains import Domain, ObjType
from sphinx.roles import XRefRole
from sphinx.util.nodes import make_refnode

from ..derive.archive import Archive
from ..derive.archive import build as build_archive
from ..derive.page_names import PageNames, assign
from ..model.labels import long_date
from ..model.meeting import Meeting, Problem, Reference, Statement
from ..read.links import (
    ITEM_REF,
    LINKS_TO_CHECK,
    PAGES,
    parse_target,
)
from ..read.registry import Registry
from ..read.render import ancestors
from ..read.safety import safe_url
from ..read.source import source_lines

if TYPE_CHECKING:
    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

    from ..derive.navigation import Navigation
    from ..write.output import Before


def meeting_facts(node: nodes.Node) -> bool:
    return isinstance(node, nodes.field_list) and "minutes-meeting-info" in node["classes"]


class MinutesRole(XRefRole):
    """A cross-reference into the minutes domain, also usable without the ``minutes:``
    prefix; it records the body of the meeting it is written in, for short references."""

    def __init__(self, reftype: str) -> None:
        super().__init__(warn_dangling=True, innernodeclass=nodes.inline)
        self.minutes_type = reftype

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        self.refdomain, self.reftype = "minutes", self.minutes_type
        self.classes = ["xref", "minutes", f"minutes-{self.minutes_type}"]
        return self.create_non_xref_node() if self.disabled else self.create_xref_node()

    def create_xref_node(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        made, messages = super().create_xref_node()
        if made and isinstance(made[0], nodes.Element):
            made[0]["minutes:line"] = self.written_line()  # checked once the page is read
        return made, messages

    def written_line(self) -> int:
        """The line the role is written on: the parser gives its paragraph's first line."""
        temp = self.env.temp_data
        lines = source_lines(self.env)
        written = self.rawtext.splitlines()[0] if self.rawtext else ""
        found = cast("dict[str, tuple[int, int]]", temp.setdefault("minutes:roles", {}))
        last_line, taken = found.get(written, (0, 0))
        for number in range(max(self.lineno, 1), len(lines) + 1):
            count = lines[number - 1].count(written) if written else 0
            already = taken if number == last_line else 0
            if number >= last_line and already < count:
                found[written] = (number, already + 1)
                return number
        return self.lineno

    def process_link(
        self,
        env: BuildEnvironment,
        refnode: nodes.Element,
        has_explicit_title: bool,
        title: str,
        target: str,
    ) -> tuple[str, str]:
        meeting = env.domains["minutes"].data["meetings"].get(env.docname)
        refnode["minutes:body"] = meeting.body if meeting else ""
        target = target.strip()
        if self.minutes_type == "item" and "#" not in target:
            target = f"#{target}"
        if self.minutes_type == "item" and target.startswith("#") and meeting and meeting.date:
            target = f"{meeting.date.isoformat()}{target}"
        return title, target


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
        "scanned": {},  # the people of each meeting file, before reading (see ``pages``)
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
    """Set when the builder starts, with the registry (see ``pages.name_pages``)."""
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

    @property
    def meetings(self) -> dict[str, Meeting]:
        meetings: dict[str, Meeting] = self.data["meetings"]
        return meetings

    @property
    def problems(self) -> dict[str, list[Problem]]:
        """Mistakes found while reading, per document: reported on every build."""
        problems: dict[str, list[Problem]] = self.data["problems"]
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

    def note_problem(self, docname: str, problem: Problem) -> None:
        self.problems.setdefault(docname, []).append(problem)

    def note_reference(self, docname: str, reference: Reference) -> None:
        self.references.setdefault(docname, []).append(reference)

    # reading

    def start_meeting(self, docname: str, line: int, config: Config) -> Meeting:
        """Begin the meeting of ``docname``, with body and date taken from its path."""
        body, date = self.place_of(docname, config)
        registered = self.registry.bodies.get(body)
        language = (registered and registered.language) or config.language or "en"
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

    def finish_document(self, docname: str, doctree: nodes.document) -> None:
        """Once the document is read: its links are noted for checking (not those that lead
        into another project through intersphinx); a meeting's title is the page's, and
        the page declares the meeting's language (for screen readers and hyphenation)."""
        for ref in doctree.findall(addnodes.pending_xref):
            written = ref.get("refdomain") == "minutes" and "minutes:line" in ref
            if written and ref["reftype"] in LINKS_TO_CHECK and not ref.get("intersphinx"):
                reference = Reference(
                    ref["minutes:line"], ref["minutes:body"], ref["reftarget"], ref["reftype"]
                )
                self.note_reference(docname, reference)
        meeting = self.meetings.get(docname)
        section = doctree.next_node(nodes.section)
        facts = next(doctree.findall(meeting_facts), None)
        if meeting is None or section is None or facts is None:
            return
        if not any(parent is section for parent in ancestors(facts)):
            return  # no title above the facts (reported): the first item's is not the meeting's
        meeting.title = section[0].astext()
        section["classes"].append(f"language-{meeting.language}")

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

    def page_of(self, kind: str, target: str) -> str | None:
        """The page of an organisation, topic (by id, name or alias), person or body."""
        if kind == "org":
            org = self.registry.organisation(target)
            return self.organisation_page(org.id) if org else None
        if kind == "topic":
            topic = self.registry.topic(target)
            return self.topic_page(topic.id) if topic else None
        if kind == "person":
            return self.person_page(target)
        return f"{self.env.config.minutes_meetings_dir}/{target}/index"

    def organisation_page(self, org_id: str) -> str:
        name = self.page_names.organisations.get(org_id) or assign([(org_id, org_id)])[org_id]
        return f"{self.env.config.minutes_registers_dir}/organisations/{name}"

    def person_page(self, name: str) -> str | None:
        """The page of the person ``name`` means; None if no attendance names them."""
        page = self.page_names.person(name)
        return f"{self.env.config.minutes_registers_dir}/people/{page}" if page else None

    def topic_page(self, topic_id: str) -> str:
        name = self.page_names.topics.get(topic_id) or assign([(topic_id, topic_id)])[topic_id]
        return f"{self.env.config.minutes_registers_dir}/topics/{name}"

    def register_page(self, body: str, register: str) -> str:
        return f"{self.env.config.minutes_registers_dir}/{body}/{register}"

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
        if typ in PAGES:
            page = self.page_of(typ, target)
            if page is None or page not in env.all_docs:
                return None
            return make_refnode(builder, fromdocname, page, "", contnode, contnode.astext())
        if typ in ("decision", "follow-up"):
            found = self.statement_at(target, node.get("minutes:body", ""), typ)
            if found is None:
                return None
            meeting, statement = found
            return make_refnode(
                builder, fromdocname, meeting.docname, statement.id, contnode, meeting.title
            )
        if typ == "meeting":
            return self._resolve_meeting(env, fromdocname, builder, target, node, contnode)
        if typ == "item":
            return self._resolve_item(fromdocname, builder, target, node, contnode)
        return None

    def _resolve_item(
        self,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> nodes.Element | None:
        parsed = parse_target(target, node.get("minutes:body", ""))
        meeting = self.meeting_at(parsed.body, parsed.date) if parsed else None
        number = parsed.item if parsed and ITEM_REF.match(parsed.item) else ""
        item = meeting.item(number) if meeting and number else None
        if meeting is None or item is None:
            return None
        if not node.get("refexplicit"):
            contnode = nodes.inline("", item.heading)
        return make_refnode(
            builder, fromdocname, meeting.docname, item.anchor, contnode, item.heading
        )

    def _resolve_meeting(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> nodes.Element | None:
        parsed = parse_target(target, node.get("minutes:body", ""))
        if parsed is None or parsed.item:
            return None
        meeting = self.meeting_at(parsed.body, parsed.date)
        if meeting is not None:
            if not node.get("refexplicit"):
                title = meeting.title or long_date(parsed.date, meeting.language)
                contnode = nodes.inline("", title)
            return make_refnode(builder, fromdocname, meeting.docname, "", contnode, meeting.title)
        registered = self.registry.bodies.get(parsed.body)
        external = registered.external_meeting(parsed.date) if registered else None
        if external is None:
            return None
        if not node.get("refexplicit"):
            title = external.title or long_date(parsed.date, env.config.language)
            contnode = nodes.inline("", title)
        if external.url and safe_url(external.url):  # refused when the registry is read
            return nodes.reference(
                "", "", contnode, refuri=external.url, classes=["external", "minutes-external"]
            )
        return nodes.inline("", "", contnode, classes=["minutes-external"])

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
        """Everything another project may link to through intersphinx (``objects.inv``):
        meetings and items as ``body/date`` and ``body/date#number``, decisions and
        follow-ups as ``body/date#anchor`` (and ``body/id``), organisations, people and
        topics by the names the roles take."""
        for docname in sorted(self.meetings):
            meeting = self.meetings[docname]
            if not (meeting.date and meeting.body):
                continue
            name = f"{meeting.body}/{meeting.date.isoformat()}"
            yield name, meeting.title or name, "meeting", docname, "", 1
            for item in meeting.items:
                heading = item.heading
                yield f"{name}#{item.number}", heading, "item", docname, item.anchor, 1
                for statement in item.statements:
                    if statement.kind not in ("decision", "follow-up"):
                        continue
                    shown = f"{heading}: {statement.kind}"
                    anchor = statement.id
                    yield f"{name}#{anchor}", shown, statement.kind, docname, anchor, 1
                    if statement.name:
                        named = f"{meeting.body}/{statement.name}"
                        yield named, shown, statement.kind, docname, anchor, 1
        pages: list[tuple[str, str, str, str | None]] = [
            *(
                ("organisation", o.id, o.name, self.organisation_page(o.id))
                for o in self.registry.organisations.values()
            ),
            *(
                ("topic", t.id, t.name, self.topic_page(t.id))
                for t in self.registry.topics.values()
            ),
            *(
                (
                    "person",
                    attended[-1][1].name,
                    attended[-1][1].name,
                    self.person_page(attended[-1][1].name),
                )
                for attended in self.archive.by_person.values()
            ),
        ]
        for kind, name, shown, page in sorted((k, n, s, p) for k, n, s, p in pages if p):
            if page in self.env.all_docs:
                yield name, shown, kind, page, "", 1
