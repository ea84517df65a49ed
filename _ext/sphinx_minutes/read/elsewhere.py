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

Published = tuple[str, str, str, str]
"""What an inventory says of a target: address, title, project and its version."""


def published_elsewhere(env: BuildEnvironment, kind: str, target: str) -> Published | None:
    """What another project's ``objects.inv`` publishes for a link of ``kind`` (a role of
    the minutes domain) to ``target`` as written, if intersphinx would resolve the link
    with it; None otherwise (no intersphinx, no such entry, or the type disabled by
    ``intersphinx_disabled_reftypes``)."""
    inventory = getattr(env, "intersphinx_inventory", None)
    if not inventory:
        return None
    disabled = set(getattr(env.config, "intersphinx_disabled_reftypes", ()))
    if {"*", "minutes:*"} & disabled:
        return None
    for objtype in env.domains["minutes"].objtypes_for_role(kind) or ():
        if f"minutes:{objtype}" in disabled:
            continue
        found = inventory.get(f"minutes:{objtype}", {}).get(target)
        if found is not None:
            return found.uri, found.display_name, found.project_name, found.project_version
    return None
