"""The cue-verb pattern: a trie-shaped regex must find exactly what the plain alternation finds."""
import regex
from hypothesis import given, settings, strategies as st

from quotecmp import lexicon
from quotecmp.grammar import _alternation

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
