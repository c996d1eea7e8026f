"""Groups of quotes that are the same utterance.

Within each pair of sources a quote matches at most one quote (an optimal assignment), then
matches merge into clusters only when every cross-source pair in the merged cluster is itself
similar: no chaining of unrelated quotes through a middle one.
"""
from __future__ import annotations

import collections

import numpy as np

from .blocking import block_keys, block_vocab, pairs_from_buckets
from .models import Quote
from .scoring import Scorer, score_pairs
from .settings import SETTINGS
from .translation import cross_language_pairs


def candidate_pairs(quotes: list[Quote], scorer: Scorer) -> set[tuple[str, str]]:
    """Pairs of quotes from different sources that share one of their blocking keys.

    The number of pairs grows with the number of quotes that share rare vocabulary (the same
    story), not with the square of all quotes. A corpus run computes the same keys per
    partition (``quotecmp.corpus``) and joins them.
    """
    vocab = {q.id: block_vocab(q, scorer.short[q.id], scorer.ctx[q.id]) for q in quotes}
    df: collections.Counter[str] = collections.Counter()
    for v in vocab.values():
        df.update(v)
    index: dict[str, list[Quote]] = collections.defaultdict(list)
    for q in quotes:
        for w in block_keys(q, vocab[q.id], df):
            index[w].append(q)
    return pairs_from_buckets(index.values(), {q.id: scorer.ctx[q.id] for q in quotes
                                               if scorer.short[q.id]})


def _matches(quotes: list[Quote], scorer: Scorer,
             scored: dict[tuple[str, str], float] | None = None,
             cross: list[tuple[float, str, str]] | None = None) -> list[tuple[float, str, str]]:
    """One-to-one matches within each pair of sources, best first."""
    if scored is None:
        scored = score_pairs(candidate_pairs(quotes, scorer), scorer)
    by_pair: dict[tuple[str, str], list[tuple[str, str, float]]] = collections.defaultdict(list)
    for (a, b), s in scored.items():
        sa, sb = scorer.q[a].source, scorer.q[b].source
        if sa > sb:
            a, b, sa, sb = b, a, sb, sa
        by_pair[(sa, sb)].append((a, b, s))
    from scipy.optimize import (
        linear_sum_assignment,  # imported here: scipy is slow to import
    )

    out: list[tuple[float, str, str]] = []
    for edges in by_pair.values():
        left = sorted({a for a, _, _ in edges})
        right = sorted({b for _, b, _ in edges})
        li = {x: i for i, x in enumerate(left)}
        ri = {x: i for i, x in enumerate(right)}
        m = np.zeros((len(left), len(right)))
        for a, b, s in edges:
            m[li[a], ri[b]] = s
        rows, cols = linear_sum_assignment(m, maximize=True)
        for r, c in zip(rows, cols):
            if m[r, c] > 0:
                out.append((float(m[r, c]), left[r], right[c]))
    out += cross_language_pairs(quotes, scorer) if cross is None else cross
    out.sort(key=lambda t: (-t[0], t[1], t[2]))
    return out


def cluster(quotes: list[Quote], scorer: Scorer,
            scored: dict[tuple[str, str], float] | None = None,
            cross: list[tuple[float, str, str]] | None = None) -> list[list[str]]:
    """Groups of quote ids of the same utterance (singletons included), deterministic order.

    ``scored`` takes candidate pairs already scored elsewhere and ``cross`` the matches across
    languages already found (per partition, in a corpus run).
    """
    parent = {q.id: q.id for q in quotes}
    members = {q.id: [q.id] for q in quotes}
    held = {q.id: {q.source} for q in quotes}     # the sources of each root's cluster

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    matches = _matches(quotes, scorer, scored, cross)
    # a match stands as found: a translation's place in its article is evidence only the
    # alignment of the two whole articles sees
    matched = {(a, b) for _, a, b in matches} | {(b, a) for _, a, b in matches}
    for _, a, b in matches:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ma, mb = members[ra], members[rb]
        if not held[ra].isdisjoint(held[rb]):
            continue  # one quote per source in a cluster
        # every cross pair must be similar, or the merge would chain unrelated quotes
        # (against the first members of a large cluster only: a statement reprinted by hundreds
        # of outlets would otherwise cost the square of its versions)
        margin = SETTINGS.scoring.merge_margin
        checks = SETTINGS.scoring.merge_checks
        if any((x, y) not in matched and scorer.score(x, y) < margin * scorer.threshold(x, y)
               for x in ma[:checks] for y in mb[:checks]):
            continue
        parent[rb] = ra
        ma.extend(mb)
        held[ra] |= held.pop(rb)
        del members[rb]
    # the same words quoted twice in one article (headline and body) are one utterance; but a
    # short quote's few words left alone in many sources are one statement's copies that did
    # not link (an article quoting "disgusting" from two statements, reprinted by a thousand
    # outlets), not each a repeat of the other statement
    lonely = collections.Counter(scorer.key[ids[0]] for ids in members.values() if len(ids) == 1)
    by_key: dict[tuple[str, str], str] = {}
    for root, ids in sorted(members.items(), key=lambda kv: -len(kv[1])):
        for x in ids:
            by_key.setdefault((scorer.q[x].source, scorer.key[x]), root)
    for root in sorted(members):
        alone = members.get(root)
        if alone is None or len(alone) != 1:
            continue
        host = by_key.get((scorer.q[alone[0]].source, scorer.key[alone[0]]))
        if host is None or host == root or host not in members or len(members[host]) < 2:
            continue
        if scorer.short[alone[0]] and lonely[scorer.key[alone[0]]] > max(2, len(members[host]) // 2):
            continue
        members[host].append(alone[0])
        del members[root]
    return [sorted(ids) for ids in members.values()]


def canonical_speakers(quotes: list[Quote]) -> dict[str, str]:
    """Speaker -> canonical across sources: a surname alone becomes the full name used elsewhere."""
    full: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for q in quotes:
        if q.speaker and " " in q.speaker:
            full[q.speaker.split()[-1].casefold()][q.speaker] += 1
    out = {}
    for q in quotes:
        if q.speaker and " " not in q.speaker:
            names = full.get(q.speaker.casefold())
            if names:
                out[q.speaker] = names.most_common(1)[0][0]
    return out
