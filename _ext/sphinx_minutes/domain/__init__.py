"""Sphinx's side: the domain that stores the model per document and resolves links,
and the event handlers that run each stage at its moment of a build."""
