"""``python -m sphinx_minutes query``: the answers a user reads in the terminal, from the
test archive built as `make html` builds it, and the docs' examples run as written."""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT, copy_root, sphinx_build

HOWTO = PROJECT / "docs" / "howto" / "subscribe-and-query.md"
REFERENCE = PROJECT / "docs" / "reference" / "query.md"
WIDTH = "88"
"""The terminal width the docs' examples were printed at (``COLUMNS``)."""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test archive's folder, built into ``_build/html`` as `make html` does."""
    srcdir = copy_root("test-archive", tmp_path_factory.mktemp("query"))
    built = sphinx_build("-b", "html", str(srcdir), str(srcdir / "_build" / "html"))
    assert built.returncode == 0, built.stderr
    return srcdir


def query(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as a user types it, in the site's folder."""
    env = {**os.environ, "COLUMNS": WIDTH}
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(PROJECT / "_ext"), env.get("PYTHONPATH")])
    )
    return subprocess.run(
        [sys.executable, "-m", "sphinx_minutes", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def table(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert (result.returncode, result.stderr) == (0, "")
    return result.stdout.splitlines()


def as_csv(result: subprocess.CompletedProcess[str]) -> list[dict[str, str]]:
    assert (result.returncode, result.stderr) == (0, "")
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_every_decision_on_a_topic_in_2024(archive: Path) -> None:
    rows = as_csv(
        query(
            archive,
            "query",
            "decisions",
            "--topic",
            "budget",
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "--format",
            "csv",
        )
    )
    assert [(r["Date"], r["Item"], r["Decision"], r["Vote"]) for r in rows] == [
        (
            "2024-01-15",
            "1 Budget 2024/25",
            "The draft budget is recommended to the Council.",
            "for 3, against 0",
        ),
        (
            "2024-03-18",
            "1 Grants",
            "A grant of £500 is made to the Friends of Riverside Library.",
            "for 2, against 1, abstained 0",
        ),
    ]
    assert rows[0]["URL"] == "meetings/finance/2024-01-15.html#item-1-decision-1"


def test_a_topic_by_its_name_and_a_body_by_its_name(archive: Path) -> None:
    rows = as_csv(
        query(
            archive,
            "query",
            "decisions",
            "--topic",
            "LIBRARY",
            "--body",
            "Ålsta kulturråd",
            "--format",
            "csv",
        )
    )
    assert [(r["Id"], r["Decision"]) for r in rows] == [
        ("radet/2024-02-06#punkt-1-decision-1", "Rådet beslutar att stödja hembygdsdagen.")
    ]


def test_follow_ups_by_status(archive: Path) -> None:
    def owners(status: str) -> list[tuple[str, str, str]]:
        rows = as_csv(query(archive, "query", "follow-ups", "--status", status, "--format", "csv"))
        return [(r["Owner"], r["Due"], r["Closed by"]) for r in rows]

    assert owners("open") == [("Graham Shaw", "2024-07-01", "")]
    assert owners("closed") == [
        ("Lena Kowalski", "2024-02-12", "finance/2024-02-19"),
        ("Dev Patel", "2024-03-31", "finance/2024-04-15"),
    ]
    nothing = query(archive, "query", "follow-ups", "--status", "overdue")
    assert (nothing.returncode, nothing.stdout) == (0, "")
    assert nothing.stderr == "query: no follow-ups match\n"
    as_json = query(archive, "query", "follow-ups", "--status", "overdue", "--format", "json")
    assert (as_json.returncode, as_json.stdout) == (0, "[]\n")


def test_questions_by_organisation_with_their_answers(archive: Path) -> None:
    lines = table(
        query(archive, "query", "questions", "--organisation", "Friends of Riverside Library")
    )
    assert (
        lines[0] == "Date        Body     Item               Asked by   Question           Answer"
    )
    assert lines[2:] == [
        "2024-01-15  finance  2 Library opening  Dev Patel  Can the library    the chair: Only if",
        "                     hours                         open on            volunteers can be",
        "                                                   Saturdays?         found.",
    ]
    by_id = as_csv(query(archive, "query", "questions", "--organisation", "rpc", "--format", "csv"))
    assert [(r["Asked by"], r["Question"], r["Answer"]) for r in by_id] == [
        ("Graham Shaw", "When can the work start?", "—")
    ]


def test_attendance_of_a_person_for_an_organisation(archive: Path) -> None:
    lines = table(
        query(
            archive,
            "query",
            "attendance",
            "--person",
            "dev  PATEL",
            "--organisation",
            "Westshire County Council",
        )
    )
    assert [line.split()[:5] for line in lines[2:]] == [
        [date, "finance", "Dev", "Patel", "County"]
        for date in ("2024-04-15", "2024-05-20", "2024-06-17")
    ]


def test_json_holds_the_records_of_the_files(archive: Path) -> None:
    result = query(archive, "query", "questions", "--person", "Dev Patel", "--format", "json")
    assert result.returncode == 0
    [question] = json.loads(result.stdout)
    meeting = json.loads((archive / "_build/html/data/finance/2024-01-15.json").read_text())
    in_file = next(
        s for i in meeting["meeting"]["items"] for s in i["statements"] if s["id"] == question["id"]
    )
    assert {k: v for k, v in question.items() if k != "answered_by"} == in_file
    assert [a["text"] for a in question["answered_by"]] == ["Only if volunteers can be found."]


def test_the_site_may_be_given_as_its_data_folder(archive: Path) -> None:
    rows = as_csv(
        query(
            archive.parent,
            "query",
            "attendance",
            "--site",
            str(archive / "_build/html/data"),
            "--format",
            "csv",
        )
    )
    assert len(rows) == 28


def test_a_site_not_built_says_run_make_html(tmp_path: Path) -> None:
    result = query(tmp_path, "query", "decisions")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "query: _build/html does not exist: run make html first, or give --site\n"
    )
    (tmp_path / "_build" / "html").mkdir(parents=True)
    empty = query(tmp_path, "query", "decisions")
    assert empty.returncode == 1
    assert "holds no data/minutes.json: run make html first" in empty.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--from", "2024-13-01"],
            "argument --from: '2024-13-01' is not a date: write it as YYYY-MM-DD",
        ),
        (["--to", "March"], "argument --to: 'March' is not a date"),
        (
            ["--from", "2024-05-01", "--to", "2024-01-01"],
            "--from 2024-05-01 is after --to 2024-01-01",
        ),
        (
            ["--status", "open"],
            "--status open does not apply to decisions: use one of draft, approved, published",
        ),
        (["--format", "xml"], "argument --format: invalid choice: 'xml'"),
    ],
)
def test_usage_errors_exit_2_without_a_traceback(args: list[str], message: str) -> None:
    result = query(PROJECT, "query", "decisions", *args)
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_the_command() -> None:
    result = query(PROJECT, "--help")
    assert result.returncode == 0
    assert "query" in result.stdout


def examples(page: Path) -> list[tuple[str, str]]:
    """The page's ``console`` blocks: a ``$`` command and the output printed under it."""
    blocks = re.findall(r"^```console\n(.*?)^```$", page.read_text(encoding="utf-8"), re.M | re.S)
    found = []
    for block in blocks:
        command, _, output = block.partition("\n")
        found.append((command.removeprefix("$ "), output))
    return found


@pytest.mark.parametrize("page", [HOWTO, REFERENCE], ids=lambda p: p.name)
def test_the_docs_examples_print_what_the_docs_show(archive: Path, page: Path) -> None:
    shown = examples(page)
    assert shown
    for command, output in shown:
        words = shlex.split(command)
        assert words[:3] == ["python", "-m", "sphinx_minutes"]
        result = query(archive, *words[3:])
        assert result.returncode == 0, result.stderr
        assert result.stdout == output, command


def test_the_query_modules_import_no_sphinx() -> None:
    """The command reads JSON: its own modules must not pull in Sphinx."""
    tools = PROJECT / "_ext" / "sphinx_minutes" / "tools"
    for path in [*tools.glob("query*.py"), tools.parent / "__main__.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [
            name
            for node in ast.walk(tree)
            for name in (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom) and not node.level
                else []
            )
        ]
        assert not [n for n in imported if n.split(".")[0] in {"sphinx", "docutils"}], path


def test_a_body_or_topic_the_site_does_not_have_is_named_with_the_ones_it_has(
    archive: Path,
) -> None:
    answer = query(archive, "query", "decisions", "--topic", "budjet", "--body", "finanse")
    assert answer.returncode == 0
    assert answer.stdout == ""
    lines = answer.stderr.splitlines()
    assert lines[0] == "query: no decisions match"
    assert lines[1].startswith("query: no body 'finanse' in this site; its bodies: ")
    assert "finance" in lines[1]
    assert lines[2].startswith("query: no item of this site has the topic 'budjet'; its topics: ")
    assert "budget" in lines[2]
