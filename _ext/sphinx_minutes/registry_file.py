"""Reading one registry file: bounded, located, and every value as the writer wrote it.

YAML can say more than a registry needs, and some of it is dangerous or silently wrong:
aliases (``*a``) let a few lines expand to gigabytes (the "billion laughs"), a repeated
key quietly replaces the first, ``no`` and ``2024`` turn into a boolean and a number. So
aliases are refused before anything expands them, nesting is bounded, repeated keys are
reported, and every scalar stays the text it was written as (YAML's ``BaseLoader``),
remembering its line so that a mistake found later can be located.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.resolver import BaseResolver

from .encoding import bad_lines

MAX_DEPTH = 20
"""How deeply a registry may nest; the deepest shape it needs (an organisation's units'
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


class Sequence(list[Any]):
    """A list with the line it starts on."""

    line = 0


def line_of(node: yaml.Node | yaml.Event) -> int:
    mark = node.start_mark
    return int(mark.line) + 1 if mark else 1


class _Loader(yaml.BaseLoader):
    """YAML's loader that resolves no types, expands no aliases and keeps lines."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.slips: list[Slip] = []
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
                        "which registries do not expand; it is read as empty.",
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
        for key_node, value_node in node.value:
            line = line_of(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self.slips.append(
                    Slip(line, "A key here is a list or mapping; it is left out.", None)
                )
                continue
            key = key_node.value
            if key in mapping.lines:
                self.slips.append(
                    Slip(
                        line,
                        f"`{key}` is given twice in one mapping (first at line "
                        f"{mapping.lines[key]}); the second replaces the first.",
                        "Keep one of them, or merge the two.",
                    )
                )
            mapping[key] = self.construct_object(value_node, deep=True)
            mapping.lines[key] = line
        return mapping


def read(path: Path) -> tuple[Any, list[Slip]]:
    """The file's content (None when empty or unreadable) and the mistakes found in it.

    A file that is not UTF-8 is still read, each undecodable byte shown as ``�``, so one
    wrongly saved letter does not take every organisation with it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        problem = "is a folder" if path.is_dir() else f"cannot be read ({error.strerror})"
        return None, [Slip(1, f"{path.name} {problem}.", "Give the path of a YAML file.")]
    slips = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        bad = bad_lines(raw)
        more = f" (and {len(bad) - 1} more lines)" if len(bad) > 1 else ""
        slips.append(
            Slip(
                bad[0],
                f"{path.name} is not UTF-8 here{more}: the letters it cannot read are "
                "shown as `\ufffd`.",
                "Save the file as UTF-8 (most editors offer it under “Save as”).",
            )
        )
        text = raw.decode("utf-8-sig", errors="replace")
    found: list[Slip] = []
    try:
        loader = _Loader(text)  # refuses characters YAML does not allow, straight away
        found = loader.slips
        data = loader.get_single_data()
    except yaml.YAMLError as error:
        return None, [*slips, *found, _yaml_slip(path, text, error)]
    return data, [*slips, *found]


def _yaml_slip(path: Path, text: str, error: yaml.YAMLError) -> Slip:
    """Where the YAML broke and why, on one line."""
    mark = getattr(error, "problem_mark", None)
    position = getattr(error, "position", None)  # a character YAML does not allow
    if mark is not None:
        line = mark.line + 1
    elif isinstance(position, int):
        line = text.count("\n", 0, position) + 1
    else:
        line = 1
    problem = getattr(error, "problem", None) or getattr(error, "reason", None) or str(error)
    return Slip(
        line,
        f"{path.name} is not valid YAML ({problem}); none of it is used.",
        "Correct the file at this line: mind the indentation and close every bracket.",
    )
