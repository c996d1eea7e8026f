"""The self-contained HTML report.

Python builds the view data; the template only displays it. Everything from an article is
autoescaped by Jinja2, the page loads nothing from outside the file, and a Content-Security-Policy
with hashes of the inline style and script forbids anything else from running.
"""
from __future__ import annotations

import base64
import collections
import hashlib
import urllib.parse
from typing import TYPE_CHECKING, Any

import jinja2
import regex

from . import lexicon
from .__about__ import __version__
from .diff import char_ops
from .findings import clip, findings as findings_of
from .models import RANK, DifferenceKind, Quote, stable_id
from .resources import resource_dir
from .table import drift_by_source, drift_matrix

if TYPE_CHECKING:  # pragma: no cover
    from .comparison import Comparison

# The findings list shows this many at first (a screen or two); the rest are a click away.
FINDINGS_SHOWN = 20
# ... and holds at most this many: past it the cards below, filtered, are the list.
FINDINGS_LISTED = 150
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
    "transcript": "a transcript's line",
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


def _sides(ref: Quote, quote: Quote) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The reference with the words this version dropped or replaced marked ``del``, and the
    version with the words it put in their place (or added) marked ``ins``: a split diff, each
    side the text exactly as its outlet printed it."""
    a, b = ref.text, quote.text
    left: list[dict[str, str]] = []
    right: list[dict[str, str]] = []
    at_a = at_b = 0
    for tag, a_lo, a_hi, b_lo, b_hi in char_ops(a, b):
        if tag == "equal":
            continue
        if a_hi > a_lo:
            left += [{"text": a[at_a:a_lo], "cls": ""}, {"text": a[a_lo:a_hi], "cls": "del"}]
            at_a = a_hi
        if b_hi > b_lo:
            right += [{"text": b[at_b:b_lo], "cls": ""}, {"text": b[b_lo:b_hi], "cls": "ins"}]
            at_b = b_hi
    left.append({"text": a[at_a:], "cls": ""})
    right.append({"text": b[at_b:], "cls": ""})
    return [x for x in left if x["text"]], [x for x in right if x["text"]]


_TOKEN = regex.compile(r"\d+(?:[.,:/\u00a0\u202f]\d+)*|[\p{L}][\p{L}'’-]*")


def _evidence(text: str, lang: str | None, other: str) -> list[dict[str, str]]:
    """A translation as printed, with what a reviewer checks against the other language
    marked: numbers (``num``), names both sides print (``name``) and negations (``neg``)."""
    names = {m.group().casefold() for m in _TOKEN.finditer(other) if m.group()[:1].isupper()}
    negations = lexicon.NEGATIONS.get(lang or "", frozenset())
    out: list[dict[str, str]] = []
    at = 0
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word[:1].isdigit():
            cls = "num"
        elif word[:1].isupper() and len(word) > 1 and word.casefold() in names and m.start() > 0:
            cls = "name"
        elif word.casefold() in negations or word.casefold().endswith("n't"):
            cls = "neg"
        else:
            continue
        if m.start() > at:
            out.append({"text": text[at:m.start()], "cls": ""})
        out.append({"text": word, "cls": cls})
        at = m.end()
    if at < len(text):
        out.append({"text": text[at:], "cls": ""})
    return out


def _plain(quote: Quote) -> list[dict[str, str]]:
    return [{"text": quote.text, "cls": ""}]


def _link(url: str | None, text: str) -> str:
    """The source's address with a text fragment that scrolls a browser to the quote; only
    http(s) addresses are linked (a ``javascript:`` URL from a manifest is hostile input)."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return ""
    words = text.split()[:8]
    fragment = urllib.parse.quote(" ".join(words), safe="") if words else ""
    return url.split("#", 1)[0] + ("#:~:text=" + fragment if fragment else "")


def _anchor(quote_id: str) -> str:
    """A version's anchor: a quote id holds "#" and whatever the file name held."""
    return stable_id("v-", quote_id, length=10)


def _version(q: Quote, src, outlet: str, role: str) -> dict[str, Any]:
    """One version as the card shows it (its text marks are added by the caller)."""
    before = after = ""
    if q.context_end and q.context_start <= q.start <= q.end <= q.context_end:
        # the sentence around the quote: the quote itself is printed just above it
        before, after = src.text[q.context_start:q.start], src.text[q.end:q.context_end]
    return {
        "id": _anchor(q.id), "role": role, "source": q.source, "outlet": outlet,
        "lang": src.lang or "", "kind": q.kind, "speaker": q.speaker or "unknown",
        "mention": q.speaker_mention or "", "cue": q.cue or "", "marks": q.marks,
        "confidence": f"{q.confidence:.2f}", "start": q.start, "end": q.end,
        "explicit": q.explicit, "why": RULE_LABELS.get(q.attribution or "", "no speaker found"),
        "speaker_changed": False, "cue_changed": False, "show_text": True, "excerpt": False,
        "ref_date": "",   # a version published the day its reference was does not repeat the date
        "same_attr": False,   # a folded version that gives the reference's speaker and cue
        "noid": False,   # a changed version's anchor is its pair's, reference and all
        "before": before, "after": after, "context": bool(before or after),
        "published": src.published or "", "url": _link(src.url, q.text),
    }


def _excerpt(segments: list[dict[str, str]], words: int = 5) -> list[dict[str, str]]:
    """The marked words with a few words around each: the reference is printed in full once
    per card, and again beside each further version only where that version departs from it."""
    out: list[dict[str, str]] = []
    last = len(segments) - 1
    for n, seg in enumerate(segments):
        parts = seg["text"].split(" ")
        if seg["cls"] or len(parts) <= (words if n in (0, last) else 2 * words + 1):
            out.append(seg)
        elif n == 0:
            out.append({"text": "… " + " ".join(parts[-words:]), "cls": ""})
        elif n == last:
            out.append({"text": " ".join(parts[:words]) + " …", "cls": ""})
        else:
            out.append({"text": " ".join(parts[:words]) + " … " + " ".join(parts[-words:]), "cls": ""})
    return out


def view(comparison: Comparison, *, generated: str | None = None) -> dict[str, Any]:
    """Everything the template shows, already sorted and counted."""
    quotes = {q.id: q for q in comparison.quotes}
    sources = {s.id: s for s in comparison.sources}
    order = {s.id: n for n, s in enumerate(comparison.sources)}
    found = findings_of(comparison)
    finding_of = {f.quote: f for f in found}
    diffs = {(d.a, d.b): d for d in comparison.differences}

    def outlet(sid: str) -> str:
        s = sources[sid]
        return s.outlet or s.id

    stories = _story_names(comparison, outlet)
    cards: list[dict[str, Any]] = []
    for n, c in enumerate(comparison.clusters, 1):
        members = [quotes[i] for i in c.quotes]
        ref = quotes[c.reference] if c.reference in quotes else members[0]
        changed, same = [], []
        for q in members:
            if q is ref:
                continue
            f = finding_of.get(q.id)
            d = diffs.get((ref.id, q.id))
            x = _version(q, sources[q.source], outlet(q.source), "same" if f is None else "version")
            x["ref_date"] = sources[ref.source].published or ""
            words = d is None or d.basis == "words"
            if f is None:
                # the same words as the reference: said once, not printed again
                # nor its sentence: the disclosure is for the versions a reader checks
                x.update(segments=_plain(q), translated=not words,
                         show_text=q.text != ref.text, context=False,
                         same_attr=q.speaker == ref.speaker and (q.cue or "") == (ref.cue or "")
                         and (q.main_cue or "") == (ref.main_cue or ""))
                same.append(x)
                continue
            r = _version(ref, sources[ref.source], outlet(ref.source), "reference")
            left, right = _sides(ref, q) if words else (
                _evidence(ref.text, sources[ref.source].lang, q.text),
                _evidence(q.text, sources[q.source].lang, ref.text))
            r["segments"], x["segments"] = left, right
            r.update(speaker_changed="misattributed" in f.kinds, cue_changed="cue_verb" in f.kinds)
            # the reference's sentence where its attribution is in question; its words are beside
            r["context"] = r["context"] and (r["speaker_changed"] or r["cue_changed"])
            x.update(ref=r, noid=True, severity=f.severity, uncertain=f.uncertain,
                     kinds=list(f.kinds), changes=list(f.changes),
                     similarity=f"{f.similarity:.2f}", translated=not words,
                     basis=f.basis, speaker_changed="misattributed" in f.kinds,
                     cue_changed="cue_verb" in f.kinds)
            changed.append(x)
        changed.sort(key=lambda x: (-RANK[x["severity"]], x["uncertain"], order[x["source"]]))
        for k, x in enumerate(changed):
            r = x["ref"]
            if k:   # the reference in full beside the first version, in excerpts beside the rest
                r.update(segments=_excerpt(r["segments"]), excerpt=True, context=False)
                if not any(seg["cls"] for seg in r["segments"]):
                    r["segments"] = [{"text": "… (as above)", "cls": ""}]
        severity = changed[0]["severity"] if changed else "none"
        reference = _version(ref, sources[ref.source], outlet(ref.source),
                             "reference" if same else "only")
        reference.update(segments=_plain(ref))
        missing = [outlet(m) for m in c.missing[:MISSING_SHOWN]]
        cards.append({"id": c.id, "number": n, "speaker": c.speaker or "unknown speaker",
                      "reference": reference, "changed": changed, "same": same,
                      "same_outlets": [x["outlet"] for x in same],
                      "missing": missing, "missing_total": len(c.missing),
                      "missing_more": max(0, len(c.missing) - MISSING_SHOWN),
                      "severity": severity, "size": len(c.sources),
                      "printed_by": [outlet(s) for s in c.sources],
                      "story": stories.get(ref.source, "")})
    cards.sort(key=lambda c: (-RANK[c["severity"]], -len(c["changed"]), -c["size"], c["number"]))
    for n, card in enumerate(cards, 1):
        card["number"] = n          # numbered as shown: most severe first

    items = []
    card_of = {c["id"]: c for c in cards}
    for f in found[:FINDINGS_LISTED]:
        q, card = quotes[f.quote], card_of[f.cluster]
        items.append({"anchor": _anchor(f.quote), "severity": f.severity,
                      "kinds": list(f.kinds), "changes": list(f.changes), "outlet": outlet(q.source),
                      "speaker": card["speaker"], "story": card["story"],
                      "text": clip(q.text, 140), "number": card["number"], "uncertain": f.uncertain,
                      "translated": f.basis != "words"})
    by_severity = collections.Counter(f.severity for f in found)
    by_kind = collections.Counter(k for f in found for k in f.kinds)
    by_outlet = collections.Counter(outlet(f.source) for f in found)
    by_speaker = collections.Counter(card_of[f.cluster]["speaker"] for f in found)
    by_story = collections.Counter(card_of[f.cluster]["story"] for f in found)
    quote_kinds = collections.Counter(q.kind for q in comparison.quotes)

    ok_ids = [s.id for s in comparison.sources if s.status == "ok"]
    matrix = drift_matrix(comparison)
    drift_rows: list[dict[str, Any]] = []
    # one table per story: sources of two stories share no quote, so their cells would be blank
    by_story_ids: dict[str, list[str]] = {}
    for sid in ok_ids:
        by_story_ids.setdefault(stories.get(sid, ""), []).append(sid)
    heats: list[dict[str, Any]] = []
    small = bool(ok_ids) and max(len(ids) for ids in by_story_ids.values()) <= HEAT_MAX_SOURCES
    if small:
        for story_name, ids in sorted(by_story_ids.items()):
            if len(ids) > 1:
                heats.append({"story": story_name, "cols": [outlet(i) for i in ids],
                              "rows": _heat(ids, matrix, sources, outlet)})
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
    bad = [s for s in comparison.sources if s.status != "ok"]

    return {
        "title": "quotecmp report",
        "version": __version__,   # Comparison.to_dict() would build the whole JSON tree for it
        "signature": comparison.signature,
        "generated": generated,
        "sources": [{**s.to_dict(), "outlet": outlet(s.id), "quotes": per_source[s.id],
                     "story": stories.get(s.id, s.story or ""),
                     "url": _link(s.url, "")} for s in comparison.sources],
        "bad": [{"id": s.id, "status": s.status, "message": s.message or ""} for s in bad],
        "counts": {"sources": len(comparison.sources), "ok": len(ok_ids),
                   "quotes": len(comparison.quotes), **comparison.figures(),
                   "findings": len(found), "nodiff": sum(1 for c in cards if not c["changed"])},
        "quote_kinds": sorted(quote_kinds.items()),
        "facets": {
            "severity": [(s, by_severity[s]) for s in ("high", "medium", "low")],
            "kind": [(k, KIND_LABEL[k], by_kind[k]) for k in KIND_LABEL if by_kind[k]],
            # every outlet, those without a finding too: a drift cell links to any of them
            "outlet": sorted({**{outlet(i): 0 for i in ok_ids}, **by_outlet}.items(),
                             key=lambda kv: (-kv[1], kv[0])),
            "speaker": sorted(by_speaker.items(), key=lambda kv: (-kv[1], kv[0])),
            "story": sorted(by_story.items()) if len(by_story) > 1 else []},
        "findings": items, "findings_shown": FINDINGS_SHOWN,
        "reference_by": ", ".join(comparison.options.reference),
        "heats": heats, "drift_rows": drift_rows, "stories": len(by_story_ids) > 1,
        "cards": cards, "speakers": speaker_rows,
    }


def _story_names(comparison: Comparison, outlet) -> dict[str, str]:
    """Source id -> the name of its story, as the comparison groups them
    (:func:`quotecmp.stories.story_groups`: the manifest's labels; a comparison of up to 50
    unlabelled sources is one story; more are grouped by the quotes they share). A group
    without a label is named after its first source."""
    from .stories import story_groups
    ok = [s for s in comparison.sources if s.status == "ok"]
    source_of = {q.id: q.source for q in comparison.quotes}
    root = story_groups(ok, [list(c.quotes) for c in comparison.clusters], source_of)
    members: dict[str, list] = {}
    for s in ok:
        members.setdefault(root[s.id], []).append(s)
    names: dict[str, str] = {}
    for group in members.values():
        labels = sorted({s.story for s in group if s.story})
        if labels:
            name = " + ".join(labels)
        elif len(members) == 1:
            name = ""
        else:
            name = outlet(group[0].id) + (f" and {len(group) - 1} more" if len(group) > 1 else "")
        names.update({s.id: name for s in group})
    return names


def _heat(ids: list[str], matrix, sources, outlet) -> list[dict[str, Any]]:
    rows = []
    for a in ids:
        row = []
        for b in ids:
            cell = (matrix.get((a, b)) or matrix.get((b, a))) if a != b else None
            # between languages every word differs: a faithful translation is no drift, so
            # its cell is shown apart, uncoloured, not in the hottest colour
            across = (sources[a].lang or "") != (sources[b].lang or "")
            row.append({"drift": f"{cell['drift']:.2f}" if cell else "",
                        "shared": cell["shared"] if cell else 0, "self": a == b, "across": across,
                        "level": -1 if across or not cell else min(4, int(cell["drift"] * 8))})
        rows.append({"source": outlet(a), "cells": row})
    return rows


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
