"""Where each generated page lives: the one scheme of the site's generated URLs.

Under the registers folder (``minutes_registers_dir``) are the history pages, one folder
each (``organisations/<name>``, ``people/<name>``, ``topics/<name>``, each folder with its
``index`` and, when long, its ``by-initial/<letter>`` groups), and each body's registers
(``<body>/decisions``…); a body's meetings are listed at ``<meetings>/<body>/index``. The
page names come from ``page_names``. Writing the pages, linking to them and printing
them in a PDF all ask here, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .page_names import GROUPS, PageNames, assign, initial_slug

if TYPE_CHECKING:
    from ..model.periods import Period, Split

ORGANISATIONS, PEOPLE, TOPICS = "organisations", "people", "topics"
HISTORIES = (ORGANISATIONS, PEOPLE, TOPICS)
"""The folders of the history pages, under the registers folder, in the index's order."""


INDEX = "index"
"""The page of a folder that lists its pages."""


def in_folder(folder: str, page: str) -> str:
    """A page of a history folder, from the registers folder: ``people/asa-oberg``."""
    return f"{folder}/{page}"


def group_name(letter: str) -> str:
    """The page, in a history folder, of one initial of its index: ``by-initial/a``."""
    return f"{GROUPS}/{initial_slug(letter)}"


def register_page(body: str, register: str) -> str:
    """A body's register, from the registers folder: ``styrelse/decisions``."""
    return f"{body}/{register}"


def is_group_page(docname: str) -> bool:
    """True for the page of one initial of a grouped index."""
    return f"/{GROUPS}/" in docname


@dataclass(frozen=True)
class PagePaths:
    """The document names of the generated pages of one project and build."""

    registers: str
    """The registers folder (``minutes_registers_dir``)."""
    meetings: str
    """The meetings folder (``minutes_meetings_dir``)."""
    names: PageNames = field(default_factory=PageNames)
    splits: dict[str, Split] = field(default_factory=dict)
    """The long histories' periods, by ``organisations/<id>`` and ``people/<person key>``
    (see ``periods``)."""

    def docname(self, page: str) -> str:
        """A page named from the registers folder, as the project names it."""
        return f"{self.registers}/{page}"

    def organisation(self, org_id: str) -> str:
        name = self.names.organisations.get(org_id) or assign([(org_id, org_id)])[org_id]
        return self.docname(in_folder(ORGANISATIONS, name))

    def person(self, name: str) -> str | None:
        """The page of the person ``name`` means; None if no attendance names them."""
        page = self.names.person(name)
        return self.docname(in_folder(PEOPLE, page)) if page else None

    def topic(self, topic_id: str) -> str:
        name = self.names.topics.get(topic_id) or assign([(topic_id, topic_id)])[topic_id]
        return self.docname(in_folder(TOPICS, name))

    def register(self, body: str, register: str) -> str:
        return self.docname(register_page(body, register))

    def body(self, body: str) -> str:
        """The page that lists a body's meetings."""
        return f"{self.meetings}/{body}/{INDEX}"

    def history_folders(self) -> tuple[str, ...]:
        """The folders of the history pages, each with a trailing ``/``."""
        return tuple(f"{self.docname(folder)}/" for folder in HISTORIES)

    def is_history(self, docname: str) -> bool:
        """True for the page of one organisation, person or topic (not an index, nor one
        of its earlier periods)."""
        return (
            docname.startswith(self.history_folders())
            and not docname.endswith(f"/{INDEX}")
            and not is_group_page(docname)
            and self.history_of(docname) is None
        )

    def period(self, history: str, period: Period) -> str:
        """The page of a history's earlier period: ``…/people/asa-oberg/2015-2017``."""
        return f"{history}/{period.name}"

    def history_of(self, docname: str) -> str | None:
        """The history page whose earlier period ``docname`` is; None if it is none."""
        for folder in self.history_folders():
            rest = docname.removeprefix(folder)
            if rest != docname and rest.count("/") == 1 and not is_group_page(docname):
                return docname.rpartition("/")[0]
        return None
