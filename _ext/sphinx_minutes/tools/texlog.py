"""``python -m sphinx_minutes.tools.texlog <latex dir>``: fail when a PDF is silently wrong.

TeX goes on when a language has no hyphenation patterns (Swedish falls back to English)
or a font lacks a character (it is dropped from the page). Both only show in the logs;
this reads them after ``make pdf`` and exits 1 naming the file, the line and the fix.
"""

from __future__ import annotations

import sys
from pathlib import Path

PROBLEMS = {
    "No hyphenation patterns": "install the language's TeX patterns "
    "(Debian: texlive-lang-european for Swedish)",
    "Missing character": "the font lacks a character the minutes use: "
    "choose a font that has it (latex_elements['fontpkg'])",
}


def problems(folder: Path) -> list[str]:
    """Every line of every ``.log`` in ``folder`` that names one of the problems."""
    found = []
    for log in sorted(folder.glob("*.log")):
        text = log.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            for phrase, fix in PROBLEMS.items():
                if phrase in line:
                    found.append(f"{log}:{number}: {line.strip()} ({fix})")
    return found


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "_build/latex")
    found = problems(folder)
    for line in found:
        print(line)
    if found:
        print(f"The PDFs in {folder} are not right: {len(found)} problem(s) above.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
