"""A meeting page's people not named in public, shown as the build may show them.

Runs at ``doctree-read`` before Sphinx's collectors (priority 400; titles, the table of
contents and the search index are taken from the tree after it), once the page's
attendance is read. In the public build an unnamed person's attendance line becomes
their label (``member of the public``), every link to them (a speaker, a presenter, an
owner, a voter, the chair) becomes the label unlinked, and any other text that names
them (a statement, a title, an anchor made from a title) has the label in the name's
place: no name reaches any output. The internal build shows the name, marked. In both
builds free text naming them is reported at its line, so a reviewer of the internal
build sees what the public one will change.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes

from ..model.labels import Labels, gettext_for
from ..model.mistake import Mistake
from ..model.publicity import public_build
from ..model.unnamed import MEMBER_OF_THE_PUBLIC, NOT_NAMED, Unnamed, unnamed
from .attendance import ENTRY, Heading, parse_entry
from .chair import CHAIR, chair_named
from .registry import Registry, slug
from .render import ancestors
from .store import ReadStore, minutes_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..model.meeting import Attendee, Meeting

UNNAMED = "minutes:unnamed"
"""Marks the node holding the attendance line of a person not named in public."""


def unname(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: the page's unnamed people as this build shows them."""
    domain = minutes_domain(app.env, ReadStore)
    meeting = domain.meetings.get(app.env.docname)
    if meeting is None:
        return
    meeting.unread_unnamed = tuple(unread_lines(doctree, meeting, domain.registry))
    who = unnamed(meeting)
    if not who:
        return
    public = public_build(app.config)
    for mistake in named_in_text(doctree, meeting, who, public):
        domain.note_problem(meeting.docname, mistake)
    attendance_lines(doctree, meeting, who, public, gettext_for(meeting.language))
    attributions(doctree, meeting, who, public)
    if public:
        anchors(doctree, who)


def unread_lines(doctree: nodes.document, meeting: Meeting, registry: Registry) -> list[Attendee]:
    """The people marked not named in public on the attendance lines of a block shown as
    written (a block never closed swallows the attendance after it): their names are
    kept out of the public build too."""
    words = registry.vocabulary(meeting.language, meeting.body)
    guests = Heading("guests", "present")
    found = []
    for block in doctree.findall(nodes.literal_block):
        if not any(malformed(n) for n in ancestors(block)):
            continue
        for line in block.astext().splitlines():
            entry = ENTRY.match(line.strip())
            if entry:
                read = parse_entry(entry["text"].strip(), 0, guests, registry, words)
                found += [read.attendee] if read.attendee.anonymous else []
    return found


def malformed(node: nodes.Node) -> bool:
    return isinstance(node, nodes.container) and "minutes-malformed" in node["classes"]


def attendance_lines(
    doctree: nodes.document, meeting: Meeting, who: Unnamed, public: bool, t: Labels
) -> None:
    """Public: the line is the label (and when they came or left). Internal: the line as
    written, marked with what the public sees."""
    for held in list(doctree.findall(nodes.inline)):
        name = held.get(UNNAMED)
        if name is None:
            continue
        label = who.labels.get(name) or t(MEMBER_OF_THE_PUBLIC)  # a line not kept: unread
        if not public:
            mark = f" [{t(NOT_NAMED)}: {label}]"
            shown = nodes.inline(mark, mark, classes=["minutes-unnamed-mark"])
            held.replace_self([*held.children, shown])
            continue
        attendee = next((a for a in meeting.people() if a.name == name), None)
        said = label[:1].upper() + label[1:]
        shown = nodes.inline(said, said, classes=["minutes-person", "minutes-unnamed"])
        moments = [m.text for m in (attendee.arrived, attendee.left) if m] if attendee else []
        after = [nodes.Text(f" ({', '.join(moments)})")] if moments else []
        held.replace_self([shown, *after])


def attributions(doctree: nodes.document, meeting: Meeting, who: Unnamed, public: bool) -> None:
    """Every link to an unnamed person: their label, unlinked, in public; marked inside."""
    for ref in list(doctree.findall(addnodes.pending_xref)):
        name = unnamed_target(ref, meeting, who)
        if name is None:
            continue
        if public:
            label = who.labels[name]
            ref.replace_self(nodes.inline(label, label, classes=["minutes-unnamed"]))
        else:
            for shown in ref.findall(nodes.inline):
                shown["classes"].append("minutes-unnamed")


def unnamed_target(node: nodes.Node, meeting: Meeting, who: Unnamed) -> str | None:
    """The unnamed person a link of the minutes leads to, if it leads to one."""
    if not isinstance(node, addnodes.pending_xref) or node.get("reftype") != "person":
        return None
    if node.get("refdomain") != "minutes":
        return None
    target = str(node.get("reftarget", ""))
    if node.get(CHAIR):
        target = chair_named(meeting) or target
    return target if target in who.labels else None


def named_in_text(
    doctree: nodes.document, meeting: Meeting, who: Unnamed, public: bool
) -> Iterator[Mistake]:
    """Text other than their attendance line and the links to them that names an unnamed
    person: reported at its line, and in public the label put in the name's place."""
    for text in list(doctree.findall(nodes.Text)):
        found = list(who.mentions(str(text)))
        if not found or any(spared(n, meeting, who) for n in ancestors(text.parent)):
            continue
        line = next((n.line for n in ancestors(text.parent) if getattr(n, "line", None)), 0)
        as_written = any(malformed(n) for n in ancestors(text.parent))  # reported as such
        for start, end, label in [] if as_written else found:
            yield named(str(text)[start:end], label).at(meeting.docname, line or meeting.line)
        if public:
            text.parent.replace(text, nodes.Text(who.replaced(str(text))))
    for index in doctree.findall(addnodes.index):
        entries: list[tuple[str, ...]] = index.get("entries", [])
        for n, (kind, value, *rest) in enumerate(entries):
            for start, end, label in who.mentions(value):
                line = index.line or meeting.line
                yield named(value[start:end], label).at(meeting.docname, line)
            if public:
                entries[n] = (kind, who.replaced(value), *rest)


def spared(node: nodes.Node, meeting: Meeting, who: Unnamed) -> bool:
    """An unnamed person's attendance line, or a link to them: not free text."""
    held = isinstance(node, nodes.inline) and node.get(UNNAMED) is not None
    return held or unnamed_target(node, meeting, who) is not None


def named(written: str, label: str) -> Mistake:
    return Mistake(
        "anonymous-named-in-text",
        f"This text names {written!r}, who is not named in public: the public minutes show "
        f"{label!r} in its place.",
        "Write their role instead of the name, or remove the mark on their attendance line "
        "if they may be named.",
    )


def anchors(doctree: nodes.document, who: Unnamed) -> None:
    """Anchors and names made from a title that names an unnamed person, without the name."""
    renamed: dict[str, str] = {}
    for node in doctree.findall(nodes.Element):
        written: list[str] = node.get("ids", [])
        ids = [unslugged(i, who) for i in written]
        for old, new in zip(written, ids, strict=True):
            if old != new:
                renamed[old] = new
                doctree.ids.pop(old, None)
                doctree.ids[new] = node
        if written:
            node["ids"] = ids
        names: list[str] = node.get("names", [])
        if any(who.replaced(name) != name for name in names):
            for name in names:
                if name in doctree.nameids:
                    doctree.nameids[who.replaced(name)] = doctree.nameids.pop(name)
                if name in doctree.nametypes:
                    doctree.nametypes[who.replaced(name)] = doctree.nametypes.pop(name)
            node["names"] = [who.replaced(name) for name in names]
    for node in doctree.findall(nodes.Element):
        if node.get("refid") in renamed:
            node["refid"] = renamed[node["refid"]]
    for name, anchor in list(doctree.nameids.items()):
        doctree.nameids[name] = renamed.get(anchor or "", anchor)


def unslugged(anchor: str, who: Unnamed) -> str:
    """``anchor`` with the slug of any unnamed name or alias as the label's slug."""
    for written, label in who.written.items():
        said = slug(written)
        if said != "x" and f"-{said}-" in f"-{anchor}-":
            anchor = f"-{anchor}-".replace(f"-{said}-", f"-{slug(label)}-").strip("-")
    return anchor
