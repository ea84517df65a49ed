"""sphinx-minutes: meeting minutes written in MyST, checked, cross-linked and indexed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .check import checks
from .derive import drafts, groups, pages, volumes
from .derive.rewrites import PagesToRewrite
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
from .model import __version__, labels
from .read import approvers, chair, item_page, unnamed
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
from .read.nodes import view
from .read.safety import RefuseUnsafeContent
from .write import (
    approval,
    breadcrumbs,
    html_lang,
    internal_mark,
    output,
    paper,
    pdf,
    sources,
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
    UNKNOWN: UnknownDirective,
    REFUSED: RefusedDirective,
}

CONFIG: tuple[tuple[str, object, Literal["", "env"], type], ...] = (
    ("minutes_meetings_dir", "meetings", "env", str),
    ("minutes_registers_dir", "registers", "env", str),
    ("minutes_organisations", "meetings/organisations.yaml", "env", str),
    ("minutes_topics", "meetings/topics.yaml", "env", str),
    ("minutes_bodies", "meetings/bodies.yaml", "env", str),
    ("minutes_follow_up_limit", 0, "", int),
    ("minutes_index_group_limit", 50, "env", int),
    ("minutes_raw_html", False, "env", bool),
    ("minutes_words", {}, "env", dict),
    ("minutes_build", "public", "env", str),
    ("minutes_drafts_public", True, "env", bool),
    ("minutes_approval_days", 0, "", int),
    ("minutes_reference_date", "", "", str),
)
"""The settings of ``conf.py`` (see docs/reference/config.md): name, default, what a
change makes Sphinx read again, type."""


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
    locale_dir = labels.compile_catalogs(Path(app.doctreedir) / "sphinx-minutes-locale")
    app.add_message_catalog(labels.CATALOG, str(locale_dir))
    app.connect("config-inited", add_static_path)
    app.connect("config-inited", drafts.leave_out_drafts)
    app.add_css_file("sphinx-minutes.css")
    app.connect("builder-inited", load_registry)
    app.connect("doctree-read", finish_document)
    app.connect("source-read", read_blocks)
    app.add_env_collector(PagesToRewrite)
    app.connect("env-get-outdated", output.note_removed)
    app.connect("env-before-read-docs", reading_starts)
    app.connect("env-updated", reading_done)
    app.connect("doctree-resolved", views.fill)
    app.connect("warn-missing-reference", checks.leave_to_checks)
    app.add_latex_package("sphinxminutes")
    app.connect("config-inited", pdf.add_style)
    app.connect("doctree-read", item_page.settle, priority=800)
    app.connect("doctree-read", chair.settle_chair)
    app.connect("doctree-read", approvers.settle_approvers)
    app.connect("doctree-read", unnamed.unname, priority=400)
    app.connect("doctree-read", internal_mark.mark_internal)
    app.connect("doctree-read", volumes.bind_volume, priority=900)
    app.connect("env-updated", pdf.plan)
    app.connect("doctree-resolved", pdf.set_document, priority=400)
    app.connect("doctree-resolved", internal_mark.mark_pdf, priority=450)
    app.connect("doctree-resolved", paper.prepare, priority=600)
    app.connect("doctree-resolved", approval.mark_pdf, priority=650)
    app.connect("build-finished", pdf.finish)
    app.connect("html-page-context", breadcrumbs.breadcrumbs)
    app.connect("html-page-context", html_lang.html_lang)
    app.connect("html-page-context", internal_mark.no_index)
    app.connect("html-collect-pages", output.mend_search_index)
    app.connect("build-finished", output.remove_leftovers)
    app.connect("build-finished", sources.publish_sources)
    return {
        "version": __version__,
        "env_version": 8,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
