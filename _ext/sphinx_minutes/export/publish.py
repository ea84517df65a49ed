"""``build-finished``: the exports written into the site the HTML builder made.

Only a builder that writes a page per document publishes them (html, dirhtml): their
URLs point at its pages, relative to the site's root, or absolute from ``html_baseurl``.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from ..derive.store import DerivedStore
from ..model.labels import language_of
from ..read.store import minutes_domain
from ..write.output import page_builder
from .calendars import calendar_files
from .csvfiles import csv_files
from .feeds import Entries, body_feeds
from .files import write_all
from .history_feeds import history_feeds
from .jsonfiles import body_records, json_files
from .kept import load, save
from .record_keys import record_keys
from .records import Json, Url
from .stamps import Named, site_of

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder


def write_exports(app: Sphinx, exception: Exception | None) -> None:
    builder = page_builder(app)
    if exception is not None or builder is None:
        return
    gc.disable()  # the records are many small containers, the environment huge: without
    try:  # this, the collector walks the environment again and again (a third of the time)
        export_site(app, builder)
    finally:
        gc.enable()


def export_site(app: Sphinx, builder: Builder) -> None:
    """Every export of the site, made and written (a phase of its own in ``make bench``)."""
    domain = minutes_domain(app.env, DerivedStore)
    url = page_url(builder, app.config.html_baseurl)
    records = body_records(domain, url)
    site = site_of(app.config.project, app.config.html_baseurl)
    bodies = named_bodies(domain, records)
    pages = body_pages(domain, records, url)
    entries = Entries(records, bodies)
    keys = record_keys(domain, url)
    kept = load(Path(app.doctreedir), Path(builder.outdir))
    files = (
        json_files(records, keys, bodies, pages, kept)
        | csv_files(records, keys, kept.made)
        | calendar_files(records, keys, bodies, site, kept.made)
        | body_feeds(records, bodies, pages, site, entries, kept.made)
        | history_feeds(domain, records, site, url, entries, kept.made)
    )
    write_all(Path(builder.outdir), files)
    save(kept, Path(app.doctreedir))


def named_bodies(domain: DerivedStore, records: dict[str, list[Json]]) -> dict[str, Named]:
    """Each body's registered name (else its id) and its pages' language."""
    named = {}
    for body in records:
        registered = domain.registry.bodies.get(body)
        language = language_of(domain.env.config, registered)
        named[body] = Named(registered.name if registered else body, language)
    return named


def body_pages(
    domain: DerivedStore, records: dict[str, list[Json]], url: Url
) -> dict[str, str | None]:
    """The URL of each body's page, where the project has it."""
    pages = {body: domain.paths.body(body) for body in records}
    return {
        body: url(page, "") if page in domain.env.all_docs else None for body, page in pages.items()
    }


def page_url(builder: Builder, baseurl: str) -> Url:
    """A page's URL and anchor: relative to the site's root, or absolute from ``baseurl``."""
    base = f"{baseurl.rstrip('/')}/" if baseurl else ""
    pages: dict[str, str] = {}

    def url(docname: str, anchor: str) -> str:
        page = pages.get(docname)
        if page is None:
            page = pages[docname] = base + builder.get_target_uri(docname)
        return page + (f"#{anchor}" if anchor else "")

    return url
