"""Reading one registry file: bounded, located, and every value as the writer wrote it
(see ``yaml_text``); a file that is not UTF-8 or not YAML is reported at its line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .encoding import bad_lines
from .yaml_text import Mapping, Sequence, Slip, Text, parse

__all__ = ["Mapping", "Sequence", "Slip", "Text", "read"]


def read(path: Path) -> tuple[Any, list[Slip]]:
    """The file's content (None when empty or unreadable) and the mistakes found in it.

    A file that is not UTF-8 is still read, each undecodable byte shown as ``�``, so one
    wrongly saved letter does not take every organisation with it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        problem = "is a folder" if path.is_dir() else f"cannot be read ({error.strerror})"
        return None, [Slip(1, f"{path.name} {problem}.", "Give the path of a YAML file.")]
    slips = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        bad = bad_lines(raw)
        more = f" (and {len(bad) - 1} more lines)" if len(bad) > 1 else ""
        slips.append(
            Slip(
                bad[0],
                f"{path.name} is not UTF-8 here{more}: the letters it cannot read are "
                "shown as `\ufffd`.",
                "Save the file as UTF-8 (most editors offer it under “Save as”).",
            )
        )
        text = raw.decode("utf-8-sig", errors="replace")
    found: list[Slip] = []
    try:
        data = parse(text, found)
    except yaml.YAMLError as error:
        return None, [*slips, *found, _yaml_slip(path, text, error)]
    return data, [*slips, *found]


def _yaml_slip(path: Path, text: str, error: yaml.YAMLError) -> Slip:
    """Where the YAML broke and why, on one line."""
    mark = getattr(error, "problem_mark", None)
    position = getattr(error, "position", None)  # a character YAML does not allow
    if mark is not None:
        line = mark.line + 1
    elif isinstance(position, int):
        line = text.count("\n", 0, position) + 1
    else:
        line = 1
    problem = getattr(error, "problem", None) or getattr(error, "reason", None) or str(error)
    return Slip(
        line,
        f"{path.name} is not valid YAML ({problem}); none of it is used.",
        "Correct the file at this line: mind the indentation and close every bracket.",
    )
