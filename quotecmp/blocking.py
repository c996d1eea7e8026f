"""Which pairs of quotes are worth scoring: blocking on shared rare words, so the cost follows
the pairs that share vocabulary (the same story), not the square of all quotes."""
from __future__ import annotations

import collections
import itertools
from collections.abc import Iterable, Mapping

from . import lexicon
from .models import Quote
from .normalize import words
from .settings import SETTINGS

B = SETTINGS.blocking
STOP = frozenset().union(*lexicon.STOPWORDS.values())


def block_vocab(q: Quote, short: bool, context: str) -> frozenset[str]:
    """The words a quote can be blocked under: its content words, and for a short quote those of
    its sentence too (``context`` is the sentence as folded words)."""
    own = content_words(q.text)
    if short:
        own |= frozenset(context.split()) - STOP
    return own


def block_keys(q: Quote, vocab: frozenset[str], df: dict[str, int] | collections.Counter) -> set[str]:
    """The keys a quote is indexed under: its ``keys`` rarest words in the whole
    comparison (``df``: in how many quotes each word occurs), and its first content words, which
    a version cut short keeps."""
    keys = set(sorted(vocab, key=lambda w: (df.get(w, 0), w))[:B.keys])
    keys.update([w for w in words(q.text) if w not in STOP and len(w) > 1][:B.first_words])
    return keys


def bucket_pairs(bucket: list[Quote],
                 context: Mapping[str, str] | None = None) -> Iterable[tuple[Quote, Quote]]:
    """The pairs one key's bucket proposes.

    A small bucket proposes all its pairs. A big one is what a statement reprinted by many
    outlets (wire copy) makes of every one of its words: there, each quote meets its nearest
    neighbours in the order of its words and in the order of its words read backwards (sorted
    neighbourhood), so copies and near-copies still meet, changed at the start or at the end,
    at a cost that grows linearly with the bucket. ``context`` holds the sentences of short
    quotes: a word an article quotes twice ("disgusting" in two statements), reprinted by a
    thousand outlets, is two thousand equal quotes, and only their sentences keep each
    statement's copies neighbours.
    """
    if len(bucket) <= B.max_bucket:
        return itertools.combinations(bucket, 2)
    if len(bucket) > B.hot_bucket:
        return ()
    out = []
    ctx = context or {}
    keyed = {q.id: (words(q.text), words(ctx.get(q.id, ""))) for q in bucket}
    for forward in (True, False):
        def key(q: Quote, forward: bool = forward) -> tuple:
            own, around = keyed[q.id]
            return (own, around, q.id) if forward else (own[::-1], around[::-1], q.id)
        order = sorted(bucket, key=key)
        for i, x in enumerate(order):
            out += [(x, y) for y in order[i + 1:i + 1 + B.neighbours]]
    return out


def may_pair(x: Quote, y: Quote) -> bool:
    """Two quotes that can be versions of one utterance: from different sources (a partial
    quote and a whole one only in sentences all but alike, which the scorer checks: one
    version's "we were floored." is three words, the other's "we were not floored." four)."""
    return x.source != y.source


def pairs_from_buckets(buckets: Iterable[list[Quote]],
                       context: Mapping[str, str] | None = None) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for bucket in buckets:
        for x, y in bucket_pairs(bucket, context):
            if may_pair(x, y):
                pairs.add((x.id, y.id) if x.id < y.id else (y.id, x.id))
    return pairs


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in STOP and len(w) > 1)


def is_short(q: Quote) -> bool:
    return len(words(q.text)) <= B.short_words
