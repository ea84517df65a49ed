"""Shared fixtures: Sphinx's own test machinery, a build of the real site, page text."""

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

pytest_plugins = ("sphinx.testing.fixtures",)

PROJECT = Path(__file__).parent.parent
SEED = Path(__file__).parent / "data" / "scb-kommunikation-2023-10-27.txt"
"""The plain text the seed meeting was transcribed from (a copy of the shared seed)."""
SHARED_SEED = PROJECT.parent / "shared" / "seeds" / "000_e4940ed8db602d6d.txt"
SEED_PAGE = "meetings/scb-kommunikation/2023-10-27"
SITE_FILES = ("conf.py", "index.md", "meetings", "docs")


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).parent / "roots"


def copy_site(target: Path) -> Path:
    """The project's own site (conf, meetings, docs), without anything generated."""
    for name in SITE_FILES:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The real site, built once as `make html` builds it. The app is cleaned up at once
    (its output, environment and warnings stay readable), so later apps start clean."""
    return build_once(copy_site(tmp_path_factory.mktemp("site")))


def page_text(app: SphinxTestApp, docname: str) -> str:
    """What a reader reads of a page's main content, whitespace folded."""
    html = (app.outdir / f"{docname}.html").read_text(encoding="utf-8")
    article = BeautifulSoup(html, "html.parser").find("article") or BeautifulSoup(
        html, "html.parser"
    )
    for link in article.select("a.headerlink"):
        link.decompose()
    return " ".join(article.get_text("").split())


def soup(app: SphinxTestApp, docname: str) -> BeautifulSoup:
    return BeautifulSoup(
        (app.outdir / f"{docname}.html").read_text(encoding="utf-8"), "html.parser"
    )


def build_once(srcdir: Path, **kwargs: object) -> SphinxTestApp:
    """Build and clean up straight away: what the tests read (output, environment,
    warnings) outlives the app, and no registration leaks into the next app."""
    app = build(srcdir, **kwargs)
    app.cleanup()
    return app


def build_root(name: str, srcdir: Path, **kwargs: object) -> SphinxTestApp:
    """Copy ``tests/roots/test-<name>`` into ``srcdir`` and build it; the caller cleans up."""
    shutil.copytree(Path(__file__).parent / "roots" / f"test-{name}", srcdir, dirs_exist_ok=True)
    return build(srcdir, **kwargs)


def build(srcdir: Path, **kwargs: object) -> SphinxTestApp:
    app = SphinxTestApp("html", srcdir=srcdir, status=StringIO(), warning=StringIO(), **kwargs)
    app.build()
    return app


def sphinx_build(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``sphinx-build`` in its own process, as `make html` does."""
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", *args], capture_output=True, text=True, check=False
    )


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
        sentences += [" ".join(piece.split()) for piece in pieces if piece.strip()]
    return sentences
