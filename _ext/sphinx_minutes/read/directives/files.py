"""Docutils' and Sphinx's directives that read a file, made safe in minutes.

In a document under the meetings folder, ``literalinclude`` (and its ``:diff:``) and
``include`` read only files inside the project, and ``raw`` and ``csv-table`` read no
``:file:`` or ``:url:``. The check runs when the directive runs, so it holds wherever the
block stands: in a list, a quote, an ``{eval-rst}`` block, or a file included by another.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.parsers.rst.directives.misc import Include, Raw
from docutils.parsers.rst.directives.tables import CSVTable
from sphinx.directives.code import LiteralInclude
from sphinx.util.docutils import SphinxDirective

from ...model.mistake import Mistake
from ..safety import outside_project
from ..source import note_mistake


class Guarded(SphinxDirective):
    """Runs the directive only when what it would read may be published."""

    def run(self) -> list[nodes.Node]:
        if self.env.docname.startswith(f"{self.config.minutes_meetings_dir}/"):
            why = self.refusal()
            if why:
                message = f"The `{{{self.name}}}` block is not read: {why}."
                hint = "Put the text in the minutes, or the file in the project beside them."
                mistake = Mistake("unsafe-link", message, hint).at(self.env.docname, self.lineno)
                note_mistake(self.env, mistake)
                text = self.block_text
                shown = nodes.literal_block(
                    text, text, classes=["minutes-refused"], language="none"
                )
                return [shown]
        return list(super().run())

    def refusal(self) -> str | None:
        return None


class SafeLiteralInclude(Guarded, LiteralInclude):
    def refusal(self) -> str | None:
        paths = [self.arguments[0] if self.arguments else "", self.options.get("diff") or ""]
        return next(
            (why for p in paths if p and (why := outside_project(self.env, p, self.env.docname))),
            None,
        )


class SafeInclude(Guarded, Include):
    def refusal(self) -> str | None:
        path = self.arguments[0] if self.arguments else ""
        if path.startswith("<"):
            return "minutes include no files of docutils' own"
        return outside_project(self.env, path, self.env.docname)


class ReadsNoFile(Guarded):
    def refusal(self) -> str | None:
        options: dict[str, Any] = self.options
        return (
            "minutes read no files or URLs into a page"
            if {"file", "url"} & options.keys()
            else None
        )


class SafeRaw(ReadsNoFile, Raw):
    pass


class SafeCSVTable(ReadsNoFile, CSVTable):  # type: ignore[misc]
    pass


OVERRIDES = {
    "literalinclude": SafeLiteralInclude,
    "include": SafeInclude,
    "raw": SafeRaw,
    "csv-table": SafeCSVTable,
}
