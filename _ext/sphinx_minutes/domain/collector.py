"""Python's garbage collector, set for a build and set back when it ends.

A build makes hundreds of thousands of docutils nodes, and Sphinx's environment holds
much of what they say; Python's cyclic collector, whose youngest generation is collected
every 700 allocations by default, walks them all again at each full collection. On the
benchmark's archives that was a quarter of the build, for plain MyST and for
sphinx-minutes alike (see docs/explanation/performance.md). A build of minutes collects
its youngest generation every ``minutes_gc_threshold`` allocations instead: fewer,
larger collections, for a few percent more memory (10,000 by default: at 20,000 and
more, garbage waited long enough between full collections to add a fifth to the build's
peak memory, for no more speed). The other two thresholds are kept. ``0`` leaves
Python's setting.

When the process ends, Python's last full collection walks everything still held (the
environment, the archive, the records): on the benchmark's archive of 500 meetings that
took 1.0 s for plain MyST and 1.4 s for sphinx-minutes, a quarter of a rebuild after an
edit, to free memory the system takes back anyway. So a process that ran a build
freezes its heap (``gc.freeze``) when it exits (an ``atexit`` handler: never while it
still works, as a test suite's process running many builds does), and that collection
skips it. Files are written and closed by then; other exit handlers still run.
"""

from __future__ import annotations

import atexit
import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

BEFORE = "minutes-gc-threshold-before"
"""Where the thresholds the build found are kept, on the application."""


def set_collector(app: Sphinx, config: Config) -> None:
    """``config-inited``: the collector's first threshold for this build."""
    threshold = config.minutes_gc_threshold
    if threshold <= 0 or hasattr(app, BEFORE):
        return
    before = gc.get_threshold()
    setattr(app, BEFORE, before)
    gc.set_threshold(threshold, *before[1:])
    atexit.unregister(gc.freeze)  # once, however many builds the process runs
    atexit.register(gc.freeze)


def set_back(app: Sphinx, error: BaseException | None) -> None:
    """``build-finished``: the thresholds as the build found them (a process that builds
    more than once, as a test suite does, gets them back)."""
    before = getattr(app, BEFORE, None)
    if before is not None:
        gc.set_threshold(*before)
        delattr(app, BEFORE)
