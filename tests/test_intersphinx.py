"""Another Sphinx project links to meetings, items, organisations and decisions of this
one through intersphinx, from the ``objects.inv`` the minutes domain fills."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import copy_root, soup, sphinx_build, start_sphinx_build
from sources import append_text, replace_text

URL = "https://minutes.example.org/"

PAGE = """\
# Annual report

The budget was recommended on {external:minutes:meeting}`finance/2024-01-15`, under
{external:minutes:item}`finance/2024-01-15#1`, by {external:minutes:decision}`finance/budget-2024`.
The grant went to {external:minutes:org}`Library Friends`; the auditor follow-up is
{external:minutes:follow-up}`finance/audit`.
"""


def test_a_second_project_links_into_the_minutes(tmp_path: Path) -> None:
    archive = copy_root("test-archive", tmp_path / "archive")
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
    links = {
        a.get_text(""): a["href"] for a in soup(report / "_build", "index").select("a.external")
    }
    assert links == {
        "Finance Committee, 15 January 2024": f"{URL}meetings/finance/2024-01-15.html",
        "1. Budget 2024/25": f"{URL}meetings/finance/2024-01-15.html#item-1",
        "1. Budget 2024/25: decision": f"{URL}meetings/finance/2024-01-15.html#item-1-decision-1",
        "Friends of Riverside Library": f"{URL}registers/organisations/library-friends.html",
        "1. Accounts: follow-up": f"{URL}meetings/finance/2024-05-20.html#item-1-follow-up-1",
    }


# One project per body: the split archive of docs/howto/split-an-archive.md

LINKS = """
::::{agenda-item} 2. Kommunens budget
Rådet tog del av beslutet {decision}`finance/budget-2024` från
{meeting}`finance/2024-01-15`, under {item}`finance/2024-01-15#1`.
Se även {meeting}`finance/2024-01-16`.
::::
"""


def split_project(tmp_path: Path, body: str, other: str) -> Path:
    """The test archive with only ``body``'s meetings, linking to ``other``'s project."""
    project = copy_root("test-archive", tmp_path / body)
    shutil.rmtree(project / "meetings" / other)
    replace_text(project / "index.md", f"meetings/{other}/index\n", "")
    append_text(
        project / "conf.py",
        'extensions.append("sphinx.ext.intersphinx")\n'
        f"intersphinx_mapping = {{{other!r}: ({URL + other + '/'!r}, "
        f"'../{other}/_build/objects.inv')}}\n",
    )
    return project


def build_together(*projects: Path) -> list[tuple[int, str]]:
    """``sphinx-build`` of each project, all at once (as ``make -j`` would run them)."""
    runs = [start_sphinx_build("-N", "-b", "html", str(p), str(p / "_build")) for p in projects]
    stderrs = [run.communicate()[1] for run in runs]
    return [(run.returncode, stderr) for run, stderr in zip(runs, stderrs, strict=True)]


def external_links(project: Path, page: str) -> dict[str, str]:
    links = soup(project / "_build", page).select("article a.external")
    return {a.get_text(" ", strip=True): a["href"] for a in links}


def test_a_body_built_as_its_own_project_links_to_another_through_intersphinx(
    tmp_path: Path,
) -> None:
    finance = split_project(tmp_path, "finance", "radet")
    radet = split_project(tmp_path, "radet", "finance")
    meeting = radet / "meetings/radet/2024-05-07.md"
    append_text(meeting, LINKS)
    page = "meetings/radet/2024-05-07"

    # The first pass writes each project's inventory; the other's is not there yet.
    build_together(finance, radet)
    assert external_links(radet, page) == {}

    # The second pass, incremental: the links resolve, and the page is written again.
    (finance_run, radet_run) = build_together(finance, radet)
    assert finance_run == (0, "")
    returncode, stderr = radet_run
    assert returncode == 0
    assert stderr.splitlines() == [
        f"{meeting}:22: WARNING: No meeting of finance on 2024-01-16. Correct the date, or "
        "declare the meeting under `external-meetings` of its body in the body registry, or "
        "add the project that has it to `intersphinx_mapping`. [minutes.unknown-meeting]"
    ]
    # Each project has the registers of its own body only.
    assert (finance / "registers/finance/decisions.md").is_file()
    assert not (radet / "registers/finance").exists()
    finance_url = f"{URL}finance/meetings/finance/2024-01-15.html"
    assert external_links(radet, page) == {
        "1. Budget 2024/25: decision": f"{finance_url}#item-1-decision-1",
        "Finance Committee, 15 January 2024": finance_url,
        "1. Budget 2024/25": f"{finance_url}#item-1",
    }

    # The other project retitles the meeting: built in the order the links go, the page
    # linking to it is written again with the new title.
    retitled = finance / "meetings/finance/2024-01-15.md"
    title = retitled.read_text(encoding="utf-8").splitlines()[0]
    replace_text(retitled, title, "# Budget meeting")
    assert build_together(finance) == [(0, "")]
    assert build_together(radet)[0][0] == 0
    assert "Budget meeting" in external_links(radet, page)
