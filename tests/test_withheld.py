"""Items and statements under ``:not-public:``: the public build shows their place and
nothing of their text, anywhere; the internal build shows them, marked; links to them
from public text are reported at their line."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from compare import build, differences, outputs
from conftest import build_once, copy_root, page_text, sphinx_build

MEETING = "meetings/governors/2025-03-10"
LATER = "meetings/governors/2025-04-14"
MARKERS = ("zanthorpe", "quillfeather", "marcus webb: the", "disciplinary case")
"""Words only the withheld parts of the test minutes hold (any case)."""


def published(outdir: Path) -> dict[str, str]:
    """Every published file of a build as text: ``objects.inv`` decompressed, Sphinx's
    own bookkeeping (``.doctrees``, ``.buildinfo``) left out."""
    texts = {}
    for path in sorted(outdir.rglob("*")):
        name = path.relative_to(outdir).as_posix()
        if not path.is_file() or name.startswith((".doctrees", ".buildinfo")):
            continue
        data = path.read_bytes()
        if name == "objects.inv":
            header, _, body = data.partition(b"zlib.\n")
            data = header + zlib.decompress(body)
        texts[name] = data.decode("utf-8", errors="replace").casefold()
    return texts


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The test minutes built public and internal; the public build's warnings."""
    srcdir = copy_root("test-withheld", tmp_path_factory.mktemp("withheld"))
    public = sphinx_build("-b", "html", str(srcdir), str(srcdir / "_public"))
    internal = sphinx_build(
        "-b", "html", "-D", "minutes_build=internal", str(srcdir), str(srcdir / "_internal")
    )
    assert internal.returncode == 0, internal.stderr
    assert public.returncode == 0, public.stderr
    return srcdir / "_public", srcdir / "_internal", public.stderr.replace(f"{srcdir}/", "")


def test_the_public_build_publishes_no_word_of_what_is_withheld(
    builds: tuple[Path, Path, str],
) -> None:
    public, _, _ = builds
    leaks = [
        f"{name}: {marker}"
        for name, text in published(public).items()
        for marker in MARKERS
        if marker in text
    ]
    assert leaks == []
    assert "_sources/meetings/governors/2025-03-10.md.txt" in published(public)


def test_the_public_page_shows_where_something_was_withheld_and_why(
    builds: tuple[Path, Path, str],
) -> None:
    public, _, _ = builds
    text = page_text(public, MEETING)
    assert (
        "Comment: Not public (Data Protection Act 2018). Decision: The report is noted. "
        "Motion: Not public (Data Protection Act 2018). Reservation: Not public (Data "
        "Protection Act 2018)." in text
    )
    assert "2. Staffing matter Not public (Education Act 2002, s. 19" in text
    assert "3. Building works Decision: The roof repairs go ahead" in text
    source = (public / "_sources" / f"{MEETING}.md.txt").read_text(encoding="utf-8")
    assert "::::{agenda-item} 2. Staffing matter\n:not-public: Education Act 2002" in source
    assert "The roof repairs go ahead in the Easter holidays." in source


def test_the_internal_build_shows_everything_marked_not_public(
    builds: tuple[Path, Path, str],
) -> None:
    _, internal, _ = builds
    text = page_text(internal, MEETING)
    assert (
        "Comment Marcus Webb: The Quillfeather family has asked for a meeting about the "
        "exclusion. Not public (Data Protection Act 2018)" in text
    )
    assert "2. Staffing: disciplinary case Not public (Education Act 2002" in text
    assert "Write to the Zanthorpe union representative." in text
    register = page_text(internal, "registers/governors/follow-ups")
    assert (
        "2. Staffing: disciplinary case (Not public): Write to the Zanthorpe union "
        "representative. (Not public) — Tom Ellery, due April 1, 2025" in register
    )


def test_a_public_link_to_what_is_withheld_is_reported_and_shown_as_text(
    builds: tuple[Path, Path, str],
) -> None:
    public, _, warnings = builds
    assert warnings.splitlines() == [
        f"{LATER}.md:16: WARNING: The item '2025-03-10#2' is not public: the public build "
        "shows the link as text. Leave the link out of the public text, or make what it "
        "names public; the internal build (`make internal`) shows both. "
        "[minutes.not-public-reference]",
        f"{LATER}.md:18: WARNING: The follow-up 'union-letter' is not public: the public "
        "build shows the link as text. Leave the link out of the public text, or make what "
        "it names public; the internal build (`make internal`) shows both. "
        "[minutes.not-public-reference]",
    ]
    text = page_text(public, LATER)
    assert "See 2025-03-10#2 and 3. Building works." in text
    assert "(closes union-letter): Letter sent." in text


def test_making_an_item_not_public_gives_what_a_clean_build_gives(tmp_path: Path) -> None:
    srcdir = copy_root("test-withheld", tmp_path / "site")
    build(srcdir)
    path = srcdir / f"{MEETING}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("3. Building works\n", "3. Building works\n:not-public: Contract terms\n"),
        encoding="utf-8",
    )
    build(srcdir)
    clean = copy_root("test-withheld", tmp_path / "clean")
    (clean / f"{MEETING}.md").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    build(clean)
    assert differences(outputs(srcdir / "_build"), outputs(clean / "_build")) == []
    assert "easter holidays" not in "".join(published(srcdir / "_build").values())


def test_the_documented_example_shows_in_public_only_what_it_says(tmp_path: Path) -> None:
    from test_docs_examples import project_for  # the docs' example, framed as there

    docname = project_for("not-public.md", tmp_path)
    app = build_once(tmp_path)
    assert app.warning.getvalue() == ""
    text = page_text(app.outdir, docname)
    assert "4. Staffing Not public (Employment matter, closed session)" in text
    assert "Comment: Not public (Commercial confidence)." in text
    assert "Decision: The mooring fees rise by 4 per cent from April." in text
    for withheld in ("harbour master", "Okafor is offered", "slipway", "Lindqvist:"):
        assert withheld not in text
