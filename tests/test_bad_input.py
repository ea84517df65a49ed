"""A writer's mistakes: each a located ``minutes.<code>`` warning, and nothing written lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import copy_root, page_text, sphinx_build, warning_lines
from sphinx_minutes.tools.report import report

PAGE = "meetings/board/2024-05-02"

# Reported in document and line order, on every build.
EXPECTED = [
    (
        4,
        "bad-option",
        ":format: 'zoom' is not a meeting format. Use one of: in-person, remote, hybrid.",
    ),
    (
        5,
        "bad-option",
        "Unknown option :colour: of `meeting`. The options of `meeting` are: :body:, :date:, :format:",
    ),
    (
        9,
        "attendance-group",
        "Unknown attendance group heading 'Deltog': the people under it are listed with no status",
    ),
    (11, "unknown-organisation", "Unknown organisation 'Formaz'. Did you mean 'Formas'?"),
    (12, "attendance-line", "No name in attendance line ', Formas'."),
    (16, "unknown-unit", "'economics unit' is not a unit of SCB in the registry."),
    # 19: an item without a number ('Opening of the meeting') is normal, not reported
    (25, "bad-option", ":due: 'next week' is not a date. Write it as YYYY-MM-DD."),
]


def warnings_of(app: SphinxTestApp) -> list[tuple[int, str, str]]:
    """Each warning as (line, code, message); every one must be a located minutes one."""
    found = []
    for line in warning_lines(app):
        match = re.match(r"^(.*?):(\d+): WARNING: (.*) \[minutes\.([\w-]+)\]$", line)
        assert match, f"not a located minutes warning: {line}"
        assert match[1].endswith(f"{PAGE}.md")
        found.append((int(match[2]), match[4], match[3]))
    return found


@pytest.mark.sphinx("html", testroot="bad-input", srcdir="bad-input")
def test_each_mistake_is_a_located_typed_warning_with_a_fix(app: SphinxTestApp) -> None:
    app.build()
    found = warnings_of(app)
    assert [(line, code) for line, code, _ in found] == [(line, code) for line, code, _ in EXPECTED]
    for (_, _, message), (_, _, expected) in zip(found, EXPECTED, strict=True):
        assert message.startswith(expected)


@pytest.mark.sphinx("html", testroot="bad-input", srcdir="bad-input")
def test_nothing_written_is_lost(app: SphinxTestApp) -> None:
    app.build()
    text = page_text(app.outdir, PAGE)
    for written in (
        ":colour: blue",
        "Format: zoom",
        "due next week",
        "Deltog:",
        "Anna Berg, Formaz",
        ", Formas",
        "Eva Lund, SCB (economics unit, item 6)",
        "Opening of the meeting",
        "The chair opened the meeting.",
        "Book the hall for June.",
    ):
        assert written in text


@pytest.mark.sphinx(
    "html",
    testroot="bad-input",
    srcdir="bad-input",
    confoverrides={"suppress_warnings": ["minutes.bad-option"]},
)
def test_suppress_warnings_silences_exactly_one_kind(app: SphinxTestApp) -> None:
    app.build()
    codes = {code for _, code, _ in warnings_of(app)}
    assert "bad-option" not in codes
    assert codes == {c for _, c, _ in EXPECTED} - {"bad-option"}


def test_make_check_fails_and_reports_each_problem_by_file_and_line(tmp_path: Path) -> None:
    """`make check`'s build: every warning, the build failed (-W), the report made."""
    srcdir = copy_root("test-bad-input", tmp_path)
    warnings = tmp_path / "warnings.txt"
    run = sphinx_build(
        "-E",
        "-W",
        "-n",
        "--keep-going",
        "-w",
        str(warnings),
        "-b",
        "html",
        str(srcdir),
        str(srcdir / "_build"),
    )
    assert run.returncode == 1
    assert "[minutes.unknown-organisation]" in run.stderr
    text, count = report(warnings.read_text(encoding="utf-8").splitlines(), srcdir)
    assert count == len(EXPECTED)
    lines = text.splitlines()
    assert lines[0] == f"{len(EXPECTED)} problems in 1 file"
    assert lines[2] == f"{PAGE}.md"
    assert lines[3].split() == ["line", "4", "minutes.bad-option"]
    assert lines[4].strip() == EXPECTED[0][2]
    assert "By kind: minutes.bad-option 3, minutes.attendance-group 1" in text
