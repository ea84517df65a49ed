"""Edits of the meeting files (see ``edits``): titles, agenda items, the attendance,
statements, follow-ups, slides, and meetings added, deleted or moved.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sources import (
    ATTENDEE,
    ITEM,
    PEOPLE,
    STATEMENT,
    TITLES,
    WORDS,
    Pick,
    body_meetings,
    close_item,
    follow_ups,
    free_date,
    meetings,
    organisation_names,
    read,
    registry,
    replace_line,
    write,
)


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


def move_person(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A person attending for another organisation from some meeting on."""
    meeting, org = pick(meetings(srcdir)), pick(organisation_names(srcdir))
    return replace_line(meeting, ATTENDEE.pattern, pick, lambda m: f"- {m['name']}, {org}")


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


def roll_call(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A count of votes for becomes a roll call: the meeting's first two attendees, counted
    and linked to their pages."""
    counted = [m for m in meetings(srcdir) if re.search(r"^:for: \d+$", read(m), re.MULTILINE)]
    if not counted:
        return None
    meeting = pick(counted)
    voters = ", ".join(m["name"].strip() for m in list(ATTENDEE.finditer(read(meeting)))[:2])
    return replace_line(meeting, r"^:for: \d+$", pick, lambda m: f":for: {voters}")


def enter_reservation(srcdir: Path, pick: Pick[Any]) -> str | None:
    """A reservation by the meeting's first attendee, right after a decision: shown with
    it on the page, in the register, and on the person's page."""
    decided = [m for m in meetings(srcdir) if "{decision}" in read(m)]
    if not decided:
        return None
    meeting = pick(decided)
    text = read(meeting)
    decision = pick([m for m in STATEMENT.finditer(text) if m["kind"] == "decision"])
    first = ATTENDEE.search(text)
    name = first["name"].strip() if first else ""
    reservation = f"\n:::{{reservation}} {name}\nThe sum is too small.\n:::\n"
    write(meeting, text[: decision.end()] + reservation + text[decision.end() :])
    return f"{meeting.name}: reservation by {name}"


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
