"""Deriving what pages show across meetings, once every meeting is read.

The archive's lookups (``archive``), the history pages and registers written before
reading (``generated``, ``scan``, ``page_names``, ``page_paths``, ``pages``,
``groups``), the rows of the views that fill them (``views``), and which pages must be
written again after an edit (``rewrites``, ``navigation``).
"""
