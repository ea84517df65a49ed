"""The names of the warning codes, and the record each has in the table (``codes``).

Kept apart from the table so the table may be split by subject: mypy checks each code a
mistake is given against ``CodeName``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# fmt: off
CodeName = Literal[
    # The meeting as a whole
    "meeting-metadata", "no-meeting", "unknown-body", "unlisted-meeting", "duplicate-meeting",
    "previous-meeting",
    "approver-absent", "draft-overdue", "draft-approved", "approves-later",
    # Attendance
    "attendance-line", "attendance-group", "unknown-organisation", "unknown-unit",
    "duplicate-person", "present-and-absent", "anonymous-elsewhere",
    # Who said what
    "unknown-person", "absent-person", "not-present-for-item",
    "ambiguous-name", "anonymous-named-in-text",
    # Agenda items and statements
    "item-number", "item-numbering", "outside-item", "answer-without-question",
    "empty-statement", "follow-up-owner", "follow-up-due", "follow-up-open",
    "unknown-follow-up", "follow-up-closed", "duplicate-id", "unknown-topic",
    "missing-attachment", "unsafe-link", "raw-html",
    # Votes, motions and reservations
    "vote-contradiction", "unknown-choice", "reservation",
    # Links
    "unknown-meeting", "unknown-item", "unknown-statement", "not-public-reference",
    # Directives and data
    "bad-option", "encoding", "unknown-directive", "unclosed-block", "malformed", "registry",
    # Languages and words
    "language", "words",
]
# fmt: on
"""Every warning code, in the order of the table below (a test keeps the two in step): mypy
checks each code a mistake is given."""


@dataclass(frozen=True, slots=True)
class Code:
    code: CodeName
    meaning: str
    example: str
    fix: str
