"""Whom an attendance line's person came for: the group heading's organisation, one the
line names after the name, or an organisation attending as such, with no person.

Pure functions over a line's comma-separated parts and the registry (see ``attendance``).
"""

from __future__ import annotations

from ..model.mistake import Mistake
from ..model.names import fold
from ..model.registered import Organisation, Unit
from ..model.vocabulary import Vocabulary
from .registry import Registry

Span = tuple[int, int, str]
"""A comma-separated part of a line: where it starts and ends, and its text."""

Represented = tuple[Organisation | None, tuple[int, int] | None, Unit | None, list[str]]
"""The organisation, its span in the line, the unit, and the parts left for the role."""


def attending(parts: list[Span], first: Organisation | None, registry: Registry) -> bool:
    """Whether the line is an organisation attending as such: its first part names one
    (``first``) and no other part does. ``Index, RPC`` is a person named Index of RPC,
    even beside an organisation with the id index."""
    return first is not None and not any(registry.organisation(p[2]) for p in parts[1:])


def organisation_as_name(parts: list[Span], first: Organisation | None) -> Mistake | None:
    """A person's line that starts with an organisation's name or alias (not its id,
    which writers do not see): read as a person named so, rarely what was meant."""
    written = parts[0][2]
    if first is None or fold(written) not in {fold(n) for n in (first.name, *first.aliases)}:
        return None
    return Mistake(
        "attendance-line",
        f"{written!r} is the name of an organisation in the registry ({first.name}), but "
        "this line reads it as a person's name.",
        f"Write the person's name first (`- Kim Aho, {written}`), or list the "
        f"organisation alone on its line (`- {written}`).",
    )


def represented(
    parts: list[Span],
    heading: tuple[Organisation | None, Unit | None],
    registry: Registry,
    problems: list[Mistake],
    words: Vocabulary,
    attends: Organisation | None = None,
) -> Represented:
    """Whom the person came for (the heading's organisation and unit, or one the line
    names), or the organisation ``attends`` as such; see ``Represented``."""
    org, unit = heading
    org_span: tuple[int, int] | None = None
    role_parts = [p[2] for p in parts[1:]]
    named_org = registry.organisation(parts[1][2]) if len(parts) > 1 else None
    if attends is not None:
        org, org_span, unit = attends, parts[0][:2], None
    elif org is not None and named_org is not None and named_org != org:
        # a staff group's line naming another organisation: that organisation, no unit
        org, org_span, unit, role_parts = named_org, parts[1][:2], None, role_parts[1:]
    elif org is None and len(parts) > 1 and is_organisation(parts[1][2], named_org, words):
        org_span = parts[1][:2]
        org = named_org
        if org is None:
            problems.append(unknown_organisation(parts[1][2], registry))
        role_parts = role_parts[1:]
    for part in list(role_parts):
        if org and (named := Registry.unit_at_start(org, part)):
            unit = named
            role_parts.remove(part)
    return org, org_span, unit, role_parts


def is_organisation(part: str, named: Organisation | None, words: Vocabulary) -> bool:
    """Whether the part after a name is whom the person came for: a registered
    organisation, or a word no role has that starts with a capital (``Formaz`` is an
    organisation misspelt; ``commodore``, ``bygglovschef`` are roles)."""
    if named is not None:
        return True
    return fold(part) not in words.roles and not part[:1].islower()


def unknown_organisation(text: str, registry: Registry) -> Mistake:
    near = registry.suggest_organisation(text)
    return Mistake("unknown-organisation", f"Unknown organisation {text!r}.", near=near)
