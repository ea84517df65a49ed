"""A statement of plain words is put in as the paragraph MyST would make of it, without a
nested parse (``read.plain_text``): the page, its warnings and their lines are the same as
with MyST's parse, and anything that may be markup still takes that parse."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from myst_parser.config.main import MdParserConfig
from myst_parser.mdit_to_docutils.base import DocutilsRenderer
from myst_parser.mocking import MockState
from myst_parser.parsers.mdit import create_md_parser

from conftest import build_once, copy_root, warning_lines
from sphinx_minutes.read import plain_text
from sphinx_minutes.read.directives import base

PAGE = "meetings/finance-committee/2024-03-18"
MEETING = """\
# Finance Committee, 18 March 2024

:::{meeting}
:format: in-person
:::

::::{agenda-item} 1. Footpaths
:::{comment} Owen Price
The survey is done: the east side first - then the west!
Costs are as planned.
:::

:::{comment}
- a list
- of two points
:::

:::{question} Owen Price
Is the *hall* booked, and is {person}`Graham Shaw` told?
:::

:::{answer} the chair
Yes, the hall is booked.
The {frobnicate}`unknown role` is on this second line.
:::

:::{comment}
The report is ready.
See [the report](#nowhere-at-all) on this second line.
:::

:::{discussion}
Owen Price: The hedge is cut.
Graham Shaw: The bench is *painted*.
:::
::::
"""
ROLE_LINE, REFERENCE_LINE = 23, 28
"""Where the two bad inlines are reported: MyST names the first line of the paragraph an
inline is in (they are on their statements' second lines, 24 and 29), with or without
the plain reading (text with markup is always MyST's)."""


def build_page(tmp_path: Path, name: str) -> tuple[str, list[str], list[tuple[str, int]]]:
    """The page's HTML, the build's warnings (its folder left out of their paths), and the
    line of each node of the page's doctree."""
    srcdir = copy_root("test-english", tmp_path / name)
    (srcdir / f"{PAGE}.md").write_text(MEETING, encoding="utf-8")
    app = build_once(srcdir)
    html = (app.outdir / f"{PAGE}.html").read_text(encoding="utf-8")
    doctree = pickle.loads((app.doctreedir / f"{PAGE}.doctree").read_bytes())
    lines = [(type(node).__name__, node.line) for node in doctree.findall()]
    return html, warning_lines(app, srcdir), lines


def test_plain_statements_read_at_once_give_the_same_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken: list[bool] = []
    read_plain = plain_text.read_plain

    def counted(state: MockState, *args: Any) -> bool:
        done = read_plain(state, *args)
        if state.document["source"].endswith(f"{PAGE}.md"):
            taken.append(done)
        return done

    monkeypatch.setattr(base, "read_plain", counted)
    html, warnings, lines = build_page(tmp_path, "at-once")
    assert taken == [True, False, False, False, False, True, False], "the plain ones at once"
    monkeypatch.setattr(base, "read_plain", lambda *args: False)
    parsed_html, parsed_warnings, parsed_lines = build_page(tmp_path, "parsed")
    assert html.replace("at-once", "parsed") == parsed_html
    assert warnings == parsed_warnings
    assert lines == parsed_lines  # a speaker's line in a discussion too
    assert "The survey is done: the east side first - then the west!\nCosts are" in html
    assert "<li><p>of two points</p></li>" in html
    assert "<em>hall</em>" in html


def test_a_warning_in_a_statement_names_its_line(tmp_path: Path) -> None:
    _, warnings, _ = build_page(tmp_path, "warnings")
    role = [w for w in warnings if "frobnicate" in w]
    reference = [w for w in warnings if "nowhere-at-all" in w]
    assert role and role[0].startswith(f"{PAGE}.md:{ROLE_LINE}:"), warnings
    assert reference and reference[0].startswith(f"{PAGE}.md:{REFERENCE_LINE}:"), warnings


def parser(*extensions: str) -> MarkdownIt:
    config = MdParserConfig(enable_extensions=set(extensions))
    return create_md_parser(config, DocutilsRenderer)


TEXTS = [
    "Plain words.",
    "Two lines: the first,\nand the second - done!",
    "E-mail anna@example.org now.",
    "1. A list",
    "2) A list",
    "1.5 million",
    "- a point",
    "Words\n- a point",
    "Words\n===",
    "Words\n: a definition",
    "# A heading",
    "> quoted",
    "Some *emphasis*",
    "A `code` span",
    "A {role}`x`",
    "A [link](x)",
    "An ![image](x)",
    "An &amp; entity",
    "A <b>tag</b>",
    "A $math$ span",
    "A ~~strike~~",
    "Escaped \\*",
    " Indented",
    "Trailing  ",
    "A\n\nB",
    "(target)=",
    "% comment",
    "+++",
    "Words\n| a | b |",
    "Caf\u00e9 and \u00e5\u00e4\u00f6, 40 % of 3 (three).",
]


@pytest.mark.parametrize(
    "md", [parser("colon_fence", "deflist"), parser("dollarmath", "strikethrough", "fieldlist")]
)
@pytest.mark.parametrize("text", TEXTS)
def test_what_is_called_plain_is_one_paragraph_of_text_to_myst(md: MarkdownIt, text: str) -> None:
    """Whatever the reader calls plain, MyST reads as one paragraph holding only its lines
    as text, joined by soft breaks."""
    reader = plain_text.plain_reader(md)
    assert reader is not None
    if not reader.is_plain(text.split("\n")):
        return
    tokens = md.parse(text + "\n", {})
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    expected = ["softbreak" if n % 2 else "text" for n in range(2 * text.count("\n") + 1)]
    assert [c.type for c in children] == expected
    assert [c.content for c in children if c.type == "text"] == text.split("\n")


def test_plain_text_is_found_where_expected() -> None:
    reader = plain_text.plain_reader(parser("colon_fence", "deflist"))
    assert reader is not None
    plain: Callable[[str], bool] = lambda text: reader.is_plain(text.split("\n"))  # noqa: E731
    assert plain("Plain words.")
    assert plain("Two lines: the first,\nand the second - done!")
    assert not plain("Some *emphasis*")
    assert not plain("Words\n- a point")
    assert not plain("1. A list")


def test_a_parser_with_rules_not_known_here_is_left_to_myst() -> None:
    assert plain_text.plain_reader(parser("replacements")) is None  # "--" is a dash
    assert plain_text.plain_reader(parser("smartquotes")) is None
