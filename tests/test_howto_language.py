"""The how-to "Add or correct a language" (docs/howto/labels.md), followed as written: its
commands run in a project, the files it shows put where it says, and the next build uses
them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from compare import build
from conftest import PROJECT, copy_root, page_text

HOWTO = (PROJECT / "docs" / "howto" / "labels.md").read_text(encoding="utf-8")
EXAMPLE = PROJECT / "docs" / "examples" / "language-it"


def blocks(language: str) -> list[str]:
    """The how-to's code blocks in ``language``, as a reader copies them."""
    found = re.findall(rf"^( *)```{language}\n(.*?)^\1```", HOWTO, re.M | re.S)
    return [re.sub(rf"^{indent}", "", text, flags=re.M) for indent, text in found]


def run_commands(srcdir: Path) -> None:
    """The how-to's shell commands, run in the project's folder with the Python that
    has the extension."""
    (commands,) = blocks("sh")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(["bash", "-e", "-c", commands], cwd=srcdir, env=env, check=True)


def test_adding_a_language_as_the_howto_says(tmp_path: Path) -> None:
    srcdir = copy_root("test-circolo", tmp_path / "site")  # its board has `language: it`
    assert "[minutes.language]" in build(srcdir)
    run_commands(srcdir)
    folder = srcdir / "locales" / "it" / "LC_MESSAGES"
    assert "msgid" in (folder / "sphinx_minutes.po").read_text(encoding="utf-8")
    assert "[minutes.language]" not in build(srcdir)  # the copied files already count
    for name in ("sphinx_minutes.po", "sphinx_minutes.yaml"):  # translated as shown
        shutil.copy(EXAMPLE / name, folder / name)
    assert build(srcdir) == ""
    text = page_text(srcdir / "_build", "meetings/direttivo/2025-03-04")
    assert "Organo: Consiglio direttivo Data: 4 marzo 2025 Luogo: Sede del circolo" in text
    assert "Azione (Giulia Rinaldi, entro" in text
    person = page_text(srcdir / "_build", "registers/people/paolo-greco")
    assert "4 marzo 2025 (absent)" in person  # "Assenti giustificati:" read as absent
    assert "Delibere: Consiglio direttivo" in page_text(
        srcdir / "_build", "registers/direttivo/decisions"
    )


def test_correcting_one_label_and_one_word_as_the_howto_says(tmp_path: Path) -> None:
    srcdir = copy_root("test-circolo", tmp_path / "site")
    meeting = srcdir / "meetings" / "gallery" / "2025-03-18.md"
    meeting.write_text(
        meeting.read_text(encoding="utf-8").replace("Apologies:", "Not attending:"),
        encoding="utf-8",
    )
    assert "Unknown attendance group heading 'Not attending'" in build(srcdir)
    folder = srcdir / "locales" / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (label,) = blocks("po")
    (word,) = blocks("yaml")
    (folder / "sphinx_minutes.po").write_text(label, encoding="utf-8")
    (folder / "sphinx_minutes.yaml").write_text(word, encoding="utf-8")
    warned = build(srcdir)
    assert "Not attending" not in warned
    text = page_text(srcdir / "_build", "meetings/gallery/2025-03-18")
    assert "Venue: Club rooms" in text
    assert "Secretary: Hannah Price" in text
    person = page_text(srcdir / "_build", "registers/people/dana-reed")
    assert "(absent)" in person
