"""Labels the extension writes into pages, in the language of each meeting.

The catalogs (``locale/<lang>/LC_MESSAGES/sphinx_minutes.po``) ship as source and are
compiled with Babel when a build starts, so no binary is kept in the repository. Each
language gets its own ``sphinx.locale`` namespace: a Swedish meeting in an English site
gets Swedish labels, whatever the project's ``language`` is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import sphinx.locale
from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from .languages import base_language

if TYPE_CHECKING:
    from sphinx.config import Config

    from .registered import Body

CATALOG = "sphinx_minutes"
SOURCE_DIR = Path(__file__).parents[1] / "locale"

_locale_dirs: list[str] = [str(SOURCE_DIR)]


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


def N_(message: str) -> str:
    """Mark a label for the catalogs where it is translated later, by ``gettext_for``."""
    return message


VOTES = {"for": N_("for"), "against": N_("against"), "abstained": N_("abstained")}
"""A decision's vote counts, as options and as labels, in this order."""

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


@cache
def gettext_for(language: str) -> Callable[[str], str]:
    """The translation function for ``language`` (English messages pass through)."""
    namespace = f"minutes-{language}"
    # A regional code reads its language's catalogue: ``en-GB`` the ``en`` one.
    sphinx.locale.init(_locale_dirs, base_language(language), CATALOG, namespace)
    translate = sphinx.locale.get_translation(CATALOG, namespace)
    return lambda message: str(translate(message))


def long_date(date: dt.date, language: str) -> str:
    """``27 oktober 2023`` in Swedish, ``October 27, 2023`` in English."""
    try:
        return format_date(date, "long", locale=Locale.parse(language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return date.isoformat()
