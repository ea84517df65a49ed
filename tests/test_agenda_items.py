"""Agenda items as bodies write them: without numbers, with Markdown in their titles, taken
out of order, not reached, added or deferred, and sub-topics with their own presenters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docutils import nodes
from sphinx.testing.util import SphinxTestApp

from compare import build, outputs, rebuild_and_compare
from conftest import PROJECT, build_root, copy_root, page_text, soup, sphinx_build, squeezed
from sources import replace_text
from sphinx_minutes.check.numbering import numbering_mistakes
from sphinx_minutes.model.meeting import AgendaItem

SEPTEMBER = "meetings/tern-council/2024-09-12"
OCTOBER = "meetings/tern-council/2024-10-10"
SWEDISH = "meetings/styrgruppen/2024-10-15"
CSS = PROJECT / "_ext" / "sphinx_minutes" / "static" / "sphinx-minutes.css"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_root("agenda-items", tmp_path_factory.mktemp("agenda-items"))


def test_builds_without_warnings(built: SphinxTestApp) -> None:
    """Items without numbers, taken out of order, with a status: all normal."""
    assert built.warning.getvalue() == ""


@pytest.mark.parametrize("docname", [SEPTEMBER, OCTOBER, SWEDISH])
def test_every_line_written_is_on_the_page(built: SphinxTestApp, docname: str) -> None:
    text = page_text(built.outdir, docname)
    source = (Path(built.srcdir) / f"{docname}.md").read_text(encoding="utf-8")
    for line in source.splitlines():
        if line and not line.startswith((":", "#")) and "{" not in line:
            assert line.removeprefix("- ") in text, line


def test_an_item_without_a_number_is_anchored_by_its_title(built: SphinxTestApp) -> None:
    page = soup(built.outdir, SEPTEMBER)
    welcome = page.find("section", id="welcome")
    assert welcome.find("h3").get_text("").rstrip("¶#") == "Welcome"
    outage = page.find("section", id="ci-outage-486-and-the-nightly-job")
    assert outage.find("section", id="runner-images")
    assert outage.find("section", id="alerts")


def test_markdown_in_a_title_is_rendered_in_the_heading(built: SphinxTestApp) -> None:
    heading = soup(built.outdir, SEPTEMBER).find("section", id="ci-outage-486-and-the-nightly-job")
    title = heading.find("h3")
    assert title.find("a", href="https://example.org/tern/issues/486").get_text() == "#486"
    assert title.find("code").get_text() == "nightly"
    release = soup(built.outdir, SEPTEMBER).find("section", id="release-2-0-planning")
    assert release.find("h3").find("em").get_text() == "2.0"


def test_lists_show_a_title_as_plain_text(built: SphinxTestApp) -> None:
    """The table of contents, a topic's page and a person's page."""
    toc = built.env.tocs[SEPTEMBER]
    entry = next(
        r
        for r in toc.findall(nodes.reference)
        if r.get("anchorname") == "#ci-outage-486-and-the-nightly-job"
    )
    assert [str(child) for child in entry.children] == ["CI outage: #486 and the nightly job"]
    topic = page_text(built.outdir, "registers/topics/ci")
    assert "CI outage: #486 and the nightly job" in topic
    assert "`" not in topic and "](" not in topic
    releases = page_text(built.outdir, "registers/topics/releases")
    assert "Release 2.0 planning" in releases
    person = page_text(built.outdir, "registers/people/kwame-mensah")
    assert "CI outage: #486 and the nightly job" in person


def test_sub_items_are_a_level_below_their_item_under_an_agenda_heading(
    built: SphinxTestApp,
) -> None:
    page = soup(built.outdir, SEPTEMBER)
    outage = page.find("section", id="ci-outage-486-and-the-nightly-job")
    assert page.find("section", id="agenda").find(re.compile("^h[1-6]$")).name == "h2"
    assert outage.find(re.compile("^h[1-6]$")).name == "h3"
    runner = outage.find("section", id="runner-images")
    assert runner.find(re.compile("^h[1-6]$")).name == "h4"
    assert "minutes-sub-item" in runner["class"]
    assert "minutes-sub-item" not in outage["class"]
    causes = outage.find(class_="rubric", string=re.compile("Causes"))
    told = outage.find("section", id="alerts").find(class_="rubric")
    assert (causes.name, told.name) == ("h4", "h5")
    css = CSS.read_text(encoding="utf-8")
    assert "section.minutes-sub-item > :is(h3, h4, h5, h6) { font-size: 1.2rem; }" in css


def test_sub_topics_show_their_presenters_under_their_item(built: SphinxTestApp) -> None:
    outage = soup(built.outdir, SEPTEMBER).find("section", id="ci-outage-486-and-the-nightly-job")
    runner = squeezed(outage.find("section", id="runner-images").get_text(" "))
    alerts = squeezed(outage.find("section", id="alerts").get_text(" "))
    assert "Presenters" in runner and "Rafael Ortiz" in runner
    assert "Kwame Mensah" in alerts and "Rafael Ortiz" not in alerts
    # present for item 3 only, presenting a sub-topic of item 3: no warning
    finska = soup(built.outdir, SWEDISH).find("section", id="punkt-3").find("section", id="finska")
    assert "Föredragande" in finska.get_text() and "Lena Berg" in finska.get_text()


def test_status_and_out_of_order_are_shown(built: SphinxTestApp) -> None:
    september = page_text(built.outdir, SEPTEMBER)
    assert "Release 2.0 planning Deferred" in september
    assert "Conference travel Added at the meeting" in september
    october = page_text(built.outdir, OCTOBER)
    assert "2.3 Release date Taken out of order" in october
    assert "3. Governance documents Not reached" in october
    swedish = page_text(built.outdir, SWEDISH)
    assert "3. Översättningar Behandlad i annan ordning" in swedish
    assert "4. Dokumentation Hanns inte med" in swedish
    assert "Övrigt Tillagd vid mötet" in swedish


def test_registers_show_number_and_title_as_written(built: SphinxTestApp) -> None:
    decisions = page_text(built.outdir, "registers/tern-council/decisions")
    assert "2.2 Profile: The default profile stays strict." in decisions
    assert "2.2. Profile" not in decisions and "::" not in decisions
    assert "2.3 Release date: Version 2.0 is released on 4 November." in decisions


def test_follow_ups_are_listed_as_written_each_with_its_item(built: SphinxTestApp) -> None:
    text = page_text(built.outdir, "registers/tern-council/follow-ups")
    rafael = text.index("Runner images: Send the runner offer in writing.")
    kwame = text.index("CI outage: #486 and the nightly job: Pin the runner image in the workflow.")
    noor = text.index("CI outage: #486 and the nightly job: Write up the outage")
    assert rafael < kwame < noor


def test_the_model_keeps_what_was_written(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[OCTOBER]
    items = {item.heading: item for item in meeting.items}
    assert set(items) >= {"2.3 Release date", "2.2 Profile", "3. Governance documents"}
    assert items["2.3 Release date"].out_of_order
    assert items["3. Governance documents"].status == "not-reached"
    assert items["4. Security audit"].status == "added"
    september = built.env.domains["minutes"].meetings[SEPTEMBER]
    runner = next(i for i in september.items if i.title == "Runner images")
    assert (runner.number, runner.parent, runner.depth) == ("", "", 1)


def test_sub_items_in_the_pdf_sit_below_their_item(tmp_path: Path) -> None:
    srcdir = copy_root("test-agenda-items", tmp_path / "site")
    out = srcdir / "_build" / "latex"
    run = sphinx_build("-W", "-b", "latex", str(srcdir), str(out))
    assert run.returncode == 0, run.stderr
    tex = (out / "tern-council-2024-09-12.tex").read_text(encoding="utf-8")
    assert r"\section{Agenda}" in tex
    assert r"\subsection{Welcome}" in tex
    assert r"\subsubsection{Runner images}" in tex
    assert r"\subsubsection*{Causes}" in tex  # a heading inside the item: below the item
    assert r"\paragraph*{Who is told}" in tex  # inside the sub-item: below the sub-item
    assert "Deferred" in tex


def test_parallel_and_incremental_builds_are_exact(tmp_path: Path) -> None:
    """Plain titles in the tables of contents, levels and registers come out the same
    from a parallel build, and after an item is retitled, as from a clean build."""
    serial = copy_root("test-agenda-items", tmp_path / "serial")
    parallel = copy_root("test-agenda-items", tmp_path / "parallel")
    assert build(serial) == ""
    assert build(parallel, "-j", "2") == ""
    assert outputs(parallel / "_build") == outputs(serial / "_build")
    replace_text(
        serial / f"{SEPTEMBER}.md", "{agenda-item} Runner images", "{agenda-item} Runner *hosts*"
    )
    assert rebuild_and_compare(serial, tmp_path / "clean") == []
    assert "Runner hosts: Send the runner offer" in page_text(
        serial / "_build", "registers/tern-council/follow-ups"
    )


def items(*written: str, out_of_order: str = "") -> list[AgendaItem]:
    """Items of a meeting as written: ``4``, ``4.1`` (inside the 4 before it) …"""
    made: list[AgendaItem] = []
    for line, number in enumerate(written, 1):
        depth = number.count(".")
        parent = next((i for i in reversed(made) if i.depth == depth - 1), None)
        made.append(
            AgendaItem(
                number=number,
                title="",
                anchor=f"item-{line}",
                line=line,
                parent=parent.number if parent else None,
                depth=depth,
                out_of_order=number in out_of_order.split(),
            )
        )
    return made


@pytest.mark.parametrize(
    ("written", "flagged", "expected"),
    [
        (("1", "2", "4"), "", ["Item 4 follows item 2: 3 is missing. Did you mean 3?"]),
        (
            ("4", "4.1", "4.2", "4.4"),
            "",
            ["Item 4.4 follows item 4.2: 4.3 is missing. Did you mean 4.3?"],
        ),
        (("5", "5.3", "5.1", "5.2"), "5.3", []),
        (("5", "5.3", "5.1", "5.2"), "", ["Item 5.3 comes before item 5.1."]),
        (("1", "2", "4", "3"), "", ["Item 3 comes after item 4."]),
        (
            ("5", "5.3", "5.1", "5.1"),
            "5.3",
            [
                "Item 5.3 follows item 5.1: 5.2 is missing.",
                "Item 5.1 is numbered twice. Did you mean 5.2?",
            ],
        ),
        (("1", "2", "5", "3", "4", "6"), "5", []),
        (("4", "5.1"), "", ["Item 5.1 stands inside item 4. Did you mean 4.1?"]),
    ],
)
def test_numbering_checks_what_is_written(
    written: tuple[str, ...], flagged: str, expected: list[str]
) -> None:
    found = [m.text for m in numbering_mistakes(items(*written, out_of_order=flagged))]
    assert len(found) == len(expected)
    for text, start in zip(sorted(found), sorted(expected), strict=True):
        assert text.startswith(start)


def test_unnumbered_items_are_not_numbered_for_the_check() -> None:
    made = items("1", "2")
    made.insert(1, AgendaItem(number="", title="Budget review", anchor="budget-review", line=9))
    assert list(numbering_mistakes(made)) == []


def test_items_without_a_number_are_linked_by_anchor_or_title(built: SphinxTestApp) -> None:
    """``{item}`` takes an unnumbered item's anchor (as the address shows it) or its title
    as written, folded, in the same meeting or with ``[body/]date#``."""
    same = soup(built.outdir, SEPTEMBER).find("section", id="conference-travel")
    links = {a.get_text(): a["href"] for a in same.find_all("a", class_="reference")}
    assert links == {
        "Runner images": "#runner-images",
        "CI outage: #486 and the nightly job": "#ci-outage-486-and-the-nightly-job",
    }
    later = soup(built.outdir, OCTOBER).find("section", id="item-2-1")
    links = {a.get_text(): a["href"] for a in later.find_all("a", class_="reference")}
    assert links == {
        "Release 2.0 planning": "2024-09-12.html#release-2-0-planning",
        "Conference travel": "2024-09-12.html#conference-travel",
        "the alerts": "2024-09-12.html#alerts",
    }
