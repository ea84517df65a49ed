"""The directives of the pages derived from the model: an organisation's, a person's,
a topic's, a body's registers, the indexes, and a body's meetings.

Each page is written before reading (``generated``); its directive notes a view, filled
from the archive when the page is written (see ``views``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import ClassVar, TypeVar

from docutils import nodes
from sphinx import addnodes

from ..model.collation import collated
from ..model.labels import N_, gettext_for, language_of
from ..model.names import person_key
from ..model.periods import PERIOD
from ..model.registered import Body, Organisation, Topic
from ..read import render
from ..read.directives.base import MinutesDirective
from ..read.nodes import view, volume
from ..read.registry import slug
from ..read.render import bullets, field, xref
from ..read.safety import safe_url
from ..read.store import minutes_domain
from .page_paths import HISTORIES, INDEX, in_folder
from .store import DerivedStore

Named = TypeVar("Named", Organisation, Topic, Body)
REGISTERS = {
    "decisions": N_("Decisions"),
    "follow-ups": N_("Follow-ups"),
    "questions": N_("Unanswered questions"),
}


class ViewDirective(MinutesDirective):
    """A directive whose body is a view of the archive."""

    optional_arguments = 1
    final_argument_whitespace = True
    kind: ClassVar[str]

    def view(self, key: str, language: str | None = None, kind: str = "") -> view:
        kind = kind or self.kind
        self.domain.note_view(self.env.docname, kind, key)
        self.domain.note_language(self.env.docname, language or language_of(self.config))
        # The page it stands on, whose language it takes: in a PDF volume, whose tree
        # holds many pages, a history page stays in the site's language.
        return view(kind=kind, key=key, language=language, page=self.env.docname)

    def argument(self) -> str:
        return self.arguments[0].strip() if self.arguments else ""


class HistoryDirective(ViewDirective):
    """An organisation's or a person's page, or one earlier period of it (``:years:``,
    see ``periods``); a long history's page names its periods (``:earlier:``)."""

    has_content = True  # the options, read as every directive of the extension reads them
    known_options: ClassVar[tuple[str, ...]] = ("years", "earlier")

    def history_view(self, key: str) -> list[nodes.Node]:
        """The view, and on a long history's page the PDF's way to its periods."""
        if self.is_period():
            return [self.view(f"{key}{PERIOD}{self.years()}")]
        earlier = (self.options.get("earlier") or "").split()
        periods = [f"{self.env.docname}/{name}" for name in earlier]
        return [self.view(key), *([volume(body="", includefiles=periods)] if periods else [])]

    def years(self) -> str:
        """The years of the period this page shows (``:years:``); empty for a history's."""
        return (self.options.get("years") or "").strip()

    def is_period(self) -> bool:
        return bool(self.years())


class OrganisationPageDirective(HistoryDirective):
    """An organisation's page: its registry facts, people, meetings and statements."""

    kind = "organisation"

    def render(self) -> list[nodes.Node]:
        self.depend_on("organisations")
        org = self.domain.registry.organisation(self.argument())
        if org is None:
            self.warn("unknown-organisation", f"Unknown organisation {self.argument()!r}.")
            return []
        if self.is_period():
            return self.history_view(org.id)
        t = gettext_for(language_of(self.config))
        facts = nodes.field_list(classes=["minutes-organisation-info"])
        if org.aliases:
            facts += field(t(N_("Also known as")), nodes.Text(", ".join(org.aliases)))
        if org.units:
            facts += field(t(N_("Units")), nodes.Text(", ".join(u.name for u in org.units)))
        if org.url and safe_url(org.url):  # refused with a warning when the registry is read
            facts += field(t(N_("Website")), nodes.reference(org.url, org.url, refuri=org.url))
        index = addnodes.index(entries=[("single", org.name, f"org-{slug(org.id)}", "", None)])
        target = nodes.target("", "", ids=[f"org-{slug(org.id)}"])
        return [index, target, *([facts] if len(facts) else []), *self.history_view(org.id)]


class PersonPageDirective(HistoryDirective):
    """A person's page: organisations over time, meetings, statements, follow-ups."""

    kind = "person"

    def render(self) -> list[nodes.Node]:
        name = self.argument()
        if not name:
            self.warn("malformed", "`person-page` needs a person's name.")
            return []
        if self.is_period():
            return self.history_view(person_key(name))
        index = addnodes.index(entries=[("single", name, f"person-{slug(name)}", "", None)])
        target = nodes.target("", "", ids=[f"person-{slug(name)}"])
        return [index, target, *self.history_view(person_key(name))]


class TopicPageDirective(ViewDirective):
    """A topic's page: every agenda item tagged with it, and what was decided."""

    kind = "topic"

    def render(self) -> list[nodes.Node]:
        self.depend_on("topics")
        topic = self.domain.registry.topics.get(self.argument())
        if topic is None:
            self.warn("unknown-topic", f"Unknown topic {self.argument()!r}.")
            return []
        index = addnodes.index(
            entries=[("single", topic.name, f"topic-{slug(topic.id)}", "", None)]
        )
        out: list[nodes.Node] = [index, nodes.target("", "", ids=[f"topic-{slug(topic.id)}"])]
        if topic.aliases:
            t = gettext_for(language_of(self.config))
            out.append(
                nodes.field_list(
                    "", field(t(N_("Also known as")), nodes.Text(", ".join(topic.aliases)))
                )
            )
        return [*out, self.view(topic.id)]


class RegisterDirective(ViewDirective):
    """``register <decisions|follow-ups|questions> <body>``: one register of one body."""

    def render(self) -> list[nodes.Node]:
        kind, _, body = self.argument().partition(" ")
        if kind not in REGISTERS:
            known = ", ".join(REGISTERS)
            self.warn("bad-option", f"Unknown register {kind!r}.", f"Use one of: {known}.")
            return []
        self.depend_on("bodies")  # the body's language is the register's
        registered = self.domain.registry.bodies.get(body.strip())
        language = language_of(self.config, registered)
        return [self.view(body.strip(), language, kind)]


class PeopleIndexDirective(ViewDirective):
    """Everyone named in an attendance, with their latest organisation."""

    kind = "people-index"

    def render(self) -> list[nodes.Node]:
        return [self.view("")]


class OrganisationIndexDirective(MinutesDirective):
    """The list of every organisation in the registry, each linked to its page."""

    def render(self) -> list[nodes.Node]:
        self.depend_on("organisations")
        registry = self.domain.registry
        return [
            bullets(
                (
                    [
                        xref("org", org.id, org.name),
                        *([nodes.Text(f" ({', '.join(org.aliases)})")] if org.aliases else []),
                    ]
                    for org in by_name(registry.organisations.values(), language_of(self.config))
                ),
                "minutes-index",
            )
        ]


class TopicIndexDirective(MinutesDirective):
    """The list of every topic in the registry, each linked to its page."""

    def render(self) -> list[nodes.Node]:
        self.depend_on("topics")
        registry = self.domain.registry
        return [
            bullets(
                (
                    [xref("topic", topic.id, topic.name)]
                    for topic in by_name(registry.topics.values(), language_of(self.config))
                ),
                "minutes-index",
            )
        ]


class MeetingsDirective(MinutesDirective):
    """A body's meetings, newest first, one toctree a year: navigation stays body → year
    → meeting however long the archive grows. New meeting files appear by themselves."""

    optional_arguments = 1
    known_options: ClassVar[tuple[str, ...]] = ()

    def render(self) -> list[nodes.Node]:
        body = self.arguments[0].strip() if self.arguments else ""
        domain = minutes_domain(self.env, DerivedStore)
        self.depend_on("bodies")
        dated = sorted(
            (
                (date, docname)
                for docname in self.env.found_docs
                if (place := domain.place_of(docname, self.config))[0] == body
                and (date := place[1]) is not None
            ),
            reverse=True,
        )
        if body not in domain.registry.bodies:
            self.warn("unknown-body", f"Body {body!r} is not in the body registry.")
        out: list[nodes.Node] = []
        registers = [domain.paths.register(body, r) for r in REGISTERS]
        # Re-read when a meeting file comes or goes, even before the body's first meeting.
        self.env.glob_toctrees.add(self.env.docname)
        if dated:
            out.append(self.volume(body, [d for _, d in reversed(dated)], registers))
        if all(page in self.env.found_docs for page in registers):
            registered = domain.registry.bodies.get(body)
            domain.note_language(self.env.docname, language_of(self.config, registered))
            t = gettext_for(language_of(self.config, registered))
            links: list[nodes.Node] = []
            for page, label in zip(registers, REGISTERS.values(), strict=True):
                ref = addnodes.pending_xref(
                    "", refdomain="std", reftype="doc", reftarget=f"/{page}", refexplicit=True
                )
                ref += nodes.inline(t(label), t(label))
                links += [nodes.Text(" · ")] if links else []
                links.append(ref)
            out.append(nodes.paragraph("", "", *links, classes=["minutes-registers"]))
        for year, meetings in itertools.groupby(dated, key=lambda m: m[0].year):
            docnames = [docname for _, docname in meetings]
            toctree = render.toctree(self.env.docname, docnames, caption=str(year), titlesonly=True)
            self.set_source_info(toctree)
            out.append(nodes.compound("", toctree, classes=["toctree-wrapper", "minutes-year"]))
        return out

    def volume(self, body: str, meetings: list[str], registers: list[str]) -> volume:
        """The body's PDF volume: its meetings oldest first, its registers, the histories."""
        paths = minutes_domain(self.env, DerivedStore).paths
        indexes = [paths.docname(in_folder(folder, INDEX)) for folder in HISTORIES]
        found = self.env.found_docs
        self.domain.volumes[self.env.docname] = body
        includes = [*meetings, *(p for p in [*registers, *indexes] if p in found)]
        return volume(body=body, includefiles=includes)


def by_name(entries: Iterable[Named], language: str) -> list[Named]:
    """Registry entries in the order their index lists them (and a volume prints them):
    by name, in the order of the index's language."""
    return collated(entries, language, lambda entry: entry.name)
