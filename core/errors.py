"""Errors that reach a person: each carries one clear line."""

from __future__ import annotations


class InsynError(Exception):
    """Bad input or state that the user can fix; the CLI prints it as one line, exit 1."""


class SourceError(InsynError):
    """A source file that cannot be read (encrypted, truncated, empty, mislabelled)."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexFolderError(InsynError):
    """A missing, half-built, damaged or incompatible index folder. `reason`, when given, says
    what is wrong without naming paths (the API shows it; the CLI shows the whole message)."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
