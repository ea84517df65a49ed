"""What is new for an organisation, a person or a topic: a feed beside each history page,
named as the page is (``people/asa-olsson`` → ``data/people/asa-olsson.atom``).

Its entries are what the history page lists, from the same archive (the meetings as
the build may show them): the meetings an organisation or a person attended and the
statements made by them (an organisation's own and those of the people who spoke for
it), and the agenda items on a topic. Only a page this build has gets a feed, so a
person not named in public has none; a page with nothing yet gets an empty feed, to
subscribe to before anything happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..derive.page_paths import in_folder
from ..model.labels import language_of
from .feeds import Entries, Feed, atom_file
from .names import History, history_feed
from .records import Json, Url, meeting_id
from .stamps import Site

if TYPE_CHECKING:
    from ..derive.archive import Said
    from ..derive.store import DerivedStore
    from .kept import Made, Make

Concerning = tuple[str, str, list[str]]
"""A history page's name in its folder, the feed's title, and the ids of its entries."""


def said_ids(said: Iterable[Said]) -> list[str]:
    return [f"{meeting_id(m)}#{s.id}" for m, _, s in said]


def organisations(domain: DerivedStore) -> Iterable[Concerning]:
    archive, names = domain.archive, domain.page_names
    for org in domain.registry.organisations.values():
        meetings = [meeting_id(m) for m in archive.by_organisation.get(org.id, [])]
        said = said_ids(archive.said_by_organisation.get(org.id, []))
        yield names.organisations.get(org.id, ""), org.name, meetings + said


def people(domain: DerivedStore) -> Iterable[Concerning]:
    archive = domain.archive
    for key, (name, page) in domain.page_names.people.items():
        meetings = [meeting_id(m) for m, _ in archive.by_person.get(key, [])]
        yield page, name, meetings + said_ids(archive.said_by_person.get(key, []))


def topics(domain: DerivedStore) -> Iterable[Concerning]:
    archive, names = domain.archive, domain.page_names
    for topic in domain.registry.topics.values():
        items = [f"{meeting_id(m)}#{item.anchor}" for m, item in archive.by_topic.get(topic.id, [])]
        yield names.topics.get(topic.id, ""), topic.name, items


CONCERNING: dict[History, Callable[[DerivedStore], Iterable[Concerning]]] = {
    "organisations": organisations,
    "people": people,
    "topics": topics,
}
"""Each history folder (``page_paths.HISTORIES``) and what its pages' feeds hold."""


def history_feeds(
    domain: DerivedStore,
    records: dict[str, list[Json]],
    site: Site,
    url: Url,
    entries: Entries,
    made: Make,
) -> dict[str, Made]:
    """A feed for each organisation, person and topic with a page in this build."""
    config = domain.env.config
    language = language_of(config)
    latest = max((m["date"] for ms in records.values() for m in ms), default="1970-01-01")
    files = {}
    for folder, concerning in CONCERNING.items():
        for page, title, ids in concerning(domain):
            docname = domain.paths.docname(in_folder(folder, page))
            if not page or docname not in domain.env.all_docs:
                continue
            name = history_feed(folder, page)
            feed = Feed(name, name, title, config.project, url(docname, ""), language, latest)
            files[name] = atom_file(made, feed, entries.newest(ids), site)
    return files
