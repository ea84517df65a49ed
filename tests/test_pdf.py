"""The PDFs: `make pdf` as a user runs it, read back with pdftotext.

Without TeX these tests skip and say why; with ``CI=true`` a missing TeX fails instead, so
CI cannot pass without testing the PDFs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import (
    PROJECT,
    SEED_PAGE,
    copy_root,
    copy_site,
    seed_sentences,
    sphinx_build,
    squeezed,
)
from sources import replace_text

TOOLS = ("xelatex", "latexmk", "xindy", "pdftotext")
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module", autouse=True)
def tex() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    why = f"TeX is not installed ({', '.join(missing)} missing): see the README's `make pdf`."
    if os.environ.get("CI") == "true":
        pytest.fail(why)
    pytest.skip(why)


def make_pdf(srcdir: Path) -> subprocess.CompletedProcess[str]:
    """The README's `make pdf`, with this test run's Python in place of .venv."""
    shutil.copy2(PROJECT / "Makefile", srcdir / "Makefile")
    return subprocess.run(
        ["make", "--no-print-directory", "pdf", f"BIN={BIN}", "STAMP=", "SPHINXOPTS=-W -q"],
        cwd=srcdir,
        capture_output=True,
        text=True,
        check=False,
    )


def text_of(pdf: Path, *options: str) -> str:
    out = subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def folded(text: str) -> str:
    """Text as its words in order, for comparing the source with the PDF: without line
    breaks, without hyphens (pdftotext joins a word broken at a line's end, whether TeX
    or the writer put the hyphen there), without footnote marks (a link's URL is a
    footnote on paper: "The Pudding¹")."""
    text = re.sub(r"(?<=[^\W\d])\d+(?=[\s,.;:!?)])", "", text)
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    srcdir = copy_site(tmp_path_factory.mktemp("pdf-site"))
    result = make_pdf(srcdir)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return srcdir / "_build" / "latex"


def attendance_lines() -> set[str]:
    """The seed's attendance lines: in the PDF a table row each, the commas between the
    columns dropped."""
    text = (PROJECT / f"{SEED_PAGE}.md").read_text(encoding="utf-8")
    block = text.split(":::{attendance}", 1)[1].split(":::", 1)[0]
    return {line[2:].strip() for line in block.splitlines() if line.startswith("- ")}


BODY = ("-x", "0", "-y", "55", "-W", "595", "-H", "730")
"""The text area of an A4 page: without the running head and the page number, which
would split a sentence that runs over a page break."""


def missing_sentences(pdf: Path) -> list[str]:
    text = folded(text_of(pdf, *BODY))
    table = folded(text_of(pdf, "-layout", *BODY)).replace(",", "")
    rows = attendance_lines()
    missing = []
    for sentence in seed_sentences():
        words = folded(sentence)
        found = words.replace(",", "") in table if sentence in rows else words in text
        if not found:
            missing.append(sentence)
    return missing


def test_make_pdf_writes_a_pdf_per_meeting_and_a_volume_per_body(built: Path) -> None:
    assert sorted(p.name for p in built.glob("*.pdf")) == [
        "scb-kommunikation-2023-10-27.pdf",
        "scb-kommunikation.pdf",
    ]


def test_every_sentence_of_the_seed_is_in_its_pdf(built: Path) -> None:
    assert missing_sentences(built / "scb-kommunikation-2023-10-27.pdf") == []


def test_every_sentence_of_the_seed_is_in_the_volume(built: Path) -> None:
    assert missing_sentences(built / "scb-kommunikation.pdf") == []


def test_the_meeting_pdf_is_swedish(built: Path) -> None:
    text = text_of(built / "scb-kommunikation-2023-10-27.pdf")
    assert "Innehåll" in text  # polyglossia's Swedish captions
    assert "27 oktober 2023" in text
    assert "Namn" in text and "Roll och anteckningar" in text  # the attendance table
    assert "en ”riktigt” del av jobbet" in squeezed(text)
    assert "2024–2026" in text
    log = (built / "scb-kommunikation-2023-10-27.log").read_text(errors="replace")
    assert "No hyphenation patterns" not in log
    assert "Missing character" not in log


def test_items_keep_their_own_numbers(built: Path) -> None:
    tex = (built / "scb-kommunikation-2023-10-27.tex").read_text(encoding="utf-8")
    assert r"\section{1. Mötet öppnas}" in tex
    assert r"\setcounter{secnumdepth}{-1}" in tex  # LaTeX adds no second number
    text = text_of(built / "scb-kommunikation-2023-10-27.pdf")
    assert "1. Mötet öppnas" in text and "1.1" not in text


def test_links_outside_a_meeting_pdf_are_text_and_inside_the_volume_are_links(
    built: Path,
) -> None:
    meeting = (built / "scb-kommunikation-2023-10-27.tex").read_text(encoding="utf-8")
    volume = (built / "scb-kommunikation.tex").read_text(encoding="utf-8")
    assert r"\hyperref[\detokenize{registers/" not in meeting
    assert r"\hyperref[\detokenize{registers/organisations/formas::doc}]" in volume
    log = (built / "scb-kommunikation.log").read_text(errors="replace")
    assert "undefined" not in log  # every link in the volume lands


def test_the_volume_index_is_in_swedish_order(built: Path) -> None:
    text = text_of(built / "scb-kommunikation.pdf")
    index = text[text.rindex("Wikimedia") :]
    assert "Åsa Olsson" in index  # Å sorts after W in Swedish, not with A


def test_a_character_the_font_lacks_fails_make_pdf(tmp_path: Path) -> None:
    srcdir = copy_site(tmp_path)
    replace_text(srcdir / f"{SEED_PAGE}.md", "Inga kommentarer.", "Inga kommentarer 漢.")
    result = make_pdf(srcdir)
    assert result.returncode != 0
    assert "Missing character" in result.stdout
    assert "scb-kommunikation-2023-10-27.log" in result.stdout


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two-body archive's PDFs: an English committee's and a Swedish council's."""
    srcdir = copy_root("test-archive", tmp_path_factory.mktemp("archive"))
    out = srcdir / "_build" / "latex"
    built = sphinx_build("-W", "-b", "latex", str(srcdir), str(out))
    assert built.returncode == 0, built.stderr
    made = subprocess.run(
        ["make", "finance.pdf", "radet.pdf"], cwd=out, capture_output=True, text=True, check=False
    )
    assert made.returncode == 0, made.stdout[-3000:]
    return out


def test_the_volume_holds_every_meeting_in_date_order(archive: Path) -> None:
    tex = sorted(p.name for p in archive.glob("*.tex"))
    assert "finance-2024-01-15.tex" in tex and "radet-2024-05-07.tex" in tex
    finance = chapters(archive / "finance.toc")
    dates = ["15 January", "19 February", "18 March", "15 April", "20 May", "17 June"]
    meetings = [f"Finance Committee, {d} 2024" for d in dates]
    assert [title for title, _ in finance if title in meetings] == meetings
    pages = [page for title, page in finance]
    assert pages == sorted(pages)
    radet = [title for title, _ in chapters(archive / "radet.toc")]
    assert radet[:2] == ["Kulturrådets möte 6 februari 2024", "Kulturrådets möte 7 maj 2024"]


def test_each_volume_is_in_its_body_language(archive: Path) -> None:
    radet = text_of(archive / "radet.pdf")
    assert "innehåll" in radet.casefold()
    assert "Nästa möte" in radet and "Next meeting" not in radet  # on every meeting
    finance = text_of(archive / "finance.pdf")
    assert "contents" in finance.casefold() and "Next meeting" in finance


def test_a_volume_holds_the_histories_of_its_own_body(archive: Path) -> None:
    """The site has a page for everyone in either body; each volume prints only its own,
    in the order of the site's lists, and its links all land."""
    sections = {
        volume: [title for title, _ in contents(archive / f"{volume}.toc", "section")]
        for volume in ("finance", "radet")
    }
    assert sections["finance"][-11:] == [
        "Friends of Riverside Library",
        "Riverside Allotment Society",
        "Riverside Parish Council",
        "Westshire County Council",
        "Dev Patel",
        "Graham Shaw",
        "Lena Kowalski",
        "Owen Price",
        "Ruth Adeyemi",
        "Budget",
        "Library",
    ]
    assert sections["radet"][-5:] == [
        "Ålsta hembygdsförening",
        "Ålsta kommun",
        "Erik Holm",
        "Maja Lind",
        "Library",
    ]
    finance = squeezed(text_of(archive / "finance.pdf"))
    assert "Erik Holm" not in finance and "Ålsta kommun" not in finance
    for volume in ("finance", "radet"):
        log = (archive / f"{volume}.log").read_text(errors="replace")
        assert "undefined" not in log


def chapters(toc: Path) -> list[tuple[str, int]]:
    """The chapters LaTeX set, in order, with their pages (from its ``.toc``)."""
    return contents(toc, "chapter")


def contents(toc: Path, level: str) -> list[tuple[str, int]]:
    """The headings of one level LaTeX set, in order, with their pages (from its ``.toc``)."""
    entries = re.findall(
        rf"\\contentsline \{{{level}\}}\{{(.*?)\}}\{{(\d+)\}}", toc.read_text(encoding="utf-8")
    )
    return [(re.sub(r"\\[a-zA-Z]+ ?|[{}]", "", title), int(page)) for title, page in entries]


def test_a_volume_whose_meetings_name_no_topic_is_made(tmp_path: Path) -> None:
    """The council's meetings name no topic: its volume's topic index has nothing left
    to list, and says so, where LaTeX stopped at an empty list ("missing \\item")."""
    srcdir = copy_root("test-archive", tmp_path / "site")
    for meeting in (srcdir / "meetings" / "radet").glob("2024-*.md"):
        text = meeting.read_text(encoding="utf-8")
        meeting.write_text(text.replace(":topics: bibliotek\n", ""), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-M", "latexpdf", str(srcdir), str(srcdir / "_build")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LATEXOPTS": "-interaction=nonstopmode -halt-on-error"},
    )
    assert result.returncode == 0, result.stdout[-3000:]
    radet = squeezed(text_of(srcdir / "_build" / "latex" / "radet.pdf"))
    assert "topics none yet." in radet.casefold()  # the history pages are in English here
    assert "Rådet beslutar att stödja hembygdsdagen." in radet


OTHER_BODIES = {
    "steering": ["steering-2025-03-11", "steering-2025-04-08"],
    "agm": ["agm-2025-03-22"],
    "board": ["byggnadsnamnden-2025-02-12"],
}
"""The archives of other bodies' minutes (see ``test_real_minutes``) and their meetings'
PDFs."""


def written_lines(source: Path) -> tuple[list[str], list[str]]:
    """A meeting's prose lines, and its attendance lines (a table row each on paper)."""
    prose, rows = [], []
    in_attendance = False
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith(":::{attendance}"):
            in_attendance = True
        elif line.startswith(":::") and in_attendance:
            in_attendance = False
        if not line.strip() or line.startswith((":", "#", "`")) or "{" in line:
            continue
        if in_attendance and line.startswith("- "):
            rows.append(line[2:])
        elif not in_attendance:
            prose.append(line.replace("**", ""))
    return prose, rows


@pytest.mark.parametrize("root", sorted(OTHER_BODIES))
def test_every_line_of_other_bodies_minutes_is_in_its_pdf(root: str, tmp_path: Path) -> None:
    srcdir = copy_root(f"test-{root}", tmp_path)
    out = srcdir / "_build" / "latex"
    built = sphinx_build("-W", "-b", "latex", str(srcdir), str(out))
    assert built.returncode == 0, built.stderr
    targets = [f"{name}.pdf" for name in OTHER_BODIES[root]]
    made = subprocess.run(["make", *targets], cwd=out, capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stdout[-3000:]
    for name in OTHER_BODIES[root]:
        body, date = name.rsplit("-", 3)[0], "-".join(name.rsplit("-", 3)[1:])
        source = srcdir / "meetings" / body / f"{date}.md"
        prose, rows = written_lines(source)
        text = folded(text_of(out / f"{name}.pdf", *BODY))
        table = folded(text_of(out / f"{name}.pdf", "-layout", *BODY)).replace(",", "")
        missing = [line for line in prose if folded(line) not in text]
        missing += [row for row in rows if folded(row).replace(",", "") not in table]
        assert missing == [], name
