"""The cue-verb pattern: a trie-shaped regex must find exactly what the plain alternation finds."""
import pytest
import regex
from hypothesis import given, settings, strategies as st

from quotecmp import lexicon
from quotecmp.grammar import _alternation, grammar

WORD = st.text(alphabet="abcdeé s", min_size=1, max_size=6).map(str.strip).filter(bool)


def _plain(words):
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _spans(alternation, text):
    pattern = regex.compile(rf"(?<![\p{{L}}\-])(?:{alternation})(?![\p{{L}}\-])", regex.I)
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=12), st.text(alphabet="abcdeé sA,.", max_size=80))
def test_trie_pattern_matches_what_the_plain_alternation_matches(words, text):
    assert _spans(_alternation(words), text) == _spans(_plain(words), text)


def test_real_cue_lists_agree_on_real_text():
    text = ("He said, adding that she had said so. Elle a déclaré puis a dit, a-t-il ajouté. "
            "Sie sagte, er fügte hinzu. Dijo que había dicho. They pointed   out the points out.")
    for lang, cues in lexicon.CUE_VERBS.items():
        assert _spans(_alternation(cues), text) == _spans(_plain(cues), text), lang


@pytest.mark.parametrize("text, expected", [
    ("Mr. Lee said that ", True), ("Mr. Lee said: ", True), ("Mr. Lee said, ", True),
    ("Mr. Lee said", True), ("Mr. Lee pointed out that", True), ("Mr. Lee said it ", False),
    ("the reads ", False), ("Mr. Lee says the ", False), ("", False),
])
def test_a_clause_that_ends_with_a_cue_verb(text, expected):
    assert grammar("en").ends_with_cue(text) is expected


_WORDS = st.sampled_from(["said", "says", "told", "pointed", "out", "called", "for", "the", "Mr.",
                          "Lee", "that", ":", ",", " ", "reads", "a-t-il", "added", "x", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=8), st.sampled_from(["en", "fr"]))
def test_ends_with_cue_agrees_with_one_anchored_pattern(words, lang):
    # the oracle: one pattern of every cue verb anchored at the end (what it replaces)
    g = grammar(lang)
    oracle = regex.compile(rf"(?:{g.cue.pattern})\s*(?:that|que|dass|qu'|:|,)?\s*$", regex.I)
    text = " ".join(words)
    assert g.ends_with_cue(text) == (oracle.search(text) is not None)
