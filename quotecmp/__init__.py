"""quotecmp: compare how outlets and translations quote the same people.

    >>> import quotecmp
    >>> result = quotecmp.compare(["a.txt", "b.html"])      # doctest: +SKIP
    >>> result.to_frames()["differences"]                   # doctest: +SKIP
    >>> html = quotecmp.render_html(result)                 # doctest: +SKIP
"""
from .__about__ import __version__
from .comparison import compare, compare_sources, extract, quotes_of
from .errors import InputError, NoUsableInput, OutputError, QuotecmpError, UsageError
from .load import load
from .models import Cluster, Comparison, Difference, Options, Quote, Source
from .report import render_html
from .resources import sample_paths

__all__ = [
    "__version__", "compare", "compare_sources", "extract", "quotes_of", "load", "render_html",
    "sample_paths", "Options", "Comparison", "Source", "Quote", "Cluster", "Difference",
    "QuotecmpError", "UsageError", "NoUsableInput", "InputError", "OutputError",
]
