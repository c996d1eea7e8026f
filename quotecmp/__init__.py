"""quotecmp: compare how outlets and translations quote the same people.

    >>> import quotecmp
    >>> result = quotecmp.compare(["a.txt", "b.html"])      # doctest: +SKIP
    >>> result.to_frames()["differences"]                   # doctest: +SKIP
    >>> html = quotecmp.render_html(result)                 # doctest: +SKIP
    >>> result.write("report.html")                         # doctest: +SKIP
    >>> result.select("number_changed,high")                # doctest: +SKIP
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .__about__ import __version__

# ``extract`` and ``load`` are also submodule names: importing the functions here, after their
# modules, is what keeps ``quotecmp.extract`` and ``quotecmp.load`` the functions
from .comparison import Comparison
from .errors import InputError, NoUsableInput, OutputError, QuotecmpError, UsageError
from .load import load
from .models import (
    Cluster,
    Difference,
    DifferenceKind,
    Kind,
    Options,
    Quote,
    Severity,
    Source,
    Status,
)
from .pipeline import compare, compare_sources, extract, quotes_of
from .resources import sample_paths
from .selection import Selection, select

# The report is imported on first use: extraction needs no jinja2, and a command's start-up is
# most of a small run (comparison imports the aligner, numpy and rapidfuzz, the same way). The
# corpus runner brings pandas, numpy and the stage machinery.
_LAZY = {"render_html": "report", "write_quotes": "output", "run_corpus": "corpus",
         "CorpusResult": "corpus", "Finding": "findings"}

if TYPE_CHECKING:  # pragma: no cover
    from .corpus import CorpusResult, run_corpus
    from .findings import Finding
    from .output import write_quotes
    from .report import render_html


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "__version__", "compare", "compare_sources", "extract", "quotes_of", "load", "render_html",
    "write_quotes", "select", "run_corpus", "sample_paths",
    "Options", "Comparison", "Source", "Quote", "Cluster", "Difference", "Selection",
    "CorpusResult", "Finding", "Kind", "DifferenceKind", "Severity", "Status",
    "QuotecmpError", "UsageError", "NoUsableInput", "InputError", "OutputError",
]
