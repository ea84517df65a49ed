"""Views rendered into the page as it is written: each ``view`` placeholder a directive
left is replaced with what the archive shows now (rows from ``derive.views``), in the
page's language. One small renderer per kind of view."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from ...derive import views as collected
from ...derive.page_language import page_language
from ...model.labels import gettext_for
from ...read.nodes import view
from ...read.store import minutes_domain
from ..store import WriteStore
from . import meeting, people, registers
from .context import Context

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx


V = TypeVar("V")


Show = Callable[[Context, "WriteStore", str], list["nodes.Node"]]
"""Renders a kind of view (by its key) on a page."""


def shown(
    collect: Callable[[WriteStore, str], V], render: Callable[[Context, V], list[nodes.Node]]
) -> Show:
    """A kind of view: its rows collected, then rendered (mypy checks that the renderer
    takes what the collector gives)."""
    return lambda ctx, domain, key: render(ctx, collect(domain, key))


SHOWN: dict[str, Show] = {
    "organisation": shown(collected.organisation, people.organisation),
    "person": shown(collected.person, people.person),
    "people-index": shown(collected.people_index, people.people_index),
    "topic": shown(collected.topic, registers.topic),
    "decisions": shown(collected.decisions, registers.decisions),
    "follow-ups": shown(collected.follow_ups, registers.follow_ups),
    "questions": shown(collected.questions, registers.questions),
    "chain": shown(collected.chain, meeting.chain),
    "approval": shown(collected.approval, meeting.approval),
    "carried": shown(collected.carried, meeting.carried),
}
"""Each kind of view a page may show (``links`` is hashed only, never shown)."""


def fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: replace each placeholder with what the archive shows, in
    the view's language (a register's is its body's) or else that of the page it
    stands on (a PDF volume's tree holds many)."""
    domain = minutes_domain(app.env, WriteStore)
    for placeholder in list(doctree.findall(view)):
        page = placeholder.get("page") or docname
        language = placeholder.get("language") or page_language(domain, app.config, page)
        ctx = Context(app.builder, docname, gettext_for(language), language)
        show = SHOWN[placeholder["kind"]]
        placeholder.replace_self(show(ctx, domain, placeholder["key"]) or [])
