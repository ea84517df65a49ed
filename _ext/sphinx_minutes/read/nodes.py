"""The extension's placeholder nodes: made while reading, replaced before any writer
sees them (a writer that meets one anyway skips it)."""

from __future__ import annotations

import datetime as dt

from docutils import nodes


class view(nodes.General, nodes.Element):
    """Placeholder for what a page shows from the archive; filled when it is written."""


class volume(nodes.General, nodes.Element):
    """A table of contents only the PDFs follow: a body's collected volume (``body`` and
    ``includefiles`` in order), or the pages of a grouped index (no ``body``, see
    ``groups``). Becomes a hidden toctree once the page's table of contents is
    collected."""


class when(nodes.inline):
    """A date or clock time a reader sees, with ``datetime`` its machine-readable form
    (``2024-03-14``, ``2024-03-14T18:30``, ``2024``). The HTML builders write it as
    ``<time>``; every other builder takes it for the plain inline it is, so a PDF's
    text stays as it was."""


def when_node(text: str, datetime: str) -> nodes.Node:
    """``text`` as a ``when`` of ``datetime``; plain text when there is no text."""
    return when(text, text, datetime=datetime) if text and datetime else nodes.Text(text)


def on_day(text: str, date: dt.date | None) -> nodes.Node:
    """A date as the page writes it (``14 mars 2024``), of ``date``."""
    return when_node(text, date.isoformat() if date else "")


def at_clock(clock: str, date: dt.date | None) -> nodes.Node:
    """A clock time ``HH:MM`` of the meeting's day (plain ``24:00``, which HTML cannot
    name)."""
    if clock >= "24":
        return nodes.Text(clock)
    return when_node(clock, f"{date.isoformat()}T{clock}" if date else clock)
