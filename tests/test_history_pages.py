"""The history pages (an organisation's, a person's) list what was said as each
statement's first sentence, linked to its full text in its meeting: they do not repeat
the minutes, and an edit past a statement's first sentence does not write them again."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from test_exact_builds import rewritten, written_at

from compare import build, rebuild_and_compare
from conftest import copy_root, soup
from sources import replace_text

sys.path.insert(0, str(Path(__file__).parent / "benchmark"))

import corpus

MEETING = "meetings/finance/2024-02-19"
SAID = "The second quote has arrived and is lower."
MORE = "It saves the committee almost a fifth of the quoted cost."


def test_a_history_page_shows_the_first_sentence_and_links_to_the_rest(tmp_path: Path) -> None:
    srcdir = copy_root("test-archive", tmp_path / "site")
    replace_text(srcdir / f"{MEETING}.md", SAID, f"{SAID}\n{MORE}")
    assert build(srcdir) == ""
    out = srcdir / "_build"
    page = soup(out, "registers/people/lena-kowalski")
    entry = next(li for li in page.select("article li") if SAID in li.get_text())
    assert " ".join(entry.get_text().split()).endswith(f"{SAID} …")
    assert MORE not in page.get_text()
    # The link leads to the statement in its meeting, which holds the whole text.
    href = entry.select_one("a[href*='#']")["href"]
    assert href.startswith("../../meetings/finance/2024-02-19.html#")
    statement = soup(out, MEETING).find(id=href.split("#")[1])
    assert statement is not None and MORE in statement.get_text()

    before = written_at(srcdir)
    replace_text(srcdir / f"{MEETING}.md", MORE, "It saves almost a fifth of the cost.")
    assert build(srcdir) == ""
    assert rewritten(srcdir, before) == {f"{MEETING}.html", "meetings/finance/index.html"}
    before = written_at(srcdir)
    replace_text(srcdir / f"{MEETING}.md", SAID, "The second quote has arrived; it is lower.")
    assert build(srcdir) == ""
    assert "registers/people/lena-kowalski.html" in rewritten(srcdir, before)


def test_the_first_sentence_ends_where_a_reader_would_end_it() -> None:
    from sphinx_minutes.derive.views.gist import gist

    said = {
        # an ordinal (in a language that writes one so), an abbreviation and an initial
        # do not end a sentence
        ("de", "Wir treffen uns am 3. Oktober im Rathaus wieder. Danach folgt der Rest."): (
            "Wir treffen uns am 3. Oktober im Rathaus wieder. …"
        ),
        ("sv", "Se t.ex. Rapporten från SCB om tillgänglighet. Den kom i våras."): (
            "Se t.ex. Rapporten från SCB om tillgänglighet. …"
        ),
        ("en", "Dr. Holm and A. Berg presented the audit in full. Questions followed."): (
            "Dr. Holm and A. Berg presented the audit in full. …"
        ),
        # a number is no ordinal in English, nor a year in German
        ("en", "The committee carried the motion by 4 to 1. The treasurer abstained."): (
            "The committee carried the motion by 4 to 1. …"
        ),
        ("de-AT", "Der Haushalt wurde beschlossen im Jahr 2025. Danach kam Punkt 4."): (
            "Der Haushalt wurde beschlossen im Jahr 2025. …"
        ),
        # a first sentence too short to say anything takes the next with it
        ("sv", "Ja! Vi ställer oss bakom förslaget i sin helhet. Men budgeten saknas."): (
            "Ja! Vi ställer oss bakom förslaget i sin helhet. …"
        ),
        ("en", "One sentence,\n  over two lines."): "One sentence, over two lines.",
    }
    for (language, text), shown in said.items():
        assert gist(text, language) == shown
    long = "word " * 80
    assert gist(long).endswith(" …") and len(gist(long)) <= 200


def seed_site(root: Path, count: int, limit: int) -> Path:
    """``count`` monthly copies of the seed meeting from January 2015, histories split
    past ``limit`` meetings."""
    corpus.write_seed_copies(root, count, plain=False)
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(f"minutes_history_limit = {limit}\n")
    return root


def add_meetings(root: Path, dates: list[dt.date]) -> None:
    seed = corpus.SEED.read_text(encoding="utf-8")
    body = root / "meetings" / corpus.SEED_BODY
    for date in dates:
        previous = max(dt.date.fromisoformat(p.stem) for p in body.glob("20*.md"))
        (body / f"{date}.md").write_text(corpus.seed_copy(seed, date, previous), "utf-8")


def words(out: Path, docname: str) -> str:
    return " ".join(soup(out, docname).select_one("article").get_text(" ").split())


def test_a_long_history_keeps_its_newest_years_and_gives_earlier_years_pages(
    tmp_path: Path,
) -> None:
    srcdir = seed_site(tmp_path / "site", 30, limit=12)  # January 2015 to June 2017
    assert build(srcdir) == ""
    out = srcdir / "_build"
    scb = words(out, "registers/organisations/scb")
    assert "10 juni 2017" in scb and "10 december 2016" not in scb
    assert "Personer Andrea Gillgren" in scb  # the history's own page has its people
    assert "Tidigare år 2016 : 12 möten, 108 inlägg 2015 : 12 möten, 108 inlägg" in scb
    links = {a.get_text(): a["href"] for a in soup(out, "registers/organisations/scb").select("a")}
    assert links["2016"] == "scb/2016.html"
    year = words(out, "registers/organisations/scb/2016")
    assert year.startswith("Statistiska centralbyrån, 2016") and "Möten 2016" in year
    assert "10 december 2016" in year and "10 januari 2016" in year
    assert "10 december 2015" not in year and "Personer" not in year
    assert year.count("Kommentar SCB") == 108
    trail = soup(out, "registers/organisations/scb/2016").select(".bd-breadcrumbs a")
    assert [a.get_text(strip=True) for a in trail][-2:] == [
        "Organisationer",
        "Statistiska centralbyrån",
    ]
    # A person's history is split the same way; the secretary's page says so too.
    hansson = words(out, "registers/people/karin-hansson")
    assert "Tidigare år 2016 : 12 möten, 0 inlägg" in hansson
    assert "Organisationer Statistiska centralbyrån" in hansson
    assert "Organisationer" not in words(out, "registers/people/karin-hansson/2015")


def test_a_period_page_stays_put_as_the_archive_grows(tmp_path: Path) -> None:
    srcdir = seed_site(tmp_path / "site", 30, limit=12)
    assert build(srcdir) == ""
    before = written_at(srcdir)
    # Seven more meetings: 2017 fills up and leaves the history's page for one of its own.
    add_meetings(srcdir, [dt.date(2017, month, 10) for month in range(7, 13)])
    add_meetings(srcdir, [dt.date(2018, 1, 10)])
    assert rebuild_and_compare(srcdir, tmp_path / "clean", "-j", "2") == []
    out = srcdir / "_build"
    assert "Tidigare år 2017 : 12 möten" in words(out, "registers/organisations/scb")
    assert "10 december 2017" in words(out, "registers/organisations/scb/2017")
    changed = rewritten(srcdir, before)
    assert "registers/organisations/scb/2017.html" in changed
    assert "registers/organisations/scb/2016.html" not in changed


BOARD_MEETING = """\
# Harbour Trust Board, {date}

:::{{meeting}}
{options}
:::

:::{{attendance}}
Present:

- Ann Lee, Harbour Trust, chair
- Tom Reid, Harbour Trust
:::

::::{{agenda-item}} 1. Moorings
{body}
::::
"""


def board_site(root: Path) -> Path:
    """A board whose chair's history splits at two meetings: 2020 (its annual meeting, a
    file not named by its date), 2021 (two meetings: a follow-up left open, one closed),
    2022 and 2023, and a draft of 2019 the public build leaves out."""
    meetings = root / "meetings" / "board"
    meetings.mkdir(parents=True)
    (root / "conf.py").write_text(
        'extensions = ["sphinx_minutes"]\nmyst_enable_extensions = ["colon_fence"]\n'
        'language = "en"\nhtml_theme = "pydata_sphinx_theme"\n'
        "minutes_history_limit = 2\nminutes_drafts_public = False\n",
        encoding="utf-8",
    )
    (root / "index.md").write_text(
        "# Harbour Trust\n\n```{toctree}\nmeetings/board/index\nregisters/index\n```\n",
        encoding="utf-8",
    )
    (root / "meetings" / "bodies.yaml").write_text(
        "board:\n  name: Harbour Trust Board\n  organisation: Trust\n", encoding="utf-8"
    )
    (root / "meetings" / "organisations.yaml").write_text(
        "Trust:\n  name: Harbour Trust\n", encoding="utf-8"
    )
    (meetings / "index.md").write_text(
        "# Harbour Trust Board\n\n```{toctree}\n:glob:\n:reversed:\n*\n```\n", encoding="utf-8"
    )
    said = ":::{{comment}} Ann Lee\n{text}\n:::"
    owned = ":::{{follow-up}} Ann Lee\n:id: {id}\n:due: {due}\n\n{text}\n:::"
    pages = {
        "2019-02-01": (":status: draft", said.format(text="The winter berths are all let.")),
        "annual-meeting-2020": (":date: 2020-05-01", said.format(text="The accounts balance.")),
        "2021-03-01": (
            "",
            owned.format(id="buoys", due="2021-04-01", text="Order two new buoys.")
            + "\n\n"
            + owned.format(id="slipway", due="2021-05-01", text="Survey the slipway."),
        ),
        "2021-06-01": ("", ":::{comment} Ann Lee\n:closes: slipway\n\nSurveyed.\n:::"),
        "2022-03-01": ("", said.format(text="Berth fees stay as they are.")),
        "2023-03-01": ("", said.format(text="The harbour wall is repaired.")),
    }
    for name, (options, body) in pages.items():
        (meetings / f"{name}.md").write_text(
            BOARD_MEETING.format(date=name, options=options, body=body), encoding="utf-8"
        )
    return root


def test_a_split_history_counts_what_is_shown_and_keeps_open_follow_ups(
    tmp_path: Path,
) -> None:
    srcdir = board_site(tmp_path / "site")
    assert build(srcdir) == ""
    out = srcdir / "_build"
    ann = words(out, "registers/people/ann-lee")
    # The draft left out counts for no year: the first period is 2020, the annual
    # meeting's year, which its :date: gives.
    assert "Earlier years 2021 : 2 meetings, 1 statement 2020 : 1 meeting, 1 statement" in ann
    assert not (out / "registers/people/ann-lee/2019-2020.html").exists()
    assert "The accounts balance." in words(out, "registers/people/ann-lee/2020")
    # A follow-up still open stays on the person's own page; a closed one is its year's.
    assert "Order two new buoys." in ann and "Survey the slipway." not in ann
    year = words(out, "registers/people/ann-lee/2021")
    assert "Survey the slipway." in year and "Order two new buoys." not in year
    # A period page leaves out what it has none of, rather than saying "None yet".
    assert "None yet" not in words(out, "registers/people/ann-lee/2020")
