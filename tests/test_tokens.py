"""The one tokenizer and sentence splitter every stage uses (quotecmp.tokens)."""
import pytest
from hypothesis import given, strategies as st

from quotecmp.tokens import NAME_WORD, NUMBER_OR_WORD, WORD, sentence_spans


@pytest.mark.parametrize("text, expected", [
    ("Don't stop.", ["Don't", "stop"]),
    ("l’OTAN a dit", ["l’OTAN", "a", "dit"]),
    ("Jean-Pierre said", ["Jean", "Pierre", "said"]),
])
def test_words(text, expected):
    assert WORD.findall(text) == expected


def test_numbers_stay_whole_and_names_keep_their_hyphens_and_abbreviations():
    assert NUMBER_OR_WORD.findall("we paid 1,500 euros, 2.5% more") == \
        ["we", "paid", "1,500", "euros", "2.5%", "more"]
    assert NAME_WORD.findall("Sen. Jean-Pierre J. Dupont") == ["Sen.", "Jean-Pierre", "J.", "Dupont"]


@pytest.mark.parametrize("text, expected", [
    ("He left. She stayed.", ["He left.", "She stayed."]),
    ("said Dr. Angela Ruiz. Then", ["said Dr. Angela Ruiz.", "Then"]),
    ("said J.M. Berger, a fellow. Then", ["said J.M. Berger, a fellow.", "Then"]),
    ("said Laurence H. Tribe on Monday.", ["said Laurence H. Tribe on Monday."]),
    ("at 3 p.m. on Tuesday. Next", ["at 3 p.m. on Tuesday.", "Next"]),
    ("“It is over.” He left.\nNew line", ["“It is over.”", "He left.", "New line"]),
])
def test_sentence_spans(text, expected):
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n“”JM")), max_size=60))
def test_sentence_spans_slice_the_text_in_order(text):
    spans = sentence_spans(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
