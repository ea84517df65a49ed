"""Which pages to write again after an edit, besides those Sphinx read again: exactly the
pages that now show something else, no more (an exact build).

A page is read again when the labels or words of its language change (a catalogue or
words file of the project or shipped, see ``read.project_languages``). Three things
change a page without its source changing: what its views and links show
(kept as a digest per page, see ``views.digest``), its navigation (a page listed there
came, went or was retitled, see ``navigation``), and a person's page renamed (the
meetings they attended link to it).
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from typing import TYPE_CHECKING

from sphinx.environment.collectors import EnvironmentCollector

from ..model.languages import base_language, language_tag, primary
from ..read.store import minutes_domain
from . import navigation
from .store import DerivedStore
from .views import digest

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


class PagesToRewrite(EnvironmentCollector):
    """Notes what the navigation showed before reading, and names the pages to write
    again once reading is done (``env-get-updated``)."""

    def enable(self, app: Sphinx) -> None:
        """As Sphinx's, but what a page showed is noted before Sphinx's own collectors
        forget its title and headings (priority 100), and nothing is collected while a
        page is read."""
        assert self.listener_ids is None
        self.listener_ids = {
            "env-get-outdated": app.connect("env-get-outdated", self.get_outdated_docs),
            "env-purge-doc": app.connect("env-purge-doc", self.clear_doc, priority=100),
            "env-get-updated": app.connect("env-get-updated", self.get_updated_docs),
        }

    def get_outdated_docs(
        self,
        app: Sphinx,
        env: BuildEnvironment,
        added: set[str],
        changed: set[str],
        removed: set[str],
    ) -> list[str]:
        """Before reading: remember the tables of contents as they are, and read again
        the pages written in a language whose labels or words changed."""
        domain = minutes_domain(env, DerivedStore)
        domain.navigation_before = navigation.snapshot(env)
        return sorted(in_languages(domain, changed_languages(domain)) - removed)

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        """A page about to be read again (or removed): what the navigation showed of it."""
        before = minutes_domain(env, DerivedStore).navigation_before
        if before is not None:
            navigation.note_shown(env, before, docname)

    def merge_other(
        self, app: Sphinx, env: BuildEnvironment, docnames: Set[str], other: BuildEnvironment
    ) -> None:
        """Nothing is collected while reading."""

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        """Nothing is collected while reading."""

    def get_updated_docs(self, app: Sphinx, env: BuildEnvironment) -> list[str]:
        """The pages whose views or links now show something else, the pages whose
        navigation lists a page that came, went or was retitled, and the meetings of
        people whose page was renamed."""
        domain = minutes_domain(env, DerivedStore)
        listing = navigation.showing_changes(env, domain.navigation_before)
        moved = {
            meeting.docname
            for key in domain.people_moved
            for meeting, _ in domain.archive.by_person.get(key, [])
        }
        return sorted(set(update_digests(domain)) | listing | moved)


def changed_languages(domain: DerivedStore) -> set[str]:
    """The languages whose catalogues or words files changed, came or went since the
    last build; the digests kept are brought up to date."""
    before: dict[str, str] = domain.data["language-digests"]
    now = domain.language_digests
    changed = {code for code in before.keys() | now.keys() if before.get(code) != now.get(code)}
    domain.data["language-digests"] = dict(now)
    return changed


def in_languages(domain: DerivedStore, changed: Set[str]) -> set[str]:
    """The pages that show labels or read words of a changed language: each meeting
    reads its own, its body's, the site's and English words and shows labels in its own
    language; other pages show the labels they noted while read."""
    if not changed:
        return set()
    site = domain.registry.language
    pages = set()
    for docname, meeting in domain.meetings.items():
        registered = domain.registry.bodies.get(meeting.body)
        codes = (meeting.language, registered.language if registered else None, site, "en")
        if not changed.isdisjoint(with_bases(c for c in codes if c)):
            pages.add(docname)
    for docname, languages in domain.languages.items():
        if not changed.isdisjoint(with_bases(languages)):
            pages.add(docname)
    return pages & domain.env.all_docs.keys()


def with_bases(codes: Iterable[str]) -> set[str]:
    """Each code with the language it falls back on: ``de-AT`` with ``de``, ``no`` with
    ``nb``."""
    found = set()
    for code in codes:
        found |= {language_tag(code), primary(code), base_language(code)}
    return found


def update_digests(domain: DerivedStore) -> list[str]:
    """Brings each page's stored digest up to date with what its views and links show
    now; returns the pages whose digest changed (new pages included). Digests of pages
    gone, or that show no view or link any more, are dropped, and those of views no page
    shows."""
    digests: dict[str, str] = domain.data["digests"]
    env = domain.env
    docnames = sorted((domain.views.keys() | domain.references.keys()) & env.all_docs.keys())
    changed = []
    for docname in docnames:
        shown = [*domain.views.get(docname, ()), ("links", docname)]
        now = digest(domain, shown)
        if digests.get(docname) != now:
            digests[docname] = now
            changed.append(docname)
    for gone in digests.keys() - set(docnames):
        del digests[gone]
    kept: dict[tuple[str, str], tuple[str, str]] = domain.data["view-digests"]
    for unshown in kept.keys() - {v for d in docnames for v in domain.views.get(d, ())}:
        del kept[unshown]
    return changed
