"""What the build refuses to publish: links that run code, and names that leave a folder.

The minutes and registries are written by many people; the site is read by anyone. A
URL that a browser would run (``javascript:``, ``data:``) or a name that a path would
climb out of (``../``) must never reach the output, however it is disguised.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
"""The schemes a link may have; a URL with no scheme is relative, within the site."""

C0_OR_SPACE = "".join(map(chr, range(0x21)))
"""What browsers strip from both ends of a URL before reading its scheme (WHATWG URL)."""

NAME = re.compile(r"[^\W_][\w.-]{0,99}")
"""A name used as one folder or file name: up to 100 letters, digits, ``.``, ``_`` and
``-``, starting with a letter or digit (so never ``..``, ``.hidden`` or ``_static``)."""

RESERVED = frozenset(
    {
        "index",
        "genindex",
        "search",
        "searchindex",
        "objects",
        "py-modindex",
        "organisations",
        "people",
        "topics",
    }
)
"""Names that Sphinx or the extension already gives a page or folder of their own."""


def safe_url(url: str) -> bool:
    """True if ``url`` may be a link: ``http``, ``https``, ``mailto`` or relative.

    The scheme is read as a browser reads it: after dropping the spaces and control
    characters at both ends and the tabs and newlines inside (``java\\tscript:`` is
    ``javascript:``), in any case. Other control characters anywhere make it unsafe, as
    does an empty URL (it links to nothing)."""
    text = re.sub(r"[\t\n\r]", "", url.strip(C0_OR_SPACE))
    if not text or any(unicodedata.category(c) == "Cc" for c in text):
        return False
    try:
        scheme = urlsplit(text).scheme
    except ValueError:  # a malformed host, such as an unclosed ``[``
        return False
    return not scheme or scheme.lower() in SAFE_SCHEMES


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a folder or file name in the project and its output, or
    None if it can: it must stay one path component, visible, and not taken."""
    if not NAME.fullmatch(name):
        return (
            "must be up to 100 letters, digits, `.`, `_` or `-`, starting with a letter or "
            "digit (no `/`, `..`, spaces or a leading dot)"
        )
    if name.casefold() in RESERVED:
        return f"is a name the site already uses ({', '.join(sorted(RESERVED))})"
    return None


def inside(path: Path, folder: Path) -> bool:
    """True if ``path``, with its symbolic links followed, is within ``folder`` (also
    resolved): the test for every file the build writes or removes."""
    return path.resolve().is_relative_to(folder.resolve())
