"""Words and sentences, with their offsets: the one tokenizer and sentence splitter of every stage.

Every stage cuts text the same way, so a word one stage counts is the word another compares and
an offset one stage finds slices the same source for the next:

- :data:`WORD` — a word: letters and digits, with the apostrophes inside it ("don't", "l'OTAN"
  is "l'OTAN"); what normalisation folds, alignment compares and extraction counts.
- :data:`NUMBER_OR_WORD` — the same, with a number kept whole ("1,500", "2.5", "30%"): what a
  difference compares word by word.
- :data:`NAME_WORD` — a word of a name or a role: hyphens inside it and the full stop of an
  abbreviation ("Jean-Pierre", "Sen.", "J."): what attribution reads speakers from.
- :data:`BOUNDARY` and :func:`sentence_spans` — where a sentence ends: a full stop, a question or
  exclamation mark (closing marks and brackets after it kept with it) before a space and anything
  but a lower-case word, or a line break; not after a title ("Dr."), an initial ("Laurence H.
  Tribe", "J.M. Berger") or a party and state in brackets ("(D-Mo.)").
"""
from __future__ import annotations

import regex

from . import lexicon

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")
NUMBER_OR_WORD = regex.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?%?|" + WORD.pattern)
NAME_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*\.?")

# "said Dr. Angela Ruiz": the full stop of a title before a name is no sentence end
TITLE_STOP = "|".join(sorted(set(lexicon.NAME_ABBREVIATIONS), key=len, reverse=True))
# and nor does a middle initial ("said Laurence H. Tribe", "said J.M. Berger"), though "the U.S.
# He" still does; nor a party and state in brackets ("Sen. Claire McCaskill (D-Mo.) said"), nor a
# full stop before a lower-case word ("a D.C. lobbyist", "at 3 p.m. on Tuesday")
BOUNDARY = regex.compile(rf"(?:(?<!(?<!\p{{L}})(?:{TITLE_STOP}|\p{{Lu}})(?=\.\s+\p{{Lu}}))"
                         rf"(?<!\(\p{{Lu}}{{1,2}}-\p{{L}}{{1,8}})[.!?…]+[\"”’»)\]]*\s+(?!\p{{Ll}}))"
                         r"|\n|(?<=\p{L}{2}[.!?])(?=\p{Lu}\p{Ll})")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` with its closing punctuation and marks; the
    space and line breaks between sentences are left out."""
    out, start = [], 0
    for m in BOUNDARY.finditer(text):
        end = m.start() + len(m.group().rstrip())
        if end > start:
            out.append((start, end))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out
