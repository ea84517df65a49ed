"""Writing: the views filled into each page (``views``), and what each output gets
differently (the PDF's tables and volumes, the site's leftovers removed and search index
mended)."""
