"""The ``minutes`` domain Sphinx registers: the store every stage filled (see
``read.store`` for the tower of stores), with the links into it.

The domain's own work is done in its own modules: the roles (``roles``), what a read
document leaves (``reading``), resolving links (``resolve``) and the inventory
(``inventory``); where generated pages live is ``derive.page_paths``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sphinx.domains import ObjType

from ..write.store import WriteStore
from . import inventory, resolve
from .roles import MinutesRole

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment


class MinutesDomain(WriteStore):
    name = "minutes"
    label = "Minutes"
    object_types = {  # noqa: RUF012 (Sphinx's API)
        "meeting": ObjType("meeting", "meeting"),
        "item": ObjType("agenda item", "item"),
        "decision": ObjType("decision", "decision"),
        "follow-up": ObjType("follow-up", "follow-up"),
        "organisation": ObjType("organisation", "org"),
        "person": ObjType("person", "person"),
        "topic": ObjType("topic", "topic"),
    }
    roles = {  # noqa: RUF012 (Sphinx's API)
        kind: MinutesRole(kind)
        for kind in ("org", "person", "topic", "meeting", "item", "decision", "follow-up")
    }

    def resolve_xref(  # type: ignore[override]  # any node may replace a pending_xref
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> nodes.Element | None:
        return resolve.resolve(self, fromdocname, builder, typ, target, node, contnode)

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> list[tuple[str, nodes.reference]]:
        return []

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        """Everything another project may link to through intersphinx (see ``inventory``)."""
        return inventory.objects(self)
