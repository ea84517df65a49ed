"""Nothing that is not public reaches the public build, through any builder, and the
internal build holds everything, marked as not for publication on every page.

The root (``tests/roots/test-public/``) holds a Swedish social welfare committee and an
English school board: a draft, an approved meeting, a meeting that approves the minutes of
the one before, a non-public item full of marker words (its title, text, a statement, a
decision, a follow-up and its ``:id:``, a label, an attachment, an image), a non-public
statement and a non-public decision inside a public item, and an attendee not named in
public. Each marker is a word found nowhere else, so finding it in a published file is a
leak, whatever the file.

Every file of each public output is read, as a reader or a crawler could: pages, copied
sources (``_sources/``), the search index, the general index, ``objects.inv``
(decompressed), downloads, images' names, an EPUB's members, the LaTeX and, when TeX is
installed, the PDFs' text. Only Sphinx's environment (``.doctrees``) is left out: it is
never published. A failure names each file and the markers it leaked.

Each output is built once for the module, when a test first asks for it.
"""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from sphinx.util.inventory import InventoryFile

from compare import build, rebuild_and_compare
from conftest import PROJECT, copy_root, page_text, sphinx_build
from sources import replace_text

ROOT = "test-public"

NON_PUBLIC = {
    "Zorblax": "the non-public item's title",
    "Quintrelle": "the non-public item's text and a comment in it",
    "Velmorant": "the non-public item's decision",
    "Brindlewick": "the :id: of the non-public item's follow-up",
    "Thornquist": "the non-public item's follow-up",
    "Plumbrick": "a label, (plumbrick-utredning)=, in the non-public item",
    "Gnarlwood": "the non-public item's attachment, its name and its text",
    "Snorkelfen": "the non-public item's image, its name and its alt text",
    "Wobbleton": "the non-public comment in a public item",
    "Grimsditch": "a non-public decision in a public item",
}
ANONYMOUS = {
    "Vindeløv": "the name of Ingrid Vindeløv, not named in public",
    "Vindelov": "the name of Ingrid Vindeløv, as a page name",
}
MARKERS = NON_PUBLIC | ANONYMOUS
"""Each word, and where the root writes it (matched in any case)."""

DRAFTS = {
    "Dribbleford": "the Swedish committee's draft minutes (2024-04-09)",
    "Quorvane": "the school board's draft minutes (2024-02-21)",
}
EDITED = {"Fenwhistle": "§ 13, public until the edit marks it :not-public:"}

NOT_PUBLISHED = {".doctrees", "doctrees"}
"""Sphinx's environment: never published, so not read."""
PUBLIC_BUILDERS = ("html", "dirhtml", "singlehtml", "text", "epub", "latex")
MARK = {"en": "Internal: not for publication", "sv": "Internt: får inte publiceras"}
TEX_TOOLS = ("xelatex", "latexmk", "xindy", "pdftotext")


# Reading every published file


def folded(text: str) -> str:
    """Text as the words in it, whatever the file's escaping: JSON's ``\\u00f8``, URLs'
    ``%C3%B8``, HTML's ``&#248;``; without whitespace and hyphens (a word broken at a line's
    end in a PDF or a log is joined again), in one case."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m[1], 16)), text)
    text = html.unescape(unquote(text))
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text).casefold()


def inventory_text(data: bytes) -> str:
    """``objects.inv`` decompressed, an entry a line: type, name, link, shown name."""
    inventory = InventoryFile.loads(data, uri="")
    return "\n".join(
        f"{kind} {name} {item.uri} {item.display_name}"
        for kind, items in inventory.data.items()
        for name, item in items.items()
    )


def pdf_text(pdf: Path) -> str:
    run = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return run.stdout


def texts(name: str, data: bytes, path: Path | None = None) -> Iterator[tuple[str, str]]:
    """What a file says, as text, by the file's name: its name itself, its bytes, and what
    it holds packed (an inventory's entries, a PDF's text; a zip's members, by
    ``<file>!<member>``)."""
    yield name, name
    yield name, data.decode("utf-8", errors="replace")
    if name.endswith(".inv"):
        yield name, inventory_text(data)
    elif name.endswith(".pdf") and path is not None:
        yield name, pdf_text(path)
    elif data[:4] == b"PK\x03\x04":  # an EPUB, or any zip
        with zipfile.ZipFile(io.BytesIO(data)) as packed:
            for member in packed.namelist():
                yield from texts(f"{name}!{member}", packed.read(member))


def published(outdir: Path) -> Iterator[tuple[str, str]]:
    """Every file under ``outdir`` but the environment, as ``texts``."""
    for path in sorted(outdir.rglob("*")):
        relative = path.relative_to(outdir)
        if path.is_file() and not NOT_PUBLISHED & set(relative.parts):
            yield from texts(relative.as_posix(), path.read_bytes(), path)


def found(outdir: Path, markers: dict[str, str]) -> dict[str, set[str]]:
    """The files under ``outdir`` that hold one of ``markers``, with those they hold."""
    words = {marker: folded(marker) for marker in markers}
    holding: dict[str, set[str]] = {}
    for name, text in published(outdir):
        here = folded(text)
        hits = {marker for marker, word in words.items() if word in here}
        if hits:
            holding.setdefault(name, set()).update(hits)
    return holding


def report(holding: dict[str, set[str]], markers: dict[str, str]) -> str:
    lines = [
        f"  {name}: " + ", ".join(f"{m} ({markers[m]})" for m in sorted(hits))
        for name, hits in sorted(holding.items())
    ]
    return f"{len(holding)} published files leak:\n" + "\n".join(lines)


def assert_no_leak(outdir: Path, markers: dict[str, str] = MARKERS) -> None:
    holding = found(outdir, markers)
    assert holding == {}, report(holding, markers)


# The builds


class Built:
    """One build of a copy of the root: its output folder and what it printed."""

    def __init__(self, folder: Path, builder: str, *options: str) -> None:
        self.srcdir = copy_root(ROOT, folder)
        self.outdir = self.srcdir / "_build" / builder
        doctrees = self.srcdir / "_build" / "doctrees"
        result = sphinx_build(
            *options, "-b", builder, "-d", str(doctrees), str(self.srcdir), str(self.outdir)
        )
        assert result.returncode == 0, result.stderr[-3000:]
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
        self.warnings = result.stderr.replace(f"{self.srcdir}/", "")


class Builds(dict[str, Built]):
    """The root's builds, each made when a test first asks for it, by a key: the builder
    and the options after it (``html -j 2``), or the same after ``internal``."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        super().__init__()
        self.factory = factory

    def __missing__(self, key: str) -> Built:
        words = key.split()
        if words[0] == "internal":
            words = [*words[1:], "-D", "minutes_build=internal"]
        folder = self.factory.mktemp(re.sub(r"\W+", "-", key))
        self[key] = built = Built(folder, words[0], *words[1:])
        return built


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Builds:
    return Builds(tmp_path_factory)


@pytest.fixture(scope="module")
def pdfs(builds: Builds, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The public LaTeX made into PDFs by its own Makefile (latexmk, every document):
    slow, so once. Skipped without TeX, failed instead with ``CI=true``."""
    missing = [tool for tool in TEX_TOOLS if shutil.which(tool) is None]
    if missing:
        why = f"TeX is not installed ({', '.join(missing)} missing): see the README's `make pdf`."
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)
    out = tmp_path_factory.mktemp("pdf") / "latex"
    shutil.copytree(builds["latex"].outdir, out)
    env = {
        **os.environ,
        "LATEXOPTS": "-interaction=nonstopmode -halt-on-error",
        "LATEXMKOPTS": "-silent",
    }
    made = subprocess.run(["make"], cwd=out, env=env, capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stdout[-3000:] + made.stderr[-3000:]
    return out


# The public build


def test_the_public_build_has_no_warning(builds: Builds) -> None:
    """The root uses only what the extension knows: every option read, no check fails."""
    assert builds["html"].warnings == ""


@pytest.mark.parametrize("builder", PUBLIC_BUILDERS)
def test_the_public_build_leaks_nothing(builds: Builds, builder: str) -> None:
    assert_no_leak(builds[builder].outdir)


def test_the_parallel_public_build_leaks_nothing(builds: Builds) -> None:
    assert_no_leak(builds["html -j 2"].outdir)


def test_the_public_pdfs_leak_nothing(pdfs: Path) -> None:
    made = sorted(p.name for p in pdfs.glob("*.pdf"))
    assert len(made) == 7, made  # the site's, one a meeting, a volume a body
    assert_no_leak(pdfs)


def test_the_public_build_shows_what_is_public(builds: Builds) -> None:
    """The leak test is not passed by an empty site: the public parts are all there."""
    outdir = builds["html"].outdir
    meeting = page_text(outdir, "meetings/socialnamnden/2024-03-12")
    assert "Nämnden lägger uppföljningen till handlingarna." in meeting
    assert "Kommunen har 142 sociala kontrakt, varav 18 är lediga." in meeting
    assert "Fenwhistle-rapporten" in meeting
    assert "OSL 26 kap. 1 §" in meeting  # the reason the item is withheld
    board = page_text(outdir, "meetings/schoolboard/2024-01-17")
    assert "Will the bus route past Mill Lane be kept next year?" in board
    assert "member of the public" in board


def test_the_public_build_carries_no_internal_mark(builds: Builds) -> None:
    marks = {mark: "the internal build's mark" for mark in MARK.values()}
    assert_no_leak(builds["html"].outdir, marks)
    assert_no_leak(builds["latex"].outdir, marks)


def test_drafts_left_out_of_the_public_build_leak_nothing(builds: Builds) -> None:
    """With ``minutes_drafts_public = False`` the drafts' words are in no file either."""
    assert_no_leak(builds["html -D minutes_drafts_public=0"].outdir, MARKERS | DRAFTS)


# The internal build


def test_the_internal_build_holds_everything(builds: Builds) -> None:
    """Every marker is in the internal build: the words the public build must leave out
    are really in the root, and the internal build keeps them (a follow-up's ``:id:`` is
    no text of a page: it is in the inventory)."""
    outdir = builds["internal html"].outdir
    assert set(MARKERS | DRAFTS) - set().union(*found(outdir, MARKERS | DRAFTS).values()) == set()
    assert (outdir / "_images" / "snorkelfen.png").is_file()
    board = page_text(outdir, "meetings/schoolboard/2024-01-17")
    assert "Ingrid Vindeløv, member of the public (not named in public)" in board
    committee = page_text(outdir, "meetings/socialnamnden/2024-03-12")
    for said in ("Zorblax", "Quintrelle", "Velmorant", "Thornquist", "Wobbleton", "Grimsditch"):
        assert said in committee


def documents(outdir: Path, suffix: str) -> list[Path]:
    """The pages of documents: not Sphinx's own index of terms and search page."""
    return [
        p
        for p in sorted(outdir.rglob(f"*{suffix}"))
        if p.stem not in ("genindex", "search") and "_static" not in p.parts
    ]


def test_every_internal_page_is_marked_not_for_publication(builds: Builds) -> None:
    outdir = builds["internal html"].outdir
    pages = documents(outdir, ".html")
    assert len(pages) > 20
    unmarked = [
        p.relative_to(outdir).as_posix()
        for p in pages
        if 'class="minutes-internal' not in p.read_text(encoding="utf-8")
    ]
    assert unmarked == []
    assert MARK["sv"] in page_text(outdir, "meetings/socialnamnden/2024-03-12")
    assert MARK["en"] in page_text(outdir, "meetings/schoolboard/2024-01-17")
    assert MARK["sv"] in page_text(outdir, "registers/socialnamnden/decisions")
    assert MARK["en"] in page_text(outdir, "index")
    search = (outdir / "search.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex, nofollow">' in search


def test_every_internal_text_page_is_marked(builds: Builds) -> None:
    outdir = builds["internal text"].outdir
    pages = documents(outdir, ".txt")
    assert len(pages) > 20
    unmarked = [
        p.relative_to(outdir).as_posix()
        for p in pages
        if not any(mark in p.read_text(encoding="utf-8") for mark in MARK.values())
    ]
    assert unmarked == []


def test_every_internal_pdf_is_marked(builds: Builds) -> None:
    outdir = builds["internal latex"].outdir
    tex = {p.name: p.read_text(encoding="utf-8") for p in outdir.glob("*.tex")}
    assert len(tex) == 7  # the site's, one a meeting, a volume a body
    mark = r"\begin{sphinxuseclass}{minutes-internal}"
    assert [name for name, source in tex.items() if mark not in source] == []
    assert MARK["sv"] in tex["socialnamnden-2024-03-12.tex"]
    assert MARK["en"] in tex["schoolboard-2024-01-17.tex"]
    sheets = {
        name: re.findall(r"\\minutesinternal\{(.*)\}", source) for name, source in tex.items()
    }
    assert sheets["socialnamnden.tex"] == [MARK["sv"]]  # on every sheet, the title page too
    assert sheets["schoolboard.tex"] == [MARK["en"]]
    assert sheets["norrvikandeastbrookminutes.tex"] == [MARK["en"]]


def test_make_internal_builds_into_its_own_folder(tmp_path: Path) -> None:
    """`make internal`, as the README gives it, with this test run's Python."""
    srcdir = copy_root(ROOT, tmp_path / "site")
    shutil.copy2(PROJECT / "Makefile", srcdir / "Makefile")
    bin_dir = Path(sys.executable).parent
    made = subprocess.run(
        ["make", "--no-print-directory", "internal", f"BIN={bin_dir}", "STAMP=", "SPHINXOPTS=-q"],
        cwd=srcdir,
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr[-3000:]
    outdir = srcdir / "_build" / "internal" / "html"
    assert MARK["sv"] in page_text(outdir, "meetings/socialnamnden/2024-03-12")
    assert (srcdir / "_build" / "internal" / "doctrees" / "environment.pickle").is_file()
    assert not (srcdir / "_build" / "html").exists()


# Marking an item non-public, incrementally


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The root built, § 13 then marked non-public, and built again incrementally beside
    a clean build of the edited sources: the site, and the files that differ."""
    base = tmp_path_factory.mktemp("edited")
    srcdir = copy_root(ROOT, base / "site")
    build(srcdir)
    meeting = srcdir / "meetings/socialnamnden/2024-03-12.md"
    heading = "::::{agenda-item} § 13 Ekonomisk uppföljning februari\n"
    replace_text(meeting, heading, f"{heading}:not-public: OSL 26 kap. 1 §\n")
    return srcdir, rebuild_and_compare(srcdir, base / "clean")


def test_an_item_made_non_public_gives_the_clean_build(edited: tuple[Path, list[str]]) -> None:
    _, differing = edited
    assert differing == []


def test_an_item_made_non_public_leaks_nothing(edited: tuple[Path, list[str]]) -> None:
    """Its words were on pages, in the search index and in registers before the edit:
    no file written before keeps them."""
    srcdir, _ = edited
    assert_no_leak(srcdir / "_build", MARKERS | EDITED)
