"""Export files kept from the last build when what makes them has not changed.

Serialising is most of what the exports cost after an edit: every meeting's JSON, every
body's tables and calendars, the feed of every person, organisation and topic, though
one statement changed. Each file is noted with a digest of what made it (its inputs, and
the versions of the code that writes it) and with its size and time once written, in
the doctree folder beside Sphinx's own environment. A file whose inputs are unchanged,
and which is still the file written (the same size and modification time, as ``make``
and Sphinx judge their own files), is left as it is, not even read; any doubt makes it
again. So the output is the same bytes a clean build writes, only made less often.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..derive.digests import code_digest, hashed

Made = bytes | None
"""A file's new bytes, or None for the file left as the last build wrote it."""
Make = Callable[[str, object, Callable[[], bytes]], Made]
"""A file by its name, what makes it, and how (``Kept.made``)."""
Note = list[str | int]
"""What made a file (a digest), then its size and time once written."""
STATE = "sphinx-minutes-exports.json"
"""The notes, in the doctree folder (``-d``), of the files the last build wrote."""


def versions() -> str:
    """What writes the files: a new version of any of it, or a change to the extension's
    code (an editable install), makes every file again."""
    found = []
    for package in ("sphinx-minutes", "feedgen", "icalendar", "lxml"):
        try:
            found.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            found.append(f"{package} ?")
    return "; ".join([*found, code_digest()])


@dataclass
class Kept:
    """The files of the last build that went to ``outdir``, and those of this one."""

    outdir: Path
    made_by: str
    before: dict[str, Note]
    now: dict[str, Note] = field(default_factory=dict)

    def made(self, name: str, inputs: object, make: Callable[[], bytes]) -> Made:
        """None when the file ``name`` (in the output folder) may stay as it is: its
        ``inputs`` (whose ``repr`` says all that makes it) are those of its last making
        and the file is still the one written; else ``make()``."""
        key = hashed((self.made_by, inputs))
        noted = self.before.get(name)
        if noted is not None and noted[0] == key and noted[1:] == written(self.outdir / name):
            self.now[name] = noted
            return None
        self.now[name] = [key]
        return make()

    def read(self, name: str, made: Made) -> bytes:
        """The file's bytes, new or as it was left."""
        return made if made is not None else (self.outdir / name).read_bytes()


def written(path: Path) -> list[int]:
    """A file's size and modification time (none if it is not a file)."""
    try:
        found = path.stat()
    except OSError:
        return []
    return [found.st_size, found.st_mtime_ns] if stat.S_ISREG(found.st_mode) else []


def load(doctreedir: Path, outdir: Path) -> Kept:
    """The notes of the last build into ``outdir``; none when it went elsewhere (another
    builder sharing the doctree folder) or when they cannot be read."""
    made_by = versions()
    try:
        state = json.loads((doctreedir / STATE).read_text(encoding="utf-8"))
        if state["outdir"] != str(outdir) or state["made_by"] != made_by:
            return Kept(outdir, made_by, {})
        files = state["files"].items()
        before: dict[str, Note] = {
            str(k): [str(v[0]), int(v[1]), int(v[2])] for k, v in files if len(v) == 3
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        before = {}
    return Kept(outdir, made_by, before)


def save(kept: Kept, doctreedir: Path) -> None:
    """Note this build's files for the next (only those made through ``made``), once
    written: the size and time of each file made now."""
    files = {name: [note[0], *written(kept.outdir / name)] for name, note in kept.now.items()}
    state = {"outdir": str(kept.outdir), "made_by": kept.made_by, "files": files}
    doctreedir.mkdir(parents=True, exist_ok=True)
    (doctreedir / STATE).write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
