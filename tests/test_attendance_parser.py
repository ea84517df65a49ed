"""The attendance as secretaries write it, read without Sphinx."""

from __future__ import annotations

import pytest

from sphinx_minutes.derive.scan import people_in
from sphinx_minutes.model.meeting import Moment
from sphinx_minutes.model.registered import Organisation, Unit
from sphinx_minutes.read.attendance import Entry, parse_entry, parse_heading, read_attendance
from sphinx_minutes.read.registry import Registry

REGISTRY = Registry(
    organisations={
        "SCB": Organisation(
            "SCB",
            "Statistiska centralbyrån",
            units=(
                Unit("kommunikation", "enheten för kommunikation", ("kommunikationsenheten",)),
                Unit("esa", "avdelningen för ekonomisk statistik och analys", ("ESA",)),
            ),
        ),
        "Harbour Trust": Organisation("Harbour Trust", "Northport Harbour Trust"),
        "NPC": Organisation("NPC", "Northport Council", ("Northport Borough Council",)),
        "Formas": Organisation("Formas", "Formas"),
        "Northwind": Organisation("Northwind", "Northwind Agency", ("NWA",)),
    }
)
WORDS = REGISTRY.vocabulary("sv")
PRESENT = parse_heading("Present:", REGISTRY, WORDS)
STAFF = parse_heading("Från SCB (kommunikationsenheten om inget annat anges)", REGISTRY, WORDS)


def entry(text: str, heading=PRESENT):
    return parse_entry(text, 1, heading, REGISTRY, WORDS)


@pytest.mark.parametrize(
    ("written", "group", "status"),
    [
        ("Närvarande:", "members", "present"),
        ("Frånvarande:", "absent", "absent"),
        ("Apologies:", "absent", "absent"),
        ("In attendance:", "guests", "present"),
        ("Ersättare:", "substitutes", "present"),
        ("Attending remotely:", "members", "remote"),
    ],
)
def test_group_headings(written: str, group: str, status: str) -> None:
    heading = parse_heading(written, REGISTRY, WORDS)
    assert (heading.group, heading.status, heading.problems) == (group, status, [])


def test_staff_heading_gives_organisation_and_default_unit() -> None:
    assert STAFF.group == "staff"
    assert (STAFF.organisation.id, STAFF.unit.id) == ("SCB", "kommunikation")
    text = "Från SCB (kommunikationsenheten om inget annat anges)"
    assert text[slice(*STAFF.organisation_span)] == "SCB"


# The rows of docs/howto/partial-attendance.md
@pytest.mark.parametrize(
    ("written", "heading", "status", "items", "unit"),
    [
        ("Priya Raman, Harbour Trust (remote)", PRESENT, "remote", (), None),
        ("Daniel Okafor, NPC (item 4)", PRESENT, "present", ("4",), None),
        ("Andrea Gillgren (punkt 6)", STAFF, "present", ("6",), "kommunikation"),
        ("Eva Lund (punkterna 6 och 7)", STAFF, "present", ("6", "7"), "kommunikation"),
        ("Susanne Svartengren (ESA, punkt 6)", STAFF, "present", ("6",), "esa"),
    ],
)
def test_notes_in_parentheses(written, heading, status, items, unit) -> None:
    parsed = entry(written, heading)
    assert parsed.problems == []
    assert (parsed.attendee.status, parsed.attendee.items, parsed.attendee.unit) == (
        status,
        items,
        unit,
    )


def test_name_organisation_role_and_spans() -> None:
    parsed = entry("Margaret Osei, Harbour Trust, chair")
    attendee = parsed.attendee
    assert (attendee.name, attendee.organisation, attendee.role, attendee.role_kind) == (
        "Margaret Osei",
        "Harbour Trust",
        "chair",
        "chair",
    )
    assert attendee.text[slice(*parsed.organisation_span)] == "Harbour Trust"
    assert attendee.text[slice(*parsed.name_span)] == "Margaret Osei"


def test_alias_resolves_to_the_organisation() -> None:
    assert entry("Tom Lindqvist, Northport Borough Council").attendee.organisation == "NPC"


def test_role_without_organisation() -> None:
    attendee = entry("Åsa Olsson, ordförande").attendee
    assert (attendee.organisation, attendee.role_kind) == (None, "chair")


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Ruth Adeyemi, commodore", "commodore"),
        ("Oskar Wennberg, SCB, bygglovschef", "bygglovschef"),
    ],
)
def test_a_lower_case_title_is_a_role_not_an_organisation(written: str, role: str) -> None:
    read = entry(written)
    assert read.problems == []
    assert read.attendee.role == role


def test_unit_after_the_organisation() -> None:
    attendee = entry("Karin Hansson, SCB, enheten för kommunikation").attendee
    assert (attendee.organisation, attendee.unit, attendee.role) == ("SCB", "kommunikation", None)


def test_unknown_organisation_suggests_the_near_miss() -> None:
    [mistake] = entry("Anna Berg, Formaz").problems
    assert mistake.code == "unknown-organisation"
    assert "Formaz" in mistake.message and mistake.near == "Formas"


def test_unreadable_item_numbers_are_a_problem_not_a_crash() -> None:
    [mistake] = entry("Eva Lund, Formas (punkt sex)").problems
    assert mistake.code == "attendance-line" and "punkt sex" in mistake.message


def test_other_notes_are_kept() -> None:
    assert entry("Sam Carter, NPC (for Ann Bell)").attendee.notes == ("for Ann Bell",)


def test_an_unknown_unit_in_a_staff_heading_is_a_problem() -> None:
    heading = parse_heading("Från SCB (enheten för ekonomi)", REGISTRY, WORDS)
    assert heading.unit is None
    assert [mistake.code for mistake in heading.problems] == ["unknown-unit"]


def test_a_staff_line_may_name_another_organisation() -> None:
    attendee = entry("Anna Berg, Formas", STAFF).attendee
    assert (attendee.organisation, attendee.unit, attendee.role) == ("Formas", None, None)
    assert entry("Karin Hedman, enhetschef", STAFF).attendee.role == "enhetschef"


def test_item_numbers_are_bounded() -> None:
    """``items 1–50000000`` would hold fifty million numbers in the model."""
    [mistake] = entry("Eva Lund, Formas (items 1–50000000)").problems
    assert mistake.code == "attendance-line"
    assert "no meeting has more than 999 items" in mistake.message
    assert entry("Eva Lund, Formas (items 1–50000000)").attendee.items == ()
    assert entry("Eva Lund, Formas (items 990–999)").attendee.items[-1] == "999"


def test_a_block_is_read_heading_then_entries_an_early_entry_under_members() -> None:
    lines = ["- Early Bird", "", "Apologies:", "-  Anna Berg, Formas  "]
    found = list(read_attendance(enumerate(lines, 10), REGISTRY, WORDS))
    read = [(line, text, type(r).__name__) for line, text, r in found]
    assert read == [
        (10, "", "Heading"),
        (10, "- Early Bird", "Entry"),
        (12, "Apologies:", "Heading"),
        (13, "-  Anna Berg, Formas", "Entry"),
    ]
    [early, _, _, anna] = [r for _, _, r in found]
    assert [mistake.code for mistake in early.problems] == ["attendance-group"]
    assert isinstance(anna, Entry) and anna.attendee.status == "absent"


MEETING = ":::{meeting}\n:place: Hall\n:::\n\n"


@pytest.mark.parametrize(
    ("written", "people"),
    [
        # what the options take is no one; the text after the name is the first line
        (":::{attendance}\n:note: x\n  - Cont Inued\nPresent:\n- Anna Berg\n:::\n", set()),
        (":::{attendance}\n---\n- Yaml Person\n---\n- Anna Berg\n:::\n", set()),
        (":::{attendance} Present:\n- Anna Berg\n:::\n", set()),
        (":::{attendance}\n\n:note: x\n  - Hidden One\n- Anna Berg\n:::\n", set()),
        ("  :::{attendance}\n  :note: x\n    - Deep Cont\n  - Anna Berg\n  :::\n", set()),
        # a longer fence closes the block; another directive's block is not read
        (":::{attendance}\n- Anna Berg\n::::\n\n- Not Listed\n", set()),
        (":::{attendancex}\n- Not Listed\n:::\n", {"Anna Berg"}),
    ],
)
def test_the_scan_finds_the_people_the_directive_lists(written: str, people: set[str]) -> None:
    """The people given a page are found before reading: exactly those listed."""
    expected = {"Anna Berg"} - people
    assert people_in(MEETING + written, REGISTRY, "", "sv") == expected


@pytest.mark.parametrize(
    ("meeting", "secretary"),
    [
        (":::{meeting}\n:secretary: Sara Sekr, SCB\n:::\n", {"Sara Sekr"}),
        ("```{meeting}\n---\nsecretary: Yara Sek\n---\n```\n", {"Yara Sek"}),
        (":::{meeting}\n:secretary: One Sec\n:secretary: Two Sec\n:::\n", {"One Sec"}),
        (":::{meeting}\n:place: Hall\n\n:secretary: Below Blank\n:::\n", set()),
        (":::{meeting}\n:::\n:::{note}\n:secretary: Note Sec\n:::\n", set()),
        (":::{meeting}\n:::\n:::{meeting}\n:secretary: Second Sec\n:::\n", set()),
    ],
)
def test_the_scan_finds_the_secretary_the_meeting_block_reads(
    meeting: str, secretary: set[str]
) -> None:
    assert people_in(meeting, REGISTRY, "", "sv") == secretary


# Organisations attending, aliases, arrivals and departures (issue 14)


@pytest.mark.parametrize(
    ("written", "notes"),
    [
        ("Northwind Agency", ()),
        ("Northwind Agency (between meetings)", ("between meetings",)),
        ("NWA (between meetings, remote)", ("between meetings",)),
    ],
)
def test_a_line_naming_an_organisation_is_the_organisation_attending(written, notes) -> None:
    parsed = entry(written)
    attendee = parsed.attendee
    assert parsed.problems == []
    assert (attendee.kind, attendee.name, attendee.organisation) == (
        "organisation",
        "",
        "Northwind",
    )
    assert attendee.notes == notes
    assert parsed.name_span == (0, 0)
    assert written[slice(*parsed.organisation_span)] in ("Northwind Agency", "NWA")


def test_an_organisation_attending_may_have_a_unit_and_a_role() -> None:
    attendee = entry("SCB, enheten för kommunikation, observer").attendee
    assert (attendee.kind, attendee.organisation, attendee.unit, attendee.role) == (
        "organisation",
        "SCB",
        "kommunikation",
        "observer",
    )


def test_a_nameless_line_is_no_organisation_attending() -> None:
    parsed = entry(", Formas")
    assert [m.code for m in parsed.problems] == ["attendance-line"]
    assert parsed.attendee.kind == "person"


@pytest.mark.parametrize(
    "written",
    [
        'Maria "Mia" Lind, Formas',
        "Maria “Mia” Lind, Formas",
        "Maria „Mia“ Lind, Formas",
        "Maria «Mia» Lind, Formas",
        "Maria ”Mia” Lind, Formas",
    ],
)
def test_a_nickname_in_quotes_is_an_alias_of_the_person(written: str) -> None:
    parsed = entry(written)
    attendee = parsed.attendee
    assert (attendee.name, attendee.aliases, attendee.organisation) == (
        "Maria Lind",
        ("Mia",),
        "Formas",
    )
    assert written[slice(*parsed.name_span)] == written.split(",")[0]  # shown as written


@pytest.mark.parametrize(
    ("written", "aliases"),
    [
        ("Dana Reed (@dana)", ("@dana",)),
        ('Tom Berg ("Tom B.")', ("Tom B.",)),
        ('Eric Hall, Formas (@ekhall, "E. H.", remote)', ("@ekhall", "E. H.")),
    ],
)
def test_a_handle_or_a_quoted_note_is_an_alias(written: str, aliases: tuple[str, ...]) -> None:
    parsed = entry(written)
    assert parsed.problems == []
    assert parsed.attendee.aliases == aliases
    assert parsed.attendee.notes == ()


@pytest.mark.parametrize(
    ("written", "arrived", "left"),
    [
        ("Kim Aho (left at 14:14)", None, Moment("left at 14:14", time="14:14")),
        ("Kim Aho (left after item 5)", None, Moment("left after item 5", "5", True)),
        ("Kim Aho (left before item 6)", None, Moment("left before item 6", "6", False)),
        ("Kim Aho (arrived at 14:30)", Moment("arrived at 14:30", time="14:30"), None),
        ("Kim Aho (from item 3)", Moment("from item 3", "3", False), None),
        ("Kim Aho (arrived after item 3)", Moment("arrived after item 3", "3", True), None),
        ("Kim Aho (lämnade kl. 14.14)", None, Moment("lämnade kl. 14.14", time="14:14")),
        ("Kim Aho (lämnade efter punkt 5)", None, Moment("lämnade efter punkt 5", "5", True)),
        ("Kim Aho (anlände kl. 9.30)", Moment("anlände kl. 9.30", time="09:30"), None),
        ("Kim Aho (från punkt 3)", Moment("från punkt 3", "3", False), None),
        (
            "Kim Aho (från punkt 2, lämnade efter § 4.1)",
            Moment("från punkt 2", "2", False),
            Moment("lämnade efter § 4.1", "4.1", True),
        ),
    ],
)
def test_arrival_and_departure_are_kept_on_the_attendee(written, arrived, left) -> None:
    parsed = entry(written)
    assert parsed.problems == []
    assert (parsed.attendee.arrived, parsed.attendee.left) == (arrived, left)
    assert parsed.attendee.notes == ()
    assert parsed.attendee.items == ()


@pytest.mark.parametrize(
    "note", ["left early", "from Formas", "left the board in May", "left at 25:70"]
)
def test_a_note_that_is_no_moment_stays_a_note(note: str) -> None:
    parsed = entry(f"Kim Aho ({note})")
    assert (parsed.problems, parsed.attendee.notes) == ([], (note,))
    assert (parsed.attendee.arrived, parsed.attendee.left) == (None, None)


def test_a_moment_with_an_unreadable_item_is_a_problem() -> None:
    [mistake] = entry("Kim Aho (left after item five)").problems
    assert mistake.code == "attendance-line" and "left after item five" in mistake.message
    [mistake] = entry("Kim Aho (lämnade efter punkterna 5 och 6)").problems
    assert "one item" in mistake.message


def test_the_scan_gives_no_page_to_an_organisation_attending() -> None:
    text = MEETING + ":::{attendance}\nPresent:\n- Northwind Agency\n- Dana Reed (@dana)\n:::\n"
    assert people_in(text, REGISTRY, "", "sv") == {"Dana Reed"}
    nick = MEETING + ':::{attendance}\nPresent:\n- Maria "Mia" Lind\n:::\n'
    assert people_in(nick, REGISTRY, "", "sv") == {"Maria Lind"}


def test_the_scan_finds_every_minute_taker() -> None:
    meeting = ":::{meeting}\n:secretary: Anna Berg, SCB, ESA; Erik Holm\n:::\n"
    assert people_in(meeting, REGISTRY, "", "sv") == {"Anna Berg", "Erik Holm"}


def test_a_name_beside_another_organisation_is_a_person() -> None:
    """``Index, RPC``: a person named Index of RPC, beside an organisation with the id
    index (tests/catalogue/reserved-page-names.yaml)."""
    attendee = entry("Formas, NPC").attendee
    assert (attendee.kind, attendee.name, attendee.organisation) == ("person", "Formas", "NPC")


def test_two_minute_takers_in_the_attendance_are_each_a_secretary() -> None:
    lines = ["Present:", "- Anna Berg, Formas, minute-taker", "- Erik Holm, protokollförare"]
    found = [r for _, _, r in read_attendance(enumerate(lines, 1), REGISTRY, WORDS)]
    takers = [r.attendee for r in found if isinstance(r, Entry)]
    assert [(a.name, a.role_kind) for a in takers] == [
        ("Anna Berg", "secretary"),
        ("Erik Holm", "secretary"),
    ]


def test_a_person_line_that_starts_with_an_organisation_s_name_is_reported() -> None:
    read = entry("NWA, Northport Council")
    assert (read.attendee.kind, read.attendee.name) == ("person", "NWA")
    [mistake] = read.problems
    assert mistake.code == "attendance-line"
    assert "'NWA' is the name of an organisation in the registry (Northwind Agency)" in (
        mistake.message
    )


def test_an_organisation_s_id_alone_is_no_name_it_goes_by() -> None:
    """Writers see names and aliases; an id may happen to be a person's name."""
    assert entry("Harbour Trust, Northport Council").problems == []
    assert [m.code for m in entry("Formas, Northport Council").problems] == ["attendance-line"]
    assert entry("Anna Northwind, Northport Council").problems == []
