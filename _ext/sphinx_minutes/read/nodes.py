"""The extension's placeholder nodes: made while reading, replaced before any writer
sees them (a writer that meets one anyway skips it)."""

from __future__ import annotations

from docutils import nodes


class view(nodes.General, nodes.Element):
    """Placeholder for what a page shows from the archive; filled when it is written."""


class volume(nodes.General, nodes.Element):
    """A table of contents only the PDFs follow: a body's collected volume (``body`` and
    ``includefiles`` in order), or the pages of a grouped index (no ``body``, see
    ``groups``). Becomes a hidden toctree once the page's table of contents is
    collected."""
