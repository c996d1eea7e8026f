"""Findings: what a reader is told, one per outlet and utterance.

A finding is a version of an utterance that differs from the cluster's reference in a way a
reader should see (severity above "none"). It is the one unit the report, its facets and the
command line's summary count: a 25-outlet story where one outlet changed a number has one
finding, not the 24 compared pairs. Each finding says its change in a few words, read from the
word operations the comparison kept ("1996 → 1946", "+ not", "Brinkley → Obama", "cut: …").
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import regex

from . import lexicon
from .models import RANK, SEVERITY, Cluster, Difference, DifferenceKind, Quote, Severity, record

if TYPE_CHECKING:  # pragma: no cover
    from .comparison import Comparison

# an inline change is a glance, not a quotation: longer word runs are cut with an ellipsis
CHANGE_CHARS = 48
_NEGATION_WORDS = frozenset().union(*lexicon.NEGATIONS.values())
_NUMBER = regex.compile(r"\d")
_DIGITS = regex.compile(r"\d+(?:[.,]\d+)*")
_FUNCTION_EN = lexicon.FUNCTION_WORDS["en"]
_FUNCTION_ALL = frozenset().union(*lexicon.FUNCTION_WORDS.values())


@record
class Finding:
    """Version ``quote`` of utterance ``cluster`` against the cluster's ``reference`` quote."""

    cluster: str
    quote: str
    reference: str
    source: str
    severity: Severity
    kinds: tuple[DifferenceKind, ...]
    changes: tuple[str, ...]
    similarity: float
    basis: str = "words"
    # a changed speaker where one side's "speaker" is no name (a headline, a common noun):
    # still reported, after the findings that are sure
    uncertain: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"cluster": self.cluster, "quote": self.quote, "reference": self.reference,
                "source": self.source, "severity": self.severity, "kinds": list(self.kinds),
                "changes": list(self.changes), "similarity": round(self.similarity, 3),
                "basis": self.basis, "uncertain": self.uncertain}


def shown_kinds(d: Difference) -> tuple[DifferenceKind, ...]:
    """The kinds a reader is shown: between languages every word differs, so "wording" says
    nothing about a translation and is left out; kinds that cost nothing are left out beside
    one that does."""
    kinds = d.kinds if d.basis == "words" else tuple(k for k in d.kinds if k != "wording")
    # "identical" beside "misattributed" reads as a contradiction: same words is no finding
    return tuple(k for k in kinds if SEVERITY[k] != "none") or kinds


def severity_of(kinds: Iterable[DifferenceKind], d: Difference) -> Severity:
    """The difference's own severity, or across languages that of the kinds shown."""
    if d.basis == "words":
        return d.severity
    return max((SEVERITY[k] for k in kinds), key=RANK.__getitem__, default="none")


def clip(text: str, limit: int = CHANGE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _op_text(tag: str, a: str, b: str) -> str:
    if tag == "insert":
        return "+ " + clip(b)
    if tag == "delete":
        return "− " + clip(a)
    return clip(a, CHANGE_CHARS // 2) + " → " + clip(b, CHANGE_CHARS // 2)


def named(speaker: str | None) -> bool:
    """Whether a speaker reads as a name: capitalised, and no capitalised function word after
    its first ("Investors With Trump Name" is a headline; "statement" a common noun)."""
    tokens = (speaker or "").split()
    return bool(tokens) and tokens[0][:1].isupper() and not any(
        t[:1].isupper() and t.casefold() in _FUNCTION_EN for t in tokens[1:])


def _is_number(words: str) -> bool:
    return bool(_NUMBER.search(words)) or any(w in lexicon.NUMBER_WORDS for w in words.lower().split())


def _is_negation(words: str) -> bool:
    return any(w.strip(".,;:!?") in _NEGATION_WORDS or w.endswith("n't")
               for w in words.lower().replace("’", "'").split())


def _numbers_apart(a: str, b: str) -> str:
    """Between languages: the numbers one version prints and the other does not, by digits."""
    na, nb = _DIGITS.findall(a), _DIGITS.findall(b)
    only_a = [n for n in dict.fromkeys(na) if n not in nb]
    only_b = [n for n in dict.fromkeys(nb) if n not in na]
    if only_a and only_b:
        return clip(", ".join(only_a), 20) + " → " + clip(", ".join(only_b), 20)
    return "numbers differ"


def _negation_apart(a: str, b: str) -> str:
    """Between languages: the negation one version prints and the other does not."""
    def found(text: str) -> list[str]:
        return [w for w in text.split() if _is_negation(w)]
    fa, fb = found(a), found(b)
    if fa and not fb:
        return "− " + fa[0].strip(".,;:!?")
    if fb and not fa:
        return "+ " + fb[0].strip(".,;:!?")
    return "negation differs"


def changes(d: Difference, ref: Quote, version: Quote) -> tuple[str, ...]:
    """The difference in a few words each, most serious first."""
    kinds = set(d.kinds)
    words = d.basis == "words"
    edits = [op for op in d.ops if op[0] != "equal"]
    out: list[str] = []
    if "misattributed" in kinds:
        out.append(clip(ref.speaker or "no speaker", 30) + " → " + clip(version.speaker or "no speaker", 30))
    if "number_changed" in kinds:
        op = next((op for op in edits if words and op[0] == "replace"
                   and (_is_number(op[1]) or _is_number(op[2]))), None)
        out.append(_op_text(*op) if op else _numbers_apart(ref.text, version.text))
    if "negation_changed" in kinds:
        op = next((op for op in edits if words and (_is_negation(op[1]) or _is_negation(op[2]))), None)
        out.append(_op_text(*op) if op else _negation_apart(ref.text, version.text))
    if "truncated" in kinds:
        if words and edits and all(op[0] == "delete" for op in edits):
            out.append("cut: " + clip(" … ".join(op[1] for op in edits)))
        elif words and edits and all(op[0] == "insert" for op in edits):
            out.append("added: " + clip(" … ".join(op[2] for op in edits)))
        else:
            shorter = len(version.text) < len(ref.text)
            out.append("shortened" if shorter else "lengthened")
    if "quote_marks_lost" in kinds:
        out.append("quote marks lost" if version.kind == "unmarked" else "quote marks added")
    if "cue_verb" in kinds:
        was, now = ref.cue, version.cue
        if (was or "").casefold() == (now or "").casefold() and ref.main_cue and version.main_cue:
            was, now = ref.main_cue, version.main_cue   # "said, adding" → "warned, adding"
        out.append(clip(was or "?", 20) + " → " + clip(now or "?", 20))
    if "wording" in kinds and words and not out and edits:
        # the edit that says most: a word replaced by another before one dropped or added,
        # then the longest ("− the" alone says nothing of "activities → operations")
        def weight(op: tuple[str, str, str]) -> tuple[int, bool]:
            content = sum(w.casefold() not in _FUNCTION_ALL for w in (op[1] + " " + op[2]).split())
            return content, op[0] == "replace"
        best = sorted(sorted(edits, key=weight, reverse=True)[:2], key=edits.index)
        more = len(edits) - len(best)
        out.append("; ".join(_op_text(*op) for op in best) + (f" (+{more} more)" if more else ""))
    return tuple(out)


def against_references(clusters: Iterable[Cluster], differences: Iterable[Difference],
                       quotes: Mapping[str, Quote]) -> dict[tuple[str, str], Finding]:
    """(reference id, version id) -> its finding: the differences of versions against their
    cluster's reference that show something (a corpus task counts these; a report ranks them)."""
    reference = {c.id: c.reference or c.quotes[0] for c in clusters}
    found = {}
    for d in differences:
        if d.a == reference.get(d.cluster):
            f = from_difference(d, quotes[d.a], quotes[d.b])
            if f is not None:
                found[d.a, d.b] = f
    return found


def findings(comparison: Comparison) -> list[Finding]:
    """Every finding of the comparison, most serious first (the sure before the uncertain,
    then the most widely printed utterance, then the comparison's own order)."""
    quotes = {q.id: q for q in comparison.quotes}
    order = {s.id: n for n, s in enumerate(comparison.sources)}
    place = {c.id: (n, len(c.sources)) for n, c in enumerate(comparison.clusters)}
    found = against_references(comparison.clusters, comparison.differences, quotes).values()
    return sorted(found, key=lambda f: (-RANK[f.severity], f.uncertain, -place[f.cluster][1],
                                        place[f.cluster][0], order.get(f.source, 0)))


def from_difference(d: Difference, ref: Quote, version: Quote) -> Finding | None:
    """The finding a difference against the reference makes, or None when it shows nothing."""
    kinds = shown_kinds(d)
    severity = severity_of(kinds, d)
    if severity == "none":
        return None
    uncertain = "misattributed" in kinds and not (named(ref.speaker) and named(version.speaker))
    return Finding(cluster=d.cluster, quote=version.id, reference=ref.id, source=version.source,
                   severity=severity, kinds=kinds, changes=changes(d, ref, version),
                   similarity=d.similarity, basis=d.basis, uncertain=uncertain)
