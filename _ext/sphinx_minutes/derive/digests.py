"""Short hashes of what derived data is made from, so that a rebuild makes again only
what a changed meeting touches (see ``views.inputs``, ``export.record_keys``).

A meeting's digest is of the meeting as read, made once and kept until it is read again;
``shared`` is what every derived thing depends on besides the meetings. Equal digests
stand for equal inputs; unequal ones only mean "make it again": a digest that changes
for nothing costs time, never a wrong page.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import DerivedStore

PACKAGE = Path(__file__).parents[1]
"""sphinx-minutes' code: a change to any of it (an editable install) makes everything
derived again."""


@cache
def code_digest() -> str:
    """The extension's code as this process imported it (hashed once: a change to it
    takes a new process)."""
    code = hashlib.sha256()
    for module in sorted(PACKAGE.rglob("*.py")):
        code.update(module.read_bytes())
    return code.hexdigest()


def hashed(data: object) -> str:
    return hashlib.sha256(repr(data).encode()).hexdigest()[:16]


def meeting_digest(domain: DerivedStore, docname: str) -> str:
    """The meeting as read, hashed once and kept until the meeting is read again (the
    record read is never changed afterwards, see ``shown``)."""
    kept: dict[str, str] = domain.data["meeting-digests"]
    found = kept.get(docname)
    if found is None:
        data = pickle.dumps(domain.meetings[docname], protocol=pickle.HIGHEST_PROTOCOL)
        found = kept[docname] = hashlib.sha256(data).hexdigest()[:16]
    return found


def shared(domain: DerivedStore) -> str:
    """What everything derived from the meetings depends on besides them, hashed once
    per build: the registries, the page names, the long histories' periods, the pages
    the project has, the configuration and the code."""

    def made() -> str:
        settings = sorted(
            (value.name, repr(value.value))
            for value in domain.env.config
            if value.name.startswith("minutes_") or value.name == "language"
        )
        files = sorted(domain.registry.files.items())
        registry = [(kind, read_bytes(path)) for kind, path in files]
        return hashed(
            (
                settings,
                registry,
                domain.page_names,
                sorted(domain.history_splits.items()),
                sorted(domain.env.all_docs),
                code_digest(),
            )
        )

    return domain.remembered("shared inputs", made)


def read_bytes(path: Path) -> bytes | None:
    """A registry file's bytes; None for one that cannot be read (a folder of that name:
    the registry reported it)."""
    try:
        return path.read_bytes()
    except OSError:
        return None
