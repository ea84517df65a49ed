"""Drafts left out of the public build (``minutes_drafts_public = False``).

A draft left out has no page, no search entry, no place in the navigation or the
previous/next chain, and no PDF. The least fragile way to get all of that from Sphinx is
to never let it find the file: the drafts are found by a light scan of the meeting files'
``meeting`` block when the configuration is read (``config-inited``), and added to
``exclude_patterns``. The scan runs on every build, so the configuration Sphinx keeps
with the environment is the same from build to build while no draft comes or goes; when
one does (a draft approved, a new draft), the configuration changed and Sphinx reads
everything again, which is exact.

The scan reads ``:status:`` with the shipped words of every language and the project's
``minutes_words``; a draft written in words only a body's registry defines is not seen
before reading, and is reported (``unseen_drafts``) so it is never published unawares.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..model.mistake import Mistake
from ..model.names import fold
from ..model.publicity import Configured, public_build
from ..model.vocabulary import Vocabulary
from ..read.directives.options import read_options
from ..read.words import project_words, shipped, shipped_languages
from .scan import blocks

LEFT_OUT: dict[str, frozenset[str]] = {}
"""The drafts this build left out, by the project's folder: ``body/YYYY-MM-DD``."""

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.application import Sphinx
    from sphinx.config import Config

    from ..model.meeting import Meeting
    from .store import DerivedStore


class Publishing(Configured, Protocol):
    """What of the configuration says whether drafts are shown."""

    minutes_drafts_public: bool


def left_out(meeting: Meeting, config: Publishing) -> bool:
    """Whether this build leaves the meeting out: a draft, in the public build of a
    project whose drafts are not public."""
    return meeting.status == "draft" and drafts_hidden(config)


def drafts_hidden(config: Publishing) -> bool:
    """Whether this build leaves drafts out (``minutes_drafts_public = False``, public)."""
    return not config.minutes_drafts_public and public_build(config)


def leave_out_drafts(app: Sphinx, config: Config) -> None:
    """``config-inited``: the draft meetings' files are excluded from this build."""
    LEFT_OUT.pop(str(Path(app.srcdir).resolve()), None)
    if not drafts_hidden(config):
        return
    meetings = Path(app.srcdir) / config.minutes_meetings_dir
    words = status_words(config)
    drafts = [
        source
        for source in sorted(meetings.glob("*/*.md"))
        if is_draft(source.read_text(encoding="utf-8", errors="replace"), words)
    ]
    found = [pattern(source.relative_to(app.srcdir).as_posix()) for source in drafts]
    config.exclude_patterns = [*config.exclude_patterns, *found]
    LEFT_OUT[str(Path(app.srcdir).resolve())] = frozenset(
        source.relative_to(meetings).with_suffix("").as_posix() for source in drafts
    )


def drafts_left_out(srcdir: str | Path) -> frozenset[str]:
    """The drafts this build of ``srcdir`` leaves out: ``body/YYYY-MM-DD``."""
    return LEFT_OUT.get(str(Path(srcdir).resolve()), frozenset())


def draft_left_out(srcdir: str | Path, body: str, date: dt.date) -> bool:
    """Whether the meeting of ``body`` on ``date`` is a draft this build left out: a link
    to it (``:previous:``, ``:approves:``) is then shown as text, not reported."""
    return f"{body}/{date.isoformat()}" in drafts_left_out(srcdir)


def is_draft(text: str, words: Vocabulary) -> bool:
    """Whether a meeting file's first ``meeting`` block says ``:status: draft``."""
    for name, lines in blocks(text):
        if name == "meeting":
            written = read_options(lines).first().get("status", "")
            return words.minutes_status.get(fold(written)) == "draft"
    return False


def status_words(config: Config) -> Vocabulary:
    """The words of every shipped language, and the project's ``minutes_words``."""
    layers = project_words(config.minutes_words, lambda *_: None).values()
    languages = shipped_languages()
    return Vocabulary.of(languages, *layers, *(shipped(code) for code in languages))


def pattern(path: str) -> str:
    """A file's path as an ``exclude_patterns`` entry matching it alone."""
    return "".join(f"[{c}]" if c in "*?[]" else c for c in path)


def unseen_drafts(domain: DerivedStore, config: Publishing) -> Iterator[Mistake]:
    """Drafts read although this build leaves drafts out: their ``:status:`` word is
    one only their body's registry knows, so the scan did not see them."""
    for meeting in domain.meetings.values():
        if left_out(meeting, config):
            message = (
                "These draft minutes are built although `minutes_drafts_public` is False: "
                "their :status: word is not known before reading."
            )
            hint = "Write `:status: draft` (or a word of the shipped languages or `minutes_words`)."
            yield Mistake("bad-option", message, hint).at(
                meeting.docname, meeting.status_line or meeting.line
            )
