"""Build bench/extract_gold/articles.jsonl: 40 hand-written news articles with gold quotes.

    cd /work/main && /work/venv/bin/python bench/extract_gold/build.py

All articles are written from scratch for this benchmark (people, clubs, companies and most
organisations are fictional; real places and a few real public bodies appear only as setting).
Offsets are computed here, never typed by hand: each gold quote is given as its text, located with
str.find, and checked (text[start:end] == quote, an opening mark right before it, a closing mark or
a paragraph end right after it). Every opening quote mark in every article must be accounted for
by a gold quote, a `not_quotes` entry or an `ignore` entry, so no quotation is left unannotated.

Annotation conventions
----------------------
- span: exactly the characters between the opening and the closing mark. Punctuation inside the
  marks is included ("We will act," -> `We will act,`); whitespace next to the marks (French
  non-breaking spaces) is excluded.
- a quote that runs over several paragraphs (each paragraph reopens the mark, only the last one
  closes it) is annotated as one quote per paragraph, each with the same speaker; an unclosed
  paragraph's span ends at its last non-space character.
- a split quote ("We will act," she said, "and soon.") is two quotes.
- kind: `direct` = a quoted statement (a sentence or clause presented as what was said, including
  colon-introduced, "selon X, « ... »" and split quotes); `partial` = a few quoted words embedded in
  the writer's own sentence (called the plan "a ...", said it was "...", s'est dit « ... »).
- speaker: canonical full name as first introduced, without titles (Gov. Jane Doe -> Jane Doe),
  also when the attribution says "he", "the governor", the surname or a role; an organisation is
  named as written, without article, in its fullest form in the article ("the Interior Ministry",
  later "the ministry" -> "Interior Ministry"); an unnamed spokesperson of an organisation -> the
  organisation; a named spokesperson -> the person; a court ruling / statement -> its issuer.
- broken marks (machine translation, scraping): when a mark is missing, the span is the quoted
  words the missing mark would have enclosed, ending at the last word (the comma before ", the
  minister said" is excluded, since no mark puts it inside); such quotes carry a `note`.
- not_quotes: text in quote marks that is not a quotation: titles of books/films/shows, names of
  operations, programmes, groups and products, nicknames, so-called terms, words mentioned as
  words, scare quotes, and quoted headlines/ticker items/buttons in page furniture.
- ignore: a quote nested inside another quote (a speaker quoting someone else): neither required
  nor penalised.

Each output line: id, style, lang, text, quotes [{text, start, end, kind, speaker, note?}],
not_quotes [text], not_quote_spans [[start, end]], ignore [{text, start, end}], words.
"""
from __future__ import annotations

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "articles.jsonl"

MARKS = set("\"'“”‘’«»„‚‹›")
SPACES = " \t\u00a0\u202f\u2009"
NBSP, NNBSP = "\u00a0", "\u202f"

ARTICLES: list[dict] = []


def Q(text, kind, speaker, occ=None, broken=False, note=None):
    """A gold quote. occ: index among all occurrences of text (only when ambiguous)."""
    assert kind in ("direct", "partial"), kind
    return dict(text=text, kind=kind, speaker=speaker, occ=occ, broken=broken, note=note)


def french(sp=NBSP):
    """French typography: spaces inside guillemets and before high punctuation are non-breaking."""
    def tf(s: str) -> str:
        s = s.replace("« ", "«" + sp).replace(" »", sp + "»")
        for ch in ":;!?%":
            s = s.replace(" " + ch, NNBSP + ch)
        return s
    return tf


def plain(s: str) -> str:
    return s


def art(id, style, lang, text, quotes, not_quotes=(), ignore=(), sep="\n\n", tf=plain,
        open_marks=None):
    """Register an article. text is written with blank lines between paragraphs; sep joins them.

    open_marks: characters that open a quotation in this article (for the completeness check);
    straight " and ' are handled by position.
    """
    paras = [p.strip("\n") for p in re.split(r"\n\s*\n", text.strip("\n"))]
    body = tf(sep.join(paras))
    ARTICLES.append(dict(id=id, style=style, lang=lang, text=body,
                         quotes=[dict(q, text=tf(q["text"])) for q in quotes],
                         not_quotes=[tf(n) for n in not_quotes], ignore=[tf(i) for i in ignore],
                         open_marks=open_marks))


def _prev_char(text, i):
    j = i - 1
    while j >= 0 and text[j] in SPACES:
        j -= 1
    return text[j] if j >= 0 else ""


def _next_char(text, i):
    j = i
    while j < len(text) and text[j] in SPACES:
        j += 1
    return text[j] if j < len(text) else "\n"


def _occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def _locate(a, sub, occ, broken, what):
    text = a["text"]
    occs = _occurrences(text, sub)
    if not occs:
        raise SystemExit(f"{a['id']}: {what} not found: {sub!r}")
    if occ is not None:
        return occs[occ]
    marked = [i for i in occs if _prev_char(text, i) in MARKS]
    if broken:
        marked = marked or occs
    if len(marked) != 1:
        raise SystemExit(f"{a['id']}: {what} {sub!r}: {len(marked)} marked occurrences "
                         f"(of {len(occs)}); give occ=")
    return marked[0]


def _opening_positions(a):
    """Positions of marks that open a quotation, by a reader's rule of thumb."""
    text = a["text"]
    opens = set(a["open_marks"] or "“«„‘")
    out = []
    for i, ch in enumerate(text):
        if ch not in opens and ch not in "\"'":
            continue
        nxt = text[i + 1] if i + 1 < len(text) else "\n"
        prv = text[i - 1] if i else "\n"
        if nxt in " \t\n,.;:!?)":
            continue
        if ch in "\"'" and prv.isalnum():
            continue
        out.append(i)
    return out


def build():
    rows = []
    for a in ARTICLES:
        text = a["text"]
        quotes = []
        for q in a["quotes"]:
            s = _locate(a, q["text"], q["occ"], q["broken"], "quote")
            e = s + len(q["text"])
            assert text[s:e] == q["text"]
            assert text[s] not in SPACES and text[e - 1] not in SPACES, q["text"]
            if not q["broken"]:
                assert _prev_char(text, s) in MARKS, (a["id"], q["text"], _prev_char(text, s))
                nc = _next_char(text, e)
                assert nc in MARKS or nc == "\n", (a["id"], q["text"], nc)
            row = dict(text=q["text"], start=s, end=e, kind=q["kind"], speaker=q["speaker"])
            if q["note"]:
                row["note"] = q["note"]
            quotes.append(row)
        quotes.sort(key=lambda r: r["start"])
        for x, y in zip(quotes, quotes[1:]):
            assert x["end"] <= y["start"], (a["id"], x["text"], y["text"])
        nq_spans = []
        for n in a["not_quotes"]:
            spans = [(i, i + len(n)) for i in _occurrences(text, n) if _prev_char(text, i) in MARKS]
            if not spans:
                raise SystemExit(f"{a['id']}: not_quote not found after a mark: {n!r}")
            nq_spans.extend(spans)
        ignore = []
        for n in a["ignore"]:
            i = _locate(a, n, None, False, "ignore")
            ignore.append(dict(text=n, start=i, end=i + len(n)))
        starts = ({q["start"] for q in quotes} | {s for s, _ in nq_spans}
                  | {g["start"] for g in ignore})
        for p in _opening_positions(a):
            j = p + 1
            while j < len(text) and text[j] in SPACES:
                j += 1
            if j not in starts:
                raise SystemExit(f"{a['id']}: opening mark at {p} not annotated: "
                                 f"{text[max(0, p - 40):p + 60]!r}")
        words = len(re.findall(r"\w+", text))
        if not 150 <= words <= 600:
            raise SystemExit(f"{a['id']}: {words} words")
        rows.append(dict(id=a["id"], style=a["style"], lang=a["lang"], text=text, quotes=quotes,
                         not_quotes=list(a["not_quotes"]), not_quote_spans=sorted(nq_spans),
                         ignore=ignore, words=words))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    return rows


# ---------------------------------------------------------------------------------------------
# US wire style (12)
# ---------------------------------------------------------------------------------------------
