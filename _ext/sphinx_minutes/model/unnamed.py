"""People not named in public: who they are in a meeting, what the public minutes call
them instead, and where free text still names them.

An attendance line marked ``(not named in public)``, ``(anonymiseras)`` … makes its
person anonymous in that meeting (``Attendee.anonymous``). The public build shows them
as the role written on their line (``member of the public``, ``tenant of flat 12``), else
as a representative of their organisation, else as a member of the public; the internal
build shows the name, marked. Both the page (``read.unnamed``) and the archive
(``derive.anonymous``) ask this module, so the page and every view say the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .labels import N_, Labels, gettext_for
from .meeting import Attendee, Meeting

MEMBER_OF_THE_PUBLIC = N_("a member of the public")
REPRESENTATIVE = N_("a representative of {organisation}")
NOT_NAMED = N_("not named in public")
"""The internal build's mark beside the name of a person the public build does not name."""


def public_label(attendee: Attendee, labels: Labels) -> str:
    """What the public minutes call the person: the role on their line as written (with
    their organisation), else a representative of the organisation, else a member of
    the public."""
    if attendee.role and attendee.organisation:
        return f"{attendee.role}, {attendee.organisation}"
    if attendee.role:
        return attendee.role
    if attendee.organisation:
        return labels(REPRESENTATIVE).format(organisation=attendee.organisation)
    return labels(MEMBER_OF_THE_PUBLIC)


@dataclass(frozen=True, slots=True)
class Unnamed:
    """The people a meeting does not name in public, each name and alias to its label."""

    labels: dict[str, str]
    """Each anonymous person's name, by itself, to the label the public sees."""
    written: dict[str, str]
    """Each name and alias as written, folded for case, to the label."""
    pattern: re.Pattern[str] | None
    """Any name or alias as a whole word, longest first; None when no one is unnamed."""

    def __bool__(self) -> bool:
        return bool(self.labels)

    def mentions(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Where ``text`` names an unnamed person (start, end) and the label instead."""
        if self.pattern is None:
            return
        for found in self.pattern.finditer(text):
            yield found.start(), found.end(), self.written[_spaced(found.group().casefold())]

    def replaced(self, text: str) -> str:
        """``text`` with every name and alias of an unnamed person as their label."""
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.written[_spaced(m.group().casefold())], text)


def unnamed(meeting: Meeting) -> Unnamed:
    """Who ``meeting`` does not name in public (its attendance and secretaries, and the
    lines of a block shown as written that say so)."""
    labels = gettext_for(meeting.language)
    by_name: dict[str, str] = {}
    written: dict[str, str] = {}
    for attendee in (*meeting.people(), *meeting.unread_unnamed):
        if not (attendee.anonymous and attendee.name.strip()):
            continue
        label = by_name.setdefault(attendee.name, public_label(attendee, labels))
        for said in (attendee.name, *attendee.aliases):
            written.setdefault(said.casefold(), label)
    if not written:
        return Unnamed({}, {}, None)
    spelled = sorted(written, key=lambda w: (-len(w), w))
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in spelled)
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I)
    written = {_spaced(w): label for w, label in written.items()}
    return Unnamed(by_name, written, pattern)


def _spaced(said: str) -> str:
    """A name as the pattern finds it, folded: runs of spacing are one space."""
    return " ".join(said.split())
