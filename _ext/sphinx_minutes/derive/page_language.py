"""The language each page is written in, the one answer its labels, dates, order and
``lang`` attribute follow:

- a meeting's page: the meeting's (its ``:language:``, else its body's);
- a body's registers and the page of its meetings by year: the body's;
- every other page, shared by several bodies (organisations, people, topics, the
  indexes) or the project's own: the site's ``language``. The text of a meeting on such
  a page (a title, a statement quoted) is marked with the meeting's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.labels import language_of
from .page_paths import INDEX
from .pages import REGISTERS

if TYPE_CHECKING:
    from sphinx.config import Config

    from .store import DerivedStore


def page_language(domain: DerivedStore, config: Config, docname: str) -> str:
    """The language ``docname`` is written in (see above)."""
    meeting = domain.meetings.get(docname)
    if meeting is not None:
        return meeting.language
    body = domain.registry.bodies.get(body_of_page(config, docname))
    return language_of(config, body)


def body_of_page(config: Config, docname: str) -> str:
    """The body whose register or meetings page ``docname`` is, else ``""``."""
    folder, _, page = docname.rpartition("/")
    parent, _, body = folder.rpartition("/")
    if parent == config.minutes_registers_dir.strip("/") and page in REGISTERS:
        return body
    if parent == config.minutes_meetings_dir.strip("/") and page == INDEX:
        return body
    return ""
