"""Output files: a comparison as an HTML report, JSON, or a set of CSV or Parquet tables, and
extracted quotes as JSON Lines, JSON or CSV.

The CLI writes through these functions, so ``Comparison.write(path)`` and ``quotecmp compare
-o path`` give the same bytes. Every file is written atomically and never over an input (see
:mod:`quotecmp.files`). The path ``-`` means standard output.
"""
from __future__ import annotations

import io
import os
import pathlib
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .errors import UsageError
from .files import check_outputs, write_atomic, write_set_atomic
from .table import TABLES

if TYPE_CHECKING:  # pragma: no cover
    from .comparison import Comparison
    from .models import Options, Quote, Source

COMPARE_FORMATS = ("html", "json", "csv", "parquet")
EXTRACT_FORMATS = ("jsonl", "json", "csv")

PathLike = str | os.PathLike[str]


def output_format(path: PathLike, format: str | None = None,
                  allowed: tuple[str, ...] = COMPARE_FORMATS, default: str = "html") -> str:
    """The format to write: ``format`` when given, else the extension of ``path``.

    Standard output (``-``) gets ``default``, except that a page is not what a pipe expects:
    JSON instead of HTML.
    """
    output = os.fspath(path)
    if format:
        fmt = format.casefold().lstrip(".")
    elif output == "-":
        fmt = default if default != "html" else "json"
    else:
        fmt = pathlib.Path(output).suffix.casefold().lstrip(".")
        if fmt == "htm":
            fmt = "html"
        if fmt not in allowed:
            # guessing would write, say, an HTML page into a file named like an article
            raise UsageError(f"cannot tell the format of {output!r} from its extension: name it "
                             f"{' or '.join('.' + a for a in allowed)}, or give --format")
    if fmt not in allowed:
        raise UsageError(f"unknown format {format!r}: choose one of {', '.join(allowed)}")
    return fmt


def table_paths(path: PathLike, fmt: str) -> list[pathlib.Path]:
    """``out.csv`` -> ``out.sources.csv``, ``out.quotes.csv``, ``out.clusters.csv``, …"""
    base = pathlib.Path(path)
    stem = base.with_suffix("") if base.suffix.casefold().lstrip(".") == fmt else base
    return [pathlib.Path(f"{stem}.{name}.{fmt}") for name in TABLES]


def output_paths(path: PathLike, fmt: str) -> list[str]:
    """The files writing a comparison to ``path`` in ``fmt`` creates, for checking before any
    work that none of them is an input."""
    output = os.fspath(path)
    if output == "-":
        if fmt == "parquet":
            raise UsageError("parquet cannot go to standard output: give -o FILE.parquet")
        return [output]
    if fmt in ("csv", "parquet"):
        return [str(p) for p in table_paths(output, fmt)]
    return [output]


def _emit(output: str, text: str) -> None:
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)


def _inputs(sources: Iterable[Source]) -> list[str]:
    return [s.path for s in sources]


def write_comparison(comparison: Comparison, path: PathLike, format: str | None = None, *,
                     generated: str | None = None) -> list[str]:
    """Write ``comparison`` as ``quotecmp compare -o path -f format`` does; return what was
    written (``["-"]`` for standard output).

    ``csv`` and ``parquet`` write one table per record type beside ``path`` (``t.csv`` ->
    ``t.sources.csv``, ``t.quotes.csv``, …), replaced as a set; to standard output CSV is the
    quotes table. ``generated`` is the time stamp an HTML report shows (the library reads no
    clock).
    """
    output = os.fspath(path)
    fmt = output_format(output, format, COMPARE_FORMATS, "html")
    check_outputs(output_paths(output, fmt), _inputs(comparison.sources))
    if fmt == "html":
        from .report import render_html  # jinja2 only for a report
        _emit(output, render_html(comparison, generated=generated))
        return [output]
    if fmt == "json":
        _emit(output, comparison.to_json())
        return [output]
    frames = comparison.to_frames()
    if output == "-":
        buf = io.StringIO()
        frames["quotes"].to_csv(buf, index=False)
        _emit("-", buf.getvalue())
        return ["-"]
    items: list[tuple[PathLike, bytes]] = []
    for name, target in zip(TABLES, table_paths(output, fmt)):
        if fmt == "csv":
            buf = io.StringIO()
            frames[name].to_csv(buf, index=False)
            items.append((target, buf.getvalue().encode("utf-8")))
        else:
            try:
                raw = io.BytesIO()
                frames[name].to_parquet(raw, index=False)
            except ImportError as exc:
                raise UsageError("parquet output needs pyarrow: pip install 'quotecmp[parquet]'") from exc
            items.append((target, raw.getvalue()))
    write_set_atomic(items)   # the four tables are replaced together or not at all
    return [str(p) for p, _ in items]


def write_quotes(sources: Iterable[Source], quotes: Iterable[Quote], path: PathLike,
                 format: str | None = None, *, options: Options | None = None) -> list[str]:
    """Write extracted quotes as ``quotecmp extract -o path -f format`` does: ``jsonl`` (one
    quote a line, with its source's path), ``json`` (sources and quotes) or ``csv``. The JSON
    carries the signature of ``options``, the ones the quotes were extracted with."""
    from .models import Options
    from .table import extract_json, jsonl, quote_records
    sources, quotes = list(sources), list(quotes)
    output = os.fspath(path)
    fmt = output_format(output, format, EXTRACT_FORMATS, "jsonl")
    check_outputs([output], _inputs(sources))
    if fmt == "jsonl":
        text = jsonl(quote_records(sources, quotes))
    elif fmt == "json":
        text = extract_json(sources, quotes, (options or Options()).signature)
    else:
        import pandas as pd
        buf = io.StringIO()
        pd.DataFrame(quote_records(sources, quotes)).to_csv(buf, index=False)
        text = buf.getvalue()
    _emit(output, text)
    return [output]
