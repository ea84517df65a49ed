"""``agenda-item`` and ``description``: items, each a section with a stable anchor."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from docutils import nodes

from ...model.labels import N_
from ...model.meeting import AgendaItem, Attachment, AttachmentKind, Attribution, ItemStatus
from ...model.registered import Topic
from ..attribution import read_attribution
from ..render import attribution_nodes, field, joined, xref
from ..safety import has_scheme, outside_project, safe_url
from ..withhold import NOT_PUBLIC, PUBLIC_TITLE
from .approval import approves_fields
from .attachments import attachment_node, split_attachments
from .base import ITEM_STACK, MinutesDirective, split_list
from .item_heading import STATUSES, Heading, item_anchor, item_note, read_heading
from .withheld import not_public_note, reason_of, withheld, withheld_item


class AgendaItemDirective(MinutesDirective):
    """One agenda item: ``{agenda-item} 6. Bygga relationer med externa användare``, or
    without a number, ``{agenda-item} Budget review``.

    Its content holds what was said and decided; sub-items are nested ``agenda-item``\\ s.
    """

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    known_options: ClassVar[tuple[str, ...]] = (
        "presenters",
        "slides",
        "attachments",
        "topics",
        "status",
        "out-of-order",
        "time",
        NOT_PUBLIC,
        PUBLIC_TITLE,
        "approves",
    )

    def render(self) -> list[nodes.Node]:
        written = self.arguments[0].strip() if self.arguments else ""
        if withheld(self):
            return [withheld_item(self, written)]
        heading = read_heading(written, self.state, self.lineno, self.words)
        topics = self._topics()
        item = self._record(heading, self.item)
        item.topics = tuple(t.id for t in topics.values() if t)
        self.meeting.items.append(item)
        classes = ["minutes-item", *(["minutes-sub-item"] if item.depth else [])]
        section = nodes.section(ids=[item.anchor], classes=classes)
        self.set_source_info(section)
        self.state.document.ids[item.anchor] = section
        section += nodes.title(written, "", *heading.rendered)
        note = item_note(item, self.options, self.t)
        if note is not None:
            section += note
        if NOT_PUBLIC in self.options:
            section += not_public_note(item.reason, self.t)
        info = self._info(item, topics)
        if len(info):
            section += info
        self._read_content(section, item)
        pair_questions_with_answers(section, item)
        return [section]

    def _record(self, heading: Heading, parent: AgendaItem | None) -> AgendaItem:
        """The item as the model keeps it; an item with neither number nor title is
        reported (it is shown, and linked as "item")."""
        if not heading.number and not heading.title:
            self.warn(
                "item-number",
                "This agenda item has neither a number nor a title.",
                "Write its title after `{agenda-item}`, with its number first if the agenda "
                "numbers it: `{agenda-item} 3. Budget review`.",
            )
        anchor = item_anchor(self.t(N_("item")), heading.number, heading.title)
        return AgendaItem(
            number=heading.number,
            title=heading.title,
            anchor=self.unique_id(anchor),
            line=self.lineno,
            parent=parent.number if parent else None,
            heading=heading.shown,
            presenters_line=self.option_line("presenters"),
            depth=parent.depth + 1 if parent else 0,
            within=heading.number or (parent.within if parent else ""),
            out_of_order="out-of-order" in self.options,
            status=self._status(),
            time=self.time_option("time"),
            public=NOT_PUBLIC not in self.options and (parent is None or parent.public),
            reason=reason_of(self) or (parent.reason if parent else None),
        )

    def _status(self) -> ItemStatus | None:
        """The item's ``:status:``; a value not understood is reported (and shown), and
        so is a value given to the ``:out-of-order:`` flag."""
        written = (self.options.get("status") or "").strip()
        if written and written not in STATUSES:
            self.warn(
                "bad-option",
                f":status: {written!r} is not a status of an agenda item; it is shown as written.",
                f"Use one of: {', '.join(STATUSES)}.",
                line=self.option_line("status"),
            )
        if (self.options.get("out-of-order") or "").strip():
            self.warn(
                "bad-option",
                ":out-of-order: takes no value; its value is shown as written.",
                "Write `:out-of-order:` alone on its line, and why in the item's text.",
                line=self.option_line("out-of-order"),
            )
        return STATUSES.get(written)

    def _info(self, item: AgendaItem, topics: dict[str, Topic | None]) -> nodes.field_list:
        """The item's presenters, slides, attachments and topics, kept on ``item``."""
        info = nodes.field_list(classes=["minutes-item-info"])
        if written_time := (self.options.get("time") or "").strip():
            info += field(self.t(N_("Time")), nodes.Text(item.time or written_time))
        presenters = self._people("presenters")
        item.presenters = tuple(a for a, _ in presenters)
        if presenters:
            info += field(self.t(N_("Presenters")), *joined([n for _, n in presenters]))
        options: tuple[tuple[str, AttachmentKind, str], ...] = (
            ("slides", "slides", N_("Slides")),
            ("attachments", "attachment", N_("Attachments")),
        )
        for option, kind, label in options:
            attached = self._attachments(option, kind)
            item.attachments += tuple(a for a, _ in attached)
            if attached:
                links = [[attachment_node(a, found)] for a, found in attached]
                info += field(self.t(label), *joined(links))
        info += approves_fields(self, item)
        if topics:
            names: list[list[nodes.Node]] = [
                [xref("topic", topic.id, topic.name) if topic else nodes.Text(written)]
                for written, topic in topics.items()
            ]
            info += field(self.t(N_("Topics")), *joined(names))
        return info

    def _read_content(self, section: nodes.section, item: AgendaItem) -> None:
        """Read what was said and decided under the item, with the item on the stack of
        items being read (statements find their item there)."""
        self.env.temp_data.setdefault(ITEM_STACK, [])
        stack: list[AgendaItem] = self.env.temp_data[ITEM_STACK]
        stack.append(item)
        # Parse into a plain container: a heading written inside the item must become a
        # rubric of this item, not a section that MyST would hang elsewhere in the page.
        content = nodes.container()
        try:
            self.state.nested_parse(self.content, self.content_offset, content)
        finally:
            stack.pop()
        section += content.children

    def _people(self, option: str) -> list[tuple[Attribution, list[nodes.Node]]]:
        out = []
        for name in split_list(self.options.get(option, "")):
            read = read_attribution(name, self.meeting, self.domain.registry)
            out.append((read.attribution, attribution_nodes(name, read)))
        return out

    def _attachments(self, option: str, kind: AttachmentKind) -> list[tuple[Attachment, bool]]:
        """The attachments of an option, each with whether it may be linked: a URL of a
        safe scheme, or a file that exists inside the project. The others are reported,
        and shown by name."""
        out = []
        for title, target in split_attachments(self.options.get(option, "")):
            shown = title or target.rsplit("/", 1)[-1] or target
            why = self._refused(target)
            if why:
                noun = "slide deck" if kind == "slides" else kind
                self.warn(
                    "unsafe-link",
                    f"The {noun} {target!r} is not linked: {why}.",
                    line=self.option_line(option),
                )
            elif not has_scheme(target) and not Path(self.env.relfn2path(target)[1]).is_file():
                self.warn(
                    "missing-attachment",
                    f"The {kind} file {target!r} does not exist.",
                    line=self.option_line(option),
                )
                why = "missing"
            out.append((Attachment(kind, target, shown), not why))
        return out

    def _refused(self, target: str) -> str | None:
        """Why the target must not be linked, if it must not."""
        if has_scheme(target):
            return None if safe_url(target) else "only http, https and mailto URLs are linked"
        return outside_project(self.env, target, self.env.docname)

    def _topics(self) -> dict[str, Topic | None]:
        """The topics as written, each with its registry entry (None if unknown)."""
        registry = self.domain.registry
        if self.options.get("topics"):
            self.depend_on("topics")
        topics: dict[str, Topic | None] = {}
        for written in split_list(self.options.get("topics", "")):
            topics[written] = registry.topic(written)
            if topics[written] is None:
                self.warn(
                    "unknown-topic",
                    f"Unknown topic {written!r}.",
                    line=self.option_line("topics"),
                    near=registry.suggest_topic(written),
                )
        return topics


class DescriptionDirective(MinutesDirective):
    """The item's description as sent out with the agenda, set apart from the minutes."""

    has_content = True
    known_options: ClassVar[tuple[str, ...]] = ()

    def render(self) -> list[nodes.Node]:
        box = nodes.container(classes=["minutes-description"])
        self.set_source_info(box)
        label = self.t(N_("Description in the agenda"))
        box += nodes.rubric(label, label)
        self.parse_body(box)
        item = self.item
        if item is None:
            self.warn("outside-item", "A `description` stands outside any agenda item.")
        else:
            item.description = "\n\n".join(p.astext() for p in box.children[1:])
        return [box]


def pair_questions_with_answers(section: nodes.Element, item: AgendaItem) -> None:
    """Wrap each answer with the questions it answers, so the page shows them as a pair."""
    by_id = {
        child["ids"][0]: child
        for child in section.children
        if isinstance(child, nodes.container) and child["ids"]
    }
    for statement in item.statements:
        ids = (*statement.answers, statement.id)
        members = [by_id[i] for i in ids if i in by_id]
        if statement.kind != "answer" or not statement.answers or len(members) != len(ids):
            continue
        pair = nodes.container(classes=["minutes-exchange"])
        section.insert(section.index(members[0]), pair)
        for member in members:
            section.remove(member)
            pair += member
