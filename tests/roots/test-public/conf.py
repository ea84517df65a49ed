extensions = ["sphinx_minutes"]
myst_enable_extensions = ["colon_fence"]
smartquotes = False
language = "en"
html_theme = "pydata_sphinx_theme"
latex_engine = "xelatex"
