"""Issue #13: the kinds and severity of a difference do not depend on which version comes first.

The direction (which version is shorter, which one carries the "not") stays in the word
operations, which read from ``b``'s side of ``a`` and mirror exactly when the pair is swapped.
"""
import pytest
from hypothesis import given, settings, strategies as st

from quotecmp.diff import compare_pair
from test_diff import q

MIRROR = {"insert": "delete", "delete": "insert", "replace": "replace", "equal": "equal"}


def both_ways(a, b, **kw):
    return compare_pair(a, b, **kw), compare_pair(b, a, **kw)


def mirrored(ops):
    return tuple((MIRROR[tag], b_words, a_words) for tag, a_words, b_words in ops)


# pairs that named different kinds in one order than in the other before the fix
ASYMMETRIC = [
    # the shape: wording, number_changed, cue_verb one way, negation_changed added the other
    ("We will send no 300 tanks", "We will never send 30 tanks", "said", "warned"),
    ("We will send no tanks to the front before the winter begins",
     "We will send 300 not the front before the winter begins", "said", "warned"),
    ("We sent not 300 but 30 tanks", "We sent 30 tanks, never 300", "said", "said"),
    ("not", "we no", "said", "said"),
    ("no", "we 30", "said", "said"),
    ("30 not", "no", "warned", "said"),
    ("can not we", "the can", "said", "said"),
    ("never we can", "can no", "said", "warned"),
]


@pytest.mark.parametrize("a_text, b_text, a_cue, b_cue", ASYMMETRIC)
def test_kinds_and_severity_do_not_depend_on_order(a_text, b_text, a_cue, b_cue):
    ab, ba = both_ways(q(a_text, cue=a_cue), q(b_text, source="b", cue=b_cue))
    assert set(ab.kinds) == set(ba.kinds)
    assert ab.severity == ba.severity
    assert ba.ops == mirrored(ab.ops)


@pytest.mark.parametrize("a, b, kinds", [
    (q("We will send 300 tanks to the front"), q("We will send 300 tanks", source="b"),
     {"truncated"}),
    (q("We will send 300 tanks"), q("We will not send 300 tanks", source="b"),
     {"wording", "negation_changed"}),
    (q("We will send 300 tanks"), q("We will send 30 tanks", source="b"),
     {"wording", "number_changed"}),
    (q("We will send 300 tanks"), q("We will send 300 tanks", source="b", kind="unmarked", marks=""),
     {"identical", "quote_marks_lost"}),
    (q("We will send 300 tanks"), q("We will send 300 tanks", source="b", speaker="John Roe"),
     {"identical", "misattributed"}),
])
def test_directed_kinds_keep_their_direction_in_the_ops(a, b, kinds):
    ab, ba = both_ways(a, b)
    assert set(ab.kinds) == set(ba.kinds) == kinds
    assert (ab.a, ab.b) == (ba.b, ba.a)
    assert ba.ops == mirrored(ab.ops)


def test_a_cut_reads_as_a_delete_from_the_longer_side():
    ab, ba = both_ways(q("We will send 300 tanks to the front"), q("We will send 300 tanks", source="b"))
    assert ab.ops[-1] == ("delete", "to the front", "")
    assert ba.ops[-1] == ("insert", "", "to the front")


def test_across_languages_too():
    a = q("Nous n'enverrons pas 300 chars au front avant l'hiver")
    b = q("We will send 30 tanks", source="b", cue="warned")
    ab = compare_pair(a, b, lang_a="fr", lang_b="en")
    ba = compare_pair(b, a, lang_a="en", lang_b="fr")
    assert set(ab.kinds) == set(ba.kinds) and ab.severity == ba.severity


VOCAB = ["we", "will", "send", "tanks", "to", "the", "front", "winter", "peace", "talks",
         "300", "30", "three", "1,500", "2023", "not", "never", "no", "won't", "cannot",
         "said", "warned", "told", "insisted"]
words = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=12)
CUES = st.sampled_from(["said", "warned", "told", "insisted", None])


@st.composite
def pairs(draw):
    """A text and an edited copy of it (words replaced, inserted and dropped), or two texts
    drawn apart, with cues, speakers and marks that may differ."""
    a = draw(words)
    if draw(st.booleans()):
        b = list(a)
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(b)))
            what = draw(st.sampled_from(["insert", "replace", "delete"]))
            if what == "insert" or not b:
                b.insert(at, draw(st.sampled_from(VOCAB)))
            elif what == "replace":
                b[min(at, len(b) - 1)] = draw(st.sampled_from(VOCAB))
            elif len(b) > 1:
                del b[min(at, len(b) - 1)]
    else:
        b = draw(words)
    side = {"a": {}, "b": {}}
    for name in side:
        side[name] = {"cue": draw(CUES),
                      "speaker": draw(st.sampled_from(["Jane Doe", "Doe", "John Roe"])),
                      "kind": draw(st.sampled_from(["direct", "direct", "unmarked"]))}
        side[name]["marks"] = "" if side[name]["kind"] == "unmarked" else draw(
            st.sampled_from(["“”", '""']))
    return (q(" ".join(a), **side["a"]), q(" ".join(b), source="b", **side["b"]))


@settings(max_examples=400, deadline=None)
@given(pairs(), st.sampled_from([(None, None), ("en", "en"), ("en", None), ("fr", "en")]))
def test_property_kinds_and_severity_are_symmetric(pair, langs):
    a, b = pair
    lang_a, lang_b = langs
    ab = compare_pair(a, b, lang_a=lang_a, lang_b=lang_b)
    ba = compare_pair(b, a, lang_a=lang_b, lang_b=lang_a)
    assert set(ab.kinds) == set(ba.kinds)
    assert ab.severity == ba.severity
    assert ab.similarity == pytest.approx(ba.similarity)
    assert ba.ops == mirrored(ab.ops)


@pytest.mark.parametrize("a_text, b_text, negated", [
    # how one stretch of changed words splits into edits is the aligner's tie, not a new denial
    ("not", "we no", False),
    ("30 not", "no", False),
    ("We will send no tanks to the front", "We will send 300 not the front", False),
    # a "not" that moved past kept words denies something else
    ("I had not my chances. I had a match point", "I had my chances. I had not a match point", True),
    # French "ne" elided onto its verb counts as "ne" does
    ("il n'a rien dit de plus", "il ne dit rien de plus", False),
    ("il n'y aura plus de patients", "il y aura plus de patients", True),
])
def test_negations_are_counted_per_stretch_of_changed_words(a_text, b_text, negated):
    lang = "fr" if a_text.startswith("il ") else "en"
    for d in both_ways(q(a_text), q(b_text, source="b"), lang_a=lang, lang_b=lang):
        assert ("negation_changed" in d.kinds) is negated
