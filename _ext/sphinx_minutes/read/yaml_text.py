"""YAML read safely, every value as the writer wrote it, every mistake at its line.

YAML can say more than minutes need, and some of it is dangerous or silently wrong:
aliases (``*a``) let a few lines expand to gigabytes (the "billion laughs"), a repeated
key quietly replaces the first, ``no``, ``012`` and ``10:30`` turn into a boolean and
numbers (``012`` is 10, ``10:30`` is 630). So aliases are refused before anything
expands them, nesting is bounded, repeated keys are kept and reported, and every scalar
stays the text it was written as (YAML's ``BaseLoader``), remembering its line so that a
mistake found later can be located. Registries and directives' ``---`` option blocks
are both read here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.resolver import BaseResolver

MAX_DEPTH = 20
"""How deeply YAML may nest here; the deepest shape it needs (an organisation's units'
aliases) is four levels. Deeper input is refused before it exhausts Python's stack."""


@dataclass(frozen=True, slots=True)
class Slip:
    """A mistake in the file, found while reading it, at a line (1-based)."""

    line: int
    message: str
    hint: str | None = None


class Text(str):
    """A scalar exactly as written, with the line it is on."""

    line = 0


class Mapping(dict[str, Any]):
    """A mapping with the line it starts on and the line of each key."""

    line = 0
    lines: dict[str, int]
    pairs: list[tuple[str, Any, int]]
    """Every key as written, with its value and line: a repeated key too."""


class Sequence(list[Any]):
    """A list with the line it starts on."""

    line = 0


def line_of(node: yaml.Node | yaml.Event) -> int:
    mark = node.start_mark
    return int(mark.line) + 1 if mark else 1


class _Loader(yaml.BaseLoader):
    """YAML's loader that resolves no types, expands no aliases and keeps lines."""

    def __init__(self, stream: str, slips: list[Slip], repeats_reported: bool) -> None:
        super().__init__(stream)
        self.slips = slips
        self.repeats_reported = repeats_reported
        self.depth = 0
        self.alias_lines: set[int] = set()

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()  # type: ignore[no-untyped-call]
            line = line_of(event)
            if line not in self.alias_lines:
                self.alias_lines.add(line)
                self.slips.append(
                    Slip(
                        line,
                        f"`*{event.anchor}` repeats another part of the file (a YAML alias), "
                        "which is not expanded here; it is read as empty.",
                        "Write the value out in full where it is needed.",
                    )
                )
            return yaml.ScalarNode(
                BaseResolver.DEFAULT_SCALAR_TAG, "", event.start_mark, event.end_mark
            )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_scalar(self, node: yaml.ScalarNode) -> Text:
        text = Text(node.value)
        text.line = line_of(node)
        return text

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> Sequence:
        sequence = Sequence(self.construct_object(child, deep=True) for child in node.value)
        sequence.line = line_of(node)
        return sequence

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Mapping:  # type: ignore[override]
        mapping = Mapping()
        mapping.line = line_of(node)
        mapping.lines = {}
        mapping.pairs = []
        for key_node, value_node in node.value:
            line = line_of(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self.slips.append(
                    Slip(line, "A key here is a list or mapping; it is left out.", None)
                )
                continue
            key = key_node.value
            value = self.construct_object(value_node, deep=True)
            mapping.pairs.append((key, value, line))
            if key in mapping.lines and self.repeats_reported:
                self.slips.append(
                    Slip(
                        line,
                        f"`{key}` is given twice in one mapping (first at line "
                        f"{mapping.lines[key]}); the second replaces the first.",
                        "Keep one of them, or merge the two.",
                    )
                )
            mapping[key] = value
            mapping.lines[key] = line
        return mapping


def parse(text: str, slips: list[Slip], repeats_reported: bool = True) -> Any:
    """The YAML document in ``text`` (None when empty); mistakes that still let it be
    read are added to ``slips``. Raises ``yaml.YAMLError`` when it cannot be read, as
    soon as a character YAML does not allow is met."""
    return _Loader(text, slips, repeats_reported).get_single_data()
