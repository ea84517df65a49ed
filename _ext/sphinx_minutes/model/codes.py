"""The single list of warning codes: what the writer did wrong and how to fix it.

Every warning the extension emits has one of these codes (see ``mistake``), as
``type="minutes", subtype=<code>``, so ``suppress_warnings = ["minutes.<code>"]`` silences
exactly one kind. The reference page in ``docs/`` renders this table; it cannot drift.
"""

from __future__ import annotations

from .code import Code, CodeName
from .codes_items import ITEM_CODES

__all__ = ["CODES", "Code", "CodeName"]

MEETING_CODES: tuple[Code, ...] = (
    # The meeting as a whole
    Code(
        "meeting-metadata",
        "The meeting's date or body is missing or malformed, or contradicts the file name.",
        "`:date: 2023-11-02` in `meetings/board/2023-10-27.md`",
        "Name the file `meetings/<body>/<YYYY-MM-DD>.md`, or give `:body:` and a valid "
        "`:date:` that agree with it.",
    ),
    Code(
        "no-meeting",
        "A minutes directive is used in a document without a `meeting` directive.",
        "an `agenda-item` in a page that has no `{meeting}` block",
        "Put a `{meeting}` block right under the title of the minutes.",
    ),
    Code(
        "unknown-body",
        "The meeting's body is not in the body registry.",
        "`meetings/styrelsen/2024-01-10.md` with no `styrelsen` in the body registry",
        "Add the body to the body registry, or move the file to its body's folder.",
    ),
    Code(
        "unlisted-meeting",
        "No page lists the meeting: its body has no page, or the body's page does not list "
        "its meetings. (Sphinx's own \"document isn't included in any toctree\", with the "
        "file's line and the fix.)",
        "`meetings/governors/2025-09-10.md` with no `meetings/governors/index.md`",
        "Create the body's page, `meetings/<body>/index.md`, with its title and a "
        "`{meetings} <body>` block (`python -m sphinx_minutes new-site` writes one).",
    ),
    Code(
        "duplicate-meeting",
        "Two meetings of one body have the same date.",
        "`:date: 2024-01-10` in `2024-01-10-extra.md` beside `2024-01-10.md`",
        "Correct the date of one of them, or merge the two files.",
    ),
    Code(
        "previous-meeting",
        "The previous meeting is not earlier than this one, or belongs to another body.",
        "`:previous: 2024-03-01` in the minutes of 2024-02-01",
        "Give the date of this body's meeting before this one.",
    ),
    Code(
        "approver-absent",
        "An approver of the minutes (`:approved-by:`) is not in the attendance, or is "
        "listed as absent.",
        "`:approved-by: Åsa Olsson` when she is under `Frånvarande:`",
        "Name approvers who attended, as the attendance names them (a full name or an "
        "alias), or correct the attendance.",
    ),
    Code(
        "draft-overdue",
        "The minutes are still a draft more than `minutes_approval_days` days after the "
        "meeting, counted to the body's latest meeting or to `minutes_reference_date`.",
        "`:status: draft` in the minutes of 2024-01-10 when the body met again on 2024-03-12 "
        "and `minutes_approval_days = 30`",
        "Have the minutes approved and write `:status: approved` with `:approved-by:`, or "
        "approve them at a later meeting (`:approves:` on its agenda item).",
    ),
    Code(
        "draft-approved",
        "A later meeting approved these minutes (`:approves:` on one of its items), but "
        "their `:status:` still says draft.",
        "`:status: draft` in the minutes of 2024-02-13 when the meeting of 2024-03-12 has "
        "`:approves: 2024-02-13`",
        "Write `:status: approved` in the approved minutes (with `:approved-by:` if they "
        "were signed).",
    ),
    Code(
        "approves-later",
        "An agenda item's `:approves:` names minutes that are not earlier than its own meeting's.",
        "`:approves: 2024-04-09` in the minutes of 2024-03-12",
        "Give the date of the earlier meeting whose minutes this item approved.",
    ),
    # Attendance
    Code(
        "attendance-line",
        "An attendance line could not be understood, or reads an organisation's name as a "
        "person's.",
        "`- , Formas` (no name), `(punkt sex)`, `- Formas, SCB`",
        "Write one person per line: `- Name, Organisation, role (notes)`.",
    ),
    Code(
        "attendance-group",
        "A line in the attendance is neither a list entry nor a group heading the "
        "meeting's language knows; the people under it get no status (never counted present).",
        "`Deltog:` above the entries; `Entschuldigt:` in a meeting whose language is not `de`",
        "Start each group with a heading of the meeting's language (`Närvarande:`, "
        "`Frånvarande:`, `Från SCB (…)`, `Present:`, `Apologies:` …, see the vocabulary), or "
        "add yours under `words:` in the body registry; start each person with `- `.",
    ),
    Code(
        "unknown-organisation",
        "An organisation is not in the organisation registry.",
        "`- Anna Berg, Formaz` when the registry has Formas",
        "Correct it, or add it (or this alias) to the organisation registry.",
    ),
    Code(
        "unknown-unit",
        "A unit in parentheses is not a unit of the person's organisation.",
        "`- Eva Lund (enheten för ekonomi, punkt 6)` when SCB has no such unit",
        "Add the unit to the organisation's `units` in the registry, or correct it.",
    ),
    Code(
        "duplicate-person",
        "A person is listed twice in the attendance.",
        "`- Karin Hedman` under two headings",
        "Keep one line per person; give several roles on that line.",
    ),
    Code(
        "present-and-absent",
        "A person is listed both as present and as absent.",
        "`- Lotta Sima` under `Närvarande:` and under `Frånvarande:`",
        "Keep the person in one group; partial attendance is written `(punkt 6)`.",
    ),
    Code(
        "anonymous-elsewhere",
        "A person not named in public in one meeting is named in another, in its attendance "
        "or by a `{person}` link (on both builds, at the line that names them).",
        "`- Kari Nordmann` in one meeting, `- Kari Nordmann (not named in public)` in the "
        "one before",
        "Mark the person `(not named in public)` in this meeting too, or remove the mark in "
        "the other if they may be named.",
    ),
    # Who said what
    Code(
        "unknown-person",
        "A statement, presenter or follow-up owner names a person not in the attendance, "
        "or a name, in any case, that is no attendee's, organisation, group or role.",
        "`{comment} Karin Hedmann` when the attendance has Karin Hedman; `{comment} "
        "ekhall`; `{follow-up} @dana` with no `(@dana)` in the attendance",
        "Correct the name, or add the person to the attendance.",
    ),
    Code(
        "absent-person",
        "A statement, presenter or follow-up owner names a person listed as absent.",
        "`{question} Hampus Brynolf` when he is under `Frånvarande:`",
        "Correct the name, or move the person from the absent group.",
    ),
    Code(
        "not-present-for-item",
        "A person present only for some items, or who had left or not yet arrived, is "
        "named in another item.",
        "`{answer} Andrea Gillgren` in item 7 when she is listed `(punkt 6)`",
        "Correct the name or the item, or widen the person's items in the attendance.",
    ),
    Code(
        "ambiguous-name",
        "A first name or alias that several attendees share names a statement, presenter "
        "or follow-up owner.",
        "`{comment} Eric` when Eric Hall and Eric Holm attended",
        "Write the full name, or give the person an alias in the attendance and use it.",
    ),
    Code(
        "anonymous-named-in-text",
        "Text of a meeting (a statement, a title, an item's text) names a person the meeting "
        "does not name in public; the public build shows their label in the name's place.",
        "`Kari Nordmann asked about the noise.` when she is `(not named in public)`",
        "Write the person's role instead of the name (`The resident asked …`), or remove "
        "the mark on their attendance line if they may be named.",
    ),
)
"""The meeting, its attendance, and who said what."""

CODES: dict[CodeName, Code] = {c.code: c for c in (*MEETING_CODES, *ITEM_CODES)}
"""Every code with its meaning, example and fix, in the order of ``CodeName``."""
