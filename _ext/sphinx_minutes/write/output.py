"""The HTML output after an incremental build holds exactly what a clean build writes.

Sphinx leaves behind the page of a removed document, its copied source and the files it
offered for download, and its incremental ``searchindex.js`` loses the index entries of
every page it did not write this time (the entries are gathered while pages are written,
after the environment was saved, and are not read back from the old index) and keeps the
words of rewritten or removed pages as words of no page. Here the leftovers are removed
when the build ends, and the index is mended before it is written.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.builders.singlehtml import SingleFileHTMLBuilder

from ..read.store import minutes_domain
from .store import Before, WriteStore

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def copied(env: BuildEnvironment) -> frozenset[str]:
    """The downloads and images of every document, as paths under the output folder."""
    downloads = {f"_downloads/{dest}" for _, dest in env.dlfiles.values()}
    images = {f"_images/{dest}" for _, dest in env.images.values()}
    return frozenset(downloads | images)


def page_builder(app: Sphinx) -> StandaloneHTMLBuilder | None:
    """The builder when it writes a page per document, else None."""
    builder = app.builder
    if isinstance(builder, StandaloneHTMLBuilder) and not isinstance(
        builder, SingleFileHTMLBuilder
    ):
        return builder
    return None


def note_removed(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: what this build may leave behind."""
    domain = minutes_domain(env, WriteStore)
    domain.output_before = Before(frozenset(removed), copied(env))
    return []


def remove_leftovers(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: remove the pages, copied sources, downloads and images that
    no document has any more."""
    builder = page_builder(app)
    domain = minutes_domain(app.env, WriteStore)
    before = domain.output_before
    if exception is not None or builder is None or before is None:
        return
    outdir = Path(builder.outdir)
    gone = [Path(builder.get_outfilename(doc)) for doc in before.removed]
    suffix = app.config.html_sourcelink_suffix
    for doc in before.removed:
        for source in app.config.source_suffix:
            name = f"{doc}{source}" + (suffix if source != suffix else "")
            gone.append(outdir / "_sources" / name)
    gone += [outdir / path for path in before.copied - copied(app.env)]
    for path in gone:
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty: other files are still there
            path.parent.rmdir()


def mend_search_index(app: Sphinx) -> list[Any]:
    """``html-collect-pages`` (after every page is written, before the search index is):
    the index entries of the pages not written this time come from the old search index,
    every page's entries in document order, as a clean build feeds them; the words no
    page holds any more are dropped (Sphinx keeps them, with an empty list of pages)."""
    builder = page_builder(app)
    indexer = builder.indexer if builder else None
    if builder is None or indexer is None:
        return []
    written: dict[str, list[tuple[str, str, str]]] = indexer._index_entries
    kept: dict[str, list[tuple[str, str, str]]] = {}
    if indexer._titles.keys() - written.keys():  # not a clean build: read the old index
        for doc, entry, anchor, main in old_index_entries(builder):
            if doc in indexer._titles and doc not in written:
                kept.setdefault(doc, []).append((entry, anchor, "main" if main else ""))
    merged = sorted({**kept, **written}.items())
    written.clear()  # the environment's own store, which the indexer writes out
    written.update(merged)
    for words in (indexer._mapping, indexer._title_mapping):
        for word in [word for word, pages in words.items() if not pages]:
            del words[word]
    return []


def old_index_entries(builder: StandaloneHTMLBuilder) -> list[tuple[str, str, str, bool]]:
    """(document, entry, anchor, main) in the search index the last build wrote."""
    path = Path(builder.outdir) / builder.searchindex_filename
    try:
        if builder.indexer_dumps_unicode:
            with open(path, encoding="utf-8") as text:
                old = builder.indexer_format.load(text)
        else:
            with open(path, "rb") as binary:
                old = builder.indexer_format.load(binary)
        docnames = old["docnames"]
        return [
            (docnames[number], entry, anchor, bool(main))
            for entry, places in old.get("indexentries", {}).items()
            for number, anchor, main in places
        ]
    except (OSError, ValueError, LookupError, TypeError):
        return []  # none, or not readable: Sphinx has said so when it loaded it
