"""Dates and times as HTML's ``<time datetime>``: what a reader sees in the page's
language, and beside it the form a browser, a screen reader or a search engine reads
(``2024-03-14``, ``2024-03-14T18:30``). The other builders write the text alone (the
node is an inline to them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.writers.html5 import HTML5Translator

    from ..read.nodes import when


def visit_when(translator: HTML5Translator, node: when) -> None:
    translator.body.append(translator.starttag(node, "time", "", datetime=node["datetime"]))


def depart_when(translator: HTML5Translator, node: when) -> None:
    translator.body.append("</time>")
