"""Sphinx configuration of the sphinx-minutes site: the meetings, and the documentation."""

from __future__ import annotations

import sys
from pathlib import Path

# The extension lives in _ext/; `pip install -e .` installs it, and this keeps a plain
# `sphinx-build` from a checkout working too.
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "sphinx-minutes"
author = "The sphinx-minutes team"
copyright = "2026, the sphinx-minutes team"
language = "en"
version = release = "0.1"  # of the site (EPUB needs one); the PDFs of minutes show none

extensions = ["myst_parser", "sphinx_design", "sphinx_minutes"]

myst_enable_extensions = ["colon_fence", "deflist"]
# Minutes are a record: the writer's quotes and dashes are kept exactly as written.
smartquotes = False

exclude_patterns = [
    "_build",
    ".venv",
    "tests",
    "README.md",
    "docs/examples",
    "_ext",
    ".pytest_cache",
    ".hypothesis",
    "*.egg-info",
]

html_theme = "pydata_sphinx_theme"
html_title = "sphinx-minutes"
html_theme_options = {
    "navigation_depth": 2,
    "show_nav_level": 1,
    "collapse_navigation": True,
    "navbar_align": "left",
    "secondary_sidebar_items": ["page-toc"],
    "footer_start": ["copyright"],
    "footer_end": [],
}
html_sidebars = {"**": ["sidebar-nav-bs"]}

# PDF (`make pdf`): sphinx-minutes adds one document per meeting and one volume per body;
# the site itself is not printed as a whole. xelatex sets any Unicode text, and each PDF
# in its own language (polyglossia), its index sorted by xindy.
latex_engine = "xelatex"
latex_documents: list[tuple[str, ...]] = []
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    "fncychap": "",
    "printindex": r"\footnotesize\raggedright\printindex",
}
latex_show_urls = "footnote"
