"""Clock times as secretaries write them: ``18:00``, ``18.00``, ``kl. 9.05``, and a
meeting's sessions, ``09:00–12:00, 13:00–16:30``.

Pure functions, tested without Sphinx. A time is kept as ``HH:MM``, the form every
language's minutes can show and a calendar can read.
"""

from __future__ import annotations

from ..model.meeting import Session
from ..model.vocabulary import Vocabulary


def clock(text: str, words: Vocabulary) -> str:
    """``18.00`` → ``18:00``; a ValueError says what is wrong."""
    found = words.time.match(text.strip())
    if found is None:
        raise ValueError(f"{text.strip()!r} is not a time of day such as 18:00")
    hour, minute = int(found["hour"]), int(found["minute"])
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        raise ValueError(f"{text.strip()!r} is not a time of day")
    return f"{hour:02d}:{minute:02d}"


def sessions(text: str, words: Vocabulary) -> tuple[Session, ...]:
    """``18:00–20:15`` or ``09:00–12:00, 13:00–16:30``: when the meeting sat. A time
    alone is a start with no end written."""
    out: list[Session] = []
    for part in words.sessions_between.split(text.strip()):
        if not part:
            continue
        start, *rest = words.range_between.split(part, maxsplit=1)
        session = Session(clock(start, words), clock(rest[0], words) if rest else None)
        if session.end is not None and session.end <= session.start:
            raise ValueError(f"{part!r} ends before it starts")
        if out and (out[-1].end or out[-1].start) > session.start:
            raise ValueError(f"{part!r} starts before the session before it ends")
        out.append(session)
    if not out:
        raise ValueError("no time is given")
    return tuple(out)
