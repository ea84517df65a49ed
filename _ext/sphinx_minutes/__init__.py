"""sphinx-minutes: meeting minutes written in MyST, checked, cross-linked and indexed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import checks, labels, pages, reference
from .directives.agenda_item import AgendaItemDirective, DescriptionDirective
from .directives.attendance import AttendanceDirective
from .directives.meeting import MeetingDirective
from .directives.statements import (
    AnswerDirective,
    CommentDirective,
    DecisionDirective,
    FollowUpDirective,
    QuestionDirective,
)
from .domain import MinutesDomain, MinutesRole
from .registry import load

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.config import Config

__version__ = "0.1.0"

STATIC = Path(__file__).parent / "static"

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
    "meetings": pages.MeetingsDirective,
    "organisation-page": pages.OrganisationPageDirective,
    "organisation-index": pages.OrganisationIndexDirective,
    "minutes-warnings": reference.WarningCodesDirective,
    "minutes-vocabulary": reference.VocabularyDirective,
}


def load_registry(app: Sphinx) -> None:
    """Read the registries once per build, before any document is read."""
    domain: MinutesDomain = app.env.domains["minutes"]  # type: ignore[assignment]
    config = app.config
    domain.registry = load(
        Path(app.srcdir),
        config.minutes_organisations,
        config.minutes_topics,
        config.minutes_bodies,
    )
    pages.write_organisation_pages(app)


def finish_meeting(app: Sphinx, doctree: nodes.document) -> None:
    app.env.domains["minutes"].finish_meeting(app.env.docname, doctree)  # type: ignore[attr-defined]


def add_static_path(app: Sphinx, config: Config) -> None:
    config.html_static_path.append(str(STATIC))


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("myst_parser")
    app.add_config_value("minutes_meetings_dir", "meetings", "env", str)
    app.add_config_value("minutes_registers_dir", "registers", "env", str)
    app.add_config_value("minutes_organisations", "meetings/organisations.yaml", "env", str)
    app.add_config_value("minutes_topics", "meetings/topics.yaml", "env", str)
    app.add_config_value("minutes_bodies", "meetings/bodies.yaml", "env", str)
    app.add_config_value("minutes_follow_up_limit", 0, "", int)
    app.add_domain(MinutesDomain)
    for name, directive in DIRECTIVES.items():
        app.add_directive(name, directive)
    for role in ("org", "meeting", "item"):
        app.add_role(role, MinutesRole(role))
    skip = (pages.skip, None)
    app.add_node(pages.meeting_list, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    locale_dir = labels.compile_catalogs(Path(app.doctreedir) / "sphinx-minutes-locale")
    app.add_message_catalog(labels.CATALOG, str(locale_dir))
    app.connect("config-inited", add_static_path)
    app.add_css_file("sphinx-minutes.css")
    app.connect("builder-inited", load_registry)
    app.connect("doctree-read", finish_meeting)
    app.connect("env-get-outdated", pages.note_changed_meetings)
    app.connect("env-get-updated", pages.organisation_pages_to_rewrite)
    app.connect("doctree-resolved", pages.fill_meeting_lists)
    app.connect("env-updated", checks.report)
    app.connect("warn-missing-reference", checks.leave_to_checks)
    return {
        "version": __version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
