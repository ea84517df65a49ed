"""``python -m sphinx_minutes.tools.report WARNINGS_FILE``: the build's warnings as a short
report for the writer, grouped by file, in line order, with a count per kind.

`make check` builds with ``-W --keep-going -n -w WARNINGS_FILE`` and then runs this.
It exits 1 when there is anything to fix, so it can gate a publication.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

LINE = re.compile(r"^(?:(?P<file>.*?)(?::(?P<line>\d+))?: )?(?P<level>WARNING|ERROR|CRITICAL): ")
KIND = re.compile(r" \[(?P<kind>[\w.-]+)\]$")


def report(lines: list[str], root: Path) -> tuple[str, int]:
    """The report's text and how many problems it lists."""
    by_file: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    kinds: Counter[str] = Counter()
    for raw in join_continued(lines):
        match = LINE.match(raw)
        if match is None:
            continue
        message = raw[match.end() :]
        kind_match = KIND.search(message)
        kind = kind_match["kind"] if kind_match else match["level"].lower()
        message = message[: kind_match.start()] if kind_match else message
        path = Path(match["file"] or "")
        name = (
            "(no file)"
            if not match["file"]
            else str(path.relative_to(root))
            if path.is_relative_to(root)
            else match["file"]
        )
        by_file[name].append((int(match["line"] or 0), kind, message))
        kinds[kind] += 1
    count = sum(kinds.values())
    if not count:
        return "No problems found.", 0
    out = [f"{count} problem{'s' * (count != 1)} in {len(by_file)} file{'s' * (len(by_file) != 1)}"]
    for name in sorted(by_file):
        out += ["", name]
        out += [
            f"  line {line:<5} {kind}\n      {message}"
            for line, kind, message in sorted(by_file[name])
        ]
    out += ["", "By kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common())]
    out += ["Silence one kind with suppress_warnings = ['<kind>'] in conf.py."]
    return "\n".join(out), count


def join_continued(lines: list[str]) -> list[str]:
    """A warning may run over several lines: they belong to the one before."""
    joined: list[str] = []
    for line in lines:
        if LINE.match(line) or not joined:
            joined.append(line.rstrip())
        else:
            joined[-1] += " " + line.strip()
    return joined


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m sphinx_minutes.tools.report WARNINGS_FILE", file=sys.stderr)
        return 2
    source = Path(args[0])
    lines = source.read_text(encoding="utf-8").splitlines() if source.is_file() else []
    text, count = report(lines, Path.cwd())
    print(text)
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
