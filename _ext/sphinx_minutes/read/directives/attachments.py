"""An agenda item's slides and attachments: the list as written, and the links to them."""

from __future__ import annotations

import re

from docutils import nodes
from sphinx import addnodes

from ...model.meeting import Attachment
from ..safety import has_scheme

TITLED = re.compile(r"^(?P<title>[^<>]*)<(?P<target>[^<>]*)>\s*(?:,|$)")
"""The text up to the next ``<target>`` (and the comma after it)."""


def split_attachments(value: str) -> list[tuple[str, str]]:
    """``(title, target)`` for each attachment; the title is empty for a bare target.

    Entries are separated by commas or by new lines. The title of ``Title <target>`` may
    hold commas (``Budget monitoring, February <budget.pdf>``), except that a piece before
    a comma that is itself a target (a URL, or a path with ``/`` or a file extension) is an
    entry of its own: ``https://example.org/486, Rendered <https://example.org/r>`` is two
    attachments."""
    out: list[tuple[str, str]] = []
    for line in value.splitlines():
        rest = line
        while rest.strip():
            titled = TITLED.match(rest)
            if titled is None:
                out += [("", piece.strip()) for piece in rest.split(",") if piece.strip()]
                break
            pieces = [piece.strip() for piece in titled["title"].split(",")]
            while pieces and not pieces[0]:
                pieces.pop(0)
            while len(pieces) > 1 and looks_like_target(pieces[0]):
                out.append(("", pieces.pop(0)))
            out.append((", ".join(pieces).strip(), titled["target"].strip()))
            rest = rest[titled.end() :]
    return [(title, target) for title, target in out if target]


def looks_like_target(text: str) -> bool:
    """``https://…``, ``slides/deck``, ``deck.pdf``: not words of a title."""
    return not re.search(r"\s", text) and (
        has_scheme(text) or "/" in text or re.search(r"\.[A-Za-z0-9]{1,5}$", text) is not None
    )


def attachment_node(attachment: Attachment, found: bool = True) -> nodes.Node:
    """A link to a slide deck or attachment: a URL, or a file of the project (downloaded);
    a missing file is shown by name, unlinked."""
    if not found:
        return nodes.literal(attachment.title, attachment.title, classes=["minutes-missing"])
    if has_scheme(attachment.target):
        return nodes.reference(attachment.title, attachment.title, refuri=attachment.target)
    ref = addnodes.download_reference(
        "", "", reftarget=attachment.target, refdomain="", reftype="download", refexplicit=True
    )
    ref += nodes.literal(attachment.title, attachment.title, classes=["xref", "download"])
    return ref
