"""Realistic edits to a copy of ``tests/roots/test-archive``, the archive built once to
start from, and the comparison of an incremental build's output with a clean build's,
file by file.

An edit is a function of the site's folder and a ``pick`` (a choice among options: the
first option in the named tests, a drawn one in the stateful test). It returns what it
did, or None when it does not apply to the site as it now is.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml

from conftest import copy_root, copy_sources, start_sphinx_build

NOT_OUTPUT = (".buildinfo", ".doctrees")
"""Sphinx's own bookkeeping in the output folder, not part of the site."""

T = TypeVar("T")
Pick = Callable[[Sequence[T]], T]


# Building and comparing


def outputs(outdir: Path) -> dict[str, bytes]:
    """Every file of a built site, by path, with its bytes."""
    return {
        path.relative_to(outdir).as_posix(): path.read_bytes()
        for path in sorted(outdir.rglob("*"))
        if path.is_file() and path.relative_to(outdir).parts[0] not in NOT_OUTPUT
    }


def differences(built: dict[str, bytes], clean: dict[str, bytes]) -> list[str]:
    """The files only one build has, or that differ: ``+`` only in the first, ``-`` only
    in the clean one, ``~`` different."""
    return sorted(
        [f"+ {name}" for name in built.keys() - clean.keys()]
        + [f"- {name}" for name in clean.keys() - built.keys()]
        + [f"~ {name}" for name in built.keys() & clean.keys() if built[name] != clean[name]]
    )


def start_build(srcdir: Path, *options: str) -> subprocess.Popen[str]:
    """``sphinx-build -b html`` into ``srcdir/_build``, in its own process."""
    return start_sphinx_build(*options, "-b", "html", str(srcdir), str(srcdir / "_build"))


def finish(run: subprocess.Popen[str], srcdir: Path) -> str:
    """The build's warnings, with the site's folder left out; fails on a failed build."""
    _, stderr = run.communicate()
    assert run.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    return stderr.replace(f"{srcdir}/", "")


def build(srcdir: Path, *options: str) -> str:
    """An HTML build of ``srcdir`` into ``srcdir/_build``; its warnings."""
    return finish(start_build(srcdir, *options), srcdir)


def clean_build(srcdir: Path, clean: Path) -> dict[str, bytes]:
    """Every output file of a clean build, without a warning, of ``srcdir``'s sources
    copied to ``clean``."""
    shutil.rmtree(clean, ignore_errors=True)
    assert build(copy_sources(srcdir, clean)) == ""
    return outputs(clean / "_build")


def rebuild_and_compare(srcdir: Path, clean: Path, *options: str) -> list[str]:
    """Build ``srcdir`` again (incrementally, with ``options``) and a clean copy of it at
    the same time; the files that differ, and the warnings if they differ."""
    shutil.rmtree(clean, ignore_errors=True)
    copy_sources(srcdir, clean)
    incremental, fresh = start_build(srcdir, *options), start_build(clean)
    warned, warned_clean = finish(incremental, srcdir), finish(fresh, clean)
    found = differences(outputs(srcdir / "_build"), outputs(clean / "_build"))
    if sorted(warned.splitlines()) != sorted(warned_clean.splitlines()):
        found.append(f"warnings:\n{warned}\n  clean:\n{warned_clean}")
    return found


def built_once(base: Path, conf: str = "") -> tuple[Path, Path]:
    """The archive (with ``conf`` added to its ``conf.py``) built once without a warning,
    and a copy of it, sources and output, to start each test or run from (at the same
    path, as Sphinx's environment knows it)."""
    srcdir, pristine = base / "site", base / "pristine"
    append_text(copy_root("test-archive", srcdir) / "conf.py", conf)
    assert build(srcdir) == ""
    shutil.copytree(srcdir, pristine)
    return srcdir, pristine


def restored(built: tuple[Path, Path]) -> Path:
    """The site as ``built_once`` left it, whatever was done to it since."""
    srcdir, pristine = built
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(pristine, srcdir)
    return srcdir


# Editing a file


def replace_text(path: Path, old: str, new: str) -> str:
    """``old`` (which must be there) replaced by ``new``, once; the text as it was."""
    text = read(path)
    assert old in text, f"{path.name}: {old!r} not found"
    write(path, text.replace(old, new, 1))
    return text


def append_text(path: Path, text: str) -> None:
    """``text`` added at the end of the file (a setting to ``conf.py``, an entry to a
    registry)."""
    with path.open("a", encoding="utf-8") as file:
        file.write(text)


# Reading the site


def meetings(srcdir: Path) -> list[Path]:
    return sorted(p for p in (srcdir / "meetings").glob("*/*.md") if p.stem != "index")


def date_of(meeting: Path) -> dt.date:
    return dt.date.fromisoformat(meeting.stem)


def body_meetings(srcdir: Path, body: str) -> list[Path]:
    return [m for m in meetings(srcdir) if m.parent.name == body]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def registry(srcdir: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(read(srcdir / "meetings" / f"{name}.yaml")) or {}
    return data


def save_registry(srcdir: Path, name: str, data: dict[str, Any]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=None)
    write(srcdir / "meetings" / f"{name}.yaml", text)


def replace_line(
    path: Path, pattern: str, pick: Pick[Any], new: Callable[[re.Match[str]], str]
) -> str | None:
    """Replace one line matching ``pattern`` (picked); the line's description, or None."""
    text = read(path)
    found = list(re.finditer(pattern, text, flags=re.MULTILINE))
    if not found:
        return None
    match = pick(found)
    text = text[: match.start()] + new(match) + text[match.end() :]
    write(path, text)
    return f"{path.name}: {match.group(0)!r}"


ITEM = re.compile(r"^::::\{agenda-item\} (?P<number>\d+)\. (?P<title>.*)$", re.MULTILINE)
STATEMENT = re.compile(
    r"^:::\{(?P<kind>comment|question|answer|decision|follow-up)\}.*?\n:::\n",
    re.MULTILINE | re.DOTALL,
)
ATTENDEE = re.compile(r"^- (?P<name>[^,\n(]+?)(?P<rest>(?:,| \().*)?$", re.MULTILINE)
TITLES = ["Budget review", "Library hours", "Churchyard wall", "Grants", "Any other business"]
WORDS = ["extra", "special", "ordinary", "annual", "adjourned"]
PEOPLE = ["Ada Byrne", "Ola Nordmann", "Åsa Öberg", "Karin Hansson"]
FREE_DATES = [dt.date(2024, 7, 1) + dt.timedelta(days=14 * n) for n in range(12)]


def organisation_names(srcdir: Path) -> list[str]:
    return [entry["name"] for entry in registry(srcdir, "organisations").values()]


def close_item(text: str) -> int:
    """Where the last agenda item ends (its closing fence), to add a statement there."""
    return text.rstrip().rfind("\n::::")


# The edits


def retitle_meeting(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    word = pick(WORDS)
    return replace_line(
        meeting, r"\A# .*$", pick, lambda m: f"# {word.capitalize()} meeting {meeting.stem}"
    )


def retitle_item(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting, title = pick(meetings(srcdir)), pick(TITLES)
    return replace_line(
        meeting, ITEM.pattern, pick, lambda m: f"::::{{agenda-item}} {m['number']}. {title}"
    )


def add_item(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    text = read(meeting)
    number = max((int(m["number"]) for m in ITEM.finditer(text)), default=0) + 1
    title = pick(TITLES)
    write(meeting, f"{text.rstrip()}\n\n::::{{agenda-item}} {number}. {title}\nNoted.\n::::\n")
    return f"{meeting.name}: item {number}"


def remove_item(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    text = read(meeting)
    starts = [m.start() for m in ITEM.finditer(text)]
    if len(starts) < 2:
        return None
    write(meeting, text[: starts[-1]].rstrip() + "\n")
    return f"{meeting.name}: last item"


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


def recase_person(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A person's surname in capitals where they are first seen, or back again."""
    meeting = meetings(srcdir)[0] if pick([True, False]) else pick(meetings(srcdir))

    def recased(m: re.Match[str]) -> str:
        first, _, last = m["name"].rpartition(" ")
        last = last.capitalize() if last.isupper() else last.upper()
        return f"- {first} {last}{m['rest'] or ''}" if first else m.group(0)

    return replace_line(meeting, ATTENDEE.pattern, pick, recased)


def delete_meeting(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    if len(body_meetings(srcdir, meeting.parent.name)) < 2:
        return None
    meeting.unlink()
    return meeting.name


def free_date(srcdir: Path, body: str, pick: Pick[Any]) -> dt.date | None:
    taken = {date_of(m) for m in body_meetings(srcdir, body)}
    free = [d for d in FREE_DATES if d not in taken]
    return pick(free) if free else None


def add_meeting(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A new meeting of a body, written from one of its meetings without its names."""
    model = pick(meetings(srcdir))
    date = free_date(srcdir, model.parent.name, pick)
    if date is None:
        return None
    text = re.sub(r"^:(id|closes|previous):.*\n", "", read(model), flags=re.MULTILINE)
    text = re.sub(r"\A# .*", f"# Meeting of {date.isoformat()}", text)
    write(model.parent / f"{date.isoformat()}.md", text)
    return f"{model.parent.name}/{date}"


def rename_meeting(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A meeting's file moved to the right date."""
    meeting = pick(meetings(srcdir))
    date = free_date(srcdir, meeting.parent.name, pick)
    if date is None:
        return None
    meeting.rename(meeting.parent / f"{date.isoformat()}.md")
    return f"{meeting.name} → {date}"


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


def move_person(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A person attending for another organisation from some meeting on."""
    meeting, org = pick(meetings(srcdir)), pick(organisation_names(srcdir))
    return replace_line(meeting, ATTENDEE.pattern, pick, lambda m: f"- {m['name']}, {org}")


def follow_ups(srcdir: Path) -> list[tuple[Path, str]]:
    return [
        (meeting, name)
        for meeting in meetings(srcdir)
        for name in re.findall(r"^:::\{follow-up\}[^\n]*\n:id: (\S+)", read(meeting), re.MULTILINE)
    ]


def close_follow_up(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A later meeting of the same body closes a follow-up."""
    found = follow_ups(srcdir)
    if not found:
        return None
    origin, name = pick(found)
    later = [m for m in body_meetings(srcdir, origin.parent.name) if m.stem > origin.stem]
    if not later:
        return None
    meeting = pick(later)
    text = read(meeting)
    end = close_item(text)
    if end < 0:
        return None
    statement = f"\n\n:::{{comment}}\n:closes: {name}\n\nDone.\n:::"
    write(meeting, text[:end] + statement + text[end:])
    return f"{meeting.name} closes {name}"


def reopen_follow_up(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A ``:closes:`` taken back: the follow-up is open again."""
    closing = [m for m in meetings(srcdir) if ":closes:" in read(m)]
    if not closing:
        return None
    return replace_line(pick(closing), r"^:closes: .*\n", pick, lambda m: "")


def change_votes(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    votes = pick([0, 1, 2, 3, 4])
    if re.search(r"^:(for|against|abstained): \d+$", read(meeting), re.MULTILINE):
        return replace_line(
            meeting,
            r"^:(?P<kind>for|against|abstained): \d+$",
            pick,
            lambda m: f":{m['kind']}: {votes}",
        )
    return replace_line(
        meeting, r"^:::\{decision\}.*$", pick, lambda m: f"{m.group(0)}\n:for: {votes}"
    )


def change_previous(srcdir: Path, pick: Pick[Any]) -> str | None:
    """``:previous:`` added (an earlier meeting of the body), changed or removed."""
    meeting = pick(meetings(srcdir))
    earlier = [m.stem for m in body_meetings(srcdir, meeting.parent.name) if m.stem < meeting.stem]
    text = read(meeting)
    if ":previous:" in text:
        return replace_line(meeting, r"^:previous: .*\n", pick, lambda m: "")
    if not earlier:
        return None
    return replace_line(
        meeting, r"^:::\{meeting\}$", pick, lambda m: f"{m.group(0)}\n:previous: {pick(earlier)}"
    )


def change_secretary(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    person = f"{pick(PEOPLE)}, {pick(organisation_names(srcdir))}"
    if ":secretary:" in read(meeting):
        if pick([True, False]):
            return replace_line(meeting, r"^:secretary: .*\n", pick, lambda m: "")
        return replace_line(meeting, r"^:secretary: .*$", pick, lambda m: f":secretary: {person}")
    return replace_line(
        meeting, r"^:::\{meeting\}$", pick, lambda m: f"{m.group(0)}\n:secretary: {person}"
    )


def add_statement(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    text = read(meeting)
    end = close_item(text)
    if end < 0:
        return None
    kind = pick(["comment", "question", "decision"])
    statement = f"\n\n:::{{{kind}}}\n{pick(TITLES)} was discussed.\n:::"
    write(meeting, text[:end] + statement + text[end:])
    return f"{meeting.name}: {kind}"


def remove_statement(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    text = read(meeting)
    found = [m for m in STATEMENT.finditer(text) if m["kind"] in ("comment", "question")]
    if not found:
        return None
    match = pick(found)
    write(meeting, text[: match.start()] + text[match.end() :])
    return f"{meeting.name}: {match['kind']}"


def edit_statement(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    word = pick(WORDS)
    return replace_line(
        meeting, r"^(?![:#\-\s])[^\n]*\.$", pick, lambda m: f"{m.group(0)[:-1]}, {word}."
    )


def change_item_topics(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A topic added to an agenda item, or its topics removed."""
    meeting = pick(meetings(srcdir))
    text = read(meeting)
    if ":topics:" in text and pick([True, False]):
        return replace_line(meeting, r"^:topics: .*\n", pick, lambda m: "")
    topic = pick(sorted(registry(srcdir, "topics")))
    if ":topics:" in text:
        return replace_line(meeting, r"^:topics: .*$", pick, lambda m: f"{m.group(0)}, {topic}")
    return replace_line(meeting, ITEM.pattern, pick, lambda m: f"{m.group(0)}\n:topics: {topic}")


def add_attendee(srcdir: Path, pick: Pick[Any]) -> str | None:
    meeting = pick(meetings(srcdir))
    person = f"{pick(PEOPLE)}, {pick(organisation_names(srcdir))}"
    if person.split(",")[0] in read(meeting):
        return None
    return replace_line(meeting, ATTENDEE.pattern, pick, lambda m: f"{m.group(0)}\n- {person}")


def remove_attendee(srcdir: Path, pick: Pick[Any]) -> str | None:
    """Someone who did not speak taken off an attendance list."""
    meeting = pick(meetings(srcdir))
    text = read(meeting)
    quiet = [m for m in ATTENDEE.finditer(text) if text.count(m["name"].strip()) == 1]
    if len(quiet) < 2:
        return None
    match = pick(quiet)
    write(meeting, text[: match.start()] + text[match.end() + 1 :])
    return f"{meeting.name}: {match['name']}"


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


def attach_slides(srcdir: Path, pick: Pick[Any]) -> str | None:
    """Slides next to the meeting's file, linked from an agenda item (copied to
    ``_downloads`` when built)."""
    meeting = pick(meetings(srcdir))
    if ":slides:" in read(meeting):
        return None
    slides = meeting.with_name(f"{meeting.stem}-{pick(WORDS)}.pdf")
    slides.write_bytes(b"%PDF-1.4 slides of " + meeting.stem.encode())
    return replace_line(
        meeting, ITEM.pattern, pick, lambda m: f"{m.group(0)}\n:slides: {slides.name}"
    )


def detach_slides(srcdir: Path, pick: Pick[Any]) -> str | None:
    """Slides taken off an agenda item; the file stays in the folder."""
    with_slides = [m for m in meetings(srcdir) if ":slides:" in read(m)]
    if not with_slides:
        return None
    return replace_line(pick(with_slides), r"^:slides: .*\n", pick, lambda m: "")


def orgs_name(srcdir: Path, key: str) -> str:
    name: str = registry(srcdir, "organisations")[key]["name"]
    return name


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
