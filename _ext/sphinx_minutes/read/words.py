"""The words files: one per language shipped in ``words/<lang>.yaml``, a body's own
``words:`` in ``bodies.yaml`` and a project's ``minutes_words`` in ``conf.py``. All three
have one shape (section → meaning → words), are read here and checked against
:data:`~sphinx_minutes.model.vocabulary.SECTIONS`, so a word a writer adds is understood
exactly as a shipped one."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from ..model.languages import base_language, language_tag, primary
from ..model.vocabulary import SECTIONS, Words
from .yaml_text import Slip, parse

SHIPPED = Path(__file__).parents[1] / "words"
"""The words files shipped with the extension, one per language."""

PROJECT: set[str] = set()
"""The languages the project adds or corrects in its ``locale_dirs`` (see
``project_languages``), set when the build starts: they count as available."""

Say = Callable[[int, str, str], None]
"""Report a mistake in written words: its line, what is wrong, the fix."""


@cache
def shipped_languages() -> tuple[str, ...]:
    """The languages shipped, as their codes, in order (asked for every language a
    meeting, a body or the site names: the folder is listed once)."""
    return tuple(sorted(path.stem for path in SHIPPED.glob("*.yaml")))


def shipped_language(language: str) -> str | None:
    """The shipped language a code such as ``de-AT``, ``nb_NO`` or ``no`` is written in,
    or None when none is shipped for it."""
    base = base_language(language)
    return base if base in shipped_languages() else None


def available_language(language: str) -> str | None:
    """The language a code is read in: the project's own (``it`` in ``locales/it/``,
    also for ``it-CH``), else the shipped one, else None (a ``minutes.language``
    warning)."""
    codes = (language_tag(language), primary(language))
    project = next((code for code in codes if code in PROJECT), None)
    return shipped_language(language) or project


def no_catalogue(language: str, whose: str) -> str:
    """The warning for a language nothing is shipped for, naming the ones shipped."""
    shipped_list = ", ".join(shipped_languages())
    return (
        f"No labels or words are shipped for the language {language!r} {whose}: English "
        f"ones are used. Shipped: {shipped_list}."
    )


@cache
def shipped(language: str) -> Words:
    """The shipped words of ``language``. The files are the extension's own, so a mistake
    in one is an error (a test reads each), never a writer's warning."""
    path = SHIPPED / f"{language}.yaml"
    slips: list[Slip] = []
    written = parse(path.read_text(encoding="utf-8"), slips)
    problems = [f"{path.name}:{s.line}: {s.message}" for s in slips]

    def say(line: int, message: str, hint: str) -> None:
        problems.append(f"{path.name}:{line}: {message}")

    for about in ("language", "name"):  # what the file is, not words
        written.pop(about, None)
    words = read_words(written, say, path.name)
    if problems:
        raise ValueError("; ".join(problems))
    return words


def shipped_name(language: str) -> str:
    """The language's own name for itself, as its file gives it (``svenska``)."""
    written = parse((SHIPPED / f"{language}.yaml").read_text(encoding="utf-8"), [])
    return str(written.get("name", language))


def read_words(written: Any, say: Say, where: str) -> Words:
    """The sections of ``written`` that are right; each mistake is said at its line and
    left out, the rest kept."""
    if not isinstance(written, dict):
        say(
            getattr(written, "line", 1),
            f"The words in {where} must be a mapping of sections.",
            EXAMPLE,
        )
        return {}
    words: dict[str, dict[str, tuple[str, ...]]] = {}
    for section, value in written.items():
        line = _line(written, section)
        unknown = f"There is no words section {section!r} ({where}); it is left out."
        if not _known(section, SECTIONS, line, say, unknown):
            continue
        meanings = SECTIONS[section]
        if meanings is None:
            listed = _listed(value, line, say, f"{section!r} in {where}")
            if listed:
                words[section] = {"": listed}
            continue
        if not isinstance(value, dict):
            say(line, f"The section {section!r} in {where} must map meanings to words.", EXAMPLE)
            continue
        for meaning, listed_value in value.items():
            at = _line(value, meaning)
            unknown = f"{meaning!r} is not a meaning of {section!r} in {where}."
            if not _known(meaning, meanings, at, say, unknown):
                continue
            listed = _listed(listed_value, at, say, f"{section}: {meaning} in {where}")
            if listed:
                words.setdefault(section, {})[meaning] = listed
    return words


EXAMPLE = "Write, for example, `headings: {present: [Anwesende Mitglieder]}`."


def _known(name: str, allowed: Iterable[str], line: int, say: Say, unknown: str) -> bool:
    """Whether ``name`` is one of ``allowed``; if not, ``unknown`` is said with the list."""
    if name in allowed:
        return True
    say(line, unknown, "Use one of " + ", ".join(f"`{a}`" for a in allowed) + ".")
    return False


def _listed(value: Any, line: int, say: Say, what: str) -> tuple[str, ...]:
    """A list of words, or one word alone; anything else is said and left out."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        say(
            line,
            f"The words of {what} must be a list of words.",
            "Write them as `[word, other word]`.",
        )
        return ()
    return tuple(" ".join(w.split()) for w in value)


def _line(mapping: Any, key: str) -> int:
    """The line a key is written on, if the words come from a file (0 from ``conf.py``)."""
    lines: dict[str, int] = getattr(mapping, "lines", {})
    line: int = lines.get(key, getattr(mapping, "line", 0))
    return line


def project_words(written: Any, say: Say) -> dict[str, Words]:
    """``minutes_words`` of ``conf.py``: a language code to that language's own words."""
    if not isinstance(written, dict):
        say(0, "`minutes_words` must map language codes to words.", "Write `{'de': {...}}`.")
        return {}
    return {
        str(language): read_words(words, say, f"minutes_words[{language!r}] of conf.py")
        for language, words in written.items()
    }
