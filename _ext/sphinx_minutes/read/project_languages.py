"""A project's own languages: label catalogues and words files in the project's
``locale_dirs`` (Sphinx's setting, ``["locales"]`` by default), one folder per language:

    locales/it/LC_MESSAGES/sphinx_minutes.po    labels (copied from the shipped ``en``)
    locales/it/LC_MESSAGES/sphinx_minutes.yaml  words (copied from a shipped words file)

Both files of a language sit in one folder, beside the translations Sphinx itself reads
from these folders, so everything a project says about a language is in one place. A
project file is read before the shipped one of its language: it may correct one label or
add one word, and the rest comes from the shipped files. A language with either file
counts as available (no ``minutes.language`` warning).

Each language's files get a digest, kept in the environment: when it changes, the pages
written in that language are read again on the next plain build (``derive.rewrites``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model.labels import CATALOG, SOURCE_DIR
from ..model.languages import language_tag
from ..model.mistake import warn
from ..model.vocabulary import Words
from . import words as shipped_words
from .registry_file import read
from .words import read_words

WORDS_FILE = f"{CATALOG}.yaml"
"""A project's words file of a language, beside its catalogue ``sphinx_minutes.po``."""


@dataclass
class ProjectLanguages:
    """What a project's ``locale_dirs`` hold for the extension, by language code."""

    catalogues: dict[str, list[Path]] = field(default_factory=dict)
    """The ``.po`` files of each language, the first ``locale_dirs`` entry first."""
    words_files: dict[str, list[Path]] = field(default_factory=dict)
    """The words files of each language, in the same order."""

    @property
    def languages(self) -> set[str]:
        return {*self.catalogues, *self.words_files}


def find(srcdir: Path, locale_dirs: list[str]) -> ProjectLanguages:
    """The catalogues and words files in the project's ``locale_dirs``."""
    found = ProjectLanguages()
    for entry in locale_dirs:
        folder = (srcdir / entry).resolve()
        if folder == SOURCE_DIR.resolve() or not folder.is_dir():
            continue
        for messages in sorted(folder.glob("*/LC_MESSAGES")):
            language = language_tag(messages.parent.name)  # de_AT: de-AT
            kinds = ((f"{CATALOG}.po", found.catalogues), (WORDS_FILE, found.words_files))
            for name, files in kinds:
                if (messages / name).is_file():
                    files.setdefault(language, []).append(messages / name)
    return found


def words_of(found: ProjectLanguages) -> dict[str, Words]:
    """The words each language's files add, each mistake warned at its file and line
    (``minutes.words``) and left out, the rest kept."""
    return {
        language: merged_words([read_file(path) for path in paths])
        for language, paths in found.words_files.items()
    }


def read_file(path: Path) -> Words:
    """One words file, in the shape of the shipped ones (``language`` and ``name`` say
    what the file is and are not words)."""
    written, slips = read(path)
    for slip in slips:
        warn("words", slip.message, f"{path}:{slip.line}", slip.hint)
    if written is None or written == "":
        return {}
    if isinstance(written, dict):
        written = {k: v for k, v in written.items() if k not in ("language", "name")}

    def say(line: int, message: str, hint: str | None = None) -> None:
        warn("words", message, f"{path}:{line or 1}", hint)

    return read_words(written, say, path.name)


def merged_words(layers: list[Words]) -> Words:
    """Several files of one language as one: the first to give a meaning's words wins."""
    words: dict[str, dict[str, tuple[str, ...]]] = {}
    for layer in layers:
        for section, meanings in layer.items():
            for meaning, listed in meanings.items():
                words.setdefault(section, {}).setdefault(meaning, listed)
    return words


def digests(found: ProjectLanguages, conf_words: Any) -> dict[str, str]:
    """A digest per language of everything its labels and words are read from: the
    shipped catalogue and words file, the project's, and ``minutes_words`` of conf.py."""
    languages = {
        *shipped_words.shipped_languages(),
        *(
            language_tag(p.parent.parent.name)
            for p in SOURCE_DIR.glob(f"*/LC_MESSAGES/{CATALOG}.po")
        ),
        *found.languages,
        *(map(str, conf_words) if isinstance(conf_words, dict) else ()),
    }
    result = {}
    for language in sorted(languages):
        folder = language.replace("-", "_")
        files = [
            SOURCE_DIR / folder / "LC_MESSAGES" / f"{CATALOG}.po",
            shipped_words.SHIPPED / f"{language}.yaml",
            *found.catalogues.get(language, ()),
            *found.words_files.get(language, ()),
        ]
        hashed = hashlib.sha256()
        for path in files:
            hashed.update(f"{path}\0".encode())
            hashed.update(path.read_bytes() if path.is_file() else b"-")
        if isinstance(conf_words, dict):
            hashed.update(repr(conf_words.get(language)).encode())
        result[language] = hashed.hexdigest()
    return result
