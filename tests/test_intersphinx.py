"""Another Sphinx project links to meetings, items, organisations and decisions of this
one through intersphinx, from the ``objects.inv`` the minutes domain fills."""

from __future__ import annotations

import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import sphinx_build

ROOT = Path(__file__).parent / "roots" / "test-archive"
URL = "https://minutes.example.org/"

PAGE = """\
# Annual report

The budget was recommended on {external:minutes:meeting}`finance/2024-01-15`, under
{external:minutes:item}`finance/2024-01-15#1`, by {external:minutes:decision}`finance/budget-2024`.
The grant went to {external:minutes:org}`Library Friends`; the auditor follow-up is
{external:minutes:follow-up}`finance/audit`.
"""


def test_a_second_project_links_into_the_minutes(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(ROOT, archive)
    assert sphinx_build("-b", "html", str(archive), str(archive / "_build")).returncode == 0
    report = tmp_path / "report"
    report.mkdir()
    (report / "conf.py").write_text(
        'extensions = ["sphinx_minutes", "sphinx.ext.intersphinx"]\n'
        f"intersphinx_mapping = {{'minutes': ({URL!r}, {str(archive / '_build/objects.inv')!r})}}\n",
        encoding="utf-8",
    )
    (report / "index.md").write_text(PAGE, encoding="utf-8")
    run = sphinx_build("-n", "-b", "html", str(report), str(report / "_build"))
    assert (run.returncode, run.stderr) == (0, "")
    html = (report / "_build/index.html").read_text(encoding="utf-8")
    links = {
        a.get_text(""): a["href"] for a in BeautifulSoup(html, "html.parser").select("a.external")
    }
    assert links == {
        "Finance Committee, 15 January 2024": f"{URL}meetings/finance/2024-01-15.html",
        "1. Budget 2024/25": f"{URL}meetings/finance/2024-01-15.html#item-1",
        "1. Budget 2024/25: decision": f"{URL}meetings/finance/2024-01-15.html#item-1-decision-1",
        "Friends of Riverside Library": f"{URL}registers/organisations/library-friends.html",
        "1. Accounts: follow-up": f"{URL}meetings/finance/2024-05-20.html#item-1-follow-up-1",
    }
