"""Alembic migrations of the case store, shipped inside the package.

Run them with ``dignity.store.upgrade(engine_or_url)``; no ``alembic.ini`` is needed.
"""
