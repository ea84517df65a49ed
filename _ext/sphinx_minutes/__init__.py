"""sphinx-minutes: meeting minutes written in MyST, checked, cross-linked and indexed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .check import checks
from .derive import drafts, groups, pages, volumes
from .derive.rewrites import PagesToRewrite
from .domain import collector, doctrees
from .domain.events import (
    add_static_path,
    finish_document,
    load_registry,
    reading_done,
    reading_starts,
    skip_node,
)
from .domain.roles import MinutesRole
from .domain.store import MinutesDomain
from .export import downloads, head, publish, schema_doc
from .model import __version__, labels
from .read import chair, item_page, unnamed
from .read.directives import reference
from .read.directives.agenda_item import AgendaItemDirective, DescriptionDirective
from .read.directives.attendance import AttendanceDirective
from .read.directives.decisions import DecisionDirective, MotionDirective, ReservationDirective
from .read.directives.discussion import DiscussionDirective
from .read.directives.files import OVERRIDES
from .read.directives.meeting import MeetingDirective
from .read.directives.statements import (
    AnswerDirective,
    CommentDirective,
    FollowUpDirective,
    QuestionDirective,
)
from .read.directives.unknown import RefusedDirective, UnknownDirective
from .read.fences import REFUSED, UNKNOWN, read_blocks
from .read.nodes import view, when
from .read.safety import RefuseUnsafeContent
from .write import (
    approval,
    breadcrumbs,
    edit_link,
    html_lang,
    internal_mark,
    neighbours,
    output,
    paper,
    pdf,
    sidebar,
    sources,
    times,
    toggles,
    views,
)

if TYPE_CHECKING:
    from sphinx.application import Sphinx

DIRECTIVES = {
    "meeting": MeetingDirective,
    "attendance": AttendanceDirective,
    "agenda-item": AgendaItemDirective,
    "description": DescriptionDirective,
    "comment": CommentDirective,
    "question": QuestionDirective,
    "answer": AnswerDirective,
    "decision": DecisionDirective,
    "follow-up": FollowUpDirective,
    "motion": MotionDirective,
    "reservation": ReservationDirective,
    "discussion": DiscussionDirective,
    "meetings": pages.MeetingsDirective,
    "organisation-page": pages.OrganisationPageDirective,
    "organisation-index": pages.OrganisationIndexDirective,
    "person-page": pages.PersonPageDirective,
    "people-index": pages.PeopleIndexDirective,
    "index-group": groups.IndexGroupDirective,
    "topic-page": pages.TopicPageDirective,
    "topic-index": pages.TopicIndexDirective,
    "register": pages.RegisterDirective,
    "minutes-warnings": reference.WarningCodesDirective,
    "minutes-vocabulary": reference.VocabularyDirective,
    "minutes-schema": schema_doc.SchemaDirective,
    "minutes-csv": schema_doc.CsvDirective,
    UNKNOWN: UnknownDirective,
    REFUSED: RefusedDirective,
}

CONFIG: tuple[tuple[str, object, Literal["", "env", "html"], type], ...] = (
    ("minutes_meetings_dir", "meetings", "env", str),
    ("minutes_registers_dir", "registers", "env", str),
    ("minutes_organisations", "meetings/organisations.yaml", "env", str),
    ("minutes_topics", "meetings/topics.yaml", "env", str),
    ("minutes_bodies", "meetings/bodies.yaml", "env", str),
    ("minutes_follow_up_limit", 0, "", int),
    ("minutes_index_group_limit", 50, "env", int),
    ("minutes_history_limit", 36, "env", int),
    ("minutes_gc_threshold", 10_000, "", int),
    ("minutes_raw_html", False, "env", bool),
    ("minutes_words", {}, "env", dict),
    ("minutes_build", "public", "env", str),
    ("minutes_drafts_public", True, "env", bool),
    ("minutes_approval_days", 0, "", int),
    ("minutes_reference_date", "", "", str),
    ("minutes_pdfs_published", False, "html", bool),
    ("minutes_edit_url", "", "html", str),
)
"""The settings of ``conf.py`` (see docs/reference/config.md): name, default, what a
change makes Sphinx read again, type."""


EVENTS: tuple[tuple[str, Callable[..., Any], int], ...] = (
    ("config-inited", collector.set_collector, 500),
    ("doctree-read", doctrees.let_go_read, 500),
    ("env-updated", doctrees.let_go_all, 900),
    ("config-inited", add_static_path, 500),
    ("config-inited", drafts.leave_out_drafts, 500),
    ("builder-inited", load_registry, 500),
    ("doctree-read", finish_document, 500),
    ("source-read", read_blocks, 500),
    ("env-get-outdated", output.note_removed, 500),
    ("env-before-read-docs", reading_starts, 500),
    ("env-updated", reading_done, 500),
    ("doctree-resolved", views.fill, 500),
    ("warn-missing-reference", checks.leave_to_checks, 500),
    ("config-inited", pdf.add_style, 500),
    ("doctree-read", item_page.settle, 800),
    ("doctree-read", chair.settle_names, 500),
    ("doctree-read", unnamed.unname, 400),
    ("doctree-read", internal_mark.mark_internal, 500),
    ("doctree-read", volumes.bind_volume, 900),
    ("env-updated", pdf.plan, 500),
    ("doctree-resolved", pdf.set_document, 400),
    ("doctree-resolved", internal_mark.mark_pdf, 450),
    ("doctree-resolved", paper.prepare, 600),
    ("doctree-resolved", approval.mark_pdf, 650),
    ("build-finished", pdf.finish, 500),
    ("html-page-context", breadcrumbs.breadcrumbs, 500),
    ("html-page-context", html_lang.html_lang, 500),
    ("html-page-context", internal_mark.no_index, 500),
    ("html-page-context", head.head, 500),
    ("html-page-context", edit_link.edit_link, 500),
    ("html-page-context", neighbours.neighbours, 500),
    ("env-updated", sidebar.start, 500),
    ("html-page-context", sidebar.share, 850),  # after the theme made its sidebar
    ("html-page-context", toggles.named_toggles, 900),  # after it is shared
    ("doctree-resolved", downloads.add_downloads, 700),
    ("html-collect-pages", output.mend_search_index, 500),
    ("build-finished", output.remove_leftovers, 500),
    ("build-finished", sources.publish_sources, 500),
    ("build-finished", publish.write_exports, 500),
    ("build-finished", collector.set_back, 900),
)
"""Each stage's handler of a Sphinx event, with its priority (lower runs first), in the
order they are connected; the stages each handler serves are in
docs/explanation/architecture.md."""


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("myst_parser")
    for name, default, rebuild, kind in CONFIG:
        app.add_config_value(name, default, rebuild, kind)
    app.add_transform(RefuseUnsafeContent)
    app.add_domain(MinutesDomain)
    for name, directive in DIRECTIVES.items():
        app.add_directive(name, directive)
    for name, guarded in OVERRIDES.items():  # files read only from inside the project
        app.add_directive(name, guarded, override=True)
    for role in MinutesDomain.roles:
        app.add_role(role, MinutesRole(role))
    skip = (skip_node, None)
    app.add_node(view, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    app.add_node(when, html=(times.visit_when, times.depart_when))  # others: an inline
    locale_dir = labels.compile_catalogs(Path(app.doctreedir) / "sphinx-minutes-locale")
    app.add_message_catalog(labels.CATALOG, str(locale_dir))
    app.add_css_file("sphinx-minutes.css")
    app.add_env_collector(PagesToRewrite)
    app.add_latex_package("sphinxminutes")
    for event, handler, priority in EVENTS:
        app.connect(event, handler, priority=priority)
    return {
        "version": __version__,
        "env_version": 12,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
