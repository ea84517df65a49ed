"""``minutes-unknown``: a block whose directive name is not known, shown as written.

The fence scan (``fences``) renames the fence of an unknown directive to this one, so its
text stays on the page and the mistake is reported on every build, with the name the
writer probably meant.
"""

from __future__ import annotations

import difflib

from docutils import nodes
from docutils.parsers.rst import directives as rst

from ..fences import REFUSED, UNKNOWN
from ..safety import outside_project
from .base import MinutesDirective


class UnknownDirective(MinutesDirective):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True

    def run(self) -> list[nodes.Node]:
        name, _, _ = (self.arguments[0] if self.arguments else "").partition(" ")
        self.block_text = self.block_text.replace(f"{{{UNKNOWN}}} {name}", f"{{{name}}}", 1)
        self.name = name
        registered = [n for n in rst._directives if n not in (UNKNOWN, REFUSED)]  # type: ignore[attr-defined]
        near = difflib.get_close_matches(name, registered, n=1, cutoff=0.6)
        hint = (
            "Correct the name"
            + ("" if near else ", or load the extension that provides it in `conf.py`")
            + "; the block is shown as written until then."
        )
        self.warn(
            "unknown-directive",
            f"Unknown directive `{{{name}}}`.",
            hint,
            near=f"{{{near[0]}}}" if near else None,
        )
        return [self.as_written()]


class RefusedDirective(MinutesDirective):
    """A block that would put a file from outside the project into the minutes
    (``include``, ``literalinclude``, ``raw`` or ``csv-table`` with ``:file:``)."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True

    def run(self) -> list[nodes.Node]:
        name, _, path = (self.arguments[0] if self.arguments else "").partition(" ")
        self.block_text = self.block_text.replace(f"{{{REFUSED}}} {name}", f"{{{name}}}", 1)
        self.name = name
        why = (
            outside_project(self.env, path.strip(), self.env.docname) or "it names no file"
            if name in ("include", "literalinclude")
            else "minutes do not read files or URLs into a page"
        )
        self.warn(
            "unsafe-link",
            f"The `{{{name}}}` block is not read: {why}.",
            "Put the text in the minutes, or the file in the project beside them.",
        )
        return [self.as_written()]
