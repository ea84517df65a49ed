"""What ``new-site`` and ``new-meeting`` share: the words they write, in the language of
the minutes (the ``new-files`` section of the words files), the templates shipped beside
this module, and writing a file only where none is: a writer's own file is never
replaced."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..model.vocabulary import Words
from ..read.words import shipped, shipped_language

TEMPLATES = Path(__file__).parent / "templates"
"""The files a new site starts with, ``{{name}}`` marking what is filled in."""

PLAIN_YAML = re.compile(r"[^\W\d_][\w .,'()&-]*[\w.)]|[^\W\d_]")
"""A name YAML reads as written without quotes (no ``: ``, ``#``, leading sign)."""


class Refused(Exception):
    """What the command will not do, said to the writer with what to do instead."""


@dataclass(frozen=True, slots=True)
class NewWords:
    """The words new files are written with, the first of each meaning in the words
    file of the language (English where a language ships none)."""

    language: str
    written: dict[str, str]

    @classmethod
    def of(cls, language: str, body: Words | None = None) -> NewWords:
        """The words of ``language``; a body's own ``words:`` (bodies.yaml) first."""
        layers = [body or {}, shipped(shipped_language(language) or "en")]
        english = shipped("en")
        written = {
            meaning: next(
                (w[0] for layer in layers if (w := layer.get(section, {}).get(meaning))),
                said[0],
            )
            for section in ("new-files", "headings")
            for meaning, said in english[section].items()
        }
        return cls(language, written)

    def __getitem__(self, meaning: str) -> str:
        return self.written[meaning]


def template(name: str, **values: str) -> str:
    """The template ``name`` with its ``{{value}}`` places filled in."""
    text = (TEMPLATES / f"{name}.in").read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    return text


def yaml_text(value: str) -> str:
    """``value`` as a YAML scalar: as written when YAML reads it so, else quoted."""
    if PLAIN_YAML.fullmatch(value) and value.lower() not in {"yes", "no", "on", "off", "null"}:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def refuse_existing(root: Path, paths: list[str]) -> None:
    """Refuse before writing anything when any of ``paths`` is there already."""
    there = [path for path in paths if (root / path).exists()]
    if there:
        raise Refused(
            f"{', '.join(str(root / p) for p in there)} already exist(s): nothing was "
            "written. Move it away, or start the site in another folder."
        )


def write_new(path: Path, text: str) -> None:
    """Write a file that is not there yet (``x`` mode: never over a writer's file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as out:
        out.write(text)


def said(message: str) -> int:
    """A refusal on stderr; the exit code 1."""
    print(f"error: {message}", file=sys.stderr)
    return 1
