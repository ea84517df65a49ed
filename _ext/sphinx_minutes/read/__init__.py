"""Reading: from what the writer wrote to the model.

The registries (``registry``, read safely by ``registry_file`` and ``yaml_text``), the
source before MyST parses it (``fences``, ``encoding``, ``safety``), and the directives,
which parse each block into the model's records and the nodes the page shows.
"""
