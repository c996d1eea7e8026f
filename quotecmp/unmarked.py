"""Quotes printed without quote marks: for every quote, each other source of the same story
is searched for its words, and a hit becomes a quote of kind ``unmarked``."""
from __future__ import annotations

import collections

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from . import attribute
from .blocking import STOP, content_words
from .extract import Parsed, Span, fill_context
from .models import Options, Quote, Source
from .normalize import fill_ranges, fold, fold_word, words
from .settings import SETTINGS
from .tokens import WORD, sentence_spans

U = SETTINGS.unmarked

_KEY_TABLE: dict[str, str] = {}


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


_KEY_ORDS: dict[int, str] = {}


def same_length_key(text: str) -> str:
    """Lower-cased, marks and dashes folded, *one character per character*: offsets carry over."""
    for c in set(text):
        if ord(c) not in _KEY_ORDS:
            _KEY_ORDS[ord(c)] = _key_char(c)
    return text.translate(_KEY_ORDS)


def find_unmarked(quote: Quote, target: Source, target_key: str, taken: list[tuple[int, int]],
                  min_score: float = U.min_score) -> tuple[int, int, float] | None:
    """Where ``target`` prints the words of ``quote`` without marks: (start, end, score)."""
    needle = same_length_key(quote.text).strip(" ,.;:!?'-")
    if len(needle) < U.min_chars:
        return None
    al = fuzz.partial_ratio_alignment(needle, target_key, score_cutoff=min_score)
    if al is None:
        return None
    # snap to the first and last word the two versions share, so the span never spills into
    # the words around it ("…the Figaro app\n\nWe discussed …")
    text = target.text
    lo, hi = max(0, al.dest_start - U.window), min(len(text), al.dest_end + U.window)
    toks = [(m.start(), m.end(), m.group()) for m in WORD.finditer(target_key, lo, hi)]
    qwords = WORD.findall(needle)
    equal = [op for op in Levenshtein.opcodes(qwords, [t[2] for t in toks]) if op.tag == "equal"]
    if not equal:
        return None
    start, end = toks[equal[0].dest_start][0], toks[equal[-1].dest_end - 1][1]
    if end < len(text) and text[end] in ".!?" and quote.text.rstrip()[-1:] in ".!?,":
        end += 1
    if any(s < end and start < e for s, e in taken):
        return None  # the words are already inside a marked quote there
    got, want = words(text[start:end]), words(quote.text)
    if not got or len(got) < U.min_length * len(want) or len(got) > U.max_length * len(want):
        return None
    return start, end, al.score


def _stems(tokens) -> frozenset[str]:
    return frozenset(t[:SETTINGS.scoring.stem] for t in tokens if t not in STOP and len(t) > 1)


# "borderswith": a machine translation glued the next word on. Only words few English words end
# with ("herewith"); "and" and "the" would cut "Scotland" and "breathe".
_GLUED = regex.compile(r"(?<=\p{Ll}{4})(?=(?:was|were|with)$)")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word spans, with a function word glued on by a machine translation split off again
    ("borderswith" -> "borders", "with")."""
    out = []
    for m in WORD.finditer(text, start, end):
        g = _GLUED.search(m.group())
        if g and m.group()[:g.start()].casefold() not in STOP:
            out += [(m.start(), m.start() + g.start()), (m.start() + g.start(), m.end())]
        else:
            out.append((m.start(), m.end()))
    return out


class Sentences:
    """A target text cut into sentences, each as word spans, folded words and stems, made once
    however many quotes are looked for in it."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentence_spans(text)
        self._split: list[tuple[list[tuple[int, int]], list[str], frozenset[str]]] | None = None
        self._printed: list[tuple[list[tuple[int, int]], list[str]]] | None = None

    def split(self) -> list[tuple[list[tuple[int, int]], list[str], frozenset[str]]]:
        """Per sentence: its words (a glued-on function word split off), folded, and stems."""
        if self._split is None:
            self._split = []
            for s0, s1 in self.spans:
                toks = _tokens(self.text, s0, s1)
                keys = [fold_word(self.text[a:b]) for a, b in toks]
                self._split.append((toks, keys, _stems(keys)))
        return self._split

    def printed(self) -> list[tuple[list[tuple[int, int]], list[str]]]:
        """Per sentence: its words as printed, and folded."""
        if self._printed is None:
            self._printed = []
            for s0, s1 in self.spans:
                toks = [m.span() for m in WORD.finditer(self.text, s0, s1)]
                self._printed.append((toks, [fold_word(self.text[a:b]) for a, b in toks]))
        return self._printed


def find_unmarked_short(quote: Quote, context: str, target: str | Sentences,
                        taken: list[tuple[int, int]], min_context: float = U.min_context,
                        reach: int = U.reach) -> tuple[int, int] | None:
    """Where ``target`` prints a short quote (a term, a few words) without marks, judged by the
    sentence around it: the same words in the most similar sentence, or, when the term was
    re-translated ("limitless" / "without borders"), the words that sentence has in its place.
    """
    if isinstance(target, str):
        target = Sentences(target)
    qwords = [w.casefold() for w in WORD.findall(fold(quote.text))]
    ctx = list(WORD.finditer(fold(context)))
    if not qwords or not ctx:
        return None
    ctx_keys = [m.group() for m in ctx]
    around = _stems(ctx_keys) - _stems(qwords)
    if len(around) < U.min_context_words:
        # too short a sentence to judge by its words ("‘That’s how science works,’ she told
        # BBC Scotland."): only that very sentence, printed word for word, will do
        for toks, printed in target.printed():
            if printed == ctx_keys:
                at = next((i for i in range(len(ctx_keys) - len(qwords) + 1)
                           if ctx_keys[i:i + len(qwords)] == qwords), None)
                if at is not None:
                    span = toks[at][0], toks[at + len(qwords) - 1][1]
                    if not any(a < span[1] and span[0] < b for a, b in taken):
                        return span
        return None
    best, best_dice = None, min_context
    for toks, keys, st in target.split():
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
        if hi <= lo or hi - lo > 2 * n + 1 or all(k in STOP for k in keys[lo:hi]):
            continue
        span = toks[lo][0], toks[hi - 1][1]
        if not any(a < span[1] and span[0] < b for a, b in taken):
            return span
    return None


def recover(parsed: dict[str, Parsed], groups: list[list[str]],
                      quotes: dict[str, Quote], story: dict[str, str],
                      options: Options) -> tuple[list[list[str]], dict[str, Quote]]:
    """The groups with the quotes other sources of their story print without marks added (as
    new quotes of kind ``unmarked``), and the quotes by id with them."""
    keys: dict[str, str] = {}
    sentences: dict[str, Sentences] = {}
    readers: dict[str, attribute.Attributor] = {}
    taken = {sid: [(q.start, q.end) for q in p.quotes] for sid, p in parsed.items()}
    # which sources hold which words: only sources with most of a quote's rare words are searched
    holders: dict[str, set[str]] = {}
    if len(parsed) < 2:
        return groups, quotes   # one source: nothing to recover from another
    # and which hold them outside their own marked quotes: a source that prints a statement's
    # rare words only inside its marks has nothing unmarked of it to give (without this, a
    # statement reprinted by n outlets searched all n for each version: quadratic in outlets)
    free_holders: dict[str, set[str]] = {}
    for sid, p in parsed.items():
        for w in content_words(p.source.text):
            holders.setdefault(w, set()).add(sid)
        for w in content_words(fill_ranges(p.source.text, taken[sid])):
            free_holders.setdefault(w, set()).add(sid)
    # searches that found nothing, by what was searched for and where: the spans taken only
    # grow, so nothing found stays nothing found, and the many unlinked copies of one phrase
    # (a stock phrase in every reprint of a wire story) cost one search per text, not per copy
    fruitless: set[tuple[str, str, str]] = set()

    def recover_one(members: list[Quote], ids: list[str], present: set[str], lang: str | None,
                    one_lang: bool) -> None:
        """Looks in the other sources of the story (of ``lang`` when the group spans
        languages) for the words of ``members``; each hit joins ``ids``."""
        anchor = max(members, key=lambda q: (q.kind == "direct", len(q.text)))
        short = len(words(anchor.text)) < options.min_unmarked_words
        # every version is searched for: a span ends at the last word the target shares with
        # the version, and one outlet's changed last word would cut it short (the commonest
        # few of a statement reprinted by hundreds of outlets: its search costs the versions)
        printed = collections.Counter(q.text for q in members
                                      if len(words(q.text)) >= options.min_unmarked_words)
        first: dict[str, Quote] = {}
        for q in members:
            first.setdefault(q.text, q)
        versions = [first[t] for t, _ in sorted(printed.items(), key=lambda kv: -kv[1])[:U.max_versions]]
        context = parsed[anchor.source].source.text[anchor.context_start:anchor.context_end]
        # a short quote is found through its sentence, a long one through its own words
        rare = sorted(content_words(context if short else anchor.text),
                      key=lambda w: (len(holders.get(w, ())), w))[:U.rare_words]
        votes: dict[str, int] = {}
        for w in rare:
            for sid in free_holders.get(w, ()):
                votes[sid] = votes.get(sid, 0) + 1
        need = max(1, (2 * len(rare) + 2) // 3)
        for sid in sorted(s for s, v in votes.items() if v >= need):
            p = parsed[sid]
            if sid in present or story.get(sid) != story.get(anchor.source):
                continue
            if not one_lang and p.source.lang != lang:
                continue
            if short:
                if (anchor.text, context, sid) in fruitless:
                    continue
                if sid not in sentences:
                    sentences[sid] = Sentences(p.source.text)
                hit: tuple[int, int] | None = find_unmarked_short(anchor, context, sentences[sid],
                                                                  taken[sid])
                if hit is None:
                    fruitless.add((anchor.text, context, sid))
            else:
                if sid not in keys:
                    keys[sid] = same_length_key(p.source.text)
                hits = []
                for m in versions:
                    if (m.text, "", sid) in fruitless:
                        continue
                    h = find_unmarked(m, p.source, keys[sid], taken[sid])
                    if h is None:
                        fruitless.add((m.text, "", sid))
                    else:
                        hits.append(h)
                best = max(hits, key=lambda h: (h[2], h[1] - h[0], -h[0])) if hits else None
                hit = (best[0], best[1]) if best else None
            if hit is None:
                continue
            start, end = hit
            sp = Span(start=start, end=end, outer_start=start, outer_end=end)
            fill_context(p.flat, sp)
            att = readers.get(sid)
            if att is None:   # one reader of names per source, however many quotes it recovers
                att = readers[sid] = attribute.Attributor(p.source.text, p.flat, p.source.lang)
                att.speakers = [(q.start, q.speaker, "person") for q in p.quotes if q.speaker]
            q = attribute.attribute_unmarked(att, sp, sid, anchor.speaker)
            quotes[q.id] = q
            taken[sid].append((start, end))
            present.add(sid)
            ids.append(q.id)

    new_groups = []
    for group in groups:
        ids = list(group)
        present = {quotes[i].source for i in ids}
        # a group may hold a translation: each language's versions are looked for in sources
        # of that language only (taken as the group's anchor, the French words of the wire's
        # translation hid the English wire's words from an English paper that prints them)
        by_lang: dict[str | None, list[Quote]] = {}
        for i in ids:
            by_lang.setdefault(parsed[quotes[i].source].source.lang, []).append(quotes[i])
        for lang, members in by_lang.items():
            recover_one(members, ids, present, lang, len(by_lang) == 1)
        new_groups.append(ids)
    return new_groups, quotes
