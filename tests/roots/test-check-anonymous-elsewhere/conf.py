extensions = ["sphinx_minutes"]
myst_enable_extensions = ["colon_fence"]
smartquotes = False
language = "en"
exclude_patterns = ["expected.txt"]
# The internal build shows every line as written (the check reads them all back).
minutes_build = "internal"
