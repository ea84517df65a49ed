"""The minutes as open data: the JSON files of a built site, against the schema they
publish, holding what the pages say."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import PROJECT, copy_root, copy_site, sphinx_build

SCHEMA = "data/minutes-1.schema.json"


def validator(outdir: Path) -> jsonschema.Draft202012Validator:
    """The schema the site publishes, checked itself, with formats (dates) checked."""
    schema = json.loads((outdir / SCHEMA).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def data_files(outdir: Path) -> dict[str, Any]:
    """Every JSON file of the site's data, read, but the schema."""
    return {
        path.relative_to(outdir).as_posix(): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((outdir / "data").rglob("*.json"))
        if path.name != Path(SCHEMA).name
    }


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test archive (two bodies, six finance meetings) built as `make html` does."""
    srcdir = copy_root("test-archive", tmp_path_factory.mktemp("archive"))
    built = sphinx_build("-b", "html", str(srcdir), str(srcdir / "_build"))
    assert built.returncode == 0, built.stderr
    return srcdir / "_build"


def test_every_file_follows_the_published_schema(archive: Path) -> None:
    check = validator(archive)
    files = data_files(archive)
    assert {"data/minutes.json", "data/finance.json", "data/finance/2024-01-15.json"} <= set(files)
    problems = {
        name: [error.message for error in check.iter_errors(data)] for name, data in files.items()
    }
    assert {name: found for name, found in problems.items() if found} == {}


def test_a_meeting_holds_its_decisions_votes_and_follow_ups_as_the_pages_do(
    archive: Path,
) -> None:
    meeting = json.loads((archive / "data/finance/2024-01-15.json").read_text())["meeting"]
    assert meeting["id"] == "finance/2024-01-15"
    assert meeting["format"] == "hybrid"
    assert meeting["next"] == "finance/2024-02-19"
    assert meeting["url"] == "meetings/finance/2024-01-15.html"
    lena = next(a for a in meeting["attendance"] if a["name"] == "Lena Kowalski")
    assert (lena["organisation"], lena["status"]) == ("RPC", "remote")
    statements = {s["name"]: s for item in meeting["items"] for s in item["statements"]}
    budget = statements["budget-2024"]
    assert budget["vote"]["counts"] == {"for": 3, "against": 0, "abstained": None}
    assert budget["url"] == f"meetings/finance/2024-01-15.html#{budget['id'].split('#')[1]}"
    wall = statements["wall-quote"]["follow_up"]
    assert wall["owner"]["key"] == "Lena Kowalski"
    assert (wall["due"], wall["state"]) == ("2024-02-12", "closed")
    assert wall["closed_by"] == "finance/2024-02-19"


def test_the_site_and_each_body_list_their_meetings_in_date_order(archive: Path) -> None:
    site = json.loads((archive / "data/minutes.json").read_text())
    finance = next(b for b in site["bodies"] if b["body"] == "finance")
    dates = [m["date"] for m in finance["meetings"]]
    assert dates == sorted(dates) and len(dates) == 6
    assert all((archive / "data" / m["data"]).is_file() for m in finance["meetings"])
    body = json.loads((archive / "data" / finance["data"]).read_text())
    assert [m["date"] for m in body["meetings"]] == dates


def test_the_seed_meeting_as_data_with_absolute_urls(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    srcdir = copy_site(tmp_path / "site")
    built = sphinx_build(
        "-b",
        "html",
        "-D",
        "html_baseurl=https://minutes.example.org/",
        str(srcdir),
        str(tmp_path / "out"),
    )
    assert built.returncode == 0, built.stderr
    data = json.loads((tmp_path / "out/data/scb-kommunikation/2023-10-27.json").read_text())
    meeting = data["meeting"]
    assert meeting["url"] == (
        "https://minutes.example.org/meetings/scb-kommunikation/2023-10-27.html"
    )
    assert meeting["date"] == "2023-10-27"
    names = [a["name"] for a in meeting["attendance"] if a["kind"] == "person"]
    assert "Åsa Olsson" in names
    assert "Åsa Olsson" in (tmp_path / "out/data/scb-kommunikation.json").read_text("utf-8")
    assert not validator(tmp_path / "out").validate(data)


def test_a_removed_meeting_s_file_goes_with_it(tmp_path: Path) -> None:
    srcdir = copy_root("test-archive", tmp_path / "site")
    out = srcdir / "_build"
    assert sphinx_build("-b", "html", str(srcdir), str(out)).returncode == 0
    (srcdir / "meetings/finance/2024-06-17.md").unlink()
    assert sphinx_build("-b", "html", str(srcdir), str(out)).returncode == 0
    assert not (out / "data/finance/2024-06-17.json").exists()
    site = json.loads((out / "data/minutes.json").read_text())
    listed = [m["id"] for b in site["bodies"] for m in b["meetings"]]
    assert "finance/2024-06-17" not in listed
    assert (PROJECT / "_ext/sphinx_minutes/export/minutes-1.schema.json").read_bytes() == (
        out / SCHEMA
    ).read_bytes()


def rows(path: Path) -> list[dict[str, str]]:
    """A CSV file as a spreadsheet reads it: the byte-order mark first, then the rows."""
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_each_body_has_its_tables_for_spreadsheets(archive: Path) -> None:
    decisions = rows(archive / "data/finance/decisions.csv")
    budget = next(r for r in decisions if r["name"] == "budget-2024")
    assert (budget["for"], budget["against"], budget["abstained"]) == ("3", "0", "")
    assert budget["item"] == "1. Budget 2024/25"
    assert budget["text"] == "The draft budget is recommended to the Council."
    follow_ups = rows(archive / "data/finance/follow-ups.csv")
    wall = next(r for r in follow_ups if r["name"] == "wall-quote")
    assert (wall["owner"], wall["due"], wall["state"]) == ("Lena Kowalski", "2024-02-12", "closed")
    assert wall["closed_by"] == "finance/2024-02-19"
    attendance = rows(archive / "data/finance/attendance.csv")
    lena = next(
        r for r in attendance if r["meeting"] == "finance/2024-01-15" and "Lena" in r["name"]
    )
    assert (lena["organisation"], lena["status"]) == ("RPC", "remote")
