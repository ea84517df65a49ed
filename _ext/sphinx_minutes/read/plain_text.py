"""A statement's text that is one paragraph of plain words, read without a nested parse.

Most statements are a sentence or two with no markup. MyST would tokenize them, build a
syntax tree of the tokens and render it, which costs about a tenth of a millisecond each;
the paragraph it makes is known beforehand: each line as text, joined by line breaks,
placed at the text's first line. This module makes that paragraph directly, and counts
its words with MyST's own word-count rule, so the page is the same node for node.

Anything that could be markup under the page's MyST settings takes MyST's full parse: a
blank line, a line that starts with other than a letter or a digit (lists, headings,
fences, quotes, tables, comments, targets, definitions …), a line that starts like an
ordered list (``1.``), whitespace at either end of a line, and any character that ends a
run of plain text for MyST, except the few (:data:`HARMLESS`) that begin no markup under
the rules known here. A parser with other rules, or links or typography turned on, is
always left to MyST.
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping, Sequence
from typing import Any

from docutils import nodes
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from myst_parser.mdit_to_docutils.base import DocutilsRenderer
from myst_parser.mocking import MockState

HARMLESS = ":-!@"
"""Characters that end plain text for markdown-it but begin nothing under the rules known
here: ``!`` only an image, and that needs a ``[``, which is not plain."""

KNOWN_CORE = frozenset(
    {"normalize", "block", "attr", "inline", "text_join", "wordcount"}
    | {"linkify", "replacements", "smartquotes"}  # idle without linkify and typographer
)
KNOWN_BLOCK = frozenset(
    {"front_matter", "table", "code", "math_block", "colon_fence", "substitution_block"}
    | {"attr", "fence", "myst_line_comment", "amsmath", "blockquote", "myst_block_break"}
    | {"myst_target", "hr", "list", "footnote_def", "reference", "html_block", "heading"}
    | {"lheading", "deflist", "fieldlist", "paragraph"}
)
"""Block rules that start only at a line beginning with other than a letter or a digit
(an ordered list excepted, checked on its own), or, like tables, need such a line."""
KNOWN_INLINE = frozenset(
    {"text", "newline", "math_inline", "substitution_inline", "escape", "myst_role"}
    | {"backticks", "strikethrough", "emphasis", "link", "image", "footnote_ref", "span"}
    | {"autolink", "html_inline", "entity", "attr", "myst_preserve_newline"}
)
"""Inline rules none of which starts at a character of :data:`HARMLESS` (MyST's
``myst_preserve_newline`` starts at a line break, and makes the same break of lines with
no whitespace at their ends)."""
KNOWN_AFTER_INLINE = frozenset({"balance_pairs", "strikethrough", "emphasis", "fragments_join"})

ORDERED = re.compile(r"\d+[.)]")
Rule = Callable[[StateCore], None]


class PlainReader:
    """What one MyST parser needs to tell plain text and to count its words."""

    def __init__(self, md: MarkdownIt, word_count: Rule | None) -> None:
        self.md = md
        self.word_count = word_count
        self.markup_chars = md.inline.terminator_re

    def is_plain(self, lines: Sequence[str]) -> bool:
        """Whether MyST would read ``lines`` as one paragraph of text lines, no markup."""
        if not lines:
            return False
        for line in lines:
            if not line or line != line.strip() or not line[0].isalnum():
                return False
            if ORDERED.match(line) or self.has_markup(line):
                return False
        return True

    def has_markup(self, line: str) -> bool:
        found = self.markup_chars.search(line)
        while found is not None:
            if found.group() not in HARMLESS:
                return True
            found = self.markup_chars.search(line, found.end())
        return "\r" in line or "\0" in line

    @staticmethod
    def add_paragraph(
        lines: Sequence[str], line: int, into: nodes.Element, document: nodes.document
    ) -> None:
        """The paragraph MyST makes of plain ``lines``, the first at ``line``, built in
        MyST's order (the paragraph placed, then its text put in)."""
        para = nodes.paragraph("\n".join(lines))
        para.line, para.source = line, document["source"]
        document.current_line = line
        into += para
        for n, written in enumerate(lines):
            if n:
                para += nodes.Text("\n")
            para += nodes.Text(written)

    def count_words(self, lines: Sequence[str], env: MutableMapping[str, Any]) -> None:
        """Count the words as MyST's word-count rule counts a paragraph's text tokens."""
        if self.word_count is None:
            return
        children: list[Token] = []
        for n, written in enumerate(lines):
            if n:
                children.append(Token("softbreak", "br", 0))
            children.append(Token("text", "", 0, content=written))
        state = StateCore("\n".join(lines), self.md, env)
        state.tokens = [Token("inline", "", 0, content="\n".join(lines), children=children)]
        self.word_count(state)


def read_plain(state: object, lines: Sequence[str], offset: int, into: nodes.Element) -> bool:
    """Put the paragraph of plain ``lines`` into ``into`` as MyST's nested parse of them at
    ``offset`` would; False, with nothing done, where the text may be markup or MyST is not
    the reader. The first line is where that parse puts it: the state's line (the
    directive's that MyST runs, which may have made others, as ``discussion`` does) plus
    the offset, counted from 1."""
    renderer = getattr(state, "_renderer", None)
    start = getattr(state, "_lineno", None)
    if not isinstance(state, MockState) or not isinstance(renderer, DocutilsRenderer):
        return False
    reader = plain_reader(renderer.md)
    if not isinstance(start, int) or reader is None or not reader.is_plain(lines):
        return False
    reader.count_words(lines, renderer.md_env)
    reader.add_paragraph(lines, start + offset + 1, into, renderer.document)
    return True


def plain_reader(md: MarkdownIt) -> PlainReader | None:
    """The reader of plain text for this parser, or None if its rules are not all known
    (then every text takes MyST's parse). Asked each time (a few microseconds), as a
    parser's rules may change while it reads."""
    if md.options.get("linkify") or md.options.get("typographer"):
        return None
    core = [rule for rule in md.core.ruler.__rules__ if rule.enabled]
    inline = [rule.name for rule in md.inline.ruler.__rules__ if rule.enabled]
    known = (
        {rule.name for rule in core} <= KNOWN_CORE
        and set(md.block.ruler.get_active_rules()) <= KNOWN_BLOCK
        and inline[:1] == ["text"]
        and set(inline) <= KNOWN_INLINE
        and set(md.inline.ruler2.get_active_rules()) <= KNOWN_AFTER_INLINE
    )
    if not known:
        return None
    counting = [rule.fn for rule in core if rule.name == "wordcount"]
    return PlainReader(md, counting[0] if counting else None)
