"""Reading a directive's ``:name: value`` lines as the writer wrote them.

MyST reads options with rules made for YAML, not for minutes: ``#`` starts a comment
(``:attachments: #123 <url>`` loses its value), a tab after the name loses the whole
block, and an option given twice silently keeps the last value. The minutes directives
therefore ask MyST for no options (their ``option_spec`` is empty): the option lines reach
them as the first lines of their content, and are read here, every character kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from ..yaml_text import Mapping, Slip, parse

OPTION = re.compile(r"^:(?P<name>[^:\s]+):(?:[ \t]*(?P<value>.*?))?[ \t]*$")
"""``:name: value``, with spaces, tabs or nothing after the name, or ``:name:`` alone."""


@dataclass(frozen=True, slots=True)
class Written:
    """One option line (and its indented continuation lines), as written."""

    name: str
    value: str
    offset: int
    """Its first line, counted from the first line of the directive's content."""

    @property
    def text(self) -> str:
        return f":{self.name}: {self.value}".rstrip()


@dataclass(slots=True)
class OptionBlock:
    written: list[Written] = field(default_factory=list)
    consumed: int = 0
    """How many content lines the options (and one blank line after them) took."""
    problem: str | None = None
    """Why a ``---`` block of YAML options could not be read, if it could not."""

    def first(self) -> dict[str, str]:
        """Each option's first value: a repeated option is reported, not read twice."""
        values: dict[str, str] = {}
        for option in self.written:
            values.setdefault(option.name, option.value)
        return values

    def repeated(self) -> list[tuple[Written, Written]]:
        """Each option given again, with its first occurrence."""
        seen: dict[str, Written] = {}
        out = []
        for option in self.written:
            if option.name in seen:
                out.append((seen[option.name], option))
            else:
                seen[option.name] = option
        return out


def read_options(lines: list[str]) -> OptionBlock:
    """The options at the top of a directive's content: ``:name: value`` lines, each
    continued by the indented lines under it, or a ``---`` block of YAML."""
    if lines and lines[0].strip() == "---":
        return _yaml_block(lines)
    block = OptionBlock()
    index = 0
    while index < len(lines):
        match = OPTION.match(lines[index].strip()) if not lines[index].startswith(":::") else None
        if match is None:
            break
        value = [match["value"] or ""]
        start = index
        index += 1
        while index < len(lines) and lines[index][:1] in (" ", "\t") and lines[index].strip():
            value.append(lines[index].strip())
            index += 1
        joined = "\n".join(v for v in value if v)
        block.written.append(Written(match["name"], joined, start))
    if block.written and index < len(lines) and not lines[index].strip():
        index += 1  # the blank line between the options and the text
    block.consumed = index
    return block


def _yaml_block(lines: list[str]) -> OptionBlock:
    """MyST's other form: the options as YAML between two ``---`` lines, read as text
    (``id: 012`` stays ``012``), each at its own line, a repeated one kept to be reported."""
    end = next((n for n in range(1, len(lines)) if lines[n].strip() == "---"), None)
    if end is None:
        return OptionBlock(problem="the `---` block of options is not closed by a `---` line")
    block = OptionBlock(consumed=end + 1)
    slips: list[Slip] = []
    try:
        loaded = parse("\n".join(lines[1:end]), slips, repeats_reported=False)
    except yaml.YAMLError as error:
        problem = getattr(error, "problem", None) or error
        block.problem = f"the `---` block of options is not valid YAML ({problem})"
        return block
    if slips:
        block.problem = f"in the `---` block of options, {slips[0].message}"
    if loaded is None:
        return block
    if not isinstance(loaded, Mapping):
        block.problem = "the `---` block of options must be `name: value` lines"
        return block
    for name, value, line in loaded.pairs:
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        block.written.append(Written(name, shown, line))
    if end + 1 < len(lines) and not lines[end + 1].strip():
        block.consumed += 1
    return block
