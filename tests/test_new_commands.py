"""``new-site`` and ``new-meeting`` as a writer meets them: a site that builds with no
warning in any shipped language, a meeting in its body's language with the last
meeting's attendance, and a clear refusal, with nothing written, for every mistake."""

from __future__ import annotations

from pathlib import Path

import pytest
from sphinx.util.docutils import patch_docutils

from conftest import build_once, page_text
from sphinx_minutes.__main__ import main
from sphinx_minutes.model.vocabulary import SECTIONS
from sphinx_minutes.read.words import shipped, shipped_languages

SWEDISH_MEETING = """\
# Styrelsen, möte 3 februari 2025

:::{meeting}
:::

:::{attendance}
Närvarande:

- Eva Lund, ordförande
- Jonas Berg (punkt 2)

Frånvarande:

- Kim Aho
:::
"""


def new_site(folder: Path, *options: str) -> int:
    return main(["new-site", str(folder), *options])


def new_meeting(site: Path, body: str, date: str) -> int:
    return main(["new-meeting", body, date, "--site", str(site)])


@pytest.mark.parametrize("language", shipped_languages())
def test_a_new_site_and_its_first_meeting_build_with_no_warning(
    tmp_path: Path, language: str
) -> None:
    assert new_site(tmp_path, "--body", "board", "--language", language) == 0
    assert new_meeting(tmp_path, "board", "2025-03-12") == 0
    with patch_docutils(tmp_path):  # as sphinx-build does: docutils ships no Norwegian
        app = build_once(tmp_path)
    assert app.warning.getvalue() == ""
    assert "2025" in page_text(app.outdir, "meetings/board/2025-03-12")


def test_a_swedish_meeting_copies_the_last_attendance_and_approves_its_minutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_site(tmp_path, "--body", "styrelsen", "--body-name", "Styrelsen", "--language", "sv")
    (tmp_path / "meetings/styrelsen/2025-02-03.md").write_text(SWEDISH_MEETING, encoding="utf-8")
    assert new_meeting(tmp_path, "styrelsen", "2025-03-10") == 0
    text = (tmp_path / "meetings/styrelsen/2025-03-10.md").read_text(encoding="utf-8")
    assert text.startswith(
        "# Styrelsen, möte 10 mars 2025\n\n:::{meeting}\n:previous: 2025-02-03\n:::"
    )
    assert SWEDISH_MEETING.split(":::{attendance}\n")[1] in text  # as written, notes and all
    assert "::::{agenda-item} 3. Föregående mötes protokoll\n:approves: 2025-02-03\n::::" in text
    assert "::::{agenda-item} 5. Mötets avslutande" in text
    assert "2025-02-03.md" in capsys.readouterr().out
    app = build_once(tmp_path)
    assert app.warning.getvalue() == ""
    assert "Godkänner protokollet från" in page_text(app.outdir, "meetings/styrelsen/2025-03-10")


def test_the_previous_meeting_is_the_latest_before_the_date(tmp_path: Path) -> None:
    """Minutes written late (an earlier date after a later one) follow the one before them."""
    new_site(tmp_path, "--body", "board")
    for date in ("2025-01-10", "2025-03-10"):
        assert new_meeting(tmp_path, "board", date) == 0
    assert new_meeting(tmp_path, "board", "2025-02-10") == 0
    text = (tmp_path / "meetings/board/2025-02-10.md").read_text(encoding="utf-8")
    assert ":previous: 2025-01-10" in text


def test_new_site_never_writes_over_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "conf.py").write_text("# mine\n", encoding="utf-8")
    assert new_site(tmp_path) == 1
    assert "conf.py already exist" in capsys.readouterr().err
    assert (tmp_path / "conf.py").read_text(encoding="utf-8") == "# mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["conf.py"]  # nothing else written


def test_new_site_refuses_a_body_id_that_cannot_name_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new_site(tmp_path / "site", "--body", "../board") == 1
    assert "the body id '../board' must be" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


def test_new_site_refuses_a_language_without_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit_:
        new_site(tmp_path, "--language", "it")
    assert exit_.value.code == 2
    assert "no words are shipped for the language 'it'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("date", "why"),
    [
        ("12/03/2025", "is not a date: write it as YYYY-MM-DD"),
        ("2025-3-12", "is not a date: write it as YYYY-MM-DD"),
        ("2025-13-01", "is no day of the calendar (month must be in 1..12)"),
        ("2025-11-31", "is no day of the calendar (day is out of range for month)"),
    ],
)
def test_new_meeting_refuses_a_date_that_is_not_one_saying_why(
    tmp_path: Path, date: str, why: str, capsys: pytest.CaptureFixture[str]
) -> None:
    new_site(tmp_path, "--body", "board")
    with pytest.raises(SystemExit) as exit_:
        new_meeting(tmp_path, "board", date)
    assert exit_.value.code == 2
    assert f"{date!r} {why}" in capsys.readouterr().err


def test_new_meeting_refuses_an_unknown_body_naming_the_known_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_site(tmp_path, "--body", "board")
    assert new_meeting(tmp_path, "bord", "2025-03-12") == 1
    assert "there is no body 'bord'" in capsys.readouterr().err.replace("\n", " ")
    assert not (tmp_path / "meetings/bord").exists()


def test_new_meeting_outside_a_site_says_where_to_run_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new_meeting(tmp_path, "board", "2025-03-12") == 1
    assert "run this in the site's folder, or give it with --site" in capsys.readouterr().err


def test_new_meeting_never_writes_over_the_minutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_site(tmp_path, "--body", "board")
    minutes = tmp_path / "meetings/board/2025-03-12.md"
    minutes.write_text("# Written already\n", encoding="utf-8")
    assert new_meeting(tmp_path, "board", "2025-03-12") == 1
    assert "is there already: nothing was written" in capsys.readouterr().err
    assert minutes.read_text(encoding="utf-8") == "# Written already\n"


def test_a_bodys_own_words_name_its_agenda(tmp_path: Path) -> None:
    """A body that calls its items otherwise says so in ``bodies.yaml`` (``words:``)."""
    new_site(tmp_path, "--body", "styrelsen", "--body-name", "Styrelsen", "--language", "sv")
    bodies = tmp_path / "meetings/bodies.yaml"
    own = "  words:\n    new-files:\n      opening: [Sammanträdet öppnas]\n"
    bodies.write_text(bodies.read_text(encoding="utf-8") + own, encoding="utf-8")
    assert new_meeting(tmp_path, "styrelsen", "2025-03-10") == 0
    text = (tmp_path / "meetings/styrelsen/2025-03-10.md").read_text(encoding="utf-8")
    assert "{agenda-item} 1. Sammanträdet öppnas\n" in text
    assert "{agenda-item} 2. Godkännande av dagordningen\n" in text  # the rest: Swedish
    assert build_once(tmp_path).warning.getvalue() == ""


def test_a_body_name_yaml_would_misread_is_written_quoted(tmp_path: Path) -> None:
    name = 'Board: finance & "#1"'
    assert new_site(tmp_path, "--body", "finance", "--body-name", name) == 0
    assert new_meeting(tmp_path, "finance", "2025-03-12") == 0
    app = build_once(tmp_path)
    assert app.warning.getvalue() == ""
    assert page_text(app.outdir, "meetings/finance/index").startswith(name)
    assert page_text(app.outdir, "meetings/finance/2025-03-12").startswith(
        f"{name}, meeting of March 12, 2025"
    )


@pytest.mark.parametrize("language", shipped_languages())
def test_every_language_words_every_new_file(language: str) -> None:
    """No new file falls back to English words in a shipped language."""
    words = shipped(language)["new-files"]
    assert tuple(words) == SECTIONS["new-files"]
    assert "{body}" in words["meeting-title"][0] and "{date}" in words["meeting-title"][0]
