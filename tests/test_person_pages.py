"""One page per person, under a name that is readable and stays put: the links from the
meetings, the people index and the registers lead to the right page in serial, parallel
and incremental builds alike (see ``sphinx_minutes.derive.page_names``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from compare import build, clean_build, differences, outputs
from conftest import copy_root, soup
from sources import replace_text
from sphinx_minutes.derive.page_names import assign, page_slug
from sphinx_minutes.model.names import person_key

FIRST = ("meetings/finance/2024-01-15.md", "- Dev Patel, Friends of Riverside Library\n")
SECOND = ("meetings/finance/2024-02-19.md", "- Lena Kowalski, RPC (remote)\n")


def add_attendee(srcdir: Path, where: tuple[str, str], line: str) -> None:
    replace_text(srcdir / where[0], where[1], f"{where[1]}{line}\n")


def person_links(outdir: Path, docname: str) -> dict[str, str]:
    """Each person's name on a page, and where its link leads (relative to the output)."""
    page = outdir / f"{docname}.html"
    links = {}
    for anchor in soup(outdir, docname).select("article a[href]"):
        target = (page.parent / anchor["href"].split("#")[0]).resolve()
        written = target.relative_to(outdir.resolve()).as_posix()
        if written.startswith("registers/people/"):
            links[anchor.get_text()] = written
    return links


def test_names_fold_case_spacing_and_unicode_form_but_not_letters() -> None:
    assert person_key("Åsa  ÖBERG") == person_key("åsa öberg")
    assert person_key("A\u030asa Öberg") == person_key("Åsa Öberg")  # decomposed Å
    assert person_key("Asa Oberg") != person_key("Åsa Öberg")
    assert page_slug("Åsa Öberg") == "asa-oberg"  # the ASCII slug Latin names always had
    assert page_slug("Иван Петров") == "иван-петров"
    assert page_slug("Łukasz Nowak") == "łukasz-nowak"  # Ł has no ASCII form: kept


def test_a_suffix_belongs_to_its_name_not_to_the_order_of_the_others() -> None:
    two = assign([("åsa öberg", "Åsa Öberg"), ("asa oberg", "Asa Oberg")])
    three = assign([("åsa öberg", "Åsa Öberg"), ("asa öberg", "Asa Öberg"), *two.items()])
    assert two["åsa öberg"] == "asa-oberg" and two["asa oberg"].startswith("asa-oberg-")
    assert three["asa oberg"] == two["asa oberg"]  # a third name does not move it
    assert assign([("index", "Index")])["index"] != "index"


def test_two_people_with_one_slug_are_linked_to_their_own_pages(tmp_path: Path) -> None:
    srcdir = copy_root("test-archive", tmp_path / "site")
    add_attendee(srcdir, FIRST, "- Åsa Öberg, RPC")
    add_attendee(srcdir, SECOND, "- Asa Oberg, WCC")
    assert build(srcdir) == ""
    out = srcdir / "_build"
    first = person_links(out, "meetings/finance/2024-01-15")["Åsa Öberg"]
    second = person_links(out, "meetings/finance/2024-02-19")["Asa Oberg"]
    assert first == "registers/people/asa-oberg.html"
    assert second.startswith("registers/people/asa-oberg-") and second != first
    index = person_links(out, "registers/people/index")
    assert (index["Åsa Öberg"], index["Asa Oberg"]) == (first, second)


def test_a_name_taking_an_earlier_page_name_rewrites_the_meetings_linking_the_other(
    tmp_path: Path,
) -> None:
    """Asa Oberg, added to a meeting before Åsa Öberg's, takes the plain page name: the
    meeting naming Åsa (not edited) must link her new page, as a clean build does."""
    srcdir = copy_root("test-archive", tmp_path / "site")
    add_attendee(srcdir, SECOND, "- Åsa Öberg, RPC")
    assert build(srcdir) == ""
    before = person_links(srcdir / "_build", "meetings/finance/2024-02-19")["Åsa Öberg"]
    assert before == "registers/people/asa-oberg.html"
    add_attendee(srcdir, FIRST, "- Asa Oberg, WCC")
    assert build(srcdir) == ""
    after = person_links(srcdir / "_build", "meetings/finance/2024-02-19")["Åsa Öberg"]
    assert after.startswith("registers/people/asa-oberg-")
    assert differences(outputs(srcdir / "_build"), clean_build(srcdir, tmp_path / "clean")) == []


def test_parallel_builds_give_the_same_page_names(tmp_path: Path) -> None:
    names = ["- Åsa Öberg, RPC", "- Asa Oberg, WCC", "- Иван Петров, RPC", "- Index, RPC"]
    serial = copy_root("test-archive", tmp_path / "serial")
    for name in names:
        add_attendee(serial, FIRST, name)
    parallel = tmp_path / "parallel"
    shutil.copytree(serial, parallel)
    assert build(serial) == ""
    assert build(parallel, "-j", "2") == ""
    assert differences(outputs(parallel / "_build"), outputs(serial / "_build")) == []


def test_a_person_named_index_leaves_the_index_in_place(tmp_path: Path) -> None:
    srcdir = copy_root("test-archive", tmp_path / "site")
    add_attendee(srcdir, FIRST, "- Index, RPC")
    assert build(srcdir) == ""
    out = srcdir / "_build"
    page = person_links(out, "meetings/finance/2024-01-15")["Index"]
    assert page.startswith("registers/people/index-")
    assert person_links(out, "registers/people/index")["Index"] == page
    assert "Graham Shaw" in person_links(out, "registers/people/index")
    assert (out / page).is_file()
