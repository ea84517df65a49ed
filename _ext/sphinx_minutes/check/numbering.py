"""The numbers of a meeting's agenda items, where the writer wrote them.

Items without a number are normal and left alone. Numbered items must continue their
item's number (4.1 inside item 4: ``item-number``) and follow each other at their level,
with no number twice and none missing (``item-numbering``). An item taken out of agenda
order on purpose (``:out-of-order:``) keeps the check on: only its place in the order is
not checked. Each warning suggests the number the writer may have meant.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model.codes import CODES
from ..model.meeting import AgendaItem
from ..model.mistake import Mistake

RENUMBER = CODES["item-numbering"].fix
Siblings = tuple[AgendaItem | None, list[AgendaItem]]
"""An item (None for the meeting itself) and the items directly inside it, in order."""


def numbering_mistakes(items: list[AgendaItem]) -> Iterator[Mistake]:
    """Each mistake at its item's line (the document is the caller's)."""
    for parent, siblings in sibling_groups(items):
        placed = []
        numbered = [item for item in siblings if item.numbered]
        for position, item in enumerate(numbered, 1):
            mistake = misplaced(item, parent, position)
            if mistake is None:
                placed.append(item)
            else:
                yield mistake
        yield from misnumbered(placed, from_one=parent is not None and parent.numbered)


def sibling_groups(items: list[AgendaItem]) -> list[Siblings]:
    """The meeting's items (in the order written, each before its sub-items) grouped by
    the item they stand in."""
    groups: dict[str, Siblings] = {}
    chain: list[AgendaItem] = []
    for item in items:
        del chain[item.depth :]
        parent = chain[-1] if chain else None
        groups.setdefault(parent.anchor if parent else "", (parent, []))[1].append(item)
        chain.append(item)
    return list(groups.values())


def misplaced(item: AgendaItem, parent: AgendaItem | None, position: int) -> Mistake | None:
    """A sub-item's number must continue its item's; a number like 4.1 names a sub-item.
    Inside an item without a number, any number will do."""
    prefix = item.number.rpartition(".")[0]
    if parent is None and prefix:
        message = f"Item {item.number} stands outside any item."
        hint = f"Put its block inside the block of item {prefix}, or number it as an item."
        return Mistake("item-number", message, hint, line=item.line)
    if parent is not None and parent.numbered and prefix != parent.number:
        message = f"Item {item.number} stands inside item {parent.number}."
        hint = (
            f"Did you mean {parent.number}.{position}? A sub-item's number continues its "
            f"item's: {parent.number}.1, {parent.number}.2 inside item {parent.number}."
        )
        return Mistake("item-number", message, hint, line=item.line)
    return None


def misnumbered(items: list[AgendaItem], *, from_one: bool) -> Iterator[Mistake]:
    """Items at one level: none numbered twice, each after the one before it (unless
    taken out of order on purpose), none missing. Sub-items of a numbered item start
    at 1; a meeting's items at any number (§ 45, § 46 …)."""
    taken: dict[int, AgendaItem] = {}
    in_turn: list[AgendaItem] = []
    used = {last_part(item) for item in items}
    for item in items:
        if last_part(item) in taken:
            yield twice(item, in_turn[-1] if in_turn else None, used)
            continue
        taken[last_part(item)] = item
        if not item.out_of_order:
            in_turn.append(item)
    yield from out_of_turn(in_turn)
    yield from gaps(taken, from_one=from_one)


def out_of_turn(items: list[AgendaItem]) -> Iterator[Mistake]:
    """The fewest items whose place breaks the order: those outside the longest run of
    items in increasing order (the earliest such run), so that 5.3 recorded before 5.1
    and 5.2 is the one reported, and marking the reported items ends the warnings."""
    numbers = [last_part(item) for item in items]
    longest = [1] * len(items)  # the longest increasing run that starts at each item
    for i in reversed(range(len(items))):
        for j in range(i + 1, len(items)):
            if numbers[j] > numbers[i]:
                longest[i] = max(longest[i], longest[j] + 1)
    kept: list[int] = []
    need = max(longest, default=0)
    for i, number in enumerate(numbers):
        if longest[i] == need and (not kept or number > numbers[kept[-1]]):
            kept.append(i)
            need -= 1
    for i, item in enumerate(items):
        if i in kept:
            continue
        after = [items[k] for k in kept if k < i and numbers[k] > numbers[i]]
        before = [items[k] for k in kept if k > i and numbers[k] < numbers[i]]
        if after:
            message = f"Item {item.number} comes after item {max(after, key=last_part).number}."
        else:
            message = f"Item {item.number} comes before item {before[0].number}."
        hint = (
            "Record the items in agenda order, or, if item "
            f"{item.number} was taken out of turn on purpose, mark it `:out-of-order:`."
        )
        yield Mistake("item-numbering", message, hint, line=item.line)


def twice(item: AgendaItem, before: AgendaItem | None, used: set[int]) -> Mistake:
    """A repeated number; the number after the item recorded before it is suggested, if
    no item has it."""
    message = f"Item {item.number} is numbered twice."
    hint = None
    meant = last_part(before) + 1 if before is not None else None
    if meant is not None and meant not in used:
        hint = f"Did you mean {prefix_of(item)}{meant}? {RENUMBER}"
    return Mistake("item-numbering", message, hint, line=item.line)


def gaps(taken: dict[int, AgendaItem], *, from_one: bool) -> Iterator[Mistake]:
    """Numbers missing at one level, each gap reported once, at the item after it."""
    numbers = sorted(taken)
    previous = 0 if from_one or not numbers else numbers[0] - 1
    for own in numbers:
        if own > previous + 1:
            item = taken[own]
            prefix = prefix_of(item)
            expected = f"{prefix}{previous + 1}"
            gap = expected + (f"–{prefix}{own - 1}" if own - 1 > previous + 1 else "")
            if previous == 0 and from_one:
                message = f"Item {item.number} is the first of item {prefix.rstrip('.')}."
            else:
                message = f"Item {item.number} follows item {prefix}{previous}: {gap} is missing."
            record = f"record item {gap} too (with `:status: not-reached` if not reached)."
            hint = (
                f"Did you mean {expected}? If not, {record}"
                if not item.out_of_order
                else record[0].upper() + record[1:]
            )
            yield Mistake("item-numbering", message, hint, line=item.line)
        previous = own


def last_part(item: AgendaItem) -> int:
    """``2`` for item 4.2."""
    return int(item.number.rpartition(".")[2])


def prefix_of(item: AgendaItem) -> str:
    """``4.`` for item 4.2, empty for item 4."""
    prefix = item.number.rpartition(".")[0]
    return f"{prefix}." if prefix else ""
