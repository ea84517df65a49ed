"""Exports: the minutes as open data, derived from the same model and filter as every
page. Empty until the open-data issue lands; exporters go here, one module each."""
