"""Each doctree let go once Sphinx has pickled it, rather than held until it is written.

In a serial build Sphinx keeps every doctree it reads in memory (as well as on disk) until
its page is written, to spare unpickling it again. A body's archive grows by a meeting a
month and never shrinks; held together, its doctrees were the larger part of the build's
peak memory, and grew with the archive (on the benchmark's 200 copies of the seed
meeting, 346 MiB, against 222 MiB without them; see docs/explanation/performance.md).
Sphinx's maintainers named this cache an unbounded cost for large projects (sphinx-doc/
sphinx#12431); a parallel build never fills it. Here each doctree is let go as the next
document is read, young enough for Python's youngest collections to free it, and each page
is written from its pickle, as in a parallel build: in the same time (the collector has
less to walk), the peak memory no longer holds the archive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

CACHE = "_write_doc_doctree_cache"
"""Sphinx's in-memory doctrees, by document (private; absent, nothing is let go)."""


def let_go_read(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: the doctrees read before this one, pickled by now, let go."""
    let_go(app.env)


def let_go_all(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-updated``: the last document's doctree too."""
    let_go(env)


def let_go(env: BuildEnvironment) -> None:
    held = getattr(env, CACHE, None)
    if isinstance(held, dict):
        held.clear()
