"""A writer's mistakes: each a located ``minutes.<code>`` warning, and nothing written lost."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from sphinx.testing.util import SphinxTestApp

from conftest import build_root, page_text, sphinx_build
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
    (9, "attendance-group", "Unknown attendance group heading 'Deltog'."),
    (11, "unknown-organisation", "Unknown organisation 'Formaz'. Did you mean 'Formas'?"),
    (12, "attendance-line", "No name in attendance line ', Formas'."),
    (16, "unknown-unit", "'enheten för ekonomi' is not a unit of SCB in the registry."),
    (
        19,
        "item-number",
        "Agenda item 'Opening of the meeting' has no number. Start the argument with its number: `{agenda-item} 1. Opening of the meeting`.",
    ),
    (25, "bad-option", ":due: 'next week' is not a date. Write it as YYYY-MM-DD."),
]


def build(tmp_path: Path, **confoverrides: object) -> SphinxTestApp:
    return build_root("bad-input", tmp_path, confoverrides=confoverrides)


def warnings_of(app: SphinxTestApp) -> list[tuple[int, str, str]]:
    found = []
    for line in re.sub(r"\x1b\[[0-9;]*m", "", app.warning.getvalue()).splitlines():
        match = re.match(r"^(.*?):(\d+): WARNING: (.*) \[minutes\.([\w-]+)\]$", line)
        assert match, f"not a located minutes warning: {line}"
        assert match[1].endswith(f"{PAGE}.md")
        found.append((int(match[2]), match[4], match[3]))
    return found


def test_each_mistake_is_a_located_typed_warning_with_a_fix(tmp_path: Path) -> None:
    app = build(tmp_path)
    try:
        found = warnings_of(app)
        assert [(line, code) for line, code, _ in found] == [
            (line, code) for line, code, _ in EXPECTED
        ]
        for (_, _, message), (_, _, expected) in zip(found, EXPECTED, strict=True):
            assert message.startswith(expected)
    finally:
        app.cleanup()


def test_nothing_written_is_lost(tmp_path: Path) -> None:
    app = build(tmp_path)
    try:
        text = page_text(app, PAGE)
        for written in (
            ":colour: blue",
            "Format: zoom",
            "due next week",
            "Deltog:",
            "Anna Berg, Formaz",
            ", Formas",
            "Eva Lund, SCB (enheten för ekonomi, punkt 6)",
            "Opening of the meeting",
            "The chair opened the meeting.",
            "Book the hall for June.",
        ):
            assert written in text
    finally:
        app.cleanup()


def test_suppress_warnings_silences_exactly_one_kind(tmp_path: Path) -> None:
    app = build(tmp_path, suppress_warnings=["minutes.bad-option"])
    try:
        codes = {code for _, code, _ in warnings_of(app)}
        assert "bad-option" not in codes
        assert codes == {c for _, c, _ in EXPECTED} - {"bad-option"}
    finally:
        app.cleanup()


def test_warnings_fail_a_build_with_W(rootdir: Path, tmp_path: Path) -> None:
    shutil.copytree(rootdir / "test-bad-input", tmp_path, dirs_exist_ok=True)
    run = sphinx_build("-W", "-b", "html", str(tmp_path), str(tmp_path / "_build"))
    assert run.returncode == 1
    assert "[minutes.unknown-organisation]" in run.stderr


def test_make_check_report_lists_each_problem_by_file_and_line(
    rootdir: Path, tmp_path: Path
) -> None:
    shutil.copytree(rootdir / "test-bad-input", tmp_path, dirs_exist_ok=True)
    warnings = tmp_path / "warnings.txt"
    sphinx_build(
        "-E",
        "-W",
        "-n",
        "--keep-going",
        "-w",
        str(warnings),
        "-b",
        "html",
        str(tmp_path),
        str(tmp_path / "_build"),
    )
    text, count = report(warnings.read_text(encoding="utf-8").splitlines(), tmp_path)
    assert count == len(EXPECTED)
    lines = text.splitlines()
    assert lines[0] == f"{len(EXPECTED)} problems in 1 file"
    assert lines[2] == f"{PAGE}.md"
    assert lines[3].split() == ["line", "4", "minutes.bad-option"]
    assert lines[4].strip() == EXPECTED[0][2]
    assert "By kind: minutes.bad-option 3, minutes.attendance-group 1" in text
