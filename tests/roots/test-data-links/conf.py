extensions = ["sphinx_minutes"]
myst_enable_extensions = ["colon_fence"]
smartquotes = False
language = "en"
