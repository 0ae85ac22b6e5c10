"""Exceptions that carry context: what went wrong, where, and how to fix it."""

from __future__ import annotations


class EtlError(Exception):
    """Base error. `hint` tells the user how to fix it; `exit_code` is what the CLI returns."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.where = where

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class InputError(EtlError):
    """Input that cannot be used at all (missing path, no readable records, bad option)."""


class StageInputMissing(EtlError):
    """A stage was run before the stage it reads from."""


class RuleError(EtlError):
    """A rule or gazetteer data file is malformed; raised when rules are loaded."""


class ValidationFailed(EtlError):
    """A fatal expectation failed; tables are not published."""

    exit_code = 2
