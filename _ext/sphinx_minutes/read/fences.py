"""The blocks of a minutes file, read before MyST parses it: misspelt and unclosed ones.

MyST drops a block whose directive it does not know (``:::{decison}``), text and all,
with a warning that a rebuild with nothing changed does not repeat; and a block never
closed silently takes in everything after it. Here each fence of a file under the
meetings folder is found as markdown-it finds it (an outer block is closed first, then
its text is read for inner blocks); an unknown directive's fence is renamed
``{minutes-unknown}`` (the line keeps its place, so every line number holds), which shows
the block as written and reports it on every build.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from docutils.parsers.rst import directives as rst

from ..model.mistake import Mistake
from .encoding import first_bad_line
from .safety import outside_project
from .source import note_mistake

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

if TYPE_CHECKING:
    pass

UNKNOWN = "minutes-unknown"
REFUSED = "minutes-refused"
READS_FILES = frozenset({"include", "literalinclude", "csv-table", "raw"})
"""Directives that put a file's text into the page: in minutes, only from the project."""
OPENING = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,}|:{3,})(?P<info>.*)$")
NAME = re.compile(r"^\s*\{(?P<name>[^{}\s]+)\}(?P<rest>.*)$")
LITERAL = frozenset(
    {
        "code",
        "code-block",
        "sourcecode",
        "code-cell",
        "math",
        "raw",
        "eval-rst",
        "csv-table",
        "literalinclude",
        "toctree",
        "graphviz",
        "mermaid",
        UNKNOWN,
        REFUSED,
    }
)
"""Directives whose text is not Markdown: no blocks are looked for inside them."""


@dataclass(frozen=True, slots=True)
class Block:
    line: int
    """1-based line of its opening fence."""
    fence: str
    name: str
    """``{decision}``, or the fence as written if it names no directive."""


@dataclass(frozen=True, slots=True)
class Unclosed:
    block: Block
    """The block the writer did not close."""
    container: Block | None
    """The block whose end ends it; None: the end of the file."""
    next_block: Block | None = None
    """A block of as long a fence that opens inside it: the writer meant to close it
    before that one (a ``:::`` cannot hold a ``:::``: the inner one's end ends both)."""

    def message(self) -> str:
        if self.next_block is not None:
            return (
                f"The {self.block.name} block is not closed before the {self.next_block.name} "
                f"block on line {self.next_block.line}, which is read as part of it."
            )
        ends = f"its {self.container.name} block" if self.container else "the file"
        return f"The {self.block.name} block is not closed: it takes in all to the end of {ends}."


Reads = Callable[[str, str, list[str]], bool]
"""Whether a directive (name, argument, its lines) would read a file from outside."""


def read_fences(
    lines: list[str], known: Callable[[str], bool], reads_outside: Reads
) -> list[Unclosed]:
    """Rename, in ``lines``, the fences of unknown directives, and of directives that
    would read a file from outside the project; return the blocks not closed (markdown-it
    closes them at the end of what encloses them)."""
    unclosed: list[Unclosed] = []
    _read(lines, 0, len(lines), None, (known, reads_outside), unclosed)
    return unclosed


def _read(
    lines: list[str],
    start: int,
    end: int,
    container: Block | None,
    judges: tuple[Callable[[str], bool], Reads],
    unclosed: list[Unclosed],
) -> None:
    known, reads_outside = judges
    for index, close, opening in blocks_between(lines, start, end):
        fence, name, rest = opening.fence, opening.name, opening.rest
        if name and name != "eval-rst" and not known(name):
            lines[index] = f"{opening.indent}{fence}{{{UNKNOWN}}} {name}{rest}"
            name = UNKNOWN
        elif name in READS_FILES and reads_outside(name, rest, lines[index + 1 : end]):
            lines[index] = f"{opening.indent}{fence}{{{REFUSED}}} {name}{rest}"
            name = REFUSED
        shown = f"{{{opening.name}}}" if opening.name else (fence + opening.info).strip()
        block = Block(index + 1, fence, shown)
        if (
            container is not None
            and fence[0] == container.fence[0]
            and len(fence) >= len(container.fence)
            and not any(u.block == container for u in unclosed)
        ):
            unclosed.append(Unclosed(container, None, block))
        if close is None and not (container and any(u.block == container for u in unclosed)):
            unclosed.append(Unclosed(block, container))
        if name and name not in LITERAL:
            _read(lines, index + 1, end if close is None else close, block, judges, unclosed)


@dataclass(frozen=True, slots=True)
class Opening:
    """A fence that opens a block, as written."""

    indent: str
    fence: str
    info: str
    """All after the fence: ``{decision} the text``."""
    name: str
    """The directive it names (``decision``); empty when it names none."""
    rest: str
    """What follows the name: the argument, with its leading space."""


def opening_at(line: str) -> Opening | None:
    """The fence ``line`` opens a block with, if it does (a run of backticks followed by
    more backticks on its line is code, not a fence)."""
    opening = OPENING.match(line)
    if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
        return None
    named = NAME.match(opening["info"])
    name, rest = (named["name"], named["rest"]) if named else ("", "")
    return Opening(opening["indent"], opening["fence"], opening["info"], name, rest)


def closing(lines: list[str], start: int, end: int, fence: str) -> int | None:
    """The line, from ``start`` up to ``end``, that closes a block opened by ``fence``."""
    return next((n for n in range(start, end) if _closes(lines[n], fence)), None)


def blocks_between(
    lines: list[str], start: int, end: int
) -> Iterator[tuple[int, int | None, Opening]]:
    """The blocks that open from ``start`` up to ``end``, one level deep (what is inside
    a block is the caller's to read): each opening line, the line that closes it (None
    when none does: it runs to ``end``), and its fence."""
    index = start
    while index < end:
        opening = opening_at(lines[index])
        if opening is None:
            index += 1
            continue
        close = closing(lines, index + 1, end, opening.fence)
        yield index, close, opening
        index = (end if close is None else close) + 1


def _closes(line: str, fence: str) -> bool:
    """A closing fence: the same character, at least as many, nothing else."""
    stripped = line.strip()
    return (
        len(line) - len(line.lstrip(" ")) <= 3
        and len(stripped) >= len(fence)
        and stripped == fence[0] * len(stripped)
    )


def read_blocks(app: Sphinx, docname: str, source: list[str]) -> None:
    """``source-read``: a file that is not UTF-8 is reported; in minutes, an unknown
    directive's block is kept and reported, and a block never closed is reported."""
    env = app.env
    if "\ufffd" in source[0] and (line := first_bad_line(env.doc2path(docname))):
        message = "The file is not UTF-8: what cannot be read is shown as �."
        mistake = Mistake("encoding", message).at(docname, line)
        note_mistake(env, mistake)
    if not docname.startswith(f"{app.config.minutes_meetings_dir}/"):
        return
    domains = {name: set(domain.directives) for name, domain in env.domains.items()}
    lines = source[0].split("\n")
    known = directive_known(app.config.primary_domain, domains)
    for found in read_fences(lines, known, partial(reads_outside, env, docname)):
        mistake = Mistake("unclosed-block", found.message()).at(docname, found.block.line)
        note_mistake(env, mistake)
    refuse_nested_includes(lines, partial(reads_outside, env, docname))
    source[0] = "\n".join(lines)


NESTED_INCLUDE = re.compile(
    r"^(?P<prefix>(?:\s|>|[-*+](?=\s)|\d+[.)](?=\s))*)(?P<fence>`{3,}|~{3,}|:{3,})"
    r"\{include\}(?P<rest>.*)$"
)
"""MyST's ``include`` in a list or a quote, where the fence scan does not look."""


def refuse_nested_includes(lines: list[str], reads_outside: Reads) -> None:
    """MyST reads an ``include`` itself (not through the guarded directive), so one that
    stands anywhere, in a list or a quote, is refused here if its file is outside."""
    for index, line in enumerate(lines):
        found = NESTED_INCLUDE.match(line)
        if found and reads_outside("include", found["rest"], []):
            lines[index] = f"{found['prefix']}{found['fence']}{{{REFUSED}}} include{found['rest']}"


def reads_outside(
    env: BuildEnvironment, docname: str, name: str, argument: str, lines: list[str]
) -> bool:
    """``include`` and ``literalinclude`` of a path outside the project; ``raw`` and
    ``csv-table`` reading any ``:file:`` or ``:url:``."""
    if name in ("include", "literalinclude"):
        return not argument.strip() or outside_project(env, argument.strip(), docname) is not None
    options = itertools.takewhile(lambda line: line.strip().startswith(":"), lines)
    return any(re.match(r"^:(file|url):", line.strip()) for line in options)


def directive_known(
    primary_domain: str | None, domains: dict[str, set[str]]
) -> Callable[[str], bool]:
    """Whether MyST would find a directive of this name: docutils' and every extension's,
    and those of the domains (``py:function``, or a name of the primary or std domain)."""

    def known(written: str) -> bool:
        name = written.lower()  # as docutils looks directives up
        if name in rst._directives or name in rst._directive_registry:  # type: ignore[attr-defined]
            return True
        domain, _, short = name.rpartition(":")
        if domain:
            return short in domains.get(domain, set())
        return any(name in domains.get(d, set()) for d in (primary_domain or "", "std"))

    return known
