"""The words secretaries write, in Swedish and English, and what they mean to the model.

Matching is on folded text (:func:`sphinx_minutes.read.registry.fold`), so case does not matter.
The reference page in ``docs/`` lists these tables.
"""

from __future__ import annotations

import re

from .meeting import Group, Outcome, Status

GROUP_HEADINGS: dict[str, tuple[Group, Status]] = {
    # Swedish
    "närvarande": ("members", "present"),
    "närvarande ledamöter": ("members", "present"),
    "ledamöter": ("members", "present"),
    "deltagare": ("members", "present"),
    "deltog på distans": ("members", "remote"),
    "på distans": ("members", "remote"),
    "tjänstgörande ersättare": ("substitutes", "present"),
    "ersättare": ("substitutes", "present"),
    "gäster": ("guests", "present"),
    "adjungerade": ("guests", "present"),
    "övriga närvarande": ("guests", "present"),
    "frånvarande": ("absent", "absent"),
    "anmält förhinder": ("absent", "absent"),
    "förhinder": ("absent", "absent"),
    # English
    "present": ("members", "present"),
    "members present": ("members", "present"),
    "attending": ("members", "present"),
    "attendees": ("members", "present"),
    "attending remotely": ("members", "remote"),
    "remote": ("members", "remote"),
    "substitutes": ("substitutes", "present"),
    "deputies": ("substitutes", "present"),
    "guests": ("guests", "present"),
    "in attendance": ("guests", "present"),
    "also present": ("guests", "present"),
    "absent": ("absent", "absent"),
    "apologies": ("absent", "absent"),
    "apologies for absence": ("absent", "absent"),
    "not present": ("absent", "absent"),
}

STAFF_PREFIXES = ("från ", "from ")
"""A heading ``Från SCB (kommunikationsenheten om inget annat anges)`` opens a staff group."""

REMOTE = frozenset(
    {
        "på distans",
        "distans",
        "digitalt",
        "via länk",
        "per telefon",
        "remote",
        "remotely",
        "online",
        "by video",
        "via video",
        "by phone",
    }
)

ROLE_KINDS: dict[str, str] = {
    "ordförande": "chair",
    "ordf.": "chair",
    "mötesordförande": "chair",
    "chair": "chair",
    "chairperson": "chair",
    "chairman": "chair",
    "chairwoman": "chair",
    "vice ordförande": "vice-chair",
    "vice chair": "vice-chair",
    "deputy chair": "vice-chair",
    "sekreterare": "secretary",
    "protokollförare": "secretary",
    "secretary": "secretary",
    "minute-taker": "secretary",
    "minute taker": "secretary",
    "justerare": "adjuster",
    "kassör": "treasurer",
    "treasurer": "treasurer",
    "ersättare": "substitute",
    "substitute": "substitute",
    "gäst": "guest",
    "guest": "guest",
    "ledamot": "member",
    # definite forms, as in "Kommentar från ordföranden"
    "ordföranden": "chair",
    "vice ordföranden": "vice-chair",
    "sekreteraren": "secretary",
    "protokollföraren": "secretary",
    "justeraren": "adjuster",
    "kassören": "treasurer",
    "ledamoten": "member",
    "member": "member",
}

ITEM_LIMIT = re.compile(r"^(?:punkt(?:erna)?|p\.|§§?|items?)(?:\s+|(?=\d))(?P<numbers>\S.*)$", re.I)
"""``punkt 6``, ``punkterna 6 och 7``, ``items 3–5``: present only for those agenda items."""

# Arrival and departure, in an attendance line's notes: ``(left after item 5)``,
# ``(lämnade kl. 14.14)``, ``(från punkt 3)``.
MOMENT_VERBS: dict[str, str] = {
    "lämnade": "left",
    "lämnar": "left",
    "gick": "left",
    "avvek": "left",
    "anlände": "arrived",
    "ankom": "arrived",
    "kom": "arrived",
    "tillkom": "arrived",
    "left": "left",
    "leaves": "left",
    "departed": "left",
    "arrived": "arrived",
    "joined": "arrived",
    "came": "arrived",
}
"""The verb of a moment: the attendee arrived or left."""
MOMENT_WORDS: dict[str, str] = {
    "efter": "after",
    "före": "before",
    "innan": "before",
    "från": "from",
    "kl.": "at",
    "kl": "at",
    "klockan": "at",
    "vid": "at",
    "under": "at",
    "after": "after",
    "before": "before",
    "from": "from",
    "at": "at",
    "during": "at",
}
"""The word between the verb and the item or time: ``after item 5`` (the item attended),
``before item 6`` and ``from item 3`` (the item not, or first, attended), ``at``."""
CLOCK = re.compile(r"^(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)$")
"""A clock time as minutes write it: ``14:14``, ``14.14``, ``9.05``."""

GROUPS: dict[str, str] = {
    "deltagarna": "participants",
    "en deltagare": "participant",
    "ledamöterna": "members",
    "mötet": "meeting",
    "participants": "participants",
    "the participants": "participants",
    "a participant": "participant",
    "members": "members",
    "the members": "members",
    "the meeting": "meeting",
    "the committee": "meeting",
    "the board": "meeting",
    "the council": "meeting",
    "rådet": "meeting",
    "styrelsen": "meeting",
    "nämnden": "meeting",
    "kommittén": "meeting",
    "utskottet": "meeting",
    "all": "all",
    "everyone": "all",
    "all members": "all",
    "alla": "all",
    "samtliga": "all",
    "alla ledamöter": "all",
}
"""Attributions to a group of people rather than to one person or organisation."""

OUTCOME_WORDS: dict[str, Outcome] = {
    # Swedish (a motion, "yrkandet", is neuter; the common forms are understood)
    "bifallet": "adopted",
    "bifallen": "adopted",
    "bifall": "adopted",
    "antaget": "adopted",
    "avslaget": "rejected",
    "avslagen": "rejected",
    "avslag": "rejected",
    "återtaget": "withdrawn",
    "återtagen": "withdrawn",
    "återremitterat": "referred",
    "återremitterad": "referred",
    "återremiss": "referred",
    # English
    "adopted": "adopted",
    "carried": "adopted",
    "passed": "adopted",
    "rejected": "rejected",
    "defeated": "rejected",
    "lost": "rejected",
    "withdrawn": "withdrawn",
    "referred": "referred",
    "referred back": "referred",
}
"""What became of a motion, as ``:outcome:`` may say it."""

NAME_SEPARATORS = re.compile(r"\s*(?:,|&|\b(?:och|and|und)\b)\s*", re.I)
"""Between the people of a statement by several: ``Dana Reed and Kim Aho``, ``Anna och
Erik``, ``A, B & C``."""
NICKNAME = re.compile(r"\s*[\"“”„«»]\s*(?P<alias>[^\"“”„«»]+?)\s*[\"“”„«»]\s*")
"""A nickname in quotes inside a name or a note: ``Maria "Mia" Lind``, ``„Mia“``, ``«Mia»``,
``("Tom B.")``."""

BY_WORDS = frozenset({"från", "av", "from", "by"})
TO_WORDS = frozenset({"till", "to"})
"""A statement argument may start with these: ``från deltagarna``, ``till deltagarna``."""


ITEM_MAX = 999
"""No meeting has more agenda items (or sub-items of one item) than this: a line that
names more, or an item above it, is a mistake, and expanding ``items 1–50000000`` would
hold fifty million numbers in the model."""


def item_numbers(text: str) -> tuple[str, ...]:
    """Expand ``6``, ``6 och 7``, ``3–5, 7``, ``4.1–4.3`` into item numbers. A ValueError
    says what is wrong: a part that is not a number, or a number past ``ITEM_MAX``."""
    numbers: list[str] = []
    for part in re.split(r"\s*(?:,|\boch\b|\band\b|&)\s*", text.strip()):
        if not part:
            continue
        span = re.fullmatch(r"((?:\d+\.)*)(\d+)\s*[–—-]\s*((?:\d+\.)*)(\d+)", part)
        single = re.fullmatch(r"(?:\d+\.)*\d+", part)
        if not (single or (span and span[1] == span[3] and int(span[2]) <= int(span[4]))):
            raise ValueError(f"{part!r} is not an item number or a range of them")
        levels = [int(n) for n in re.findall(r"\d+", part)]
        if max(levels) > ITEM_MAX:
            raise ValueError(f"no meeting has more than {ITEM_MAX} items")
        if span:
            first, last = int(span[2]), int(span[4])
            numbers.extend(f"{span[1]}{n}" for n in range(first, last + 1))
        else:
            numbers.append(part)
        if len(numbers) > ITEM_MAX:
            raise ValueError(f"no meeting has more than {ITEM_MAX} items")
    return tuple(numbers)


STATEMENT_WORDS: dict[str, str] = {
    # Swedish
    "kommentar": "comment",
    "fråga": "question",
    "svar": "answer",
    "beslut": "decision",
    "uppföljning": "follow-up",
    "åtgärd": "follow-up",
    # English
    "comment": "comment",
    "question": "question",
    "answer": "answer",
    "reply": "answer",
    "decision": "decision",
    "resolved": "decision",
    "follow-up": "follow-up",
    "action": "follow-up",
}
"""In a ``discussion`` block, a speaker line that starts with one of these words is that
kind of statement (``Fråga från deltagarna: …``, ``Action Dana: …``); any other speaker
line is a comment by whoever it names (``Dana Reed: …``)."""


NEXT_MEETING = frozenset(
    {
        "nästa möte",
        "till nästa möte",
        "nästa sammanträde",
        "till nästa sammanträde",
        "next meeting",
        "the next meeting",
        "by the next meeting",
    }
)
"""``:due: next meeting``: a follow-up due at the body's next meeting, whatever its date."""
