"""Directives that render the extension's own tables into its documentation, so the
reference can never drift from the code: the warning codes and the secretary's vocabulary."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from ...model.codes import CODES
from ...model.vocabulary import SECTIONS
from ..words import shipped, shipped_languages, shipped_name

CODE = re.compile(r"``(?P<double>.+?)``|`(?P<single>[^`]+)`")
"""Code spans as in Markdown: ``…`` may hold a backtick, `…` may not."""


def coded(text: str) -> nodes.paragraph:
    """Text with Markdown code spans, as a paragraph."""
    para = nodes.paragraph()
    at = 0
    for code in CODE.finditer(text):
        para += nodes.Text(text[at : code.start()])
        literal = (code["double"] or code["single"]).strip()
        para += nodes.literal(literal, literal)
        at = code.end()
    para += nodes.Text(text[at:])
    return para


def table(header: list[str], rows: list[list[str]], widths: list[int]) -> nodes.table:
    """A plain table whose cells are text with Markdown code spans."""
    group = nodes.tgroup(cols=len(header))
    group += [nodes.colspec(colwidth=w) for w in widths]

    def row(cells: list[str]) -> nodes.row:
        return nodes.row("", *(nodes.entry("", coded(cell)) for cell in cells))

    group += nodes.thead("", row(header))
    group += nodes.tbody("", *(row(r) for r in rows))
    return nodes.table("", group, classes=["minutes-reference"])


class WarningCodesDirective(SphinxDirective):
    """``minutes-warnings``: every ``minutes.<code>`` with its meaning, example and fix."""

    def run(self) -> list[nodes.Node]:
        rows = [[f"`minutes.{c.code}`", c.meaning, c.example, c.fix] for c in CODES.values()]
        return [table(["Code", "Meaning", "Example", "Fix"], rows, [18, 30, 25, 30])]


class VocabularyDirective(SphinxDirective):
    """``minutes-vocabulary``: every word of every shipped language, from its words file,
    a table per language (``:language: de`` for one)."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"language": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        wanted = (self.options.get("language") or "").strip()
        out: list[nodes.Node] = []
        for language in shipped_languages():
            if wanted and language != wanted:
                continue
            words = shipped(language)
            rows = [
                [
                    f"`{section}`",
                    f"`{meaning}`" if meaning else "",
                    ", ".join(f"`{w}`" for w in said),
                ]
                for section in SECTIONS
                for meaning, said in words.get(section, {}).items()
            ]
            out.append(rubric(f"{shipped_name(language)} ({language})"))
            out.append(table(["Section", "Meaning", "Words"], rows, [15, 15, 60]))
        return out


def rubric(text: str) -> nodes.rubric:
    return nodes.rubric(text, text)
