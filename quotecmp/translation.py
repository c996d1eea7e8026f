"""Quotes matched across languages: which pairs of articles may translate each other, and the
order-keeping alignment of their quotes (translations keep the order of what was said)."""
from __future__ import annotations

import collections
from collections.abc import Iterable

from .models import Quote
from .scoring import Scorer, translation_candidates
from .settings import SETTINGS


def cross_language_pairs(quotes: list[Quote], scorer: Scorer,
                         candidates: Iterable[tuple[str, str]] | None = None) -> list[tuple[float, str, str]]:
    """Matches between each pair of sources in different languages, in article order.

    An order-keeping alignment (the dynamic programme of sequence alignment) over the two
    articles' quotes: translations keep the order of what was said, which settles what the
    evidence alone leaves open. ``candidates`` gives the pairs of sources to align (a corpus
    run finds them by blocking across partitions); by default, :func:`translation_candidates`.
    """
    by_source: dict[str, list[Quote]] = collections.defaultdict(list)
    for q in quotes:
        by_source[q.source].append(q)
    for qs in by_source.values():
        qs.sort(key=lambda q: q.start)
    out: list[tuple[float, str, str]] = []
    if candidates is None:
        candidates = translation_candidates(by_source, scorer)
    for sa, sb in candidates:
        xs, ys = by_source[sa], by_source[sb]
        n, m = len(xs), len(ys)
        if n * m > SETTINGS.scoring.alignment_cells:
            continue  # two huge articles: not a translation pair worth the quadratic table
        whole = scorer.translates(xs, ys)
        gain = [[0.0] * (m + 1) for _ in range(n + 1)]
        for x in range(n - 1, -1, -1):
            for y in range(m - 1, -1, -1):
                s = scorer.score(xs[x].id, ys[y].id, whole)
                t = scorer.threshold(xs[x].id, ys[y].id)
                take = gain[x + 1][y + 1] + (s - t if s >= t else float("-inf"))
                gain[x][y] = max(gain[x + 1][y], gain[x][y + 1], take)
        x = y = 0
        while x < n and y < m:
            s = scorer.score(xs[x].id, ys[y].id, whole)
            t = scorer.threshold(xs[x].id, ys[y].id)
            if s >= t and gain[x][y] == gain[x + 1][y + 1] + (s - t):
                first, second = sorted((xs[x].id, ys[y].id))
                out.append((s, first, second))
                x, y = x + 1, y + 1
            elif gain[x][y] == gain[x + 1][y]:
                x += 1
            else:
                y += 1
    return out
