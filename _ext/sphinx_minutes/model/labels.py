"""Labels the extension writes into pages, in the language of each meeting.

The catalogs (``locale/<lang>/LC_MESSAGES/sphinx_minutes.po``) ship as source and are
compiled with Babel when a build starts, so no binary is kept in the repository. Each
language gets its own ``sphinx.locale`` namespace: a Swedish meeting in an English site
gets Swedish labels, whatever the project's ``language`` is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from functools import cache, lru_cache
from gettext import NullTranslations
from pathlib import Path
from typing import TYPE_CHECKING

import sphinx.locale
from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from .languages import base_language
from .mistake import warn

if TYPE_CHECKING:
    from sphinx.config import Config

    from .registered import Body

CATALOG = "sphinx_minutes"
SOURCE_DIR = Path(__file__).parents[1] / "locale"

_locale_dirs: list[str] = [str(SOURCE_DIR)]
"""Where ``gettext_for`` finds compiled catalogues: the project's first, then the shipped."""
_project_dirs: list[str] = []


def compile_catalogs(target: Path) -> Path:
    """Compile each ``.po`` into ``target`` when its ``.mo`` is missing or older."""
    for po in SOURCE_DIR.glob(f"*/LC_MESSAGES/{CATALOG}.po"):
        mo = target / po.relative_to(SOURCE_DIR).with_suffix(".mo")
        if mo.is_file() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        mo.parent.mkdir(parents=True, exist_ok=True)
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parts[-3])
        partial = mo.with_suffix(f".{po.parts[-3]}.tmp")
        with partial.open("wb") as out:
            write_mo(out, catalog)
        partial.replace(mo)
    _locale_dirs[:] = [str(target)]
    gettext_for.cache_clear()
    return target


def compile_project(catalogues: dict[str, list[Path]], target: Path) -> None:
    """Compile a project's own catalogues (``locales/<lang>/LC_MESSAGES/*.po``) into the
    build's ``target``, never beside the sources, so they are read before the shipped
    ones. The compiled files go to a folder named by a digest of the catalogues: an
    edited catalogue is compiled anew, and no process reads a stale one (``gettext``
    keeps each file it read by path). Folders of earlier catalogues are removed."""
    hashed = hashlib.sha256()
    for language, paths in sorted(catalogues.items()):
        for po in paths:
            hashed.update(f"{language}\0{po}\0".encode() + po.read_bytes())
    here = target / hashed.hexdigest()[:20]
    depth = max((len(paths) for paths in catalogues.values()), default=0)
    for language, paths in catalogues.items():
        for order, po in enumerate(paths):
            mo = here / str(order) / po.parent.parent.name / "LC_MESSAGES" / f"{CATALOG}.mo"
            try:
                if not mo.is_file():
                    _write_mo(po, mo, language)
            except (UnicodeError, LookupError, ValueError, OSError) as error:
                warn(
                    "language",
                    f"The catalogue cannot be read ({error}): its labels are left out.",
                    f"{po}:1",
                    "Save it as UTF-8, in the shape of the shipped `en` catalogue.",
                )
    if target.is_dir():
        for old in target.iterdir():
            if old != here:
                shutil.rmtree(old, ignore_errors=True)
    _project_dirs[:] = [str(here / str(order)) for order in range(depth)]
    gettext_for.cache_clear()


def _write_mo(po: Path, mo: Path, language: str) -> None:
    """One catalogue compiled, written whole or not at all (builds may run side by side)."""
    mo.parent.mkdir(parents=True, exist_ok=True)
    try:
        locale: Locale | None = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = None
    with po.open("rb") as source:
        catalog = read_po(source, locale=locale)
    partial = mo.with_suffix(f".{os.getpid()}.tmp")
    with partial.open("wb") as out:
        write_mo(out, catalog)
    partial.replace(mo)


def N_(message: str) -> str:
    """Mark a label for the catalogs where it is translated later, by ``gettext_for``."""
    return message


STATEMENT_LABELS = {
    "comment": N_("Comment"),
    "question": N_("Question"),
    "answer": N_("Answer"),
    "decision": N_("Decision"),
    "follow-up": N_("Follow-up"),
    "motion": N_("Motion"),
    "reservation": N_("Reservation"),
}
"""The label word of each kind of statement, as pages and registers print it."""

VOTES = {"for": N_("for"), "against": N_("against"), "abstained": N_("abstained")}
"""A decision's vote counts, as options and as labels, in this order."""

COUNTED = {
    "for": N_("{count} for"),
    "against": N_("{count} against"),
    "abstained": N_("{count} abstained"),
}
"""A side with its count, whose form follows the count (``1 Enthaltung``, ``3
Enthaltungen``): each has a singular and a plural in the catalogues."""

OUTCOMES = {
    "adopted": N_("adopted"),
    "rejected": N_("rejected"),
    "withdrawn": N_("withdrawn"),
    "referred": N_("referred"),
}
"""What became of a motion (``:outcome:``), as labels."""

MANNERS = {"unanimous": N_("unanimously"), "acclamation": N_("by acclamation")}
"""How a decision or motion was taken without a count (``:unanimous:``, ``:acclamation:``)."""


def language_of(config: Config, body: Body | None = None) -> str:
    """The language a page is written in: its body's (as registered), else the project's
    ``language``, else English, since Sphinx's ``language`` may be unset."""
    return (body.language if body else None) or config.language or "en"


class Labels:
    """A language's labels: ``t("Decision")``, and ``t.plural("{count} abstained", 1)``
    for a label whose form follows a count (``1 Enthaltung``, ``3 Enthaltungen``)."""

    __slots__ = ("_translator",)

    def __init__(self, translator: NullTranslations) -> None:
        self._translator = translator

    def __call__(self, message: str) -> str:
        return self._translator.gettext(message)

    def plural(self, message: str, count: int) -> str:
        """The form of ``message`` for ``count``, the count put in (``{count}``)."""
        return self._translator.ngettext(message, message, count).format(count=count)


@cache
def gettext_for(language: str) -> Labels:
    """The labels of ``language`` (English messages pass through)."""
    namespace = f"minutes-{language}"
    sphinx.locale.translators.pop((namespace, CATALOG), None)  # catalogues may have changed
    # A regional code reads its language's catalogue: ``en-GB`` the ``en`` one.
    dirs = [*_project_dirs, *_locale_dirs]
    translator, _ = sphinx.locale.init(dirs, base_language(language), CATALOG, namespace)
    return Labels(translator)


@lru_cache(maxsize=8192)
def long_date(date: dt.date, language: str) -> str:
    """``27 oktober 2023`` in Swedish, ``October 27, 2023`` in English. Kept: a history
    page shows the same few hundred days again and again, and Babel reads the locale
    each time."""
    try:
        return format_date(date, "long", locale=Locale.parse(language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return date.isoformat()
