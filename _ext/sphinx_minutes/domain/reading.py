"""What the domain keeps of a document once it is read: the links it writes into the
minutes, to be checked on every build, and its meeting's title and language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes

from ..model.reference import Reference
from ..read.links import LINKS_TO_CHECK
from ..read.render import ancestors

if TYPE_CHECKING:
    from ..derive.store import DerivedStore


def meeting_facts(node: nodes.Node) -> bool:
    return isinstance(node, nodes.field_list) and "minutes-meeting-info" in node["classes"]


def finish_document(domain: DerivedStore, docname: str, doctree: nodes.document) -> None:
    """Once the document is read: its links are noted for checking (not those that lead
    into another project through intersphinx); a meeting's title is the page's, and
    the page declares the meeting's language (for screen readers and hyphenation)."""
    note_links(domain, docname, doctree)
    meeting = domain.meetings.get(docname)
    section = doctree.next_node(nodes.section)
    facts = next(doctree.findall(meeting_facts), None)
    if meeting is None or section is None or facts is None:
        return
    if not any(parent is section for parent in ancestors(facts)):
        return  # no title above the facts (reported): the first item's is not the meeting's
    meeting.title = section[0].astext()
    section["classes"].append(f"language-{meeting.language}")


def note_links(domain: DerivedStore, docname: str, doctree: nodes.document) -> None:
    """The links into the minutes a document writes, but for intersphinx's."""
    for ref in doctree.findall(addnodes.pending_xref):
        written = ref.get("refdomain") == "minutes" and "minutes:line" in ref
        if written and ref["reftype"] in LINKS_TO_CHECK and not ref.get("intersphinx"):
            reference = Reference(
                ref["minutes:line"], ref["minutes:body"], ref["reftarget"], ref["reftype"]
            )
            domain.note_reference(docname, reference)
