"""The blocks of a minutes file marked ``:not-public:``, found in its text.

The directives withhold such a block's text from the public build's pages (see
``directives.withheld``); the HTML build also publishes each file's source, and the
public build publishes it as :func:`public_text` makes it: each withheld block reduced
to its opening line, the options the public may read (``:not-public:``,
``:public-title:``) and its closing fence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .directives.options import read_options
from .fences import LITERAL, Opening, blocks_between

NOT_PUBLIC = "not-public"
PUBLIC_TITLE = "public-title"
KEPT = (NOT_PUBLIC, PUBLIC_TITLE)
"""The options a withheld block keeps: what the public may read about it."""
WITHHOLDABLE = frozenset(
    {
        "agenda-item",
        "comment",
        "question",
        "answer",
        "decision",
        "follow-up",
        "motion",
        "reservation",
    }
)
"""The directives ``:not-public:`` may mark."""


@dataclass(frozen=True, slots=True)
class Found:
    """A block marked ``:not-public:``: its opening line, its closing fence (or the end),
    what it is, and its public option lines."""

    start: int
    close: int
    indent: str
    fence: str
    name: str
    argument: str
    kept: tuple[str, ...]


def marked(lines: list[str]) -> Iterator[Found]:
    """The outermost blocks marked ``:not-public:``, in order (those inside one are
    withheld with it)."""
    yield from _scan(lines, 0, len(lines))


def _scan(lines: list[str], start: int, end: int) -> Iterator[Found]:
    for index, closed, opening in blocks_between(lines, start, end):
        close = end if closed is None else closed
        name = opening.name
        found = _marked(lines, index, close, opening) if name in WITHHOLDABLE else None
        if found is not None:
            yield found
        elif name and name not in LITERAL:
            yield from _scan(lines, index + 1, close)


def _marked(lines: list[str], index: int, close: int, opening: Opening) -> Found | None:
    """The block at ``index`` if its options mark it ``:not-public:``."""
    block = read_options(lines[index + 1 : close])
    if not any(option.name == NOT_PUBLIC for option in block.written):
        return None
    kept = tuple(
        f":{option.name}: {' '.join(option.value.split())}".rstrip()
        for option in block.written
        if option.name in KEPT
    )
    fence, argument = opening.fence, opening.rest.strip()
    return Found(index, close, opening.indent, fence, opening.name, argument, kept)


def public_text(lines: list[str], headings: dict[int, str]) -> list[str]:
    """The file as the public may read it: each withheld block reduced to its opening
    line, with what the page shows of its heading (``headings``, by 1-based line: an
    item's number as written), its public options and its closing fence."""
    out: list[str] = []
    done = 0
    for block in marked(lines):
        out += lines[done : block.start]
        shown = headings.get(block.start + 1, "")
        out.append(f"{block.indent}{block.fence}{{{block.name}}} {shown}".rstrip())
        out += [f"{block.indent}{line}" for line in block.kept]
        out.append(f"{block.indent}{block.fence}")
        done = block.close + 1
    out += lines[done:]
    return out


def named_within(lines: list[str]) -> list[tuple[str, str]]:
    """The statements inside a withheld block that have an ``:id:``, as (directive, id):
    the public build keeps that they exist, so a public ``:closes:`` or link to one is
    reported as a link to what is not public, not as one to nothing."""
    found: list[tuple[str, str]] = []
    for index, closed, opening in blocks_between(lines, 0, len(lines)):
        close = len(lines) if closed is None else closed
        if not opening.name:
            continue
        block = read_options(lines[index + 1 : close])
        found += [
            (opening.name, o.value.strip()) for o in block.written if o.name == "id" and o.value
        ]
        if opening.name not in LITERAL:
            found += named_within(lines[index + 1 : close])
    return found
