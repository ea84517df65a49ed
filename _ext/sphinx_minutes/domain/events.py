"""The handlers of Sphinx's events that belong to no stage: they start the build (the
registries, the generated pages), mark the start and end of reading, and keep what a read
document leaves. ``setup`` connects them; each stage's own handlers live in its module.

What a document leaves is kept at ``doctree-read``, not in ``Domain.process_doc``: Sphinx
calls that from a transform of priority 850, before ``RefuseUnsafeContent`` (870), which
may replace a link (and a link inside it) or change a title's text, and before the
``doctree-read`` collectors (880), so the domain would keep what the page no longer
shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docutils.nodes import SkipNode

from ..check import checks
from ..derive import generated
from ..model import labels
from ..model.mistake import warn
from ..read import encoding, project_languages, words
from ..read.registry_load import load
from ..read.store import minutes_domain
from ..read.words import available_language, no_catalogue, project_words
from .reading import finish_document as keep_document
from .store import MinutesDomain

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

STATIC = Path(__file__).parents[1] / "static"
UTF_8 = frozenset({"utf-8", "utf8", "utf-8-sig"})


def load_registry(app: Sphinx) -> None:
    """Read the registries once per build, before any document is read."""
    domain = minutes_domain(app.env, MinutesDomain)
    config = app.config
    project = project_languages.find(Path(app.srcdir), list(config.locale_dirs))
    words.PROJECT.clear()
    words.PROJECT.update(project.languages)
    labels.compile_project(project.catalogues, Path(app.doctreedir) / "sphinx-minutes-project")
    domain.language_digests = project_languages.digests(project, config.minutes_words)
    domain.registry = load(
        Path(app.srcdir),
        config.minutes_organisations,
        config.minutes_topics,
        config.minutes_bodies,
    )
    domain.registry.language = config.language or "en"
    domain.registry.words = project_words(
        config.minutes_words, lambda _, message, hint: warn("words", message, None, hint)
    )
    domain.registry.word_files = project_languages.words_of(project)
    if config.language and available_language(config.language) is None:
        warn("language", no_catalogue(config.language, "of the site (`language`)"), None)
    domain.output = (Path(app.outdir).resolve(), Path(app.doctreedir).resolve())
    generated.name_pages(app)
    generated.write_pages(app)
    if app.env.settings.get("input_encoding", "").replace("_", "-").lower() in UTF_8:
        app.env.settings["input_encoding"] = encoding.NAME  # never a UnicodeDecodeError


def reading_starts(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    minutes_domain(env, MinutesDomain).forget_archive()


def reading_done(app: Sphinx, env: BuildEnvironment) -> None:
    minutes_domain(env, MinutesDomain).forget_archive()
    checks.report(app, env)


def finish_document(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: what the document leaves in the domain (see ``reading``)."""
    keep_document(minutes_domain(app.env, MinutesDomain), app.env.docname, doctree)


def skip_node(translator: object, node: nodes.Node) -> None:
    """Views are filled before writing; a writer that meets one anyway skips it."""
    raise SkipNode


def add_static_path(app: Sphinx, config: Config) -> None:
    config.html_static_path.append(str(STATIC))
