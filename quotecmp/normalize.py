"""Normalisers and the furniture mask.

Two kinds of output, never mixed up:

- *keys*: small pure ``str -> str`` functions composed into :func:`fold`, used only to compare
  quotes. The original text is kept; typographic marks are evidence, so they are folded in keys
  and never in what is reported.
- *masks*: :func:`mask_furniture` returns a copy of the text of exactly the same length in which
  page furniture (menus, tickers, "Read more:" links, captions, cookie banners, markup) is
  blanked out, so extraction never reports it and every offset still points into the original.
"""
from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable

import regex

from . import lexicon
from .settings import SETTINGS
from .tokens import WORD

F = SETTINGS.furniture

Normaliser = Callable[[str], str]

# Every character Unicode calls a quotation mark, plus the ASCII ones and CJK corner brackets.
DOUBLE_MARKS = "\"“”„‟«»〝〞〟＂「」『』"
SINGLE_MARKS = "'‘’‚‛‹›"
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
_DOUBLE_TABLE = str.maketrans({c: '"' for c in DOUBLE_MARKS})
_SINGLE_TABLE = str.maketrans({c: "'" for c in SINGLE_MARKS + "`´ʼ"})
_DASH_RE = regex.compile(r"\p{Pd}")
_SPACE_RE = regex.compile(r"[\s\p{Zs}\u200b\u200c\u200d\u2060\ufeff]+")
_BIDI_RE = regex.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def fold_quotes(text: str) -> str:
    """Every double mark becomes ``"`` and every single mark or apostrophe ``'``."""
    return text.translate(_DOUBLE_TABLE).translate(_SINGLE_TABLE)


def fold_dashes(text: str) -> str:
    return _DASH_RE.sub("-", text)


def strip_bidi(text: str) -> str:
    return _BIDI_RE.sub("", text)


def fold_space(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def fold_case(text: str) -> str:
    return text.casefold()


def compose(*steps: Normaliser) -> Normaliser:
    def composed(text: str) -> str:
        for step in steps:
            text = step(text)
        return text
    composed.__name__ = "+".join(step.__name__ for step in steps)
    return composed


#: The key quotes are compared on: same words, whatever the typography.
fold: Normaliser = compose(nfkc, strip_bidi, fold_quotes, fold_dashes, fold_space, fold_case)


def strip_accents(text: str) -> str:
    """The letters without their accents (é -> e): names as another language may print them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=131072)
def fold_word(word: str) -> str:
    """:data:`fold` of one word, cached: the words of a language recur in every text."""
    return fold(word)


@functools.lru_cache(maxsize=65536)
def _cached_words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(text)))


def words(text: str) -> tuple[str, ...]:
    """The folded words of a text, apostrophes kept inside words ("china's").

    Quotes and sentences are cached (they are compared many times); whole articles are not, so
    a 20 MB page is not kept alive as millions of words.
    """
    if len(text) <= 4000:
        return _cached_words(text)
    return tuple(WORD.findall(fold(text)))


# --- furniture -----------------------------------------------------------------------------

_TAG_RE = regex.compile(r"<[a-zA-Z!/][^<>\n]{0,4000}(?:>|$)", regex.M)
_CSS_RE = regex.compile(r"[.#]?[\w-]*\s*\{[^{}\n]*:[^{}\n]*\}")
_URL_RE = regex.compile(r"\b(?:https?://|www\.)\S+")
_ATTR_RE = regex.compile(r"\b[\w-]+=[\"“”'][^\s\"“”']*[\"“”']?")
# code in running text: `print("hello")`, x = "value" (an assignment, not a quotation)
# (a backtick after a letter is an apostrophe typed on the wrong key: didn`t; code has code signs)
_CODE_RE = regex.compile(r"(?<!\p{L})`(?=[^`\n]*[(){}\[\]=;<>/\\])[^`\n]{1,300}`|"
                         r"\b[A-Za-z_][\w.]*\s*=\s*\"[^\"\n]{0,200}\"(?![,.!?]?\s*(?:\p{Ll}+\s+){0,3}"
                         r"(?:said|says|told|added|wrote|asked)\b)")   # unless someone said it
_BULLET_RE = regex.compile(r"^\s*[•·▪►*]\s*")
_HEADER_STRIP = " \t•·▪►*:-–—|"


# every character str.splitlines() breaks on: blanking keeps them, so lines stay where they were
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@functools.cache
def _runs_of(keep: frozenset[str]) -> regex.Pattern:
    return regex.compile("([" + regex.escape("".join(sorted(keep))) + "]+)")


def fill_ranges(text: str, ranges: list[tuple[int, int]], char: str = " ",
                keep: frozenset[str] = LINE_BREAKS) -> str:
    """``text`` with every range replaced by ``char`` (the characters in ``keep`` kept), same
    length.

    Built from slices, so a 20 MB page costs a few copies of itself, not a list of characters.
    """
    runs = _runs_of(keep)
    out, pos = [], 0
    for start, end in sorted(ranges):
        start = max(start, pos)
        if end <= start:
            continue
        out.append(text[pos:start])
        # split keeps the kept runs at odd places: every other piece is blanked whole
        out.extend(piece if n % 2 else char * len(piece)
                   for n, piece in enumerate(runs.split(text[start:end])))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _is_section_header(line: str) -> bool:
    head = line.strip(_HEADER_STRIP).casefold()
    return head in lexicon.FURNITURE_SECTION_HEADERS


_PREFIX_RE = regex.compile(
    "(?:" + "|".join(regex.escape(p) for p in sorted(lexicon.FURNITURE_LINE_PREFIXES, key=len, reverse=True))
    + r")(?:(?<=[:\s.(©-])|(?!\p{L}))")
_SENTENCE_LIKE = regex.compile(r",\s+[^,]{1,60}\b(?:said|says|told|added|wrote|reported)\b[^,]*[.!?]$|"
                               r"\b(?:said|says|told)\b.*[.!?]$")


def _is_furniture_line(line: str) -> bool:
    low = line.strip(_HEADER_STRIP + " ").casefold()
    if not low:
        return False
    m = _PREFIX_RE.match(low)
    if m and (m.group().endswith(":") or not _SENTENCE_LIKE.search(low)):
        return True
    if any(w in low for w in lexicon.COOKIE_WORDS) and len(low) < F.cookie_max_chars and \
            any(w in low for w in lexicon.COOKIE_CONTEXT):
        return True
    if low.endswith(lexicon.CAPTION_CREDITS) or any(c in low for c in ("(ap photo", "(afp photo")):
        return True
    if low.endswith(")") and any(low.endswith(c.rstrip(")") + ")") for c in lexicon.CAPTION_CREDITS):
        return True
    if _BULLET_RE.match(line) and len(low.split()) <= F.bullet_max_words and \
            not low.endswith((".", "!", "?")):
        return True
    if len(low.split()) <= F.nav_max_words and not regex.search(r"[.!?:,;]|\p{Quotation_Mark}", low) and \
            len(low) >= F.nav_min_chars and low[:1].isalpha() and line.strip()[:1].isupper() and \
            not (line.rstrip().endswith(":") and len(low.split()) >= 2):
        # "Menu Search Log in", "Dover", section names: navigation, not prose; but a line that
        # ends with a colon introduces what follows ("Reporter Jomana Karadsheh says:")
        return True
    return False


_MARKUP = ((_TAG_RE, ("<",)), (_CSS_RE, ("{",)), (_URL_RE, ("http", "www.")),
           (_ATTR_RE, ("=",)), (_CODE_RE, ("`", "=")))


def _is_link_header(line: str) -> bool:
    return line.strip(_HEADER_STRIP).casefold() in lexicon.FURNITURE_LINK_HEADERS


def _looks_like_headline(line: str) -> bool:
    """A linked headline: no closing full stop, or a short line (link lists under a header)."""
    body = line.strip()
    return not regex.search(r"[.!?…][\"”’»)]*$", body) or len(body.split()) <= F.headline_max_words


def _is_ticker(line: str) -> bool:
    """Items run together on one line: "Story one • Story two • Story three"."""
    return any(line.count(sep) >= F.ticker_separators for sep in (" • ", " | ", " · "))


# The NYT archive (and typewriter copy) prints a double mark as two apostrophes: ''Yes,'' he said.
# A third apostrophe is a single mark nested inside: ''I said 'no.''' (the outer pair is last).
_TWO_APOSTROPHES = regex.compile(r"(?<!')'''?(?!')")
_OPENS_AFTER = set("'$(.…-")
_CLOSES_AFTER = set(".,;:!?)")


def mask_marks(text: str) -> str:
    """Two apostrophes that stand for a double mark become one, same length: ``''Yes,''`` reads
    as `` "Yes," ``. An opening pair becomes a space and the mark, a closing one the mark and a
    space, so the mark sits next to the words it encloses."""
    if "''" not in text:
        return text
    out, pos = [], 0
    for m in _TWO_APOSTROPHES.finditer(text):
        a, b = m.span()
        prev = text[a - 1] if a else " "
        nxt = text[b] if b < len(text) else " "
        if prev.isalnum() and nxt.isalnum():
            continue    # glued between letters: no mark of ours
        if not prev.isalnum() and prev not in _CLOSES_AFTER and (nxt.isalnum() or nxt in _OPENS_AFTER):
            rep = ' "' if b - a == 2 else ' "\''         # opens: ''Yes / '''Tis
        elif not prev.isspace():
            rep = '" ' if b - a == 2 else '\'" '         # closes: yes,'' / 'no.'''
        else:
            continue
        out.append(text[pos:a])
        out.append(rep)
        pos = b
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_FIRST_PARAGRAPH = regex.compile(r"\s*(\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*)(?:\n[^\S\n]*){2,}")
# a lead reports in the past; a headline in the present ("Trump says", "Ryan: 'Anti-Semitic'")
_PAST_REPORT = regex.compile(r"\b(?:said|told)\b", regex.I)
# "WASHINGTON (AP) —", "PARIS, March 3 (Reuters) -": a wire story's lead
_DATELINE = regex.compile(r"^\s*\p{Lu}[\p{Lu}\s.,'-]+(?:\(|,|\s[—–-]\s)")


def headline_end(text: str, title: str | None = None) -> int:
    """Where the text's headline ends: its first paragraph when that is a title (and deck) of a
    few short lines with an article after it, else 0. A headline's quote repeats the body's
    without saying who spoke it; annotated corpora mark the body only. With the source's
    ``title`` known (a page's, a manifest's), the paragraph must print it: a page's main text
    starts with its lead, whatever its length."""
    m = _FIRST_PARAGRAPH.match(text)
    if not m:
        return 0
    head = m.group(1)
    lines = head.split("\n")
    if title is not None:
        said = set(words(title))
        first = words(lines[0])
        if not first or sum(w in said for w in first) < F.title_overlap * len(first):
            return 0
    if (len(lines) > F.title_max_lines or any(len(x.split()) > F.title_max_words for x in lines)
            or _PAST_REPORT.search(head) or _DATELINE.search(head)):
        return 0
    rest = text[m.end():]
    # counting the rest's words stops as soon as there are enough: no pass over a long page
    count = 0
    for _ in regex.finditer(r"\S+", rest):
        count += 1
        if count >= F.title_min_body_words:
            return m.end(1)
    return 0


# loading reads the title past the furniture and extraction masks it: the same text, once
@functools.lru_cache(maxsize=4)
def mask_furniture(text: str) -> str:
    """Blank out page furniture, keeping length and line breaks so offsets stay valid."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    mode = ""          # "section": up to a blank line; "links": while lines look like headlines
    for line in text.splitlines(keepends=True):
        body = line.rstrip("".join(LINE_BREAKS))
        if not body.strip():
            mode = ""
        elif mode == "links" and not _looks_like_headline(body):
            mode = ""
        if not body.strip():
            pass
        elif mode or _is_section_header(body) or _is_link_header(body):
            if not mode:
                mode = "links" if _is_link_header(body) else "section"
            ranges.append((pos, pos + len(body)))
        elif _is_furniture_line(body) or _is_ticker(body):
            ranges.append((pos, pos + len(body)))
        pos += len(line)
    masked = fill_ranges(text, ranges)
    for pattern, needles in _MARKUP:
        # a plain substring test first: most articles have no markup at all
        if any(n in masked for n in needles):
            spans = [m.span() for m in pattern.finditer(masked)]
            if spans:
                masked = fill_ranges(masked, spans)
    return masked
