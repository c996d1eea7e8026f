"""The result of a comparison, and what it is written as.

:class:`Comparison` holds the records (:mod:`quotecmp.models`) a comparison produced and writes
them: JSON (:meth:`Comparison.to_json`), tables (:mod:`quotecmp.table`), any output the CLI
writes (:mod:`quotecmp.output`), and the differences a ``--fail-on`` selection picks
(:mod:`quotecmp.selection`).
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .__about__ import __version__
from .models import Cluster, Difference, Options, Quote, Source
from .output import write_comparison
from .selection import Selection, select
from .table import drift_matrix, to_frames

if TYPE_CHECKING:  # pragma: no cover
    from .findings import Finding


@dataclass(frozen=True, kw_only=True)
class Comparison:
    """The result of :func:`quotecmp.compare`: sources, quotes, clusters and differences."""

    sources: tuple[Source, ...]
    quotes: tuple[Quote, ...]
    clusters: tuple[Cluster, ...]
    differences: tuple[Difference, ...]
    options: Options = field(default_factory=Options)

    @property
    def signature(self) -> str:
        return self.options.signature

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    def quote(self, quote_id: str) -> Quote:
        return self._quote_index()[quote_id]

    def _quote_index(self) -> dict[str, Quote]:
        return {q.id: q for q in self.quotes}

    def to_dict(self) -> dict[str, Any]:
        return {"quotecmp": __version__, "signature": self.signature,
                "sources": [s.to_dict() for s in self.sources],
                "quotes": [q.to_dict() for q in self.quotes],
                "clusters": [c.to_dict() for c in self.clusters],
                "differences": [d.to_dict() for d in self.differences],
                "findings": [f.to_dict() for f in self.findings()],
                "drift": self.drift()}

    def drift(self) -> list[dict[str, Any]]:
        """Per pair of sources: utterances they share and how far their versions drift (0..1)."""
        return [{"a": a, "b": b, **v} for (a, b), v in sorted(drift_matrix(self).items())]

    def figures(self) -> dict[str, int]:
        """Utterances, those in two or more sources, differences, high-severity ones: the counts
        a corpus run's summary gives too (:func:`quotecmp.finalize.figures`)."""
        from .finalize import figures  # rapidfuzz and the diff rules: not for a plain import
        return figures(self.clusters, self.differences)

    def findings(self) -> list[Finding]:
        """What a reader is told, one per outlet and utterance, most serious first: every
        version that differs from its utterance's reference (:mod:`quotecmp.findings`)."""
        from .findings import findings
        return findings(self)

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    def to_frames(self) -> dict[str, Any]:
        """pandas DataFrames: ``sources``, ``quotes``, ``clusters``, ``differences``."""
        return to_frames(self)

    def write(self, path: str | os.PathLike[str], format: str | None = None, *,
              generated: str | None = None) -> list[str]:
        """Write the comparison as ``quotecmp compare -o PATH -f FORMAT`` does and return the
        paths written.

        ``format`` is ``html``, ``json``, ``csv`` or ``parquet``; without it the extension of
        ``path`` decides (anything else is a :class:`~quotecmp.UsageError`). CSV and Parquet
        are one table per record type beside ``path`` (``t.csv`` -> ``t.quotes.csv``, …),
        replaced together. ``-`` is standard output. Files are written atomically and never
        over a source. ``generated`` is the time an HTML report says it was made.
        """
        return write_comparison(self, path, format, generated=generated)

    def select(self, spec: str | Selection | None = None, *,
               kinds: Iterable[str] | str = (), severity: str | None = None,
               ) -> tuple[Difference, ...]:
        """The differences of any of ``kinds`` or at least ``severity`` (``low``, ``medium``,
        ``high``); ``spec`` is the same as a comma-separated ``--fail-on`` list. What the CLI
        exits 1 for is exactly a non-empty ``select(spec)``."""
        return select(self.differences, spec, kinds=kinds, severity=severity)
