"""The single list of warning codes: what the writer did wrong and how to fix it.

Every warning the extension emits goes through :func:`warn` with one of these codes, as
``type="minutes", subtype=<code>``, so ``suppress_warnings = ["minutes.<code>"]`` silences
exactly one kind. The reference page in ``docs/`` renders this table; it cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sphinx.util import logging

logger = logging.getLogger("sphinx_minutes")


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    meaning: str
    example: str
    fix: str


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code(
            "attendance-line",
            "An attendance line could not be understood.",
            "`- , Formas` (no name before the comma)",
            "Write one person per line: `- Name, Organisation, role (notes)`.",
        ),
        Code(
            "attendance-group",
            "A line in the attendance is neither a list entry nor a known group heading.",
            "`Deltog:` above the entries",
            "Start each group with a known heading (`Närvarande:`, `Frånvarande:`, "
            "`Från SCB (…)`, `Present:`, `Apologies:` …) and each person with `- `.",
        ),
        Code(
            "unknown-organisation",
            "An organisation is not in the organisation registry.",
            "`- Anna Berg, Formaz` when the registry has Formas",
            "Correct the spelling, or add the organisation (or the alias used) to the "
            "registry file.",
        ),
        Code(
            "unknown-unit",
            "A unit in parentheses is not a unit of the person's organisation.",
            "`- Eva Lund (enheten för ekonomi, punkt 6)` when SCB has no such unit",
            "Add the unit to the organisation's `units` in the registry, or correct it.",
        ),
        Code(
            "unknown-body",
            "The meeting's body is not in the body registry.",
            "`meetings/styrelsen/2024-01-10.md` with no `styrelsen` in the body registry",
            "Add the body to the body registry, or move the file to its body's folder.",
        ),
        Code(
            "meeting-metadata",
            "The meeting's date or body is missing or malformed, or contradicts the file name.",
            "`:date: 2023-13-01`, or a file outside `meetings/<body>/<date>.md`",
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
            "item-number",
            "An agenda item has no number, or a malformed one.",
            "`{agenda-item} Mötet öppnas` (no number)",
            "Start the argument with the item's number: `{agenda-item} 1. Mötet öppnas`.",
        ),
        Code(
            "bad-option",
            "A directive option has a value that cannot be understood.",
            "`:due: next week`, `:format: zoom`",
            "Use the form given in the reference for that option (a date is `YYYY-MM-DD`).",
        ),
        Code(
            "outside-item",
            "A statement (comment, question …) stands outside any agenda item.",
            "a `{question}` block before the first `{agenda-item}`",
            "Move the statement into the agenda item it belongs to.",
        ),
        Code(
            "unknown-meeting",
            "A link names a meeting that is neither in the project nor declared external.",
            "`{meeting}`2023-04-72``",
            "Correct the date, or declare the meeting under `external-meetings` of its body "
            "in the body registry.",
        ),
        Code(
            "registry",
            "A registry file is missing, malformed, or has an entry of the wrong shape.",
            "an organisation without a `name` in the organisation registry",
            "Fix the entry at the given line; the reference shows each registry's shape.",
        ),
    )
}


def warn(code: str, message: str, location: Any, hint: str | None = None) -> None:
    """Emit a located ``minutes.<code>`` warning: what is wrong, then how to fix it."""
    assert code in CODES, code
    text = f"{message} {hint or CODES[code].fix}"
    logger.warning(text, type="minutes", subtype=code, location=location)
