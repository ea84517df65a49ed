"""Shared helpers, one per job: copying a site, building it (in this process or with
``sphinx-build``), reading what it printed, and reading its pages.

Tests that build a root of ``tests/roots/`` in this process and read the result use
Sphinx's own fixture: ``@pytest.mark.sphinx("html", testroot="<name>", srcdir="<name>")``
and ``app``. The ``srcdir`` makes Sphinx copy the root into the test's own folder (see
``sphinx_test_tempdir`` below); without it Sphinx would build inside ``tests/roots/``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_colors

pytest_plugins = ("sphinx.testing.fixtures",)

PROJECT = Path(__file__).parent.parent
ROOTS = Path(__file__).parent / "roots"
SEED = Path(__file__).parent / "data" / "scb-kommunikation-2023-10-27.txt"
"""The plain text the seed meeting was transcribed from (a copy of the shared seed)."""
SEED_PAGE = "meetings/scb-kommunikation/2023-10-27"
SITE_FILES = ("conf.py", "index.md", "meetings", "docs")
SITE_THEME = {  # the project's own navigation (conf.py): two levels, other branches folded
    "navigation_depth": 2,
    "show_nav_level": 1,
    "collapse_navigation": True,
}
BUILT = ("_build", "registers", "__pycache__")
"""What a build (or Python) writes into a site's folder: not part of its sources."""


# Sphinx's fixtures


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


@pytest.fixture
def sphinx_test_tempdir(tmp_path: Path) -> Path:
    """Each test's ``app`` builds its own copy of its root, which it may edit."""
    return tmp_path


@pytest.fixture
def app_params(app_params: tuple[list[object], dict[str, object]]) -> object:
    """Sphinx's parameters, refused when they would build inside ``tests/roots/``."""
    srcdir = Path(str(app_params[1]["srcdir"]))
    assert ROOTS not in srcdir.parents, "give the sphinx mark a srcdir, to build a copy"
    return app_params


# Copying a site


def copy_sources(source: Path, target: Path) -> Path:
    """The sources of a site (``target`` may already hold others), without anything a
    build made."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(*BUILT), dirs_exist_ok=True)
    return target


def copy_root(name: str, target: Path) -> Path:
    """``tests/roots/<name>`` copied into ``target``."""
    return copy_sources(ROOTS / name, target)


def copy_site(target: Path) -> Path:
    """The project's own site (conf, meetings, docs), without anything generated."""
    for name in SITE_FILES:
        source = PROJECT / name
        if source.is_dir():
            copy_sources(source, target / name)
        else:
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The real site, built once as `make html` builds it. The app is cleaned up at once
    (its output, environment and warnings stay readable), so later apps start clean."""
    return build_once(copy_site(tmp_path_factory.mktemp("site")))


# Building in this process


def build(srcdir: Path, **kwargs: object) -> SphinxTestApp:
    """An HTML build of ``srcdir``; the caller cleans the app up."""
    app = SphinxTestApp("html", srcdir=srcdir, status=StringIO(), warning=StringIO(), **kwargs)
    app.build()
    return app


def build_once(srcdir: Path, **kwargs: object) -> SphinxTestApp:
    """Build and clean up straight away: what the tests read (output, environment,
    warnings) outlives the app, and no registration leaks into the next app."""
    app = build(srcdir, **kwargs)
    app.cleanup()
    return app


def build_root(name: str, srcdir: Path, **kwargs: object) -> SphinxTestApp:
    """Copy ``tests/roots/test-<name>`` into ``srcdir`` and build it once."""
    return build_once(copy_root(f"test-{name}", srcdir), **kwargs)


# Building with sphinx-build


def sphinx_build(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``sphinx-build -q`` in its own process, as `make html` does."""
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "--no-color", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def start_sphinx_build(*args: str) -> subprocess.Popen[str]:
    """``sphinx-build -q`` started in its own process, to run beside others; its output
    comes with ``communicate()``."""
    return subprocess.Popen(
        [sys.executable, "-m", "sphinx", "-q", "--no-color", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# What a build printed


def printed(stream: StringIO) -> str:
    """What Sphinx printed to an app's stream, without its colours."""
    return strip_colors(stream.getvalue())


def warning_lines(app: SphinxTestApp, srcdir: Path | None = None) -> list[str]:
    """The app's warnings, a line each, with ``srcdir/`` left out of their paths."""
    lines = printed(app.warning).splitlines()
    return [line.replace(f"{srcdir}/", "") for line in lines] if srcdir else lines


# Reading the pages


def squeezed(text: str) -> str:
    """The words of a text, each run of whitespace one space."""
    return " ".join(text.split())


def soup(outdir: Path, docname: str) -> BeautifulSoup:
    """A built HTML page, parsed."""
    html = (outdir / f"{docname}.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def page_text(outdir: Path, docname: str) -> str:
    """What a reader reads of a page's main content, whitespace folded."""
    page = soup(outdir, docname)
    article = page.find("article") or page
    for link in article.select("a.headerlink"):
        link.decompose()
    return squeezed(article.get_text(""))


# The seed


def seed_sentences() -> list[str]:
    """Every sentence of the seed, with its Markdown link syntax reduced to the link text."""
    sentences = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^\s*-\s+", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"<(https?://[^>]+)>", r"\1", line)
        pieces = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ”\"])", line.strip())
        for n, piece in enumerate(pieces[:-1]):
            if re.fullmatch(r"\d+\.", piece):  # "7. SCB på sociala medier" is one heading
                pieces[n + 1] = f"{piece} {pieces[n + 1]}"
                pieces[n] = ""
        sentences += [squeezed(piece) for piece in pieces if piece.strip()]
    return sentences
