"""The four tables, declared once.

``compare`` writes them as DataFrames, CSV and Parquet; ``corpus`` as Arrow-typed Parquet
built from shards. Both take their columns and types from here, and the JSON records of the
output contract are the columns marked ``json``: a field added here shows up everywhere, and a
table cannot drift from another.

Values that are lists in JSON (a cluster's quotes, a difference's kinds) are joined with ``|``
in a table cell, so CSV stays one value per cell; a difference's ``ops`` (lists of three
strings, any of which may hold ``|``) is JSON text in a cell.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    dtype: str           # the pandas dtype: "string", "int64", "float64"; "Int64" may be null
    doc: str
    json: bool = True    # a field of the JSON record (else a table-only column)
    shape: str = "value"  # "value"; "list": joined with "|" in a table; "ops": JSON text


def _c(name: str, dtype: str, doc: str, **kw: Any) -> Column:
    return Column(name=name, dtype=dtype, doc=doc, **kw)


SOURCES = (
    _c("id", "string", "the source's id (a file's name, a corpus row's id or path:row)"),
    _c("path", "string", "where it was read from (path:row for a corpus row)"),
    _c("outlet", "string", "who published it (the manifest's or row's outlet, else the id)"),
    _c("lang", "string", "its language (given, or detected)"),
    _c("published", "string", "publication date as given"),
    _c("title", "string", "its title (given, from the HTML, or the first line)"),
    _c("url", "string", "its address as given"),
    _c("story", "string", "the story label given in a manifest or row"),
    _c("status", "string", "ok, empty or error"),
    _c("message", "string", "why it is empty or an error, and what was repaired"),
    _c("chars", "int64", "characters of decoded text"),
)

QUOTES = (
    _c("id", "string", "the quote's id"),
    _c("source", "string", "the source it is printed in"),
    _c("text", "string", "the quoted words, without the enclosing marks"),
    _c("start", "int64", "offset of the words in the source's text"),
    _c("end", "int64", "offset just past the words"),
    _c("kind", "string", "direct, partial or unmarked"),
    _c("speaker", "string", "who said it: a canonical name, role or body"),
    _c("speaker_mention", "string", "the words near the quote that name the speaker"),
    _c("cue", "string", "the verb of attribution"),
    _c("confidence", "float64", "how likely the speaker is right (calibrated on PolNeAR)"),
    _c("marks", "string", "the enclosing marks as printed"),
    _c("attribution", "string", "the rule that chose the speaker"),
    _c("mention_start", "Int64", "offset of the mention"),
    _c("mention_end", "Int64", "offset just past the mention"),
    _c("cue_start", "Int64", "offset of the cue"),
    _c("cue_end", "Int64", "offset just past the cue"),
    _c("main_cue", "string", "the sentence's verb when a participle nearer the quote is the cue "
       "(said in: he said, adding that …)"),
    _c("outlet", "string", "the source's outlet", json=False),
    _c("published", "string", "the source's publication date", json=False),
    _c("story", "string", "the source's story label", json=False),
    _c("lang", "string", "the source's language", json=False),
)

CLUSTERS = (
    _c("id", "string", "the utterance's id (derived from its quotes' ids)"),
    _c("quotes", "string", "its quotes: the reference, then in input order", shape="list"),
    _c("speaker", "string", "who said it, as most versions say"),
    _c("sources", "string", "the sources that print it", shape="list"),
    _c("missing", "string", "sources of the same story that do not print it (compare only: "
       "a corpus run does not know its stories, and leaves it empty)", shape="list"),
    _c("reference", "string", "the version the others are compared with: the earliest source's "
       "(by an ISO publication date, then input order)"),
    _c("size", "int64", "how many quotes", json=False),
    _c("first_published", "string", "the earliest publication date of its sources", json=False),
)

DIFFERENCES = (
    _c("cluster", "string", "the utterance"),
    _c("a", "string", "the earlier version's quote id"),
    _c("b", "string", "the later version's quote id"),
    _c("source_a", "string", "the source of a", json=False),
    _c("source_b", "string", "the source of b", json=False),
    _c("outlet_a", "string", "the outlet of a", json=False),
    _c("outlet_b", "string", "the outlet of b", json=False),
    _c("similarity", "float64", "word similarity of the two versions, 0..1"),
    _c("kinds", "string", "the named differences", shape="list"),
    _c("severity", "string", "none, low, medium or high"),
    _c("basis", "string", "words; across languages encoder or evidence"),
    _c("ops", "string", "word edits from a to b: [op, a words, b words]", shape="ops"),
)

TABLES: dict[str, tuple[Column, ...]] = {"sources": SOURCES, "quotes": QUOTES,
                                         "clusters": CLUSTERS, "differences": DIFFERENCES}


def columns(table: str) -> list[str]:
    """The table's column names, in order."""
    return [c.name for c in TABLES[table]]


def dtypes(table: str) -> dict[str, str]:
    """Column -> pandas dtype (the Arrow types of the corpus shards are made from these)."""
    return {c.name: c.dtype for c in TABLES[table]}


def json_fields(table: str) -> list[str]:
    """The fields of the table's JSON records (the output contract), in order."""
    return [c.name for c in TABLES[table] if c.json]


def record(table: str, obj: Any) -> dict[str, Any]:
    """The JSON record of a record object: its fields the table marks ``json``, lists as lists,
    similarity and confidence to three places (what the output contract promises)."""
    out: dict[str, Any] = {}
    for c in TABLES[table]:
        if not c.json:
            continue
        value = getattr(obj, c.name)
        if c.shape == "list":
            value = list(value)
        elif c.shape == "ops":
            value = [list(op) for op in value]
        elif c.dtype == "float64":
            value = round(value, 3)
        out[c.name] = value
    return out


def cell(column: Column, value: Any) -> Any:
    """A JSON value as a table cell."""
    if value is None:
        return None
    if column.shape == "list":
        return "|".join(value)
    if column.shape == "ops":
        return json.dumps([list(op) for op in value], ensure_ascii=False)
    return value


def table_row(table: str, record: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """A table row from a JSON record plus the table-only values."""
    return {c.name: cell(c, record[c.name]) if c.json else extra.get(c.name)
            for c in TABLES[table]}
