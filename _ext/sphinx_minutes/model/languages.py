"""Language codes as writers give them (``sv``, ``en-GB``, ``nb_NO``, ``no``) and the
language whose words and labels they are written in: the one mapping the words files
(``read.words``), the label catalogues (``labels``) and the collation share."""

from __future__ import annotations

ALIASES = {"no": "nb", "nn": "nb"}
"""Language codes that share another's words and labels: Norwegian is shipped as bokmål."""


def primary(language: str) -> str:
    """The code without its region: ``en-GB`` → ``en``, ``sv_FI`` → ``sv``, ``no`` stays
    ``no`` (a project's own folder is named so)."""
    return language_tag(language).split("-")[0].lower()


def base_language(language: str) -> str:
    """The language a regional or alias code is written in: ``en-GB`` → ``en``,
    ``sv_FI`` → ``sv``, ``no`` → ``nb``. Whether anything is shipped for it is
    ``read.words.shipped_language``'s to say."""
    base = primary(language)
    return ALIASES.get(base, base)


def language_tag(language: str) -> str:
    """The code as an HTML ``lang`` attribute wants it: ``en_GB`` → ``en-GB``."""
    return language.replace("_", "-")
