"""What the build refuses to publish, whoever wrote it: links that run code, files from
outside the project, names that would leave a folder, and raw HTML (unless the site
trusts its writers with it).

Writers are trusted with words, not with the web server or the machine that builds the
site; ``docs/explanation/security.md`` says who may write what and what is refused here.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform

from ..model.codes import CodeName
from ..model.mistake import Mistake
from .source import note_mistake
from .store import ReadStore, minutes_domain

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
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


RUNS_IN_BROWSERS = frozenset({".html", ".htm", ".xhtml", ".shtml", ".svg", ".svgz", ".xml"})
"""Files that run script when opened from the site: never published as attachments."""
COMMENT = re.compile(r"\s*<!--(?![->])(?:(?!--!?>).)*-->\s*", re.DOTALL)
"""An HTML comment alone: a note the writer left for the next writer, never shown."""
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)


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


def has_scheme(target: str) -> bool:
    """A URL (``https://…``, ``mailto:…``, ``javascript:…``), not a path of the project
    (``C:\\`` is a Windows drive, not a scheme)."""
    cleaned = as_browsers_read(target)
    return SCHEME.match(cleaned) is not None and not re.match(r"^[a-z]:[\\/]", cleaned, re.I)


def as_browsers_read(url: str) -> str:
    """Browsers drop whitespace and control characters inside a scheme (``java\tscript:``)."""
    return "".join(c for c in url if not (c.isspace() or unicodedata.category(c) in ("Cc", "Cf")))


def outside_project(env: BuildEnvironment, target: str, docname: str) -> str | None:
    """Why a file path written in ``docname`` must not be published, or None if it may:
    it must resolve, after symbolic links, inside the project, outside the build's output,
    and not through a hidden file or folder (``.git``, ``.env``)."""
    _, written = env.relfn2path(target, docname)
    root = Path(env.srcdir).resolve()
    path = Path(written).resolve()
    if not path.is_relative_to(root):
        return "it is outside the project"
    inside = path.relative_to(root).parts
    if any(part.startswith(".") for part in inside):
        return "it is a hidden file or in a hidden folder"
    for built in minutes_domain(env, ReadStore).output:
        if path.is_relative_to(built):
            return "it is in the build's output"
    if path.suffix.lower() in RUNS_IN_BROWSERS:
        return f"a {path.suffix} file is a page a browser would run, served from the site"
    return None


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


class RefuseUnsafeContent(SphinxTransform):
    """Raw markup shown as text (unless ``minutes_raw_html``), links whose URL would run
    code shown unlinked, and files from outside the project (or pages a browser would
    run) neither linked nor copied; each reported."""

    default_priority = 870  # just before ``doctree-read`` (880), where files are collected

    def apply(self) -> None:
        docname = self.env.docname

        def refuse(node: nodes.Element, text: str, code: CodeName, message: str) -> None:
            node.replace_self(nodes.literal(text, text, classes=["minutes-refused"]))
            note_mistake(self.env, problem(node, docname, code, message))

        for raw in list(self.document.findall(nodes.raw)):
            text = raw.astext()
            if COMMENT.fullmatch(text) and "html" in raw.get("format", "").split():
                raw.replace_self(nodes.comment(text, text))  # never written into the page
                continue
            if self.config.minutes_raw_html:
                continue
            inline = isinstance(raw.parent, nodes.TextElement)
            kind = nodes.literal if inline else nodes.literal_block
            raw.replace_self(kind(text, text, classes=["minutes-raw-html"], language="none"))
            message = raw_html_message(text, raw.get("format", "html"))
            note_mistake(self.env, problem(raw, docname, "raw-html", message))
        for link in list(self.document.findall(nodes.reference)):
            url = link.get("refuri", "")
            if url and not safe_url(url):
                message = f"The link {url!r} is not made: only http, https and mailto are linked."
                refuse(link, link.astext() or url, "unsafe-link", message)
        for node in list(self.document.findall(addnodes.download_reference)):
            target = node.get("reftarget", "")
            reason = (
                (None if safe_url(target) else "only http, https and mailto URLs are linked")
                if has_scheme(target)
                else outside_project(self.env, target, docname)
            )
            if reason:
                message = f"The file {target!r} is not published: {reason}."
                refuse(node, node.astext() or target, "unsafe-link", message)
        for image in list(self.document.findall(nodes.image)):
            uri = image.get("uri", "")
            if has_scheme(uri) or uri.startswith("data:"):
                continue
            reason = outside_project(self.env, uri, docname)
            if reason:
                refuse(image, uri, "unsafe-link", f"The image {uri!r} is not published: {reason}.")


def raw_html_message(text: str, markup: str = "html") -> str:
    short = " ".join(text.split())
    short = short if len(short) <= 60 else short[:59] + "…"
    kind = "HTML" if "html" in markup.split() else f"{markup} markup"
    return f"Raw {kind} {short!r} is shown as text, not run."


def problem(node: nodes.Node, docname: str, code: CodeName, message: str) -> Mistake:
    """A mistake at the node's line, or its nearest ancestor's."""
    line = 0
    at: nodes.Node | None = node
    while at is not None and not line:
        line = at.line or 0
        at = at.parent
    return Mistake(code, message).at(docname, line)
