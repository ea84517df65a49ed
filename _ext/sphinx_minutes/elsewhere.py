"""Links into another project's minutes: an archive split into one Sphinx project per
body links across through intersphinx (see docs/howto/split-an-archive.md).

A link this project cannot resolve is not a mistake when a project named in
``intersphinx_mapping`` publishes its target: intersphinx resolves it when the page is
written, and the checks stay quiet. What an inventory holds is part of a page's digest,
so a page is written again when the other project's inventory appears or changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

INTERSPHINX = "sphinx.ext.intersphinx"


def published_elsewhere(env: BuildEnvironment, kind: str, target: str) -> str | None:
    """The address another project's ``objects.inv`` gives for a link of ``kind`` (a role
    of the minutes domain) to ``target`` as written; None if no inventory has it."""
    if INTERSPHINX not in env.config.extensions:
        return None
    from sphinx.ext.intersphinx import InventoryAdapter

    inventory = InventoryAdapter(env).main_inventory
    for objtype in env.domains["minutes"].objtypes_for_role(kind) or ():
        found = inventory.get(f"minutes:{objtype}", {}).get(target)
        if found is not None:
            return found.uri
    return None
