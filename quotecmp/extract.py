"""Find quotations: pair quote marks as a careful reader does, recover broken pairs, classify.

The extractor works on the furniture mask (same length as the text), so offsets always point into
the original. Each paragraph is paired on its own: one stray mark can cost at most the quote it
belongs to, never the rest of the article.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeGuard

import regex

from . import lexicon
from .grammar import Grammar, grammar
from .models import Kind, Quote, Source
from .normalize import DOUBLE_MARKS, fill_ranges
from .settings import SETTINGS
from .tokens import BOUNDARY, NAME_WORD, WORD

E = SETTINGS.extraction

OPENERS = set("“„«「『〝‟")
CLOSERS = set("”»」』〞〟")
NEUTRAL = set("\"＂")
SINGLE_OPEN = set("‘‚‹")
SINGLE_CLOSE = set("’›")

# an elided article opens a quote too: French "l’« alignement »", Italian "l'«…»"
# (with the invisible marks of direction and joining a web page leaves before a paragraph)
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"
_LEFT_FREE = set(" \t\n\r\u00a0\u202f\u2009([{—–-/:;’'" + _INVISIBLE)
# "he’s like 6’2”", "Trump is 6'3\" tall": an inch mark after feet, no quote mark
_INCHES = regex.compile(r"\d['’′]\d{1,2}$")
_RIGHT_FREE = set(" \t\n\r\u00a0\u202f\u2009.,;:!?)]}…—–-")
_MARK_RE = regex.compile(f"[{regex.escape(DOUBLE_MARKS)}]")
_SINGLE_RE = regex.compile(r"['‘’‚‹›]")
_LATER_CLOSER = regex.compile(r"(?<=[\p{L}\p{N}.,!?])['’›](?=[\s.,;:!?)\]…—–-]|$)")
_GLUE_START = regex.compile(r"(?<=\p{L}{2}[.!?;])(?=\p{L})")
_GLUE_END = regex.compile(r"(?<=\p{L}{2}[.!?])(?=\p{Lu})")
_DASH_END = regex.compile(r"(?<=[.!?,])\s*[–—]")
_GLUED_WORD = regex.compile(r"(?<=\p{Ll}{4})(?=(?:was|were|with)\b)")
_SPACE = " \t\n\r\u00a0\u202f\u2009"
_COMMA_SPACE = regex.compile(r",\s+")
_CLAUSE_PUNCT = regex.compile(r"[.!?;:,]")
_COMMA_OR_DASH = regex.compile(r"\s*[,–—-]")
_ENDS_SENTENCE = regex.compile(r"[.!?]$")
_POST_START = regex.compile(r"[,.–—-]|\s*$|\p{Ll}|\p{Lu}")
# words that follow a closing mark, where a plural possessive would be followed by its noun
_CLOSING_NEXT = regex.compile(r"(?:and|or|but|of|to|in|on|for|with|after|before|as|at|by|from|"
                              r"that|which|while|when|because|since|until|over|into)\b")
_CALLS_SOMETHING = regex.compile(r"\b(?:called\s+(?:it|him|her|them|this|that|these|those|us|me|you)"
                                  r"|referred\s+to\b.*\bas)\b", regex.I)
_SLOGANS = "|".join(regex.escape(c) for c in sorted(lexicon.SLOGAN_CUES, key=len, reverse=True))
_SLOGAN_CUE = regex.compile(rf"\b(?:{_SLOGANS})\s*,?\s*$", regex.I)
# "“….” Trump said.", "“….” said Trump.": after a quote that ends its sentence, a name alone
# before the verb, or none
NAME_THEN_CUE = regex.compile(r"\s*(?:\p{Lu}[\w.'’-]*\s+){0,4}")
_SO_CALLED = regex.compile(r"\bso[\s-]called\b|\bsogenannte|\bsoi-disant", regex.I)
_CUE_AFTER = regex.compile(r"(?:he|she|they|it|we|i)\s+(?:said|says|told|added|wrote)\b")
# "Trump called the pageant winner “Miss Piggy”": someone called by these words, the person
# between the verb and them (a naming participle, "a show called “…”", has no one there)
_CALLED_OBJECT = regex.compile(rf"\b(?:{'|'.join(lexicon.CALLING_VERBS['en'])})\s+"
                               r"(?!(?:as|for|on|in|by|to|from|of|at|with|and)\b)"
                               r"(?:[\w’'.-]+\s+){0,5}?([\w’'.-]+)(?:\s+(?:a|an|the))?\s*$", regex.I)
# German capitalises every noun, so one noun in marks reads like a title; after a verb that calls
# a thing something ("bezeichnete die Reform als „Pflasterlösung“", "sprach von einer
# „Katastrophe“", "nannte sie eine „Zumutung“") it is the speaker's word
_CALLED_DE = regex.compile(rf"\b(?:{'|'.join(lexicon.CALLING_VERBS['de'])})\b[^.!?;:„“\"]{{0,60}}?"
                           r"(?:\b(?:als|von|vor|vom)|\b(?:eine|einen|einer|einem|ein))"
                           r"(?:\s+(?:einer|einem|einen|eine|ein|der|dem|den|die|das))?\s*$")
_OBJECT_PRONOUNS = frozenset("him her them me you us himself herself themselves".split())


def _called_someone(pre: str) -> bool:
    """ "Trump called the pageant winner “Miss Piggy”", "called Mrs. Schlafly an “Aunt Tom”": a
    person called by a name, which is the caller's words ("the board called the plan “Blue
    Horizon”" names a thing)."""
    m = _CALLED_OBJECT.search(pre)
    if m is None:
        return False
    last = m.group(1).strip(".")
    low = last.casefold()
    return last[:1].isupper() or low in _OBJECT_PRONOUNS or low in lexicon.PERSON_ROLE_WORDS or \
        low.removesuffix("s").endswith(lexicon.PERSON_NOUN_ENDINGS)


@dataclass(slots=True)
class Span:
    """A candidate quote: the words (start, end) and the marks around them (outer_*)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    open_mark: str = ""
    close_mark: str = ""
    recovered: str = ""          # how a broken pair was repaired ("" when it was not)
    continues: bool = False      # an unclosed paragraph of a multi-paragraph quote
    context_start: int = 0
    context_end: int = 0
    pre: str = ""
    post: str = ""
    kind: Kind = "direct"
    reason: str = ""             # why a candidate is not a quote ("" when it is one)
    said: bool = False           # the sentence says someone said, called or chanted the words
    extra: dict = field(default_factory=dict)

    @property
    def marks(self) -> str:
        return self.open_mark + self.close_mark


def _direction(text: str, i: int) -> str:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left_free = prev in _LEFT_FREE or prev in DOUBLE_MARKS
    right_free = nxt in _RIGHT_FREE or nxt in DOUBLE_MARKS
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    return "either"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


def _recover_end(masked: str, start: int, limit: int, g: Grammar) -> tuple[int, str]:
    """Where an opened quote that never closes most plausibly ends (before ``limit``)."""
    region = masked[start:limit]
    found: list[tuple[int, str]] = []
    if m := _GLUE_END.search(region):
        found.append((m.start(), "glued sentence"))
    if m := _DASH_END.search(region):
        found.append((m.start(), "dash attribution"))
    for m in _COMMA_SPACE.finditer(region):
        tail = region[m.end():m.end() + E.comma_cue_reach]
        cue = g.cue.search(tail)
        between = tail[:cue.start()] if cue else ""
        if cue and len(between.split()) <= E.comma_cue_words and not _CLAUSE_PUNCT.search(between):
            found.append((m.start(), "comma attribution"))
            break
    if m := _GLUED_WORD.search(region):
        found.append((m.start(), "glued word"))
    if found:
        pos, how = min(found)
        return start + pos, how
    end = limit
    if end - start > E.max_recovered:
        ends = list(BOUNDARY.finditer(masked, start, start + E.max_recovered))
        # the sentence's last mark, not the space after it
        end = ends[-1].start() + len(ends[-1].group().rstrip()) if ends else start + E.max_recovered
    return end, "paragraph end"


def _recover_start(masked: str, lo: int, close: int, g: Grammar) -> tuple[int, str] | None:
    """Where a quote whose opening mark was lost most plausibly starts, or None."""
    region = masked[lo:close]
    # only look inside the sentence the closing mark ends
    bounds = list(BOUNDARY.finditer(region))
    sent_lo = bounds[-1].end() if bounds else 0
    glue = [m.start() for m in _GLUE_START.finditer(region)]
    glue = [p for p in glue if p >= sent_lo - 1]
    if glue:
        return lo + glue[-1], "glued start"
    colon = region.rfind(":", sent_lo)
    if colon >= 0:
        return lo + colon + 1, "after colon"
    after = masked[close + 1:close + E.lost_open_window]
    if _COMMA_OR_DASH.match(after) and g.cue.search(after[:E.lost_open_cue_reach]):
        return lo + sent_lo, "sentence start"
    return None


def _paragraphs(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)


def _first_mark(masked: str, lo: int, hi: int) -> int | None:
    i = lo
    while i < hi and masked[i] in _SPACE:
        i += 1
    return i if i < hi and masked[i] in DOUBLE_MARKS else None


_FAMILY = {**dict.fromkeys("«»", "guillemet"), **dict.fromkeys("“”„‟", "curly"),
           **dict.fromkeys("\"＂", "straight"), **dict.fromkeys("「」", "corner"),
           **dict.fromkeys("『』", "white-corner"), **dict.fromkeys("〝〞〟", "cjk")}


def _glued(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _typed_as_opener(text: str, i: int, next_mark: int, g: Grammar) -> bool:
    """A closing mark typed where a quote opens: "\n” … in the case of Wyoming, …,” wrote",
    "He says,” there are …”": nothing is open, the next mark of the paragraph closes too, and
    no speech verb follows the mark (", Smith said" would make it a close that lost its opener)."""
    if not (i == 0 or text[i - 1] in _LEFT_FREE or text[i - 1] == ","):
        return False
    after = text[i + 1:min(next_mark, i + 1 + E.lost_open_window)]
    return bool(after.strip()) and g.cue.search(after[:E.lost_open_cue_reach]) is None


def find_double(masked: str, g: Grammar) -> list[Span]:
    """Pairs of double marks, paragraph by paragraph.

    A mark of another family inside an open quote is a quote within the quote (« … “…” … »)
    and is skipped; a second opening mark of the same family means the first quote lost its
    closing mark, which is then recovered where a reader would put it.
    """
    spans: list[Span] = []
    paras = [p for p in _paragraphs(masked) if masked[p[0]:p[1]].strip()]
    for k, (lo, hi) in enumerate(paras):
        marks = [(m.start(), _direction(masked, m.start())) for m in _MARK_RE.finditer(masked, lo, hi)
                 if not _INCHES.search(masked, max(lo, m.start() - 4), m.start())]
        open_at: int | None = None
        nested: list[str] = []
        same_depth = 0
        floor = lo
        for n, (pos, d) in enumerate(marks):
            fam = _FAMILY[masked[pos]]
            if open_at is None:
                later_close = any(dd == "close" for _, dd in marks[n + 1:n + 2])
                if d in ("open", "either") or (d == "close" and later_close and (
                        _glued(masked, pos) or _typed_as_opener(masked, pos, marks[n + 1][0], g))):
                    # a closing-style mark glued between two words opens: are”a punishment”
                    open_at, nested, same_depth = pos, [], 0
                else:
                    rec = _recover_start(masked, floor, pos, g)
                    if rec:
                        s, e = _trim(masked, rec[0], pos)
                        if e > s:
                            spans.append(Span(start=s, end=e, outer_start=s, outer_end=pos + 1,
                                              close_mark=masked[pos], recovered=rec[1]))
                    floor = pos + 1
                continue
            outer = _FAMILY[masked[open_at]]
            if fam != outer:
                if nested and nested[-1] == fam and d != "open":
                    nested.pop()
                elif d in ("open", "either") and not (nested and nested[-1] == fam):
                    nested.append(fam)
                elif d == "close" and not nested:
                    s, e = _trim(masked, open_at + 1, pos)   # « … ” : mixed marks still close
                    if e > s:
                        spans.append(Span(start=s, end=e, outer_start=open_at, outer_end=pos + 1,
                                          open_mark=masked[open_at], close_mark=masked[pos]))
                    open_at, floor = None, pos + 1
                continue
            if d in ("close", "either") and same_depth:
                same_depth -= 1     # the close of a quote inside the quote
                continue
            if d == "open" and [dd for _, dd in marks[n + 1:n + 3]] == ["close", "close"]:
                # “… what he calls “hell” than …”: the same marks nested, two closes to come
                same_depth += 1
                continue
            if d in ("close", "either"):
                s, e = _trim(masked, open_at + 1, pos)
                if e > s:
                    spans.append(Span(start=s, end=e, outer_start=open_at, outer_end=pos + 1,
                                      open_mark=masked[open_at], close_mark=masked[pos]))
                open_at, floor = None, pos + 1
            else:  # a second opening mark: the first quote lost its closing mark
                end, how = _recover_end(masked, open_at + 1, pos, g)
                s, e = _trim(masked, open_at + 1, end)
                if e > s:
                    spans.append(Span(start=s, end=e, outer_start=open_at, outer_end=e,
                                      open_mark=masked[open_at], recovered=how))
                open_at, floor, nested, same_depth = pos, pos, [], 0
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            mark = _first_mark(masked, *nxt) if nxt is not None else None
            if mark is not None and _direction(masked, mark) != "close":
                s, e = _trim(masked, open_at + 1, hi)
                if e > s:
                    spans.append(Span(start=s, end=e, outer_start=open_at, outer_end=e,
                                      open_mark=masked[open_at], continues=True))
            else:
                end, how = _recover_end(masked, open_at + 1, hi, g)
                s, e = _trim(masked, open_at + 1, end)
                if e > s:
                    spans.append(Span(start=s, end=e, outer_start=open_at, outer_end=e,
                                      open_mark=masked[open_at], recovered=how))
    return spans


def _single_opens(masked: str, i: int, lo: int, hi: int) -> bool:
    ch = masked[i]
    prev = masked[i - 1] if i > lo else " "
    nxt = masked[i + 1] if i + 1 < hi else " "
    if ch == "’" and nxt.isupper() and not masked[lo:i].strip(" \t\n\r\u00a0" + _INVISIBLE):
        return True     # a paragraph that opens with the closing-style mark ("’Mr. Trump embodies …’")
    if ch == "‘" and nxt in "[(“\"@#…’" and (prev in _LEFT_FREE or prev in DOUBLE_MARKS):
        return True     # "‘[W]e are reminded …’", "‘… what I learned …’", "‘“Crooked Hillary” …’"
    if ch not in "'‘‚‹" or not (nxt.isalpha() or nxt.isdigit() and ch == "‘"):
        return False
    # a mark glued to the end of the previous sentence still opens: "told the BBC.‘I’ve"
    return prev in _LEFT_FREE or prev in DOUBLE_MARKS or (prev in ".!?" and nxt.isupper())


def find_single(masked: str, taken: list[tuple[int, int]]) -> list[Span]:
    """Single-mark quotes ('…', ‘…’, ‹…›), told apart from apostrophes by their context.

    British style uses them as the primary marks, so they get the same multi-paragraph
    handling as double marks; a plural possessive (the riders’ screenshots) does not close.
    """
    def inside(i: int) -> bool:
        return any(a <= i < b for a, b in taken)

    spans: list[Span] = []
    paras = [p for p in _paragraphs(masked) if masked[p[0]:p[1]].strip()]
    for k, (lo, hi) in enumerate(paras):
        open_at = None
        for m in _SINGLE_RE.finditer(masked, lo, hi):
            i = m.start()
            if inside(i):
                continue
            ch = masked[i]
            prev = masked[i - 1] if i > lo else " "
            nxt = masked[i + 1] if i + 1 < hi else " "
            opening = _single_opens(masked, i, lo, hi)
            # German ‚…‘ closes with the mark English opens with
            closers = "'’›‘" if open_at is not None and masked[open_at] == "‚" else "'’›"
            # ("…the fault of those 5,000,”’ Merkley said": a quote inside closes first)
            closing = ch in closers and (nxt in _RIGHT_FREE) and (prev.isalnum() or prev in ".,!?”\"»")
            if ch == "‘" and open_at is not None and prev in ".,!?" and nxt in _RIGHT_FREE:
                closing = True  # the opening-style mark typed for the close: "… for her here,‘ said"
            if closing and prev in "sS" and nxt == " " and i + 2 < hi and masked[i + 2].islower() \
                    and not _CUE_AFTER.match(masked, i + 2, min(hi, i + E.possessive_cue_reach)) \
                    and not _CLOSING_NEXT.match(masked, i + 2, min(hi, i + E.possessive_next_reach)) \
                    and (open_at is None or _LATER_CLOSER.search(masked, i + 1, hi)):
                # "the riders’ screenshots": a plural possessive; but when a quote is open and
                # nothing later in the paragraph could close it ("claimed ‘Trump exaggerates’
                # the level"), this mark does
                closing = False
            if open_at is None:
                if opening:
                    open_at = i
            elif closing:
                s, e = _trim(masked, open_at + 1, i)
                words = len(WORD.findall(masked[s:e]))
                limit = E.max_curly_single_words if masked[open_at] == "‘" else E.max_single_words
                if e > s and words <= limit:
                    spans.append(Span(start=s, end=e, outer_start=open_at, outer_end=i + 1,
                                      open_mark=masked[open_at], close_mark=ch))
                open_at = None
            elif opening and masked[i - 1:i] in " \t\n\u00a0":
                open_at = i
        if open_at is not None and k + 1 < len(paras):
            nlo, nhi = paras[k + 1]
            first = nlo
            while first < nhi and masked[first] in _SPACE:
                first += 1
            s, e = _trim(masked, open_at + 1, hi)
            if first < nhi and _single_opens(masked, first, nlo, nhi) and e > s \
                    and not inside(open_at):
                spans.append(Span(start=s, end=e, outer_start=open_at, outer_end=e,
                                  open_mark=masked[open_at], continues=True))
    return spans


def flatten(masked: str, spans: list[Span]) -> str:
    """The mask with every quote's words blanked to ``x``: sentence breaks inside quotes vanish."""
    ranges = []
    for sp in spans:
        # a quote that ends its sentence keeps that full stop, so the next sentence starts
        end = sp.end - 1 if masked[sp.end - 1:sp.end] in (".", "!", "?") and sp.close_mark else sp.end
        ranges.append((sp.start, end))
    return fill_ranges(masked, ranges, "x", frozenset("\r\n"))


def fill_context(flat: str, sp: Span, prev_end: int = 0, next_start: int | None = None) -> None:
    """Set the span's sentence bounds and the text before and after it in that sentence."""
    # a sentence start is looked for in a bounded window, so a page flattened to one line
    # stays linear in its length
    left = max(flat.rfind("\n", max(0, sp.outer_start - E.context_window), sp.outer_start) + 1,
               sp.outer_start - E.context_window)
    head = flat[left:sp.outer_start]
    cuts = list(BOUNDARY.finditer(head))
    s0 = left + (cuts[-1].end() if cuts else 0)
    right = flat.find("\n", sp.outer_end, sp.outer_end + E.context_window)
    right = min(len(flat), sp.outer_end + E.context_window) if right < 0 else right
    m = BOUNDARY.search(flat, sp.outer_end, right)
    s1 = m.start() + len(m.group().rstrip()) if m else right
    if m and m.start() == sp.outer_end and sp.close_mark == "":
        # the recovered quote keeps its own closing punctuation; the sentence goes on
        m2 = BOUNDARY.search(flat, max(m.end(), sp.outer_end + 1), right)
        s1 = m2.start() + len(m2.group().rstrip()) if m2 else right
    sp.context_start, sp.context_end = s0, max(s1, sp.outer_end)
    lo = prev_end if prev_end > s0 else s0
    hi = sp.context_end if next_start is None else min(next_start, sp.context_end)
    sp.pre = flat[min(lo, sp.outer_start):sp.outer_start]
    sp.post = flat[sp.outer_end:max(sp.outer_end, hi)]


def _contexts(flat: str, spans: list[Span]) -> None:
    ordered = sorted(spans, key=lambda s: s.outer_start)
    for n, sp in enumerate(ordered):
        prev_end = ordered[n - 1].outer_end if n else 0
        next_start = ordered[n + 1].outer_start if n + 1 < len(ordered) else None
        fill_context(flat, sp, prev_end, next_start)


_TITLE_WORD = regex.compile(r"^[\p{Lu}\p{N}]")
_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "de", "la", "le",
          "du", "des", "der", "die", "das", "und", "el", "los", "las", "y"}


# the words before a name in a sentence: a preposition, an article, a possessive
_TAKES_A_NAME = regex.compile(r"(?:\b(?:of|on|in|at|from|the|an?)|['’]s)\s*$", regex.I)
_LINE_END = regex.compile(r"[^\p{L}\p{N}\n]*(?:\n|$)")


def _is_title_case(text: str) -> bool:
    words = NAME_WORD.findall(text)
    big = [w for w in words if w.casefold() not in _SMALL]
    if not (1 <= len(big) <= E.title_max_words and all(_TITLE_WORD.match(w) for w in big)):
        return False
    # American style keeps the sentence's full stop inside the marks: "at “Access Hollywood.”"
    # is still a name; one capitalised word with a stop ("Never.") is a sentence
    return not text.rstrip().endswith((".", "!", "?")) or (
        len(big) >= 2 and text.rstrip().endswith(".") and not text.rstrip().endswith(".."))


_WORD_START = regex.compile(r"(?<=\s)\S")
_CLAUSE_BREAK = regex.compile(r"[,;:!?“”\"«»„]|\.(?:\s|$)")


def _cue_then_phrase(pre: str, g: Grammar) -> bool:
    """``pre`` (its comma cut) ends with a cue and a few words after it: who spoke, whom they
    told, where or when ("sagte Bloom", "Christie told reporters in Nashua last week", "said in a
    statement"), as a statement after "said," follows."""
    # (the words a cue may end at lie within the reach and one cue's length before it; a whole
    # paragraph before them would cost every test a scan)
    pre = pre.rstrip()[-2 * E.cue_phrase_reach:]
    starts = [m.start() for m in _WORD_START.finditer(pre, max(0, len(pre) - E.cue_phrase_reach))]
    for k, at in enumerate(reversed(starts)):
        if k >= E.cue_phrase_words or _CLAUSE_BREAK.search(pre, at):
            return False
        if g.ends_with_cue(pre[:at]):
            return True
    return False


def _next_in_series(before: Span | None, sp: Span, joins: tuple[str, ...]) -> TypeGuard[Span]:
    """``sp`` follows the quote ``before`` with only one of ``joins`` between them ("“A,” “B,”",
    "“Miss Piggy” and “Miss Housekeeping”")."""
    return before is not None and not before.reason and sp.pre.strip() in joins and \
        before.outer_end + len(sp.pre) == sp.outer_start


def classify(text: str, sp: Span, g: Grammar, before: Span | None = None) -> None:
    """Set ``kind`` (direct or partial), or ``reason`` when marks enclose no one's statement
    (``before``: the candidate just before it, classified)."""
    words = WORD.findall(text[sp.start:sp.end])
    n = len(words)
    pre = sp.pre.rstrip()
    post = sp.post.lstrip()
    body = text[sp.start:sp.end].rstrip()
    if not words:
        sp.reason = "no words between the marks"
        return
    # "Moreno said a coach would be named “before the end of the year”": words someone said
    # are not a name, even after a naming word, in a sentence that reports speech
    naming = g.naming_tail.search(pre)
    spoken = naming is not None and naming.group().strip(" ,").casefold().split()[-1] in (
        "named", "called") and body[:1].islower() and g.cue.search(pre) is not None
    # "Clinton called it “predatory”", "referred to immigrants as “criminals”": someone calls
    # a thing by these words, so they are that someone's words, not the thing's name
    spoken = spoken or (naming is not None and body[:1].islower() and
                        _CALLS_SOMETHING.search(naming.group()) is not None)
    # "expects the campaign “to continue calling out examples of bias …”": a name or a slogan
    # does not run on in lower case for this many words; a statement does
    spoken = spoken or (naming is not None and body[:1].islower() and n >= E.naming_max_lower_words)
    # "what former employees have called a “fraudulent scheme”", "has dubbed ‘the yuca primary’",
    # "known as ‘rabbit patches’": words in lower case that someone calls a thing are theirs; a
    # title is capitalised, and "so-called" is the writer's distance, not anyone's words
    spoken = spoken or (naming is not None and body[:1].islower() and
                        not _SO_CALLED.search(naming.group()))
    if naming and not spoken:
        sp.reason = "a name or title (so-called, dubbed, titled ...)"
        return
    starts = pre == "" or pre.endswith((":", "—", "–", "-", "•")) or \
        _ENDS_SENTENCE.search(pre) is not None
    cue_after = g.cue.search(post[:E.cue_after_reach])
    attr_after = cue_after is not None and _POST_START.match(post) is not None and (
        post[:1] in ",.–—-" or body.endswith((",", ".", "?", "!")))
    if attr_after and cue_after is not None and body.endswith((".", "?", "!")) and not starts and \
            not NAME_THEN_CUE.fullmatch(post, 0, cue_after.start()):
        # "… described his skills as a “work in progress.” Christie, the governor, repeated":
        # words that end a sentence they are inside of; the next sentence is its own
        attr_after = False
    # "dire, « A », « B » ou « C »": where the comma stands after the closing mark (French,
    # German), a statement the next one follows in a series ends there, as "say, “A,” “B,”" does
    after = text[sp.outer_end:sp.outer_end + E.series_reach].lstrip()
    series = after[:1] == "," and after[1:].lstrip()[:1] in OPENERS | {'"'}
    ends = post == "" or post[:1] in ".!?" or attr_after or series
    starts = starts or (_next_in_series(before, sp, (",",)) and before.kind == "direct")
    cue_before = g.cue.search(pre[-E.cue_before_reach:]) is not None and regex.search(
        r"(?:\p{L}+|that|que|dass|:|,)\s*$", pre) is not None and \
        g.ends_with_cue(pre)
    if not cue_before and pre.endswith(","):
        cue_before = _cue_then_phrase(pre[:-1], g)
    # "Cruz said “CNN”", "chants of “Marco! Marco!”", "a shirt that read “Settle for Hillary”":
    # capitalised words someone says, chants or prints, not a title the sentence names
    said = cue_before or _SLOGAN_CUE.search(pre) is not None or _called_someone(pre) or (
        g.lang == "de" and _CALLED_DE.search(pre) is not None)
    # "called the winner “Miss Piggy” and “Miss Housekeeping”": the second name of the two
    said = said or (_next_in_series(before, sp, ("and", "or", ",")) and before.said)
    sp.said = said
    if _is_title_case(body) and not said and (not (starts or attr_after) or _TAKES_A_NAME.search(pre) or (
            not text[text.rfind("\n", 0, sp.outer_start) + 1:sp.outer_start].strip() and
            _LINE_END.match(post))):
        # "of “Fox News Sunday,” Pence said": a title the sentence names, whatever follows it;
        # "'All Bets Are Off.'" alone on its line: a subheading
        sp.reason = "a title or name in title case"
        return
    if body[:1].islower() and pre[-1:].isalpha() and not (
            n >= E.statement_words and (body.endswith((".", "?", "!")) or post[:1] in ".?!" or attr_after)):
        # "calling her a “horrible, horrible witness,”", "noted that “as a matter of policy”":
        # words in lower case that go on the writer's sentence are part of it, whatever verb
        # follows (a statement quoted whole opens with a capital, or after a comma or colon, or
        # is a long clause that ends the sentence or its attribution follows: "pointing out that
        # “what is happening in Europe is important …”", "NATO “will address our shared security
        # challenges, …,” the Secretary General said")
        sp.kind = "partial"
    elif starts and n >= E.direct_min_words and (
            ends or body.endswith((",", ".", "?", "!")) or n >= E.direct_open_words):
        sp.kind = "direct"
    elif attr_after and n >= E.attributed_min_words:
        sp.kind = "direct"
    elif cue_before and (ends or body.endswith((".", "?", "!"))) and n >= E.cue_before_words:
        sp.kind = "direct"
    elif sp.recovered and n >= E.recovered_words:
        sp.kind = "direct"
    else:
        sp.kind = "partial"


def find_spans(text: str, masked: str, lang: str | None = None) -> list[Span]:
    """Candidate quotes of one text with their sentence context and kind, in text order."""
    g = grammar(lang)
    spans = find_double(masked, g)
    spans += find_single(masked, [(s.outer_start, s.outer_end) for s in spans])
    spans.sort(key=lambda s: (s.start, s.end))
    # a quote inside another (‘Her daughter asked me, “Is this normal now?”’) belongs to it
    kept: list[Span] = []
    reach = -1          # the furthest end of a quote started so far
    for sp in sorted(spans, key=lambda s: (s.outer_start, -s.outer_end)):
        if sp.outer_end <= reach:
            continue
        kept.append(sp)
        reach = max(reach, sp.end)
    spans = sorted(kept, key=lambda s: (s.start, s.end))
    for sp in spans:
        # marks are evidence: two apostrophes read as a double mark are recorded as printed
        if sp.open_mark and text[sp.outer_start] != sp.open_mark:
            sp.open_mark = text[sp.outer_start - 1:sp.outer_start + 1].strip() or sp.open_mark
        if sp.close_mark and text[sp.outer_end - 1] != sp.close_mark:
            sp.close_mark = text[sp.outer_end - 1:sp.outer_end + 1].strip() or sp.close_mark
    flat = flatten(masked, spans)
    _contexts(flat, spans)
    for k, sp in enumerate(spans):
        classify(text, sp, g, spans[k - 1] if k else None)
    if any(sp.reason for sp in spans):
        # marks around no one's words ("wearing a cowboy hat and “Ted Cruz” pins, said") do
        # not cut the sentence of the quote before them short
        _contexts(flat, [sp for sp in spans if not sp.reason])
    return spans


@dataclass
class Parsed:
    """What extraction learned about one source, kept for the unmarked recovery."""

    source: Source
    masked: str
    flat: str
    spans: list
    quotes: list[Quote]
