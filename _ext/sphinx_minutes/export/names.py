"""Where each export lives in the site: the one scheme of the ``data/`` folder's file names.

Writing the files, linking them from the pages (``<link rel="alternate">``, the download
links) and reading them back (``query``) all ask here, so they cannot disagree. Names are
paths relative to the output folder, with ``/``.
"""

from __future__ import annotations

from typing import Literal

FOLDER = "data"
"""The output's folder of the exports: it belongs to the extension."""

Table = Literal["attendance", "decisions", "follow-ups"]
Calendar = Literal["meetings", "follow-ups"]
BodyFeed = Literal["minutes", "decisions"]
History = Literal["organisations", "people", "topics"]


def site_json() -> str:
    """``data/minutes.json``: the site's bodies and their meetings."""
    return f"{FOLDER}/minutes.json"


def schema_json(file_name: str) -> str:
    """``data/minutes-1.schema.json``: the JSON Schema the files follow."""
    return f"{FOLDER}/{file_name}"


def body_json(body: str) -> str:
    """``data/<body>.json``: a body and all its meetings."""
    return f"{FOLDER}/{body}.json"


def meeting_json(meeting_id: str) -> str:
    """``data/<body>/<date>.json``: one meeting (its id is ``body/date``)."""
    return f"{FOLDER}/{meeting_id}.json"


def body_table(body: str, table: Table) -> str:
    """``data/<body>/<table>.csv``: a body's attendance, decisions or follow-ups."""
    return f"{FOLDER}/{body}/{table}.csv"


def body_calendar(body: str, calendar: Calendar) -> str:
    """``data/<body>/<calendar>.ics``: a body's meetings, or its open follow-ups."""
    return f"{FOLDER}/{body}/{calendar}.ics"


def body_feed(body: str, feed: BodyFeed) -> str:
    """``data/<body>/<feed>.atom``: a body's new minutes, or its new decisions."""
    return f"{FOLDER}/{body}/{feed}.atom"


def history_feed(folder: History, page: str) -> str:
    """``data/<folder>/<page>.atom``: what is new for an organisation, person or topic,
    named as its history page is (``people/asa-olsson`` → ``data/people/asa-olsson.atom``)."""
    return f"{FOLDER}/{folder}/{page}.atom"


PDF_FOLDER = "pdf"
"""The output's folder of the PDFs, when they are published (``minutes_pdfs_published``):
``make publish`` copies them there from the LaTeX build."""


def pdf(latex_file: str) -> str:
    """``pdf/<name>.pdf``: the PDF LaTeX makes of ``<name>.tex`` (``write.pdf`` names
    them: ``<body>.pdf`` for a volume, ``<body>-<date>.pdf`` for a meeting)."""
    stem = latex_file.rsplit("/", 1)[-1].removesuffix(".tex")
    return f"{PDF_FOLDER}/{stem}.pdf"
