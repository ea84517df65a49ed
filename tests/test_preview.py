"""`make preview` as a writer uses it: the site is served, and a saved edit is on the page
a moment later, with no command typed. The Makefile is the one ``new-site`` writes (the
project's own runs the same sphinx-autobuild)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from sphinx_minutes.__main__ import main
from tutorial import environment

PAGE = "meetings/board/2025-03-12.html"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def page(port: int) -> str:
    """The page as the browser gets it, or "" while the server is not up."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{PAGE}", timeout=5) as answer:
            return str(answer.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(port: int, text: str, seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in page(port):
            return True
        time.sleep(0.5)
    return False


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A new site with one meeting, served by `make preview`; stopped afterwards."""
    assert main(["new-site", str(tmp_path), "--body", "board"]) == 0
    assert main(["new-meeting", "board", "2025-03-12", "--site", str(tmp_path)]) == 0
    port = free_port()
    server = subprocess.Popen(
        ["make", "preview", f"PORT={port}"],
        cwd=tmp_path,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: stopped whole below
    )
    try:
        yield tmp_path, port
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_make_preview_serves_the_site_and_shows_a_saved_edit(serving: tuple[Path, int]) -> None:
    site, port = serving
    assert wait_for(port, "Opening of the meeting"), "the page was not served"
    minutes = site / "meetings/board/2025-03-12.md"
    text = minutes.read_text(encoding="utf-8")
    minutes.write_text(text.replace("Opening of the meeting", "Welcome and apologies"))
    assert wait_for(port, "Welcome and apologies"), "the saved edit was not rebuilt"
