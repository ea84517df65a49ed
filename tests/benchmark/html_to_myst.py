"""A page's main content (its ``<article>``) written back as MyST Markdown, for the
``pages`` twin (see ``twin``): the words, headings, lists, fields and links of a history
page as a writer would type them, so that plain Sphinx builds the same page.

Only what sphinx-minutes' history pages hold is known here: sections and ``h1``,
rubrics (``h2``/``h3`` that are not sections, kept as ``{rubric}`` with their level and
class, so the page's table of contents stays the same), paragraphs, bullet lists (nested),
field lists, ``strong``, ``em``, links and ``<time>``. A toctree's place (its
``div.toctree-wrapper``) takes the next of the source's own ``{toctree}`` blocks. Any
other element stops the conversion: a twin that quietly dropped words would measure less.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag

SPECIAL = re.compile(r"([\\`*_\[\]<>&$|{}~])")
"""ASCII punctuation that could start Markdown syntax; a backslash keeps it a character."""
LEADING = re.compile(r"^(\d+)([.)])|^([-+#>:=])")
"""A paragraph that starts like a list item, heading, quote or field."""
TOCTREE = re.compile(r"^```\{toctree\}.*?^```$", re.M | re.S)


def toctrees(source: str) -> list[str]:
    """The ``{toctree}`` blocks of a page's source, in order."""
    return TOCTREE.findall(source)


def article(html: str, trees: list[str]) -> str:
    """The page's ``<article>`` as MyST: blocks separated by blank lines."""
    found = BeautifulSoup(html, "html.parser").find("article")
    assert isinstance(found, Tag), "no <article>"
    left = iter(trees)
    text = "\n\n".join(blocks(found, left)) + "\n"
    assert next(left, None) is None, "a toctree of the source has no place on the page"
    return text


def blocks(element: Tag, trees: Iterator[str]) -> list[str]:
    """The block-level children of ``element`` as Markdown blocks."""
    out: list[str] = []
    for child in element.children:
        if isinstance(child, NavigableString):
            if child.strip():
                out.append(start(inline(child)))
            continue
        if not isinstance(child, Tag):
            continue
        classes = child.get("class") or []
        if child.name == "div" and "toctree-wrapper" in classes:
            tree = next(trees, None)
            assert tree is not None, "a toctree on the page has no block in the source"
            out.append(tree)
        elif child.name in ("section", "div"):
            out += blocks(child, trees)
        else:
            out.append(block(child, classes, trees))
    return [b for b in out if b]


def block(child: Tag, classes: list[str], trees: Iterator[str]) -> str:
    """One heading, rubric, paragraph, list or field list."""
    name = child.name
    if name == "h1":
        return f"# {inline(child)}"
    if name in ("h2", "h3", "h4") and "rubric" in classes:
        options = f":heading-level: {name[1]}\n"
        kept = [c for c in classes if c != "rubric"]
        if kept:
            options += f":class: {' '.join(kept)}\n"
        return f"```{{rubric}} {inline(child)}\n{options}```"
    if name in ("h2", "h3", "h4"):
        return f"{'#' * int(name[1])} {inline(child)}"
    if name == "p":
        return start(inline(child))
    if name == "ul":
        return bullets(child, trees)
    if name == "dl":
        return fields(child, trees)
    raise ValueError(f"no Markdown for <{name} class={' '.join(classes)!r}>")


def bullets(ul: Tag, trees: Iterator[str]) -> str:
    """A bullet list, nested lists indented under their item."""
    items = []
    for li in ul.find_all("li", recursive=False):
        parts = blocks(li, trees)
        text = parts[0] if parts else ""
        for part in parts[1:]:
            text += ("\n" if part.startswith("- ") else "\n\n") + part
        items.append("- " + indent(text, "  "))
    return "\n".join(items)


def fields(dl: Tag, trees: Iterator[str]) -> str:
    """A field list (MyST's ``fieldlist``): ``:name: value``, a field a line."""
    out = []
    for dt in dl.find_all("dt", recursive=False):
        dd = dt.find_next_sibling("dd")
        assert isinstance(dd, Tag), dt
        for colon in dt.select("span.colon"):
            colon.decompose()
        value = "\n\n".join(blocks(dd, trees))
        out.append(f":{inline(dt)}: " + indent(value, "  "))
    return "\n".join(out)


def indent(text: str, prefix: str) -> str:
    """Every line but the first indented by ``prefix`` (blank lines stay blank)."""
    first, *rest = text.split("\n")
    return "\n".join([first, *(prefix + line if line else line for line in rest)])


def start(text: str) -> str:
    """A paragraph's text, its first character escaped if it would start other syntax."""
    return LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text, count=1)


def inline(element: Tag | NavigableString) -> str:
    """The text of ``element``, with emphasis and links, on one line."""
    return re.sub(r"\s+", " ", spans(element)).strip()


def spans(element: Tag | NavigableString) -> str:
    if isinstance(element, NavigableString):
        return SPECIAL.sub(r"\\\1", str(element))
    if "headerlink" in (element.get("class") or []):
        return ""
    inner = "".join(spans(c) for c in element.children if isinstance(c, Tag | NavigableString))
    if element.name == "a":
        return f"[{inner.strip()}]({element['href']})"
    if element.name == "strong":
        return f"**{inner.strip()}**"
    if element.name == "em":
        return f"*{inner.strip()}*"
    return inner
