"""What the minutes say about their own publication: whether they are a draft or approved,
who approved them, and what of them the public may read.

One source makes two builds (``minutes_build`` in ``conf.py``): the public build, the
default, shows only what is public; the internal build shows everything, marked. Every
stage asks :func:`public_build` the same question, so no view decides for itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, Protocol

MinutesStatus = Literal["draft", "approved", "published"]
"""Where the minutes stand: a draft, approved (adjusted, signed: *justerat*), published."""

MINUTES_STATUSES: tuple[MinutesStatus, ...] = ("draft", "approved", "published")

Build = Literal["public", "internal"]
BUILDS: tuple[Build, ...] = ("public", "internal")


class Configured(Protocol):
    """What of Sphinx's config the question needs (the model imports no Sphinx)."""

    minutes_build: str


def public_build(config: Configured) -> bool:
    """Whether this build is the public one: anything but ``internal`` is, so a value
    mistyped never publishes what is not public."""
    return str(config.minutes_build).strip().casefold() != "internal"


@dataclass(frozen=True, slots=True)
class Approval:
    """One approver of the minutes (the chair, a *justerare*), as ``:approved-by:`` names
    them, with the date they approved if written."""

    name: str
    line: int
    date: dt.date | None = None
