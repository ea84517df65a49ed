"""A statement's gist: its first sentence, as the history pages list it.

A person's or an organisation's page gathers what they said at every meeting; printed in
full it would repeat each meeting's text and grow without end. It shows each statement's
first sentence, marked `` …`` when more follows, and links to the full text in its
meeting. The sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by a space and a
capital letter or a digit, except after an initial (``A. Berg``), a common abbreviation
(``t.ex.``, ``Dr.``) or, in a language that writes ordinals with a full stop, a number of
at most three digits (``am 3. Oktober``; but ``by 4 to 1. The`` and ``im Jahr 2025. Der``
end there). A first sentence too short to say anything (``Ja!``) takes the next with it;
one longer than ``limit`` is cut at a word.
"""

from __future__ import annotations

import re

from ...model.languages import primary

MORE = " …"
SHORTEST = 40
"""Characters a gist has at least, where the text has them: ``Ja!`` alone says nothing."""
END = re.compile(r"[.!?…][\"”»’)\]]*(?=\s+[\"“„«‘(\[]*(\S))")
"""A sentence's last mark (with its closing quotes), before a space and the next word,
whose first letter is the group."""
ABBREVIATIONS = frozenset(
    ["bzw", "ca", "dr", "etc", "fr", "hr", "jr", "kl", "mme", "mlle", "mr", "mrs", "ms", "nr",
     "no", "prof", "resp", "sr", "st", "vs"]
)  # fmt: skip
"""Short words that end with a full stop without ending the sentence, in the languages
the words files ship (``kl. 14``, ``Dr. Holm``, ``Prof. Ek``)."""


ORDINALS = frozenset(["cs", "da", "de", "et", "fi", "fo", "hr", "hu", "is", "lv", "nb", "nn",
                      "no", "pl", "sk", "sl", "sr", "tr"])  # fmt: skip
"""Languages that write an ordinal as a number and a full stop (``3. Oktober``)."""


def gist(text: str, language: str = "en", limit: int = 200) -> str:
    """The first sentence of ``text`` (written in ``language``), its spacing closed up,
    `` …`` when more follows."""
    ordinals = primary(language) in ORDINALS
    words = " ".join(text.split())
    first = words
    for end in END.finditer(words):
        starts = end.group(1)
        if not (starts.isupper() or starts.isdigit()) or end.end() < SHORTEST:
            continue
        if not is_abbreviation(words[: end.start() + 1], ordinals):
            first = words[: end.end()]
            break
    if len(first) > limit:
        return first[: limit - 1].rsplit(" ", 1)[0] + MORE
    return first + MORE if len(first) < len(words) else first


def is_abbreviation(before: str, ordinals: bool) -> bool:
    """True when the full stop that ends ``before`` ends a short word, not a sentence:
    with ``ordinals``, a number of up to three digits is one."""
    if not before.endswith("."):
        return False
    word = before.rsplit(" ", 1)[-1].lstrip('"“„«‘([')[:-1]
    return (
        (len(word) == 1 and word.isalpha())  # an initial
        or (ordinals and word.isdigit() and len(word) <= 3)
        or "." in word  # t.ex., e.g., z.B.
        or word.casefold() in ABBREVIATIONS
    )
