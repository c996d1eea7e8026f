"""One exception hierarchy: the CLI catches QuotecmpError once and prints its one-line message."""
from __future__ import annotations


class QuotecmpError(Exception):
    """Base of every error quotecmp raises on purpose; its message is meant for the user."""

    exit_code = 2


class UsageError(QuotecmpError):
    """The command or call was given something it cannot use (bad option, unknown format)."""


class NoUsableInput(QuotecmpError):
    """None of the inputs could be read; each source's own status says why."""


class InputError(QuotecmpError):
    """One input could not be read. Caught per source and turned into status ``error``."""


class OutputError(QuotecmpError):
    """The output could not be written (missing folder, no permission, full disk)."""
