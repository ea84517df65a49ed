"""The text of the document being read, as the writer wrote it (for line numbers that
the parser loses)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment


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
