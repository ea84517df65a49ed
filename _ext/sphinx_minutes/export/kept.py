"""Export files kept from the last build when what makes them has not changed.

Serialising is most of what the exports cost after an edit: feedgen writes every feed of
every person, organisation and topic, icalendar every body's calendar, though one
statement changed. Each such file is noted with a digest of what made it (its inputs,
and the versions of the code that writes it) and of its bytes, in the doctree folder
beside Sphinx's own environment. A file whose inputs are unchanged, and whose bytes are
still those written, is taken as it is; any doubt makes it again. So the output is the
same bytes a clean build writes, only made less often.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

Make = Callable[[str, object, Callable[[], bytes]], bytes]
"""A file's bytes by its name, what makes it, and how (``Kept.made``)."""
STATE = "sphinx-minutes-exports.json"
"""The notes, in the doctree folder (``-d``), of the files the last build wrote."""


def versions() -> str:
    """What writes the files: a new version of any of it, or a change to the code that
    writes them (an editable install), makes every file again."""
    found = []
    for package in ("sphinx-minutes", "feedgen", "icalendar", "lxml"):
        try:
            found.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            found.append(f"{package} ?")
    code = hashlib.sha256()
    for module in sorted(Path(__file__).parent.glob("*.py")):
        code.update(module.read_bytes())
    return "; ".join([*found, code.hexdigest()])


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Kept:
    """The files of the last build that went to ``outdir``, and those of this one."""

    outdir: Path
    made_by: str
    before: dict[str, list[str]]
    now: dict[str, list[str]] = field(default_factory=dict)

    def made(self, name: str, inputs: object, make: Callable[[], bytes]) -> bytes:
        """The bytes of the file ``name`` (from the output folder): the file as it is
        when ``inputs`` (whose ``repr`` says all that makes it) are those of its last
        making and it still holds what was written, else ``make()``."""
        key = hashlib.sha256(repr((self.made_by, inputs)).encode()).hexdigest()
        noted = self.before.get(name)
        path = self.outdir / name
        if noted is not None and noted[0] == key and path.is_file():
            data = path.read_bytes()
            if sha(data) == noted[1]:
                self.now[name] = noted
                return data
        data = make()
        self.now[name] = [key, sha(data)]
        return data


def load(doctreedir: Path, outdir: Path) -> Kept:
    """The notes of the last build into ``outdir``; none when it went elsewhere (another
    builder sharing the doctree folder) or when they cannot be read."""
    made_by = versions()
    try:
        state = json.loads((doctreedir / STATE).read_text(encoding="utf-8"))
        same = state["outdir"] == str(outdir) and state["made_by"] == made_by
        before = {str(k): [str(v[0]), str(v[1])] for k, v in state["files"].items()} if same else {}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        before = {}
    return Kept(outdir, made_by, before)


def save(kept: Kept, doctreedir: Path) -> None:
    """Note this build's files for the next (only those made through ``made``)."""
    state = {"outdir": str(kept.outdir), "made_by": kept.made_by, "files": kept.now}
    doctreedir.mkdir(parents=True, exist_ok=True)
    (doctreedir / STATE).write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
