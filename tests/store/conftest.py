"""Fixtures of the store tests: ``db_url``, ``store`` and ``session`` live in
``tests/conftest.py``, shared with the case service tests."""
