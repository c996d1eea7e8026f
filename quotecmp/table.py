"""Tables for analysis: pandas DataFrames, CSV, Parquet and JSON Lines, one table per record type."""
from __future__ import annotations

import collections
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .models import Comparison, Quote, Source

QUOTE_COLUMNS = ["id", "source", "text", "start", "end", "kind", "speaker", "speaker_mention",
                 "cue", "confidence", "marks", "attribution", "mention_start", "mention_end",
                 "cue_start", "cue_end"]
SOURCE_COLUMNS = ["id", "path", "outlet", "lang", "published", "title", "url", "status",
                  "message", "chars"]
CLUSTER_COLUMNS = ["id", "quotes", "speaker", "sources", "missing", "size"]
DIFFERENCE_COLUMNS = ["cluster", "a", "b", "source_a", "source_b", "similarity", "kinds",
                      "severity"]
TABLES = ("sources", "quotes", "clusters", "differences")
# added to 1 - similarity when a difference is of that severity: drift ranks meaning over wording
DRIFT_WEIGHT = {"none": 0.0, "low": 0.05, "medium": 0.15, "high": 0.4}


def rows(comparison: "Comparison") -> dict[str, list[dict[str, Any]]]:
    """Flat rows per table (lists joined with ``|`` so CSV stays one value per cell)."""
    src_of = {q.id: q.source for q in comparison.quotes}
    out: dict[str, list[dict[str, Any]]] = {}
    out["sources"] = [s.to_dict() for s in comparison.sources]
    out["quotes"] = [q.to_dict() for q in comparison.quotes]
    out["clusters"] = [{**c.to_dict(), "quotes": "|".join(c.quotes), "sources": "|".join(c.sources),
                        "missing": "|".join(c.missing), "size": len(c.quotes)}
                       for c in comparison.clusters]
    out["differences"] = [{"cluster": d.cluster, "a": d.a, "b": d.b, "source_a": src_of.get(d.a),
                           "source_b": src_of.get(d.b), "similarity": round(d.similarity, 3),
                           "kinds": "|".join(d.kinds), "severity": d.severity}
                          for d in comparison.differences]
    return out


def to_frames(comparison: "Comparison") -> dict[str, "pd.DataFrame"]:
    import pandas as pd
    columns = {"sources": SOURCE_COLUMNS, "quotes": QUOTE_COLUMNS, "clusters": CLUSTER_COLUMNS,
               "differences": DIFFERENCE_COLUMNS}
    return {name: pd.DataFrame(data, columns=columns[name])
            for name, data in rows(comparison).items()}


def drift_matrix(comparison: "Comparison") -> dict[tuple[str, str], dict[str, float]]:
    """Per source pair: how many clusters they share and how far their versions drift (0..1).

    Drift is the mean of (1 - similarity) plus a weight per severity, so a pair with one changed
    number ranks above a pair with many harmless rewordings.
    """
    weight = DRIFT_WEIGHT
    src_of = {q.id: q.source for q in comparison.quotes}
    order = {s.id: i for i, s in enumerate(comparison.sources)}
    acc: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
    for d in comparison.differences:
        a, b = sorted((src_of[d.a], src_of[d.b]), key=order.__getitem__)
        acc[(a, b)].append(min(1.0, (1 - d.similarity) + weight[d.severity]))
    return {k: {"shared": len(v), "drift": round(sum(v) / len(v), 3)} for k, v in acc.items()}


def drift_by_source(matrix: dict[tuple[str, str], dict[str, float]],
                    order: list[str]) -> dict[str, dict[str, Any]]:
    """Per source (in ``order``): the sources it shares quotes with, how many compared pairs,
    its mean drift to them and the closest and farthest of them.

    One pass over the pairs that share something, so it stays linear where the matrix itself
    would be n × n. The mean is weighted by the pairs behind each cell: a partner that shares
    one quote does not count as much as one that shares fifty.
    """
    rank = {s: i for i, s in enumerate(order)}
    acc: dict[str, dict[str, Any]] = {s: {"partners": 0, "shared": 0, "total": 0.0,
                                          "closest": None, "farthest": None} for s in order}
    for (a, b), cell in matrix.items():
        for me, other in ((a, b), (b, a)):
            row = acc.get(me)
            if row is None or other not in rank:
                continue    # a source that is not shown (not ok) is neither a row nor a partner
            row["partners"] += 1
            row["shared"] += cell["shared"]
            row["total"] += cell["drift"] * cell["shared"]
            # ties go to the source listed first, so the page does not depend on dict order
            key = (cell["drift"], rank[other])
            if row["closest"] is None or key < (row["closest"][1], rank[row["closest"][0]]):
                row["closest"] = (other, cell["drift"])
            far = (-cell["drift"], rank[other])
            if row["farthest"] is None or far < (-row["farthest"][1], rank[row["farthest"][0]]):
                row["farthest"] = (other, cell["drift"])
    return {s: {"partners": r["partners"], "shared": r["shared"],
                "drift": round(r["total"] / r["shared"], 3) if r["shared"] else None,
                "closest": r["closest"], "farthest": r["farthest"]} for s, r in acc.items()}


def quote_records(sources: list["Source"], quotes: list["Quote"]) -> list[dict[str, Any]]:
    """Rows for ``quotecmp extract``: the quote fields plus the path of the source."""
    path = {s.id: s.path for s in sources}
    return [{**q.to_dict(), "path": path.get(q.source)} for q in quotes]


def extract_json(sources: list["Source"], quotes: list["Quote"], signature: str) -> str:
    from .__about__ import __version__
    return json.dumps({"quotecmp": __version__, "signature": signature,
                       "sources": [s.to_dict() for s in sources],
                       "quotes": quote_records(sources, quotes)}, ensure_ascii=False, indent=1) + "\n"


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
