"""The ``dignity`` command line."""
