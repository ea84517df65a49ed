"""The document being read: its text as the writer wrote it (for line numbers that the
parser loses), and the mistakes found in it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from .store import ReadStore, minutes_domain

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

    from ..model.mistake import Mistake


def source_lines(env: BuildEnvironment) -> list[str]:
    """The lines of the document being read, as written (read once per document)."""
    sources = cast("dict[str, list[str]]", env.temp_data.setdefault("minutes:source", {}))
    if env.docname not in sources:
        try:
            text = Path(env.doc2path(env.docname)).read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        sources[env.docname] = text.splitlines()
    lines: list[str] = sources[env.docname]
    return lines


def note_mistake(env: BuildEnvironment, mistake: Mistake) -> None:
    """Keep a mistake with its document: it is reported on this and every later build,
    until the document is read again."""
    minutes_domain(env, ReadStore).note_problem(mistake.docname, mistake)
