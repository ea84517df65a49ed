"""Writing the exports into the site: each file only when its bytes change, and the files
of an earlier build that no meeting or body makes any more removed.

The output's ``data/`` folder belongs to the exports: a file there with an export's
suffix that this build did not make is a leftover (a meeting removed, a body renamed).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from .kept import Made
from .names import FOLDER

SUFFIXES = (".json", ".csv", ".ics", ".atom")


def write_all(outdir: Path, files: dict[str, Made]) -> None:
    """Write ``files`` (paths relative to the output folder) where they differ, and remove
    what an earlier build wrote that is not among them; a file kept (None) is left as it
    is (see ``kept``)."""
    for name, data in sorted(files.items()):
        path = outdir / name
        if data is None or (path.is_file() and path.read_bytes() == data):
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    folder = outdir / FOLDER
    made = {outdir / name for name in files}
    for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
        if path.is_file() and path.suffix in SUFFIXES and path not in made:
            path.unlink()
            with contextlib.suppress(OSError):  # not empty: other files are still there
                path.parent.rmdir()
