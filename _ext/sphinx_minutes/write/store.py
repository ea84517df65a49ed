"""What writing keeps between Sphinx's events: the output before this build, the PDFs'
plan and the breadcrumb titles. None of it is pickled: each build makes its own.

Built on ``derive.store.DerivedStore`` (see ``read.store`` for the tower of stores).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..derive.store import DerivedStore

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment


@dataclass(frozen=True)
class Before:
    """What the output held for the documents before this build read anything."""

    removed: frozenset[str]
    """Documents gone since the last build."""
    copied: frozenset[str]
    """Files copied for documents, as paths under the output folder."""


@dataclass(frozen=True, slots=True)
class Document:
    """One PDF: where it starts, its file, title, author, class, and what it is set in."""

    start: str
    target: str
    title: str
    author: str
    theme: str
    toctree_only: bool
    language: str
    date: str

    def entry(self) -> tuple[str, str, str, str, str, bool]:
        return (self.start, self.target, self.title, self.author, self.theme, self.toctree_only)


class WriteStore(DerivedStore):
    """The ``minutes`` domain as the write stage sees it."""

    output_before: Before | None = None
    """What the output held before this build read anything (see ``output``)."""

    def __init__(self, env: BuildEnvironment) -> None:
        super().__init__(env)
        self.trail_titles: dict[str, str] = {}
        """Breadcrumb titles rendered for grouped pages, by text (see ``breadcrumbs``)."""
        self.pdf_documents: dict[str, Document] = {}
        """The PDFs of this build, by the page each starts at (see ``pdf.plan``)."""
        self.latex_context: dict[str, Any] | None = None
        """The LaTeX builder's own settings that each PDF sets for itself (``pdf``)."""
