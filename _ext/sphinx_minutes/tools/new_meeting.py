"""``python -m sphinx_minutes new-meeting BODY DATE``: the file of a new meeting, started.

Most of an attendance is the last meeting's, and every agenda opens and closes the same
way: so the new file has the ``meeting`` block (with ``:previous:``), the attendance of
the body's previous meeting as its file writes it, and an agenda whose items approve the
previous minutes (``:approves:``), in the body's language. The secretary edits it from
there. An existing file is never replaced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from ..model.labels import long_date
from ..model.vocabulary import Words
from ..read.fences import blocks_between
from ..read.words import read_words
from ..read.yaml_text import parse
from .new_files import NewWords, Refused, said, write_new

EPILOG = """\
examples:
  python -m sphinx_minutes new-meeting harbour-board 2025-03-12
  python -m sphinx_minutes new-meeting harbour-board 2025-04-09 --site ~/minutes

exit codes: 0 written, 1 unknown body or the file is there already, 2 usage error"""

MEETINGS = "meetings"
BODIES = "meetings/bodies.yaml"
"""Where the site keeps its minutes and its body registry (the defaults of conf.py)."""
DATED = re.compile(r"\d{4}-\d{2}-\d{2}")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``new-meeting`` subcommand and its options."""
    parser = commands.add_parser(
        "new-meeting",
        help="start the minutes of a body's next meeting",
        description="Write meetings/BODY/DATE.md: the meeting block, the attendance of the "
        "body's previous meeting, and an agenda that approves its minutes.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("body", help="the body's id, as in meetings/bodies.yaml")
    parser.add_argument("date", type=meeting_date, help="the meeting's date, YYYY-MM-DD")
    parser.add_argument(
        "--site", type=Path, default=Path(), help="the site's folder (default: this one)"
    )
    parser.set_defaults(run=run, parser=parser)


def meeting_date(text: str) -> dt.date:
    """The date as file names write it: ``YYYY-MM-DD``."""
    if not DATED.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-03-12"
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError as impossible:  # written right, but no day of the calendar
        raise argparse.ArgumentTypeError(
            f"{text!r} is no day of the calendar ({impossible}): correct the month or the day"
        ) from None


def body_entry(site: Path, body: str) -> tuple[str, str, Words]:
    """The body's name, language and own words from the body registry, or why they
    cannot be had (words that cannot be read are left out: the build reports them)."""
    registry = site / BODIES
    if not registry.is_file():
        raise Refused(
            f"{registry} is not there: run this in the site's folder, or give it with "
            "--site (python -m sphinx_minutes new-site makes one)."
        )
    bodies = parse(registry.read_text(encoding="utf-8"), [])
    entry = bodies.get(body) if isinstance(bodies, dict) else None
    if not isinstance(entry, dict):
        known = ", ".join(bodies) if isinstance(bodies, dict) and bodies else "none"
        raise Refused(
            f"there is no body {body!r} in {registry} (bodies: {known}). Add it there "
            "first, with its name and language."
        )
    words = read_words(entry.get("words", {}), lambda line, message, hint: None, BODIES)
    name, language = entry.get("name") or body, entry.get("language") or site_language(site)
    return str(name), str(language), words


def site_language(site: Path) -> str:
    """The ``language`` conf.py gives, for a body that names none."""
    conf = site / "conf.py"
    text = conf.read_text(encoding="utf-8") if conf.is_file() else ""
    found = re.search(r"""^language\s*=\s*["']([\w-]+)["']""", text, re.M)
    return found[1] if found else "en"


def previous_meeting(folder: Path, date: dt.date) -> Path | None:
    """The body's latest minutes before ``date``."""
    earlier = [
        path
        for path in folder.glob("*.md")
        if DATED.fullmatch(path.stem) and path.stem < date.isoformat()
    ]
    return max(earlier, default=None, key=lambda path: path.stem)


def attendance_of(path: Path) -> list[str] | None:
    """The lines of the attendance block of the minutes at ``path``, as written."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for start, close, opening in blocks_between(lines, 0, len(lines)):
        if opening.name == "attendance":
            return lines[start + 1 : len(lines) if close is None else close]
    return None


def minutes(name: str, date: dt.date, words: NewWords, previous: Path | None) -> str:
    """The text of the new minutes."""
    title = words["meeting-title"].replace("{body}", name)
    title = title.replace("{date}", long_date(date, words.language))
    since = previous.stem if previous else None
    attendance = attendance_of(previous) if previous else None
    if attendance is None:  # the first meeting: the groups, for the secretary to fill in
        attendance = [heading(words["present"]), "", heading(words["absent"])]
    parts = [
        f"# {title}\n",
        ":::{meeting}" + (f"\n:previous: {since}" if since else "") + "\n:::\n",
        ":::{attendance}\n" + "\n".join(attendance).strip("\n") + "\n:::\n",
    ]
    agenda = ["opening", "agenda", *(["previous-minutes"] if since else []), "other-business"]
    for number, meaning in enumerate([*agenda, "closing"], start=1):
        option = f"\n:approves: {since}" if meaning == "previous-minutes" else ""
        parts.append(f"::::{{agenda-item}} {number}. {words[meaning]}{option}\n::::\n")
    return "\n".join(parts)


def heading(word: str) -> str:
    """An attendance group's heading as secretaries write it: ``Present:``."""
    return word[:1].upper() + word[1:] + ":"


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Write the new minutes, or say why not; the exit code."""
    site: Path = args.site
    try:
        name, language, own_words = body_entry(site, args.body)
    except Refused as refused:
        return said(str(refused))
    folder = site / MEETINGS / args.body
    path = folder / f"{args.date.isoformat()}.md"
    if path.exists():
        return said(f"{path} is there already: nothing was written.")
    previous = previous_meeting(folder, args.date)
    write_new(path, minutes(name, args.date, NewWords.of(language, own_words), previous))
    print(f"Written: {path}")
    if previous:
        print(f"The attendance is {previous.name}'s: correct who came and who did not.")
    return 0
