r"""A site built from minutes written to attack it leaks nothing and runs nothing: every
file of the output is read for the secret and for markup that a browser would run.

The secret is a file outside the project, reached by every route a writer has: a slide
path, an attachment through a symbolic link, a Markdown link and image, ``include`` and
``literalinclude`` (also with ``:diff:``, in a list, in a quote, in an included file, in
``{eval-rst}``), ``raw`` and ``csv-table`` with ``:file:`` (also in the ``---`` form), and
``\input`` in raw LaTeX. Script comes as ``javascript:`` URLs, raw HTML, comments that a
browser ends early, and an HTML attachment.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import build_once, copy_root, printed, soup

SECRET = "s3cr3t-0f-th3-m4ch1n3"
SCRIPT_URL = re.compile(r"^\s*(javascript|data|vbscript):", re.IGNORECASE)


def what_runs(page: BeautifulSoup) -> list[str]:
    """Markup a browser would run that the attack wrote: an event handler, a script URL,
    an inline script with the attack's call (the theme's own scripts are not counted)."""
    found = []
    for tag in page.find_all(True):
        found += [f"{tag.name} {a}" for a in tag.attrs if a.lower().startswith("on")]
        for attribute in ("href", "src", "action", "formaction"):
            if SCRIPT_URL.match(str(tag.get(attribute, ""))):
                found.append(f"{tag.name} {attribute}={tag[attribute]}")
    found += [str(s) for s in page.find_all("script") if "alert" in s.get_text()]
    return found


def attacked(tmp_path: Path) -> tuple[Path, Path]:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    srcdir = copy_root("test-archive", tmp_path / "site")
    up = "../" * (len(srcdir.parts) + 2)
    outside = f"{up}{secret.relative_to('/')}"
    os.symlink(secret, srcdir / "meetings/finance/annex.txt")
    secret_path = secret.as_posix()
    meeting = srcdir / "meetings/finance/2024-03-18.md"
    text = meeting.read_text(encoding="utf-8")
    text = text.replace(
        ":topics: library, budget\n",
        ":topics: library, budget\n"
        f":slides: {outside}\n"
        f":attachments: Annex <annex.txt>, Click <javascript://%0aalert(1)>,"
        f" D <data:text/html;base64,PHNjcmlwdD4=>, E <JaVaScRiPt:alert(2)>\n",
    )
    text = text.replace(
        "A grant of £500 is made to the Friends of Riverside Library.\n",
        "A grant of £500 is made <img src=x onerror=alert(1)> to the Friends.\n"
        f"See [the letter]({outside}) and ![the plan]({outside}).\n\n"
        "<script>alert(document.cookie)</script>\n\n"
        f"```{{literalinclude}} {outside}\n```\n\n"
        f"```{{include}} {outside}\n```\n\n"
        f"```{{raw}} html\n:file: {outside}\n```\n\n"
        "```{raw} html\n<script>alert(3)</script>\n```\n\n"
        f"```{{eval-rst}}\n.. literalinclude:: {outside}\n\n.. raw:: html\n   :file: {outside}\n\n"
        f".. csv-table:: t\n   :file: {outside}\n\n`clickme <javascript:alert(4)>`_\n```\n\n"
        f"> ```{{literalinclude}} {outside}\n> ```\n\n"
        f"- a list\n\n    ```{{literalinclude}} {outside}\n    ```\n\n"
        "```{include} evil.md\n```\n\n"
        f":::{{raw}} html\n---\nfile: {outside}\n---\n:::\n\n"
        f"```{{literalinclude}} evil.md\n:diff: {outside}\n```\n\n"
        f"```{{raw}} latex\n\\input{{{secret_path}}}\n```\n\n"
        '<!--><script>alert("A")</script>-->\n\n'
        '<!-- --!><img src=x onerror=alert("B")> -->\n',
    )
    text = text.replace(
        ":attachments: Annex <annex.txt>,", ":attachments: Annex <annex.txt>, Agenda <agenda.html>,"
    )
    meeting.write_text(text, encoding="utf-8")
    (srcdir / "meetings/finance/evil.md").write_text(
        f"```{{literalinclude}} {outside}\n```\n", encoding="utf-8"
    )
    (srcdir / "meetings/finance/agenda.html").write_text(
        "<script>alert(document.domain)</script>", encoding="utf-8"
    )
    return srcdir, secret


def test_nothing_outside_the_project_and_nothing_that_runs_reaches_the_output(
    tmp_path: Path,
) -> None:
    srcdir, _ = attacked(tmp_path)
    app = build_once(srcdir)
    files = [p for p in app.outdir.rglob("*") if p.is_file()]
    assert len(files) > 50
    leaked = [p for p in files if SECRET.encode() in p.read_bytes()]
    assert leaked == []
    pages = [p.relative_to(app.outdir).with_suffix("") for p in files if p.suffix == ".html"]
    running = {str(page): what_runs(soup(app.outdir, page.as_posix())) for page in pages}
    assert {name: found for name, found in running.items() if found} == {}
    warnings = printed(app.warning)
    assert warnings.count("[minutes.unsafe-link]") == 21
    assert warnings.count("[minutes.raw-html]") == 6


def test_a_site_that_trusts_its_writers_with_html_gets_it_as_written(tmp_path: Path) -> None:
    srcdir, _ = attacked(tmp_path)
    app = build_once(srcdir, confoverrides={"minutes_raw_html": True})
    page = soup(app.outdir, "meetings/finance/2024-03-18")
    assert "img onerror" in what_runs(page)
    assert "[minutes.raw-html]" not in printed(app.warning)
    assert SECRET not in str(page)  # files from outside stay refused
