"""Known edits through the whole pipeline: two outlets print one statement, one of them edited.

The edited outlet's version must land in the same cluster as the original, with the edit's kind
found and no other high-severity kind (a false "number changed" is worse than none).
"""
from hypothesis import HealthCheck, given, settings, strategies as st

import quotecmp
from quotecmp.models import Source

CONTENT = ["budget", "schools", "hospital", "border", "farmers", "railway", "harbour", "pensions",
           "reform", "taxes", "drought", "rents", "tariffs", "nurses", "strike", "inquiry",
           "bridge", "floods", "wages", "exports"]
FUNCTION = ["the", "and", "for", "our", "this", "with", "in", "to"]
HIGH = {"number_changed", "negation_changed", "misattributed"}


@st.composite
def statements(draw):
    words = []
    for i in range(draw(st.integers(min_value=10, max_value=16))):
        words.append(draw(st.sampled_from(CONTENT if i % 2 else FUNCTION)))
    n = draw(st.integers(min_value=2, max_value=899))
    at = draw(st.integers(min_value=3, max_value=len(words) - 2))
    return "We will protect " + " ".join(words[:at] + [str(n)] + words[at:])


def article(quote: str, speaker: str = "Maria Lopez", marked: bool = True) -> str:
    body = f"\u201c{quote},\u201d {speaker} said." if marked else f"{quote}, {speaker} said."
    return (f"{speaker} spoke in the capital on Monday.\n\n{body}\n\n"
            "The talks will continue next week, officials said.\n")


def run(a_text: str, b_text: str):
    sources = [Source(id="wire", path="wire.txt", lang="en", text=a_text),
               Source(id="paper", path="paper.txt", lang="en", text=b_text)]
    result = quotecmp.compare_sources(sources)
    shared = [c for c in result.clusters if len(c.sources) == 2]
    assert len(shared) == 1, [q.text for q in result.quotes]
    diffs = [d for d in result.differences if d.cluster == shared[0].id]
    assert len(diffs) == 1
    return set(diffs[0].kinds)


COMMON = dict(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings(**COMMON)
@given(statements(), st.data())
def test_swapped_word(quote, data):
    words = quote.split()
    i = data.draw(st.integers(min_value=3, max_value=len(words) - 1))
    if words[i].isdigit():
        return
    words[i] = "zebras" if words[i] != "zebras" else "lions"
    kinds = run(article(quote), article(" ".join(words)))
    assert "wording" in kinds and not kinds & HIGH


@settings(**COMMON)
@given(statements(), st.integers(min_value=2, max_value=4))
def test_cut(quote, k):
    words = quote.split()
    cut = " ".join(w for w in words[: len(words) - k])
    kinds = run(article(quote), article(cut))
    assert "truncated" in kinds and not kinds & HIGH


@settings(**COMMON)
@given(statements(), st.integers(min_value=1, max_value=50))
def test_changed_number(quote, delta):
    changed = " ".join(str(int(w) + delta) if w.isdigit() else w for w in quote.split())
    kinds = run(article(quote), article(changed))
    assert "number_changed" in kinds and not kinds & (HIGH - {"number_changed"})


@settings(**COMMON)
@given(statements())
def test_added_not(quote):
    negated = quote.replace("We will protect", "We will not protect", 1)
    kinds = run(article(quote), article(negated))
    assert "negation_changed" in kinds and not kinds & (HIGH - {"negation_changed"})


@settings(**COMMON)
@given(statements())
def test_other_speaker(quote):
    kinds = run(article(quote), article(quote, speaker="Peter Novak"))
    assert "misattributed" in kinds and not kinds & (HIGH - {"misattributed"})


@settings(**COMMON)
@given(statements())
def test_marks_dropped(quote):
    kinds = run(article(quote), article(quote, marked=False))
    assert "quote_marks_lost" in kinds and not kinds & HIGH
