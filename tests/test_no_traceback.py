"""Any input, however broken, ends in warnings and rendered text, never a traceback.

Random and mutated directive content (bad options, empty bodies, nested directives, wrong
types, huge input, control characters, mixed scripts) is read by one Sphinx application
as a build reads a document (its builder's ``read_doc``, with the events around it), and
then judged by the checks; a few go through whole builds (``test_no_traceback_builds.py``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sphinx.testing.util import SphinxTestApp

from conftest import build, copy_root, warning_lines
from sphinx_minutes import DIRECTIVES, checks
from sphinx_minutes.model.codes import CODES

DOCNAME = "meetings/rad/2024-05-02"
EXAMPLES = 2000 if os.environ.get("CI") else 400
ALLOWED = re.compile(r"\[(minutes\.[\w-]+|docutils|myst\.[\w_-]+)\]$")
STARTS = re.compile(r"^\S.*?:(\d+:)? (WARNING|ERROR|CRITICAL|SEVERE):")

NAMES = ["Åsa Olsson", "Karin Hedman", "Andrea Gillgren", "Hampus Brynolf", "Lotta Sima"]
WORDS = [
    *NAMES,
    "SCB",
    "Formas",
    "Formaz",
    "från",
    "till",
    "deltagarna",
    "punkt",
    "(punkt 6)",
    "(remote)",
    "Närvarande:",
    "Frånvarande:",
    "Från SCB (kommunikationsenheten)",
    "- ",
    ",",
    "4.1",
    "7.",
    "§",
    "<x.pdf>",
    "{meeting}`2023-04-27`",
    "{item}`#3`",
    "{org}`SCB`",
    "*",
    "`",
    ":",
    "::::",
    "\u200b",
    "\u202e",
    "日本語",
    "العربية",
    "Ωμέγα",
    "\t",
    "\x07",
    "\x1b",
]
OPTIONS = [
    "date",
    "body",
    "format",
    "place",
    "secretary",
    "previous",
    "language",
    "presenters",
    "slides",
    "attachments",
    "topics",
    "label",
    "closes",
    "due",
    "id",
    "for",
    "against",
    "abstained",
    "unanimous",
    "acclamation",
    "choices",
    "elected",
    "seconded",
    "outcome",
    "colour",
    "",
]
DIRECTIVE_NAMES = [*DIRECTIVES, "note", "comment2"]  # ours, a builtin, an unknown one

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFFF), max_size=40
)
words = st.lists(st.one_of(st.sampled_from(WORDS), text), max_size=8).map(" ".join)
line = st.one_of(words, words.map(lambda w: f"- {w}"), st.sampled_from(["", "Present:"]))


@st.composite
def block(draw: st.DrawFn, depth: int = 0) -> str:
    """One directive, perhaps with options, a body of lines, and nested directives."""
    name = draw(st.sampled_from(DIRECTIVE_NAMES))
    argument = draw(st.one_of(st.just(""), words))
    options = draw(st.lists(st.tuples(st.sampled_from(OPTIONS), words), max_size=4))
    body = draw(st.lists(line, max_size=6))
    if depth < 2:
        body += draw(st.lists(block(depth + 1), max_size=2))
    fence = ":" * (3 + 2 - depth) if draw(st.booleans()) else "`" * (3 + 2 - depth)
    head = f"{fence}{{{name}}} {argument}".rstrip()
    return "\n".join([head, *(f":{k}: {v}" for k, v in options), *body, fence])


document = st.lists(st.one_of(block(), line), min_size=1, max_size=8).map(
    lambda parts: "# Möte\n\n" + "\n\n".join(parts)
)
huge = st.builds(
    lambda n, part: "# Möte\n\n:::{meeting}\n:::\n\n" + part * n,
    st.integers(min_value=200, max_value=2000),
    st.sampled_from(
        [
            ":::{attendance}\nNärvarande:\n- Åsa Olsson, Formas\n:::\n",
            "::::{agenda-item} 1. Ett\n:::{question}\nVarför?\n:::\n::::\n",
        ]
    ),
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SphinxTestApp]:
    """The common root with a first version of the document under test, built once."""
    srcdir = copy_root("check-common", tmp_path_factory.mktemp("parse"))
    (srcdir / DOCNAME).parent.mkdir(parents=True, exist_ok=True)
    (srcdir / f"{DOCNAME}.md").write_text("# Möte\n", encoding="utf-8")
    app = build(srcdir)
    yield app
    app.cleanup()


def read_and_judge(app: SphinxTestApp, source: str) -> list[str]:
    """Read one document as a build does (its old version forgotten, then read, with the
    events of reading), run every check, return the warnings printed."""
    (app.srcdir / f"{DOCNAME}.md").write_text(source, encoding="utf-8")
    app.warning.seek(0)
    app.warning.truncate()
    app.emit("env-purge-doc", app.env, DOCNAME)
    app.env.clear_doc(DOCNAME)
    app.builder.read_doc(DOCNAME)
    checks.report(app, app.env)
    return warning_lines(app)


def whole_warnings(lines: list[str]) -> list[str]:
    """The printed lines as warnings: docutils' messages may run over several lines
    ("Unknown target name" for a footnote never defined, then "Did you want …"), and
    only the last of them carries the type."""
    warnings: list[str] = []
    for line in lines:
        if STARTS.search(line) or not warnings:
            warnings.append(line)
        else:
            warnings[-1] += "\n" + line
    return warnings


def assert_only_expected_warnings(found: list[str]) -> None:
    for warning in whole_warnings(found):
        if "WARNING" in warning or "ERROR" in warning:
            match = ALLOWED.search(warning)
            assert match, warning
            if match[1].startswith("minutes."):
                assert match[1].removeprefix("minutes.") in CODES


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(source=document)
@example(source="# Möte\n\n:::{meeting}\n:::\n\nA footnote [^>] never defined.\n")
def test_random_minutes_never_crash(app: SphinxTestApp, source: str) -> None:
    assert_only_expected_warnings(read_and_judge(app, source))


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=huge)
def test_huge_minutes_never_crash(app: SphinxTestApp, source: str) -> None:
    assert_only_expected_warnings(read_and_judge(app, source))
