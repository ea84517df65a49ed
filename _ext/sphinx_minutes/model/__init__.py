"""The meeting as data, and the minutes' own words: what every stage shares.

``meeting`` holds the records the directives fill (a meeting, its attendance, agenda
items, statements); ``vocabulary`` the words a secretary writes in each language;
``labels`` the words the pages print; ``codes`` the warnings a writer can get, and
``mistake`` the record of one; ``names`` how people's names are compared.
"""

__version__ = "0.1.0"
"""The release: a new one may read the minutes differently (see ``derive.scan``)."""
