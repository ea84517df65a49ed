extensions = ["sphinx_minutes"]
myst_enable_extensions = ["colon_fence"]
smartquotes = False
language = "en"
minutes_approval_days = 30
