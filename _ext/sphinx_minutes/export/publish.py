"""``build-finished``: the exports written into the site the HTML builder made.

Only a builder that writes a page per document publishes them (html, dirhtml): their
URLs point at its pages, relative to the site's root, or absolute from ``html_baseurl``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..derive.store import DerivedStore
from ..read.store import minutes_domain
from ..write.output import page_builder
from .csvfiles import csv_files
from .files import write_all
from .jsonfiles import body_records, json_files
from .records import Url

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder


def write_exports(app: Sphinx, exception: Exception | None) -> None:
    builder = page_builder(app)
    if exception is not None or builder is None:
        return
    export_site(app, builder)


def export_site(app: Sphinx, builder: Builder) -> None:
    """Every export of the site, made and written (a phase of its own in ``make bench``)."""
    domain = minutes_domain(app.env, DerivedStore)
    url = page_url(builder, app.config.html_baseurl)
    records = body_records(domain, url)
    files = json_files(domain, records, url) | csv_files(records)
    write_all(Path(builder.outdir), files)


def page_url(builder: Builder, baseurl: str) -> Url:
    """A page's URL and anchor: relative to the site's root, or absolute from ``baseurl``."""
    base = f"{baseurl.rstrip('/')}/" if baseurl else ""

    def url(docname: str, anchor: str) -> str:
        return base + builder.get_target_uri(docname) + (f"#{anchor}" if anchor else "")

    return url
