"""Checking the archive as a whole: what no single directive can see (a speaker who is
not present, a follow-up closed twice, a link to a meeting that does not exist)."""
