"""What pages show from the whole archive: histories, registers, the chain of meetings.

A directive leaves a ``view`` placeholder (kind and key). When the page is written, the
view's rows are collected here from the archive (``rows``), then rendered into nodes (see
``write.views``). The same rows, hashed, tell which pages must be written again after an
edit (``digest``, see ``rewrites``): exactly those whose content changed, no more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..digests import hashed
from .approval import approval
from .inputs import SIGNED
from .meeting import carried, chain
from .people import organisation, people_index, person
from .registers import decisions, follow_ups, questions, topic
from .rows import View
from .targets import links

if TYPE_CHECKING:
    from ..store import DerivedStore


__all__ = [
    "COLLECTORS",
    "approval",
    "carried",
    "chain",
    "collect",
    "decisions",
    "digest",
    "follow_ups",
    "links",
    "organisation",
    "people_index",
    "person",
    "questions",
    "topic",
]

COLLECTORS: dict[str, Callable[[DerivedStore, str], View]] = {
    "organisation": organisation,
    "person": person,
    "topic": topic,
    "decisions": decisions,
    "follow-ups": follow_ups,
    "questions": questions,
    "chain": chain,
    "approval": approval,
    "carried": carried,
    "people-index": people_index,
    "links": links,
}
"""Each kind of view (the placeholder's ``kind``) and what collects its rows."""


def collect(domain: DerivedStore, kind: str, key: str) -> View:
    return COLLECTORS[kind](domain, key)


def digest(domain: DerivedStore, views: Iterable[tuple[str, str]]) -> str:
    """What the page's views show, as a short hash: rows print the same for the same
    archive, so the same views give the same digest, and a changed row another."""
    return hashed([view_digest(domain, kind, key) for kind, key in views])


def view_digest(domain: DerivedStore, kind: str, key: str) -> str:
    """The digest of a view's rows; a history's is the last build's while its inputs are
    the same (see ``inputs``), else its rows are collected and hashed."""
    signed = SIGNED.get(kind)
    if signed is None:
        return hashed(collect(domain, kind, key))
    kept: dict[tuple[str, str], tuple[str, str]] = domain.data["view-digests"]
    made_from = signed(domain, key)
    noted = kept.get((kind, key))
    if noted is not None and noted[0] == made_from:
        return noted[1]
    rows = hashed(collect(domain, kind, key))
    kept[(kind, key)] = (made_from, rows)
    return rows
