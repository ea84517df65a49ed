"""The other names an attendance line gives a person, which statements, presenters and
follow-up owners may use: a nickname in quotes inside the name (``Maria "Mia" Lind``,
``„Mia“``, ``«Mia»``), an @handle (``(@dana)``), a short form in quotes (``("Tom B.")``).
"""

from __future__ import annotations

import re

from ..model.vocabulary import NICKNAME

HANDLE = re.compile(r"@[\w.-]*\w")
"""An @handle, as chat and code hosts write them: ``@dana``, ``@e.holm``."""


def read_nickname(written: str) -> tuple[str, str | None]:
    """The name without the nickname in quotes inside it, and the nickname:
    ``Maria "Mia" Lind`` is Maria Lind, whom the minutes may call Mia."""
    found = NICKNAME.search(written)
    name = " ".join(f"{written[: found.start()]} {written[found.end() :]}".split()) if found else ""
    return (name, found["alias"]) if found and name else (written, None)


def read_alias(note: str) -> str | None:
    """The other name a note declares: an @handle (``@dana``) or a short form in quotes
    (``"Tom B."``)."""
    if HANDLE.fullmatch(note):
        return note
    quoted = NICKNAME.fullmatch(note)
    return quoted["alias"] if quoted else None
