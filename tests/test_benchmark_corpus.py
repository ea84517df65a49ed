"""The benchmark's generated archive is valid minutes, and its plain twin the same text:
otherwise `make bench` would measure warnings, or compare different words."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import page_text, sphinx_build

sys.path.insert(0, str(Path(__file__).parent / "benchmark"))

import corpus


def test_the_generated_archive_builds_without_a_warning(tmp_path: Path) -> None:
    minutes, plain = tmp_path / "minutes", tmp_path / "plain"
    files = corpus.write(minutes, 6, plain=False, per_body=3)
    corpus.write(plain, 6, plain=True, per_body=3)
    for root in (minutes, plain):
        result = sphinx_build("-W", "-b", "html", str(root), str(root / "_build"))
        assert result.returncode == 0, result.stderr
    assert [f.parent.name for f in files] == ["rad-01"] * 3 + ["rad-02"] * 3
    page = f"meetings/rad-01/{files[1].stem}"
    ours, theirs = page_text(minutes / "_build", page), page_text(plain / "_build", page)
    # The follow-up of the body's first meeting is closed by its second.
    assert "Uppdraget från förra mötet är utfört." in ours
    assert "Sammanställa rådets synpunkter till nästa möte." in ours
    for sentence in ("Dagordningen godkändes.", "Finns det mätbara mål?"):
        assert sentence in ours and sentence in theirs
