"""A writer's mistake: what is wrong, where, and how to fix it.

One record for every mistake, wherever it is found: by the attendance reader, by a
directive while reading (kept with its document in the environment, so it is reported on
every build), by the checks once everything is read. It becomes a ``minutes.<code>``
warning of one line (:attr:`Mistake.text`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sphinx.util import logging

from .codes import CODES, CodeName

logger = logging.getLogger("sphinx_minutes")


@dataclass(frozen=True, slots=True)
class Mistake:
    code: CodeName
    message: str
    """What is wrong, as one sentence."""
    hint: str | None = None
    """How to fix it, when the code's standard fix does not say it well enough."""
    near: str | None = None
    """The near miss the writer may have meant (``Formas`` for ``Formaz``)."""
    line: int = 0
    docname: str = ""

    def at(self, docname: str, line: int) -> Mistake:
        """The mistake where it was written."""
        return replace(self, docname=docname, line=line)

    @property
    def text(self) -> str:
        """The warning: what is wrong, then how to fix it."""
        return explain(self.code, self.message, self.hint, self.near)


def explain(code: CodeName, message: str, hint: str | None = None, near: str | None = None) -> str:
    """One line: what is wrong, then how to fix it (the code's standard fix by default),
    with the near miss the writer may have meant.

    Control and invisible characters the writer typed are shown escaped (``\\x1e``), so a
    warning stays one readable line."""
    assert code in CODES, code
    guess = f"Did you mean {near!r}? " if near else ""
    text = f"{message} {guess}{hint or CODES[code].fix}"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def warn(code: CodeName, message: str, location: Any, hint: str | None = None) -> None:
    """Emit a located ``minutes.<code>`` warning at once (a registry's, a setting's)."""
    logger.warning(explain(code, message, hint), type="minutes", subtype=code, location=location)
