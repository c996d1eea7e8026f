"""The self-contained HTML report.

Python builds the view data; the template only displays it. Everything from an article is
autoescaped by Jinja2, the page loads nothing from outside the file, and a Content-Security-Policy
with hashes of the inline style and script forbids anything else from running.
"""
from __future__ import annotations

import base64
import collections
import hashlib
from typing import TYPE_CHECKING, Any

import jinja2

from .__about__ import __version__
from .diff import char_ops
from .models import RANK, SEVERITY, Difference, DifferenceKind, Quote, Severity
from .normalize import fold
from .resources import resource_dir
from .table import drift_by_source, drift_matrix

if TYPE_CHECKING:  # pragma: no cover
    from .comparison import Comparison

SEVERITY_ORDER: tuple[Severity, ...] = ("high", "medium", "low", "none")
HIGH_SHOWN = 20      # the "read first" list stays a list; the severity filter shows the rest
# The source-by-source drift table is drawn up to this many sources. Its cells are 5.5rem wide,
# so 30 columns already fill two laptop screens and a row can still be followed to its column
# by eye; past that the table stops being read (and in a large comparison most cells are blank,
# since a source shares quotes with a few others), while it grows as n²: 5,000 sources made a
# 600 MB page. Beyond it each source gets one row: its mean drift, closest and farthest source.
HEAT_MAX_SOURCES = 30
# A card names this many sources that carry the story but not the quote; with thousands of
# sources in one story, naming them all on every card would make the page clusters × sources.
MISSING_SHOWN = 30
KIND_LABEL: dict[DifferenceKind, str] = {
              "identical": "identical", "typography": "typography", "wording": "wording",
              "truncated": "truncated", "quote_marks_lost": "quote marks lost",
              "cue_verb": "cue verb", "number_changed": "number changed",
              "negation_changed": "negation changed", "misattributed": "misattributed"}


# why a speaker was chosen, in a reader's words; inferred ones say so (the card's uncertainty)
RULE_LABELS = {
    "cue-after": "named after the quote", "cue-before": "named before the quote",
    "cue-later": "named later in the sentence", "colon": "introduced with a colon",
    "according-to": "“according to”", "dash": "signed after a dash",
    "follows-quote": "continues the quote before", "same-sentence": "as the sentence's other quote",
    "continues-paragraph": "attributed in the next paragraph",
    "spoke-before": "uncertain: the speaker named just before",
    "named-between": "uncertain: the person named just before",
    "previous-speaker": "uncertain: the previous speaker",
    "echo": "uncertain: same words quoted nearby",
    "sentence-subject": "uncertain: the sentence's subject",
    "other-version": "uncertain: as another outlet prints it",
}


def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(resource_dir("templates"))),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


def _verbatim(env: jinja2.Environment, name: str) -> str:
    """A template file's text as it is, not rendered (what the CSP hashes cover)."""
    assert env.loader is not None   # _env() always gives one
    return env.loader.get_source(env, name)[0]


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _segments(ref: Quote, quote: Quote, is_ref: bool, basis: str | None = None) -> list[dict[str, str]]:
    """The version as printed, with words changed against the reference marked.

    Inserted or replacing words are ``ins``; words of the reference this version dropped are
    shown struck through (``del``) where they would have stood.
    """
    if is_ref or (basis is not None and basis != "words"):
        return [{"text": quote.text, "cls": ""}]   # a translation: word marks would mean nothing
    a, b = ref.text, quote.text
    segs: list[dict[str, str]] = []
    cursor = 0
    for tag, a_lo, a_hi, b_lo, b_hi in char_ops(a, b):
        if tag == "equal":
            continue
        if b_lo > cursor:
            segs.append({"text": b[cursor:b_lo], "cls": ""})
        if a_hi > a_lo:
            segs.append({"text": a[a_lo:a_hi], "cls": "del"})   # shown by CSS, not copied
        if b_hi > b_lo:
            segs.append({"text": b[b_lo:b_hi], "cls": "ins"})
        cursor = max(cursor, b_hi)
    if cursor < len(b):
        segs.append({"text": b[cursor:], "cls": ""})
    return segs


def view(comparison: Comparison, *, generated: str | None = None) -> dict[str, Any]:
    """Everything the template shows, already sorted and counted."""
    quotes = {q.id: q for q in comparison.quotes}
    sources = {s.id: s for s in comparison.sources}
    diffs_by_cluster: dict[str, list[Difference]] = collections.defaultdict(list)
    for d in comparison.differences:
        diffs_by_cluster[d.cluster].append(d)

    def outlet(sid: str) -> str:
        s = sources[sid]
        return s.outlet or s.id

    cards: list[dict[str, Any]] = []
    for n, c in enumerate(comparison.clusters, 1):
        members = [quotes[i] for i in c.quotes]
        ref = members[0]
        against_ref = {d.b: d for d in diffs_by_cluster[c.id] if d.a == ref.id}
        kinds = sorted({k for d in diffs_by_cluster[c.id] for k in d.kinds})
        severity = max((d.severity for d in diffs_by_cluster[c.id]), key=RANK.__getitem__,
                       default="none")
        versions = []
        for q in members:
            diff = against_ref.get(q.id)
            src = sources[q.source]
            versions.append({
                "source": q.source, "outlet": outlet(q.source), "lang": src.lang or "",
                "kind": q.kind, "speaker": q.speaker or "unknown",
                "mention": q.speaker_mention or "", "cue": q.cue or "", "marks": q.marks,
                "confidence": f"{q.confidence:.2f}", "start": q.start, "end": q.end,
                "rule": q.attribution or "none", "explicit": q.explicit,
                "why": RULE_LABELS.get(q.attribution or "", "no speaker found"),
                "segments": _segments(ref, q, q is ref, diff.basis if diff else None), "text": q.text,
                "similarity": f"{diff.similarity:.2f}" if diff else "",
                "kinds": list(diff.kinds) if diff else [],
                "severity": diff.severity if diff else "", "reference": q is ref,
                "basis": diff.basis if diff else "words",
                "context": src.text[q.context_start:q.context_end] if q.context_end else "",
            })
        cards.append({"id": c.id, "number": n, "speaker": c.speaker or "unknown speaker",
                      "versions": versions,
                      "missing": [outlet(m) for m in c.missing[:MISSING_SHOWN]],
                      "missing_more": max(0, len(c.missing) - MISSING_SHOWN),
                      "kinds": kinds, "severity": severity, "size": len(c.sources),
                      "search": fold(" ".join([c.speaker or ""] + [q.text for q in members] +
                                              [outlet(q.source) for q in members]))})
    cards.sort(key=lambda c: (-RANK[c["severity"]], -c["size"], c["number"]))
    for n, card in enumerate(cards, 1):
        card["number"] = n          # numbered as shown: most severe first

    by_kind = collections.Counter(k for d in comparison.differences for k in d.kinds)
    by_severity = collections.Counter(d.severity for d in comparison.differences)
    quote_kinds = collections.Counter(q.kind for q in comparison.quotes)
    high: list[dict[str, Any]] = []
    seen_clusters: set[str] = set()
    for d in comparison.differences:
        if d.severity == "high" and d.cluster not in seen_clusters:
            seen_clusters.add(d.cluster)   # one line per utterance, however many pairs differ
            qa, qb = quotes[d.a], quotes[d.b]
            high.append({"cluster": d.cluster, "kinds": [k for k in d.kinds if RANK[_sev(k)] == 3],
                         "a": outlet(qa.source), "b": outlet(qb.source), "text": qb.text[:160],
                         "speaker_a": qa.speaker or "unknown", "speaker_b": qb.speaker or "unknown"})
    high_total = len(high)
    high = high[:HIGH_SHOWN]

    ok_ids = [s.id for s in comparison.sources if s.status == "ok"]
    matrix = drift_matrix(comparison)
    heat: list[dict[str, Any]] = []
    drift_rows: list[dict[str, Any]] = []
    if len(ok_ids) <= HEAT_MAX_SOURCES:
        for a in ok_ids:
            row = []
            for b in ok_ids:
                cell = (matrix.get((a, b)) or matrix.get((b, a))) if a != b else None
                row.append({"drift": f"{cell['drift']:.2f}" if cell else "",
                            "shared": cell["shared"] if cell else 0, "self": a == b,
                            "level": min(4, int(cell["drift"] * 8)) if cell else -1})
            heat.append({"source": outlet(a), "cells": row})
    else:
        drift_rows = _drift_rows(drift_by_source(matrix, ok_ids), outlet)

    per_source = collections.Counter(q.source for q in comparison.quotes)
    speakers: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for q in comparison.quotes:
        speakers[q.speaker or "unknown"][outlet(q.source)] += 1
    speaker_rows: list[dict[str, Any]] = [
        {"speaker": s, "total": sum(c.values()), "by": ", ".join(f"{o} ({n})" for o, n in sorted(c.items()))}
        for s, c in speakers.items()]
    speaker_rows.sort(key=lambda r: (-r["total"], r["speaker"]))

    return {
        "title": "quotecmp report",
        "version": __version__,   # Comparison.to_dict() would build the whole JSON tree for it
        "signature": comparison.signature,
        "generated": generated,
        "sources": [{**s.to_dict(), "outlet": outlet(s.id), "quotes": per_source[s.id]}
                    for s in comparison.sources],
        "counts": {"sources": len(comparison.sources), "ok": len(ok_ids),
                   "quotes": len(comparison.quotes), **comparison.figures()},
        "quote_kinds": sorted(quote_kinds.items()),
        "by_kind": [(KIND_LABEL[k], k, by_kind[k]) for k in KIND_LABEL if by_kind[k]],
        "by_severity": [(s, by_severity[s]) for s in SEVERITY_ORDER if by_severity[s]],
        "high": high, "high_total": high_total, "heat": heat, "drift_rows": drift_rows,
        "heat_cols": [outlet(i) for i in ok_ids] if heat else [],
        "cards": cards, "speakers": speaker_rows,
        "kinds_all": list(KIND_LABEL.items()),
        "source_names": [outlet(i) for i in ok_ids],
    }


def _drift_rows(by_source: dict[str, dict[str, Any]], outlet) -> list[dict[str, Any]]:
    """One row per source, most drifting first; sources that share no quote come last."""
    keyed = []
    for n, (sid, r) in enumerate(by_source.items()):
        d, near, far = r["drift"], r["closest"], r["farthest"]
        keyed.append(((d is None, -(d or 0.0), n), {
            "source": outlet(sid), "partners": r["partners"], "shared": r["shared"],
            "drift": f"{d:.2f}" if d is not None else "",
            "level": min(4, int(d * 8)) if d is not None else -1,
            "closest": outlet(near[0]) if near else "",
            "closest_drift": f"{near[1]:.2f}" if near else "",
            "farthest": outlet(far[0]) if far else "",
            "farthest_drift": f"{far[1]:.2f}" if far else ""}))
    keyed.sort(key=lambda kr: kr[0])
    return [row for _, row in keyed]


def _sev(kind: DifferenceKind) -> Severity:
    return SEVERITY[kind]


def render_html(comparison: Comparison, *, generated: str | None = None) -> str:
    """The report as one HTML string: inline CSS and JS, no external requests, CSP by hash."""
    env = _env()
    # read verbatim (not rendered) so the CSP hashes cover exactly what the page inlines
    style = _verbatim(env, "report.css")
    script = _verbatim(env, "report.js")
    csp = ("default-src 'none'; img-src data:; style-src " + _csp_hash(style) +
           "; script-src " + _csp_hash(script) + "; base-uri 'none'; form-action 'none'")
    return env.get_template("report.html.j2").render(
        v=view(comparison, generated=generated), style=style, script=script, csp=csp)


def corpus_view(totals: dict[str, Any], options) -> dict[str, Any]:
    """View data of the corpus summary page: the run's counts and top-k lists
    (``quotecmp.corpus._Totals.view``) with the version and signature."""
    return {"version": __import__("quotecmp").__version__, "signature": options.signature, **totals}


def render_corpus_summary(totals: dict[str, Any], options) -> str:
    """The corpus run's summary page: self-contained like the report, with the same CSP."""
    env = _env()
    style = _verbatim(env, "report.css")
    csp = ("default-src 'none'; img-src data:; style-src " + _csp_hash(style) +
           "; script-src 'none'; base-uri 'none'; form-action 'none'")
    return env.get_template("corpus.html.j2").render(
        v=corpus_view(totals, options), style=style, csp=csp)
