"""Exceptions raised at Dignity's boundaries.

Each carries what a user needs for a one-line message: the file and the problem.
"""

from __future__ import annotations


class DignityError(Exception):
    """Base class of every error Dignity raises on purpose."""


class InputError(DignityError):
    """A document could not be read: ``str(err)`` is '<path>: <problem>'."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ConfigError(DignityError):
    """A YAML resource (recognizers, context rules, standards) is invalid."""

    def __init__(self, file: object, where: str, problem: str) -> None:
        self.file = str(file)
        self.where = where
        self.problem = problem
        super().__init__(f"{self.file}: {where}: {problem}")
