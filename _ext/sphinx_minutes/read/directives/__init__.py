"""The minutes' directives: one module per kind of block a secretary writes."""
