"""Command-line tools run after a build: ``report`` (the warnings, grouped by file) and
``texlog`` (fail when a PDF is silently wrong)."""
