"""What pages show from the whole archive: histories, registers, the chain of meetings.

A directive leaves a ``view`` placeholder (kind and key). When the page is written, the
view's rows are collected here from the archive (``rows``), then rendered into nodes (see
``write.views``). The same rows, hashed, tell which pages must be written again after an
edit (``digest``, see ``rewrites``): exactly those whose content changed, no more.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .approval import approval
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
    data = repr([collect(domain, kind, key) for kind, key in views])
    return hashlib.sha256(data.encode()).hexdigest()[:16]
