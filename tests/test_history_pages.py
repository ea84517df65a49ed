"""The history pages (an organisation's, a person's) list what was said as each
statement's first sentence, linked to its full text in its meeting: they do not repeat
the minutes, and an edit past a statement's first sentence does not write them again."""

from __future__ import annotations

from pathlib import Path

from compare import build
from conftest import copy_root, soup
from sources import replace_text
from test_exact_builds import rewritten, written_at

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
        # an ordinal, an abbreviation and an initial do not end a sentence
        "Wir treffen uns am 3. Oktober im Rathaus wieder. Danach folgt der Rest.": (
            "Wir treffen uns am 3. Oktober im Rathaus wieder. …"
        ),
        "Se t.ex. Rapporten från SCB om tillgänglighet. Den kom i våras.": (
            "Se t.ex. Rapporten från SCB om tillgänglighet. …"
        ),
        "Dr. Holm and A. Berg presented the audit in full. Questions followed.": (
            "Dr. Holm and A. Berg presented the audit in full. …"
        ),
        # a first sentence too short to say anything takes the next with it
        "Ja! Vi ställer oss bakom förslaget i sin helhet. Men budgeten saknas.": (
            "Ja! Vi ställer oss bakom förslaget i sin helhet. …"
        ),
        "One sentence,\n  over two lines.": "One sentence, over two lines.",
    }
    for text, shown in said.items():
        assert gist(text) == shown
    long = "word " * 80
    assert gist(long).endswith(" …") and len(gist(long)) <= 200
