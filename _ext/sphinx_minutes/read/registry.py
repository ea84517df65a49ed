"""Registries of organisations, topics and bodies: YAML files the writers edit.

They are read once per build; every meeting that uses one records it with
``env.note_dependency``, so editing a registry re-reads the meetings that depend on it.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..model.names import fold
from ..model.registered import Body, Organisation, Topic, Unit
from ..model.vocabulary import Vocabulary, Words
from .words import available_language, shipped, shipped_languages


def slug(text: str) -> str:
    """A stable, ASCII, lower-case name for a URL: ``Försäkringskassan`` → ``forsakringskassan``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


def near_miss(text: str, names: Iterable[str], cutoff: float = 0.75) -> str | None:
    """The name, as written in the registry or attendance, closest to ``text``."""
    by_fold = {fold(name): name for name in names}
    close = difflib.get_close_matches(fold(text), by_fold, n=1, cutoff=cutoff)
    return by_fold[close[0]] if close else None


@dataclass
class Registry:
    organisations: dict[str, Organisation] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    """The registry files that exist, by kind, for ``note_dependency``."""
    language: str = "en"
    """The site's language (``language`` in ``conf.py``): its meetings read its words too."""
    words: dict[str, Words] = field(default_factory=dict)
    """The project's own words by language (``minutes_words`` in ``conf.py``)."""
    word_files: dict[str, Words] = field(default_factory=dict)
    """The project's words files by language (``locales/<lang>/LC_MESSAGES/``)."""
    _names: dict[str, str] = field(default_factory=dict)
    _topic_names: dict[str, str] = field(default_factory=dict)
    _vocabularies: dict[tuple[str, str], Vocabulary] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Names folded once, so each look-up is one dictionary access, however many
        organisations and topics the registries hold."""
        for names, entries in (
            (self._names, self.organisations.values()),
            (self._topic_names, self.topics.values()),
        ):
            for id_first in (True, False):  # an id always means its own entry
                for entry in entries:
                    for name in (entry.id,) if id_first else (entry.name, *entry.aliases):
                        names.setdefault(fold(name), entry.id)

    def vocabulary(self, language: str, body: str = "") -> Vocabulary:
        """The words a meeting of ``body`` in ``language`` is read with: the body's own
        words, then the project's (``minutes_words``, then its words file) and the
        shipped words of the meeting's language, its body's, the site's and English, in
        that order (the first to know a word decides).
        A Swedish site's English meeting still reads ``Närvarande:``. Built once per
        language and body, since every attendance line and statement asks."""
        key = (language, body)
        found = self._vocabularies.get(key)
        if found is None:
            registered = self.bodies.get(body)
            written = (language, registered.language if registered else None, self.language)
            codes = tuple(dict.fromkeys(code for code in (*written, "en") if code))
            languages = tuple(dict.fromkeys(s for s in map(available_language, codes) if s))
            layers = (
                registered.words if registered else {},
                *(
                    layer
                    for code in dict.fromkeys((*codes, *languages))
                    for layer in (self.words.get(code, {}), self.word_files.get(code, {}))
                ),
                *(shipped(lang) for lang in languages if lang in shipped_languages()),
            )
            found = self._vocabularies[key] = Vocabulary.of(languages, *layers)
        return found

    def organisation(self, text: str) -> Organisation | None:
        """The organisation a writer means by its id, name or alias."""
        org_id = self._names.get(fold(text))
        return self.organisations.get(org_id) if org_id else None

    def topic(self, text: str) -> Topic | None:
        """The topic a writer means by its id, name or alias."""
        topic_id = self._topic_names.get(fold(text))
        return self.topics.get(topic_id) if topic_id else None

    def organisations_at_start(self, folded: str) -> list[tuple[int, str]]:
        """(length, id) for each organisation whose id, name or alias ``folded`` (a folded
        text) starts with, as whole words: ``scb, enheten …`` starts with ``scb``."""
        ends = (n for n in range(1, len(folded) + 1) if n == len(folded) or not folded[n].isalnum())
        return [(n, self._names[folded[:n]]) for n in ends if folded[:n] in self._names]

    def suggest_organisation(self, text: str) -> str | None:
        """The registered name or alias closest to a misspelling, if any is close."""
        return near_miss(
            text, (n for o in self.organisations.values() for n in (o.id, o.name, *o.aliases))
        )

    def suggest_topic(self, text: str) -> str | None:
        return near_miss(
            text, (n for t in self.topics.values() for n in (t.id, t.name, *t.aliases))
        )

    @staticmethod
    def unit_at_start(org: Organisation, text: str) -> Unit | None:
        """The unit of ``org`` that ``text`` starts with (``kommunikationsenheten om …``)."""
        folded = fold(text)
        candidates = [
            (len(name), unit)
            for unit in org.units
            for name in (unit.id, unit.name, *unit.aliases)
            if folded == fold(name) or folded.startswith(fold(name) + " ")
        ]
        return max(candidates, key=lambda c: c[0])[1] if candidates else None
