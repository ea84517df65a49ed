"""Reading the attendance as the secretary wrote it: group headings and one person (or
an organisation attending as such) a line, with the person's aliases and moments.

Pure functions over text and the registry, so they are tested without Sphinx. Each result
keeps the spans of the name and the organisation in the written line: the page shows the
line exactly as written, with those spans made into links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..model.meeting import Attendee, Group, Status
from ..model.mistake import Mistake
from ..model.names import fold
from ..model.registered import Organisation, Unit
from ..model.vocabulary import Vocabulary
from .aliases import read_alias, read_nickname
from .moments import read_moment
from .registry import Registry
from .represented import (
    Span,
    attending,
    organisation_as_name,
    represented,
    unknown_organisation,
)

ENTRY = re.compile(r"^[-*+]\s+(?P<text>.*)$")
"""``- Name, Organisation, role (notes)``: a person. Any other line is a group heading."""


@dataclass(slots=True)
class Heading:
    group: Group
    status: Status
    organisation: Organisation | None = None
    unit: Unit | None = None
    organisation_span: tuple[int, int] | None = None
    problems: list[Mistake] = field(default_factory=list)


@dataclass(slots=True)
class Entry:
    attendee: Attendee
    name_span: tuple[int, int]
    organisation_span: tuple[int, int] | None = None
    problems: list[Mistake] = field(default_factory=list)


def read_attendance(
    lines: Iterable[tuple[int, str]], registry: Registry, words: Vocabulary
) -> Iterator[tuple[int, str, Heading | Entry]]:
    """Each group heading and entry of an attendance block's lines (numbered, options
    already taken), with its line and its text as written. The ``attendance`` directive
    and the scan for people's pages (``derive.scan``) both read the block here, so they
    find the same people.

    An entry before any heading falls under an unwritten heading of members present,
    yielded first with an empty text and the mistake reported."""
    heading: Heading | None = None
    for line, raw in lines:
        text = raw.strip()
        if not text:
            continue
        entry = ENTRY.match(text)
        if entry is None:
            heading = parse_heading(text, registry, words)
            yield line, text, heading
            continue
        if heading is None:
            before = "An attendance entry comes before any group heading."
            heading = Heading("members", "present", problems=[Mistake("attendance-group", before)])
            yield line, "", heading
        yield line, text, parse_entry(entry["text"].strip(), line, heading, registry, words)


def parse_heading(text: str, registry: Registry, words: Vocabulary) -> Heading:
    """``Närvarande:``, ``Apologies:``, or ``Från SCB (kommunikationsenheten …)``."""
    bare = text.rstrip(":").strip()
    known = words.headings.get(fold(bare))
    if known:
        return Heading(*known)
    prefix = next((p for p in words.staff if fold(bare).startswith(f"{p} ")), None)
    if prefix is None:
        unknown = (
            f"Unknown attendance group heading {bare!r}: the people under it are listed "
            "with no status (neither present nor absent)."
        )
        return Heading("other", "unknown", problems=[Mistake("attendance-group", unknown)])
    rest = bare[len(prefix) + 1 :]
    org_text, _, note = rest.partition("(")
    org = registry.organisation(org_text.strip())
    start = (
        len(text) - len(text.lstrip()) + len(prefix) + 1 + len(org_text) - len(org_text.lstrip())
    )
    span = (start, start + len(org_text.strip()))
    heading = Heading("staff", "present", organisation=org, organisation_span=span)
    if org is None:
        heading.problems.append(unknown_organisation(org_text.strip(), registry))
    elif note:
        first = note.rstrip(")").split(",")[0].strip()
        heading.unit = Registry.unit_at_start(org, first)
        if heading.unit is None and words.units.search(first):
            message = f"{first!r} is not a unit of {org.id} in the registry."
            heading.problems.append(Mistake("unknown-unit", message))
    return heading


def parse_entry(
    text: str, line: int, heading: Heading, registry: Registry, words: Vocabulary
) -> Entry:
    """``Åsa Olsson, Formas, ordförande``, ``Andrea Gillgren (punkt 6)``, ``Maria "Mia"
    Lind (@mia)``, or an organisation attending as such: ``Northwind Agency (between
    meetings)``."""
    problems: list[Mistake] = []
    notes = list(re.finditer(r"\(([^()]*)\)", text))
    main = _blanked(text, notes)
    parts = _parts(main)
    first = registry.organisation(parts[0][2]) if parts else None
    attends: Organisation | None = None
    if not parts or main.lstrip().startswith(",") or not re.search(r"\w", parts[0][2]):
        problems.append(Mistake("attendance-line", f"No name in attendance line {text!r}."))
        name_start = name_end = 0
    elif attending(parts, first, registry):  # no person: it attends as such
        attends, name_start, name_end = first, 0, 0
    else:
        name_start, name_end = parts[0][0], parts[0][1]
        if mistake := organisation_as_name(parts, first):
            problems.append(mistake)
    org, org_span, unit, role_parts = represented(
        parts, (heading.organisation, heading.unit), registry, problems, words, attends
    )
    name, nickname = read_nickname(text[name_start:name_end])
    attendee = Attendee(
        name=name,
        text=text,
        line=line,
        group=heading.group,
        status=heading.status,
        organisation=org.id if org else None,
        unit=unit.id if unit else None,
        role=", ".join(role_parts) or None,
        kind="organisation" if attends else "person",
        aliases=(nickname,) if nickname else (),
    )
    attendee.role_kind = words.roles.get(fold(attendee.role or ""))
    if attendee.role_kind is None and heading.group == "substitutes":
        attendee.role_kind = "substitute"
    pieces = [p.strip() for m in notes for p in m.group(1).split(",")]
    attendee.notes = tuple(_read_notes(attendee, [p for p in pieces if p], org, problems, words))
    return Entry(attendee, (name_start, name_end), org_span, problems)


def read_secretaries(written: str, line: int, registry: Registry, words: Vocabulary) -> list[Entry]:
    """``:secretary: Anna Berg, SCB; Erik Holm``: each minute-taker, an attendance line."""
    staff = Heading("staff", "present")
    parts = (part.strip() for part in written.split(";"))
    return [parse_entry(part, line, staff, registry, words) for part in parts if part]


def _blanked(text: str, notes: list[re.Match[str]]) -> str:
    """The line with its parenthesised notes blanked out, every other column in place."""
    for m in notes:
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def _parts(main: str) -> list[Span]:
    """The comma-separated parts of a line with its notes blanked, stripped, with their
    columns."""
    parts: list[Span] = []
    for m in re.finditer(r"[^,]+", main):
        if stripped := m.group().strip():
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            parts.append((start, start + len(stripped), stripped))
    return parts


def _read_notes(
    attendee: Attendee,
    pieces: list[str],
    org: Organisation | None,
    problems: list[Mistake],
    words: Vocabulary,
) -> list[str]:
    """Apply the notes a line's parentheses hold (items attended, remote, a role, a unit);
    the notes not understood come back, to be shown as written."""
    extra_notes: list[str] = []
    for piece in pieces:
        if _alias_or_moment(attendee, piece, problems, words):
            continue
        limit = words.item_limit.match(piece)
        if limit:
            try:
                attendee.items += words.item_numbers(limit["numbers"])
            except ValueError as error:
                message = (
                    f"Cannot read the item numbers in {piece!r} ({error}): write them as "
                    "`punkt 6`, `punkterna 6 och 7` or `items 3–5`."
                )
                problems.append(Mistake("attendance-line", message))
            continue
        if fold(piece) in words.anonymous:
            attendee.anonymous = True
            continue
        if fold(piece) in words.remote:
            if attendee.status in ("present", "unknown"):  # attending, as the note says
                attendee.status = "remote"
            continue
        if fold(piece) in words.roles and attendee.role is None:
            attendee.role, attendee.role_kind = piece, words.roles[fold(piece)]
            continue
        if org and (named := Registry.unit_at_start(org, piece)):
            attendee.unit = named.id
            continue
        if org and words.units.search(piece):
            message = f"{piece!r} is not a unit of {org.id} in the registry."
            problems.append(Mistake("unknown-unit", message))
        extra_notes.append(piece)
    return extra_notes


def _alias_or_moment(
    attendee: Attendee, piece: str, problems: list[Mistake], words: Vocabulary
) -> bool:
    """Keep on the attendee the alias (``@dana``, ``"Tom B."``) or the arrival or departure
    (``left after item 5``, ``anlände kl. 14.30``) a note gives; False if it gives neither."""
    alias = read_alias(piece)
    if alias and attendee.kind == "person":
        attendee.aliases += (alias,)
        return True
    try:
        moment = read_moment(piece, words)
    except ValueError as error:
        message = (
            f"Cannot read the item in {piece!r} ({error}): write it as `left after item 5`, "
            "`lämnade efter punkt 5`, `arrived at 14:30` or `från punkt 3`."
        )
        problems.append(Mistake("attendance-line", message))
        return False
    if moment is None:
        return False
    way, when = moment
    if way == "left":
        attendee.left = when
    else:
        attendee.arrived = when
    return True
