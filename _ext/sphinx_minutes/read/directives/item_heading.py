"""An agenda item's argument as written: its number if it has one, and its title, whose
Markdown (links, ``code``, *emphasis*) the heading renders and every list shows as text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, get_args

from docutils import nodes

from ...model.labels import N_
from ...model.meeting import ItemStatus
from ...model.vocabulary import ITEM_MAX
from ..registry import slug

if TYPE_CHECKING:
    from collections.abc import Callable

    from docutils.parsers.rst.states import RSTState

    from ...model.meeting import AgendaItem
    from ...model.vocabulary import Vocabulary

NUMBERED = re.compile(r"^(?:§\s*)?(?P<number>\d+(?:\.\d+)*)\.?(?:\s+(?P<title>.*))?$")
"""``6. Title``, ``4.1 Title``, and ``§ 12 Title`` as bodies that number their paragraphs
through the year write it."""
AFTER_ITEM_WORD = re.compile(r"^(?P<number>\d+(?:\.\d+)*)(?:\s?[.:])?(?:\s+(?P<title>.*))?$")
"""The rest of ``TOP 3: Kassenbericht``, ``Punkt 3. Budget``, ``point 3 : Budget``: the
item word the language numbers its items with (its ``items`` words), then the number."""
FINAL_COLON = re.compile(r"\s*:\s*$")
"""``4.1 Profile:``: a list shows ``4.1 Profile``, so that ``4.1 Profile: decided …``
does not print two colons."""

STATUSES: dict[str, ItemStatus] = {s: s for s in get_args(ItemStatus)}
"""What became of an item, by the word the writer writes (``:status: not-reached``)."""
STATUS_LABELS: dict[ItemStatus, str] = {
    "not-reached": N_("Not reached"),
    "added": N_("Added at the meeting"),
    "deferred": N_("Deferred"),
}
OUT_OF_ORDER = N_("Taken out of order")


@dataclass(frozen=True, slots=True)
class Heading:
    number: str
    """As written without a final dot (``4.1``); empty when not written."""
    title: str
    """Plain text."""
    shown: str
    """Number and title as written, in plain text, without a final colon."""
    rendered: list[nodes.Node]
    """What the section's title shows: the number as written, the title rendered."""


def read_heading(written: str, state: RSTState, line: int, words: Vocabulary) -> Heading:
    """``6. Bygga relationer``, ``4.1 Profile:``, ``Budget review``, ``[#486](url) CI``,
    ``TOP 3: Kassenbericht`` (the item word is kept in the heading as written).

    A first word of digits is a number only up to ``ITEM_MAX`` (``2024 budget`` is a
    title)."""
    offset = 0
    numbered = NUMBERED.match(written)
    if numbered is None and (named := words.item_limit.match(written)):
        offset = named.start("numbers")
        numbered = AFTER_ITEM_WORD.match(written[offset:])
    parts = numbered["number"].split(".") if numbered else []
    if any(len(part) > len(str(ITEM_MAX)) or int(part) > ITEM_MAX for part in parts):
        numbered = None
    if numbered is None:
        number, lead, markdown = "", "", written
    elif numbered["title"] is None:
        number, lead, markdown = numbered["number"], written, ""
    else:
        number, markdown = numbered["number"], numbered["title"]
        lead = written[: offset + numbered.start("title")]
    parsed, _ = state.inline_text(markdown, line) if markdown else ([], [])
    title = "".join(node.astext() for node in parsed)
    shown = FINAL_COLON.sub("", f"{lead}{title}").strip()
    return Heading(number, title.strip(), shown, [*([nodes.Text(lead)] if lead else []), *parsed])


def item_anchor(word: str, number: str, title: str) -> str:
    """An item's anchor: the item word and its number (``punkt-4-1``), else its title
    (``budget-review``), else the item word alone; made unique by the caller."""
    item = slug(word)
    if number:
        return f"{item}-{number.replace('.', '-')}"
    return slug(title) if title else item


def item_note(
    item: AgendaItem, options: dict[str, str], t: Callable[[str], str]
) -> nodes.paragraph | None:
    """What became of the item and whether it was taken out of order, as labels in the
    meeting's language; a status not understood, or a value given to the flag, is shown
    as written."""
    words = []
    written = (options.get("status") or "").strip()
    if item.status or written:
        words.append(t(STATUS_LABELS[item.status]) if item.status else written)
    if item.out_of_order:
        value = (options.get("out-of-order") or "").strip()
        words.append(t(OUT_OF_ORDER) + (f" ({value})" if value else ""))
    if not words:
        return None
    text = "; ".join(words)
    return nodes.paragraph(text, "", nodes.emphasis(text, text), classes=["minutes-item-note"])
