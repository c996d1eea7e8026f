"""A corpus run's report pages per story: the summary's drill-down to the evidence.

A corpus run keeps its results as tables. Where its articles carry story labels, the stories
with findings get the report ``compare`` would make of them, read back from those tables
(``stories/<story>.html``, linked from ``summary.html``): the findings first, each version beside
its reference. The pages show no sentence around a quote (the tables keep no article text).
Past ``MAX_QUOTES`` quotes the tables are not read back into memory, and no pages are made.
"""
from __future__ import annotations

import collections
import pathlib
import re
from typing import Any

import pandas as pd

from .comparison import Comparison
from .files import write_atomic
from .models import Options, stable_id
from .table import cluster_from_row, difference_from_row, quote_from_row, records, source_from_row

MAX_QUOTES = 200_000    # the four tables read into memory at once: about 1 GB at this size
MAX_PAGES = 100         # the stories with the most serious findings get a page
FOLDER = "stories"


def page_name(story: str) -> str:
    """A file name for any label: its letters and digits, and a digest that keeps two labels
    apart however alike they fold."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", story).strip("-")[:40] or "story"
    return f"{slug}-{stable_id('', story, length=8)}.html"


def write_story_pages(folder: pathlib.Path, options: Options, quotes_total: int) -> list[dict[str, Any]]:
    """Writes ``folder/stories/*.html`` from the tables in ``folder``; returns a row per page
    (story, file, sources, utterances, findings, high), most serious first."""
    if quotes_total > MAX_QUOTES:
        return []
    sources = [source_from_row(r) for r in records(pd.read_parquet(folder / "sources.parquet"))]
    story_of = {s.id: s.story for s in sources if s.story}
    if not story_of:
        return []
    from .report import render_html
    quotes = [quote_from_row(r) for r in records(pd.read_parquet(folder / "quotes.parquet"))]
    clusters = [cluster_from_row(r) for r in records(pd.read_parquet(folder / "clusters.parquet"))]
    differences = [difference_from_row(r) for r in records(pd.read_parquet(folder / "differences.parquet"))]
    source_of = {q.id: q.source for q in quotes}
    by_story: dict[str, dict[str, list]] = collections.defaultdict(
        lambda: {"sources": [], "quotes": [], "clusters": [], "differences": []})
    for s in sources:
        if s.story:
            by_story[s.story]["sources"].append(s)
    for q in quotes:
        if q.source in story_of:
            by_story[story_of[q.source]]["quotes"].append(q)
    cluster_story: dict[str, str] = {}
    for c in clusters:
        story = story_of.get(source_of.get(c.reference or c.quotes[0], ""))
        if story is not None:
            cluster_story[c.id] = story
            by_story[story]["clusters"].append(c)
    for d in differences:
        if d.cluster in cluster_story:
            by_story[cluster_story[d.cluster]]["differences"].append(d)
    ranked = []
    for story, parts in by_story.items():
        inside = {s.id for s in parts["sources"]}
        # a story's utterance printed by an article of another story: its quote comes along
        extra = {i for c in parts["clusters"] for i in c.quotes if source_of.get(i) not in inside}
        extra_sources = {source_of[i] for i in extra if i in source_of}
        comparison = Comparison(
            sources=tuple(parts["sources"]) + tuple(s for s in sources if s.id in extra_sources),
            quotes=tuple(parts["quotes"]) + tuple(q for q in quotes if q.id in extra),
            clusters=tuple(parts["clusters"]), differences=tuple(parts["differences"]),
            options=options)
        found = comparison.findings()
        if found:
            high = sum(1 for f in found if f.severity == "high")
            ranked.append(((-high, -len(found), story), story, comparison, len(found), high))
    ranked.sort(key=lambda r: r[0])
    rows = []
    if ranked:
        (folder / FOLDER).mkdir(exist_ok=True)
    for _, story, comparison, n, high in ranked[:MAX_PAGES]:
        name = page_name(story)
        write_atomic(folder / FOLDER / name, render_html(comparison))
        rows.append({"story": story, "file": f"{FOLDER}/{name}", "sources": len(comparison.sources),
                     "utterances": len(comparison.clusters), "findings": n, "high": high})
    return rows
