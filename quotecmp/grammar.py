"""Compiled patterns per language, built once from the word lists in :mod:`quotecmp.lexicon`."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from . import lexicon

LANGS = tuple(lexicon.CUE_VERBS)
_CUE_TAIL = regex.compile(r"\s*(?:that|que|dass|qu'|:|,)?\s*$", regex.I)
_LONGEST_CUE = 2 * max(len(w) for words in lexicon.CUE_VERBS.values() for w in words)


def _alternation(words) -> str:
    """The words as one pattern shaped like a trie ("sa(?:id|ys)"): a plain alternation of a
    few hundred cue verbs makes the engine try each of them at every position, three times
    slower. Longer words still win (a branch goes on before it may stop); a space matches any
    run of spaces."""
    tree: dict = {}
    for w in set(words) - {""}:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else regex.escape(ch)) + emit(node[ch])
                for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


@dataclass(frozen=True)
class Grammar:
    lang: str
    cue: regex.Pattern
    according: regex.Pattern
    inverted_pronoun: regex.Pattern | None
    pronouns: dict[str, str]
    adverbial_tail: regex.Pattern
    naming_tail: regex.Pattern
    negations: frozenset[str]

    def is_pronoun(self, word: str) -> bool:
        return word.casefold() in self.pronouns

    def ends_with_cue(self, text: str) -> bool:
        """``text`` ends with a cue verb, then perhaps "that" or a colon ("… she said that ").
        (One more pattern holding every cue verb would cost as much to compile as ``cue``.)"""
        tail = _CUE_TAIL.search(text)
        end = tail.start() if tail else len(text)
        return any(m.end() == end for m in self.cue.finditer(text, max(0, end - _LONGEST_CUE), end))


@functools.cache
def grammar(lang: str | None) -> Grammar:
    lang = lang if lang in lexicon.CUE_VERBS else "en"
    cues = lexicon.CUE_VERBS[lang]
    # a cue verb is written in lower case ("the United States needs" holds no "states"); in
    # English a word after a possessive or a determiner is a noun ("Clark's comments", "the
    # reads"), not a verb
    # ("He’s claiming": a pronoun's "’s" is "is", no possessive)
    noun_context = (r"(?<!(?:(?<!\b(?i:he|she|it|that|who|there|what|here))['’]s|"
                    r"\b(?:the|his|her|their|its|a|an|these|those|this|my|our|your|"
                    r"whose|new|latest|recent|public|written|earlier|previous))\s+)"
                    if lang == "en" else "")
    # a verb in -s that is a plural noun after a preposition, a quantifier or a party
    # ("Republican claims", "Asian states", "news reports", "sent to states"): tested at the end
    # of a match only, not at every word start
    plural_noun = (r"(?<!\b(?:to|of|in|for|on|about|from|many|some|several|such|"
                   r"(?-i:news|media|press|racial|Republican|Democratic|Democrat|GOP|Asian|"
                   r"European|African|American))\s+\p{Ll}+s)") if lang == "en" else ""
    # \b first: the engine skips to word starts fast, and only there tries the lookbehinds
    cue = regex.compile(rf"\b(?-i:(?=\p{{Ll}}))(?<![\p{{L}}\-]){noun_context}(?:{_alternation(cues)})"
                        rf"(?![\p{{L}}\-]){plural_noun}", regex.I)
    according = regex.compile(rf"(?<!\p{{L}})(?:{_alternation(lexicon.ACCORDING_TO)})(?!\p{{L}})",
                              regex.I)
    inverted = None
    if lang == "fr":
        # "a-t-il estimé", "avait-elle dit", "dit-il", "ajoute-t-elle"
        inverted = regex.compile(
            r"(?P<cue>(?:a|avait|aurait|ont|a-t)?-?t?-?(?P<m>il|elle|ils|elles|on)\s+\p{L}+"
            r"|\p{L}+-t-(?P<m2>il|elle|on)|\p{L}+-(?P<m3>il|elle|ils|elles))", regex.I)
    days = "|".join(lexicon.WEEKDAYS)
    months = "|".join(lexicon.MONTHS)
    adv = _alternation(lexicon.ADVERBS)
    adverbial_tail = regex.compile(
        rf"(?:[\s,]+(?:(?:on|this|last|next|late|early|le|ce|am)\s+)?(?:{days})"
        rf"(?:\s+(?:morning|afternoon|evening|night))?"
        rf"|[\s,]+(?:on\s+)?(?:{months})\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
        rf"|[\s,]+\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?"
        rf"|\s+(?:{adv})|\s*,)\s*$", regex.I)
    naming = regex.compile(rf"(?<!\p{{L}})(?:{_alternation(lexicon.NAMING_CUES)}|"
                           rf"{'|'.join(lexicon.NAMING_PATTERNS)}),?\s*$", regex.I)
    return Grammar(lang=lang, cue=cue, according=according, inverted_pronoun=inverted,
                   pronouns=lexicon.PRONOUNS.get(lang, lexicon.PRONOUNS["en"]),
                   adverbial_tail=adverbial_tail, naming_tail=naming,
                   negations=lexicon.NEGATIONS.get(lang, lexicon.NEGATIONS["en"]))
