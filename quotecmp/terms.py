"""Titles and terms in quotation marks, paired between an article and its translation.

Within one language a title or a term in marks ("Blade Runner", a scare-quoted "cooperate") is
nobody's words, and extraction leaves it out. A translation reviewer checks every span the
original sets in marks, though: « coopérer » against "cooperate", "Minderheiten-Report" against
"Minority Report". So when two sources of different languages already share utterances (they
translate each other), the spans each left out as titles or terms, and the quotes no other
source has, are paired in article order between the utterances they share, on evidence: the
same words, or words that look alike (names and cognates survive translation). A paired term
becomes a quote of kind ``term``; a term left unpaired stays out.
"""
from __future__ import annotations

import bisect
import collections
import itertools
import math
from collections.abc import Iterable

from rapidfuzz import fuzz

from .attribute import make_quote
from .extract import Parsed
from .models import Quote
from .normalize import fold
from .settings import SETTINGS

T = SETTINGS.terms


def candidates(p: Parsed) -> list[Quote]:
    """The spans of one source that extraction left out as a title or a term, as ``term``
    quotes (no speaker)."""
    taken = {(q.start, q.end) for q in p.quotes}
    out = []
    item = {"speaker": None, "mention": None, "at": -1, "cue": None, "cue_at": -1, "rule": ""}
    for sp in p.spans:
        if (sp.start, sp.end) in taken:
            continue
        words = fold(p.source.text[sp.start:sp.end]).split()
        if not words or len(words) > T.max_words:
            continue
        out.append(make_quote(p.source.text, p.source.id, sp, item, kind="term"))
    return out


def _key(q: Quote) -> str:
    return " ".join(fold(q.text).strip(" .,;:!?").split())


def _evidence(ka: str, kb: str) -> float:
    """How much two spans of two languages (their :func:`_key`) look like one title or term
    (0..100)."""
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    return fuzz.ratio(ka, kb)


def pair(groups: list[list[str]], quotes: dict[str, Quote], terms: dict[str, list[Quote]],
         langs: dict[str, str | None], lengths: dict[str, int],
         ) -> tuple[list[list[str]], dict[str, Quote], set[str]]:
    """``groups`` with titles and terms paired across languages (new two-member groups, a
    quote no other source had joined by a term of the other language), the quotes by id with
    the paired terms added, and the ids of the quotes it paired."""
    if len(langs) > T.max_sources:
        return groups, quotes, set()   # a translation review is a handful of texts, not a corpus
    # the pairs of sources of different languages that share an utterance, and where
    anchors: dict[tuple[str, str], list[tuple[int, int]]] = collections.defaultdict(list)
    for ids in groups:
        by_source = {quotes[i].source: quotes[i] for i in ids}
        for sa, qa in by_source.items():
            for sb, qb in by_source.items():
                if sa < sb and langs.get(sa) and langs.get(sb) and langs[sa] != langs[sb]:
                    anchors[(sa, sb)].append((qa.start, qb.start))
    lonely: dict[str, list[Quote]] = collections.defaultdict(list)
    for ids in groups:
        if len(ids) == 1:
            lonely[quotes[ids[0]].source].append(quotes[ids[0]])
    # each span's folded words, once (every pair of two articles' spans compares them)
    key = {q.id: _key(q) for qs in (*terms.values(), *lonely.values()) for q in qs}
    used: set[str] = set()
    merged: list[list[str]] = []
    added: dict[str, Quote] = {}
    for (sa, sb), points in sorted(anchors.items()):
        # the shared utterances in both articles' order cut them into windows; a pair lies in
        # the same window on both sides (translations keep the order of what was said)
        points = _monotone(sorted(points))
        cuts_a = [x for x, _ in points]
        cuts_b = [y for _, y in points]
        xs = [q for q in terms.get(sa, []) + lonely.get(sa, []) if q.id not in used]
        ys = [q for q in terms.get(sb, []) + lonely.get(sb, []) if q.id not in used]
        found = []
        # the terms and short quotes of each window, in order: as many on both sides, the n-th
        # of one is the n-th of the other
        rank_a = _ranks(xs, cuts_a)
        rank_b = _ranks(ys, cuts_b)
        count_a = collections.Counter(w for w, _ in rank_a.values())
        count_b = collections.Counter(w for w, _ in rank_b.values())
        # where one side sets more spans in marks than the other ("the 'Ultras'" against
        # "die Ultras"), the spans that are each other's nearest at the same place still pair
        nearest_a = _nearest(xs, ys, cuts_a, cuts_b, lengths[sa], lengths[sb])
        nearest_b = _nearest(ys, xs, cuts_b, cuts_a, lengths[sb], lengths[sa])
        for x in xs:
            wx = bisect.bisect_left(cuts_a, x.start)
            for y in ys:
                if bisect.bisect_left(cuts_b, y.start) != wx:
                    continue
                drift = abs(x.start / max(1, lengths[sa]) - y.start / max(1, lengths[sb]))
                score = _evidence(key[x.id], key[y.id]) if "term" in (x.kind, y.kind) else 0.0
                if score >= T.min_similarity and drift <= T.max_drift:
                    found.append((-score, drift, x.start, y.start, x, y))
                elif not x.kind == y.kind == "direct" and drift <= T.sole_drift and (
                        (rank_a[x.id] == rank_b[y.id] and count_a[wx] == count_b[wx]) or
                        (count_a[wx] != count_b[wx] and nearest_a.get(x.id) == y.id and
                         nearest_b.get(y.id) == x.id)):
                    # the n-th of as many spans left alone between two shared utterances on both
                    # sides, at one place: a term translated in other words ("genuineness" /
                    # « d'authenticité »), a statement the translation quotes as a few words of
                    # its sentence ("he hit on me when I was 18." / „er mich angebaggert hat")
                    # (two statements the alignment saw and left apart stay apart)
                    found.append((0.0, drift, x.start, y.start, x, y))
        taken_a: list[tuple[int, int]] = []
        for _, _, _, _, x, y in sorted(found, key=lambda f: f[:4]):
            if x.id in used or y.id in used:
                continue
            # keep the order: no pair may cross one already taken
            if any((x.start - a) * (y.start - b) < 0 for a, b in taken_a):
                continue
            taken_a.append((x.start, y.start))
            used.update((x.id, y.id))
            for q in (x, y):
                if q.kind == "term":
                    added[q.id] = q
            merged.append(sorted((x.id, y.id)))
    # two articles that share no utterance yet: a title printed the same at the same place of
    # two texts of a translation's lengths ("Los Angeles Times", "Blue Velvet")
    by_key: dict[str, dict[str, list[Quote]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for sid in sorted(set(terms) | set(lonely)):
        # a title may be a term on one side and a few quoted words on the other ("Otages du
        # Monde" / « Otages du monde »)
        for q in sorted(terms.get(sid, []) + [q for q in lonely.get(sid, []) if q.kind == "partial"],
                        key=lambda q: q.start):
            if q.id not in used and len(key[q.id]) >= T.min_title_chars:
                by_key[key[q.id]][sid].append(q)
    ratio = math.log(SETTINGS.scoring.whole_size_ratio)
    for _, holders in sorted(by_key.items()):
        if len(holders) < 2 or len(holders) > T.max_holders:
            continue   # a common word in marks everywhere is no evidence of anything
        for sa, sb in itertools.combinations(sorted(holders), 2):
            if (sa, sb) in anchors or not langs.get(sa) or not langs.get(sb) or langs[sa] == langs[sb] \
                    or abs(math.log(max(1, lengths[sa]) / max(1, lengths[sb]))) > ratio:
                continue
            for x, y in zip(holders[sa], holders[sb]):
                drift = abs(x.start / max(1, lengths[sa]) - y.start / max(1, lengths[sb]))
                if x.id in used or y.id in used or drift > T.max_drift or "term" not in (x.kind, y.kind):
                    continue
                used.update((x.id, y.id))
                added.update({q.id: q for q in (x, y) if q.kind == "term"})
                merged.append(sorted((x.id, y.id)))
    if not merged:
        return groups, quotes, set()
    kept = [ids for ids in groups if not (len(ids) == 1 and ids[0] in used)]
    return kept + merged, {**quotes, **added}, used


def _nearest(xs: list[Quote], ys: list[Quote], cuts_x: list[int], cuts_y: list[int],
             len_x: int, len_y: int) -> dict[str, str]:
    """For each span of ``xs``, the span of ``ys`` in the same window nearest to it by place in
    the article (the share of its length)."""
    out: dict[str, str] = {}
    for x in xs:
        wx = bisect.bisect_left(cuts_x, x.start)
        best = min(((abs(x.start / max(1, len_x) - y.start / max(1, len_y)), y.start, y.id) for y in ys
                    if bisect.bisect_left(cuts_y, y.start) == wx), default=None)
        if best is not None:
            out[x.id] = best[2]
    return out


def _ranks(qs: list[Quote], cuts: list[int]) -> dict[str, tuple[int, int]]:
    """(window, place in the window) of each span left alone."""
    out: dict[str, tuple[int, int]] = {}
    seen: collections.Counter[int] = collections.Counter()
    for q in sorted(qs, key=lambda q: q.start):
        w = bisect.bisect_left(cuts, q.start)
        out[q.id] = (w, seen[w])
        seen[w] += 1
    return out


def _monotone(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of anchors in the same order on both sides (a moved paragraph or a
    wrong link would otherwise cut the windows across each other)."""
    if not points:
        return []
    tails: list[int] = []
    idx: list[int] = []
    prev = [-1] * len(points)
    for n, (_, y) in enumerate(points):
        k = bisect.bisect_left(tails, y)
        if k == len(tails):
            tails.append(y)
            idx.append(n)
        else:
            tails[k] = y
            idx[k] = n
        prev[n] = idx[k - 1] if k else -1
    out = []
    n = idx[-1]
    while n >= 0:
        out.append(points[n])
        n = prev[n]
    return out[::-1]


def candidates_by_source(parsed: Iterable[Parsed]) -> dict[str, list[Quote]]:
    """The title and term candidates of each source."""
    return {p.source.id: candidates(p) for p in parsed}
