"""Realistic edits to a copy of ``tests/roots/test-archive``, for the tests that compare
an incremental build with a clean one (``compare``).

An edit is a function of the site's folder and a ``pick`` (a choice among options: the
first option in the named tests, a drawn one in the stateful test). It returns what it
did, or None when it does not apply to the site as it now is. The edits of the
registries are here; those of the meeting files are in ``meeting_edits``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from meeting_edits import (
    add_attendee,
    add_item,
    add_meeting,
    add_statement,
    attach_slides,
    change_item_topics,
    change_previous,
    change_secretary,
    change_votes,
    close_follow_up,
    delete_meeting,
    detach_slides,
    edit_statement,
    enter_reservation,
    move_person,
    recase_person,
    remove_attendee,
    remove_item,
    remove_statement,
    rename_meeting,
    reopen_follow_up,
    retitle_item,
    retitle_meeting,
    roll_call,
)
from sources import (
    FREE_DATES,
    PEOPLE,
    TITLES,
    WORDS,
    Pick,
    organisation_names,
    orgs_name,
    read,
    registry,
    save_registry,
    write,
)


def rename_organisation(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A new name; the old one stays an alias, as the minutes still use it."""
    orgs = registry(srcdir, "organisations")
    key = pick(sorted(orgs))
    entry = orgs[key]
    old, new = entry["name"], f"{entry['name']} ({pick(WORDS)})"
    if new in organisation_names(srcdir):
        return None
    entry["name"] = new
    entry["aliases"] = [*entry.get("aliases", []), old]
    save_registry(srcdir, "organisations", orgs)
    return f"{key}: {new}"


def toggle_alias(srcdir: Path, pick: Pick[Any]) -> str | None:
    """An alias added to an organisation or a topic, or the alias added before removed."""
    name = pick(["organisations", "topics"])
    entries = registry(srcdir, name)
    key = pick(sorted(entries))
    alias = f"{key}-{pick(WORDS)}".lower()
    aliases = entries[key].setdefault("aliases", [])
    if alias in aliases:
        aliases.remove(alias)
    else:
        aliases.append(alias)
    save_registry(srcdir, name, entries)
    return f"{name} {key}: {aliases}"


def add_organisation(srcdir: Path, pick: Pick[Any]) -> str | None:
    orgs = registry(srcdir, "organisations")
    key = pick(["Rotary", "School", "Scouts"])
    if key in orgs:
        return None
    orgs[key] = {"name": f"Riverside {key}"}
    save_registry(srcdir, "organisations", orgs)
    return key


def remove_organisation(srcdir: Path, pick: Pick[Any]) -> str | None:
    orgs = registry(srcdir, "organisations")
    key = pick(sorted(orgs))
    del orgs[key]
    save_registry(srcdir, "organisations", orgs)
    return key


def rename_body(srcdir: Path, pick: Pick[Any]) -> str | None:
    bodies = registry(srcdir, "bodies")
    key = pick(sorted(bodies))
    bodies[key]["name"] = f"{pick(['Finance', 'Culture', 'Planning'])} {pick(WORDS)} committee"
    save_registry(srcdir, "bodies", bodies)
    return f"{key}: {bodies[key]['name']}"


def change_body_language(srcdir: Path, pick: Pick[Any]) -> str | None:
    bodies = registry(srcdir, "bodies")
    key = pick(sorted(bodies))
    language = pick([lang for lang in ("en", "sv") if lang != bodies[key].get("language")])
    bodies[key]["language"] = language
    save_registry(srcdir, "bodies", bodies)
    return f"{key}: {language}"


def add_body(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A new body: its registry entry, its meetings page in the site's contents, a meeting."""
    bodies = registry(srcdir, "bodies")
    key = pick(["planning", "parks"])
    if key in bodies:
        return None
    org = pick(sorted(registry(srcdir, "organisations")))
    bodies[key] = {"name": f"{key.capitalize()} Committee", "organisation": org, "language": "en"}
    save_registry(srcdir, "bodies", bodies)
    write(
        srcdir / "meetings" / key / "index.md",
        f"# {key.capitalize()}\n\n```{{meetings}} {key}\n```\n",
    )
    date = pick(FREE_DATES)
    write(
        srcdir / "meetings" / key / f"{date.isoformat()}.md",
        f"# {key.capitalize()} Committee, {date.isoformat()}\n\n:::{{meeting}}\n:::\n\n"
        f":::{{attendance}}\nPresent:\n\n- {pick(PEOPLE)}, {orgs_name(srcdir, org)}, chair\n:::\n\n"
        f"::::{{agenda-item}} 1. {pick(TITLES)}\nNoted.\n::::\n",
    )
    index = srcdir / "index.md"
    write(
        index, read(index).replace("registers/index\n", f"meetings/{key}/index\nregisters/index\n")
    )
    return key


def rename_topic(srcdir: Path, pick: Pick[Any]) -> str | None:
    topics = registry(srcdir, "topics")
    key = pick(sorted(topics))
    topics[key]["name"] = f"{key.capitalize()} ({pick(WORDS)})"
    save_registry(srcdir, "topics", topics)
    return f"{key}: {topics[key]['name']}"


def add_topic(srcdir: Path, pick: Pick[Any]) -> str | None:
    topics = registry(srcdir, "topics")
    key = pick(["roads", "parks", "schools"])
    if key in topics:
        return None
    topics[key] = {"name": key.capitalize()}
    save_registry(srcdir, "topics", topics)
    return key


EDITS: dict[str, Callable[[Path, Pick[Any]], str | None]] = {
    edit.__name__.replace("_", "-"): edit
    for edit in (
        retitle_meeting,
        retitle_item,
        add_item,
        remove_item,
        rename_organisation,
        toggle_alias,
        add_organisation,
        remove_organisation,
        rename_body,
        change_body_language,
        add_body,
        rename_topic,
        add_topic,
        recase_person,
        move_person,
        add_attendee,
        remove_attendee,
        add_meeting,
        delete_meeting,
        rename_meeting,
        close_follow_up,
        reopen_follow_up,
        change_votes,
        roll_call,
        enter_reservation,
        change_previous,
        change_secretary,
        add_statement,
        remove_statement,
        edit_statement,
        change_item_topics,
        attach_slides,
        detach_slides,
    )
}
