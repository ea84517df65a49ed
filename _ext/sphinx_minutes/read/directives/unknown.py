"""``minutes-unknown``: a block whose directive name is not known, shown as written.

The fence scan (``fences``) renames the fence of an unknown directive to this one, so its
text stays on the page and the mistake is reported on every build, with the name the
writer probably meant.
"""

from __future__ import annotations

import difflib
from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives as rst

from ..fences import REFUSED, UNKNOWN
from ..safety import outside_project
from .base import MinutesDirective


class ShownAsWritten(MinutesDirective):
    """A block the fence scan renamed (``{minutes-unknown} decison …``): shown with the
    name the writer wrote, and reported."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    renamed_to: ClassVar[str]

    def run(self) -> list[nodes.Node]:
        name, _, rest = (self.arguments[0] if self.arguments else "").partition(" ")
        self.block_text = self.block_text.replace(f"{{{self.renamed_to}}} {name}", f"{{{name}}}", 1)
        self.name = name
        self.report(name, rest.strip())
        return [self.as_written()]

    def report(self, name: str, rest: str) -> None:
        raise NotImplementedError


class UnknownDirective(ShownAsWritten):
    renamed_to = UNKNOWN

    def report(self, name: str, rest: str) -> None:
        registered = [n for n in rst._directives if n not in (UNKNOWN, REFUSED)]  # type: ignore[attr-defined]
        near = difflib.get_close_matches(name, registered, n=1, cutoff=0.6)
        hint = (
            "Correct the name"
            + ("" if near else ", or load the extension that provides it in `conf.py`")
            + "; the block is shown as written until then."
        )
        message = f"Unknown directive `{{{name}}}`."
        self.warn("unknown-directive", message, hint, near=f"{{{near[0]}}}" if near else None)


class RefusedDirective(ShownAsWritten):
    """A block that would put a file from outside the project into the minutes
    (``include``, ``literalinclude``, ``raw`` or ``csv-table`` with ``:file:``)."""

    renamed_to = REFUSED

    def report(self, name: str, rest: str) -> None:
        why = (
            outside_project(self.env, rest, self.env.docname) or "it names no file"
            if name in ("include", "literalinclude")
            else "minutes do not read files or URLs into a page"
        )
        self.warn(
            "unsafe-link",
            f"The `{{{name}}}` block is not read: {why}.",
            "Put the text in the minutes, or the file in the project beside them.",
        )
