"""Only the same utterance links, and the cost stays linear (issue #15).

A corpus in one house style: every story has its own people and words, and all share their
function words, their verbs of speech and their sentence shapes. Quotes of two stories must
never link; a cluster of many versions is diffed against its reference, not pair by pair.
"""
from __future__ import annotations

import json
import random

import pytest

import quotecmp
from quotecmp import scoring
from quotecmp.load import article_source
from quotecmp.models import Options, Source
from quotecmp.pipeline import quotes_of

CONS, VOW = "bdfgklmnprstvz", "aeiou"


def _word(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(CONS if i % 2 == 0 else VOW) for i in range(n))


def _story(k: int) -> dict[str, str]:
    """One story's own words: two people, a place, nouns, adjectives, verbs, a number."""
    rnd = random.Random(k)
    w = {f"n{i}": _word(rnd, rnd.randint(5, 8)) for i in range(6)}
    w.update({f"a{i}": _word(rnd, rnd.randint(5, 7)) for i in range(3)})
    w.update({f"v{i}": _word(rnd, rnd.randint(5, 7)) for i in range(3)})
    w.update(first=_word(rnd, 4).title(), last=_word(rnd, 7).title(), other=_word(rnd, 6).title(),
             place=_word(rnd, 7).title(), num=str(rnd.randint(11, 97)))
    return w


ARTICLE = (
    "{place} {n0} {v0} amid {n1}\n\n"
    "“He is like a {a0} {n2},” said the Rev. Al {last}.\n\n"
    "{first} {last}, the {n3} of {place}, said the {n4} would {v1} the {n5} by {num} percent. "
    "“We will {v1} the {n5} and we will not {v2} the {n4} of {place},” {last} told reporters in "
    "{place} on Tuesday.\n\n"
    "The {n0} has been {a1} for months, according to the {n3}. “It is {a2},” {other} said of the "
    "{n1} in {place}.\n\n"
    "“I think the {n2} is what it is, and the {n4} of {place} will say so again,” {other} added."
)


def _articles(stories: int) -> list[dict]:
    """Two outlets per story; the second rewords one word of a long quote."""
    rows = []
    for k in range(stories):
        w = _story(k)
        text = ARTICLE.format(**w)
        rows.append({"id": f"s{k:03d}-wire", "story_truth": k, "text": text})
        rows.append({"id": f"s{k:03d}-paper", "story_truth": k,
                     "text": text.replace("will not", "shall not", 1)})
    return rows


def _sources(rows: list[dict], **meta) -> list[Source]:
    return [article_source({"id": r["id"], "text": r["text"], **meta}) for r in rows]


def _story_of(source_id: str) -> str:
    return source_id.split("-")[0]


def test_stories_in_one_house_style_never_link():
    rows = _articles(30)          # 60 articles without story labels: more than one story
    result = quotecmp.compare_sources(_sources(rows))
    src = {q.id: q.source for q in result.quotes}
    linked_stories = set()
    for c in result.clusters:
        stories = {_story_of(src[i]) for i in c.quotes}
        assert len(stories) == 1, [next(q.text for q in result.quotes if q.id == i) for i in c.quotes]
        if len(c.sources) == 2:
            linked_stories.add(stories.pop())
    # each story's two outlets still find each other's quotes
    assert len(linked_stories) == 30
    per_story = {}
    for c in result.clusters:
        if len(c.sources) == 2:
            per_story[_story_of(c.sources[0])] = per_story.get(_story_of(c.sources[0]), 0) + 1
    assert min(per_story.values()) == 4
    # the reworded quote is a wording difference within its story, and nothing is high
    assert all(d.severity != "high" for d in result.differences)
    assert sum("wording" in d.kinds for d in result.differences) == 30
    # "missing" looks only inside a story
    for c in result.clusters:
        assert all(_story_of(m) == _story_of(c.sources[0]) for m in c.missing)


def test_a_story_given_as_one_links_on_its_words_and_sentence():
    """Up to 50 unlabelled articles are one story: versions are found on their words alone."""
    rows = _articles(2)[:2]
    result = quotecmp.compare_sources(_sources(rows))
    assert sum(len(c.sources) == 2 for c in result.clusters) == 4   # every quote of the article


def _pair(text_a: str, text_b: str, *, known: bool = False):
    """The quotes of two articles and a scorer that knows no story (a large corpus)."""
    sa, sb = article_source({"id": "a", "text": text_a}), article_source({"id": "b", "text": text_b})
    qa, qb = quotes_of(sa, Options()), quotes_of(sb, Options())
    scorer = scoring.Scorer(qa + qb, {"a": text_a, "b": text_b}, Options(),
                            stories={"a": "" if known else None, "b": "" if known else None})
    return qa, qb, scorer


@pytest.mark.parametrize("a, b, linked", [
    # the issue's example: function words, sentence shape, title and first name shared
    ("“He is like a recurring nightmare,” said the Rev. Al Sharpton.",
     "“He is like a loselwu gonanso,” said the Rev. Al Hutenpli.", False),
    # a generic short quote said by two people in two stories
    ("“We will win,” Maria Lopez told supporters in Denver.",
     "“We will win,” Tom Baker told voters in Leeds.", False),
    # the same few words given to two people in one sentence of one story: one utterance
    ("“We will win,” Maria Lopez told supporters at the Fairgrounds rally in Denver.",
     "“We will win,” Tom Baker told supporters at the Fairgrounds rally in Denver.", True),
    # the same speaker, few words, no other story words around them
    ("“We will win,” said Maria Lopez.", "“We will win,” Maria Lopez said.", True),
    # one word in two stories, with one word of their sentences in common: two utterances
    ("Senator Ann Poe called the Denver budget a “disaster” on Monday.",
     "The Denver zoo is a “disaster”, he wrote in a letter.", False),
    # one word said by one person
    ("Ann Poe called the plan a “disaster” on Monday.",
     "The plan is a “disaster”, Ann Poe said.", True),
    # one word of meaning among function words, said by two people in two stories
    ("“I haven't read it yet, but I'm going to,” his lawyer said.",
     "“I haven't read it yet, but I'm planning to,” his spokesman said.", False),
    # ... and by one person
    ("“I haven't read it yet, but I'm going to,” said Ann Poe.",
     "“I haven't read it yet, but I'm keen to,” Ann Poe told reporters.", True),
    # a long quote of one house style: a shared verb among different words of meaning
    ("“I have asked the council to fund the bridge, and they said no,” Ann Poe said.",
     "“I have asked the board to lower the tariff, and they said no,” Ann Poe said.", False),
    # a long statement given to two people, with words only one utterance has
    ("“The Zagreb accord on barley tariffs collapsed overnight,” said Ivo Kralj.",
     "“The Zagreb accord on barley tariffs collapsed overnight,” said Ana Horvat.", True),
])
def test_which_pairs_may_be_one_utterance_outside_a_story(a, b, linked):
    qa, qb, scorer = _pair(a, b)
    assert len(qa) == len(qb) == 1
    x, y = qa[0].id, qb[0].id
    got = scorer.supported(x, y) and scorer.score(x, y) >= scorer.threshold(x, y)
    assert got == linked


def test_within_a_known_story_no_shared_word_of_meaning_is_no_utterance():
    qa, qb, scorer = _pair("“He is like a recurring nightmare,” said the Rev. Al Sharpton.",
                           "“He is like a loselwu gonanso,” said the Rev. Al Hutenpli.", known=True)
    assert not scorer.supported(qa[0].id, qb[0].id)
    result = quotecmp.compare_sources(_sources([
        {"id": "a", "text": "“He is like a recurring nightmare,” said the Rev. Al Sharpton."},
        {"id": "b", "text": "“He is like a loselwu gonanso,” said the Rev. Al Hutenpli."}]))
    assert all(len(c.sources) == 1 for c in result.clusters)


def test_within_a_known_story_a_reworded_quote_still_links():
    a = "“Some people will suffer,” Ann Poe said at the hearing on Tuesday."
    b = "“Some residents will suffer,” Ann Poe said at the hearing on Tuesday."
    qa, qb, scorer = _pair(a, b, known=True)
    assert scorer.supported(qa[0].id, qb[0].id)


@pytest.mark.parametrize("text, lang, want", [
    ("It is what it is, and it will be so again.", "en", set()),
    ("NATO's position on l'alliance", "en", {"nato", "posit", "allia"}),
    ("L'OTAN dénonce l'alignement de la Chine", "fr", {"otan", "dénon", "align", "chine"}),
    ("Wir werden das nicht akzeptieren", "de", {"akzep"}),
    ("We paid 30 percent", None, {"paid", "30", "perce"}),
])
def test_meaning_words(text, lang, want):
    assert scoring.meaning_words(text, lang) == frozenset(want)


# --- differences against the reference --------------------------------------------------------

STATEMENT = ("“Our alliance will not be intimidated by threats from any quarter, and we will "
             "respond to every provocation in kind,” Jens Stoltenberg told reporters in Brussels.")


def _reprints(n: int, earliest: int) -> list[Source]:
    out = []
    for i in range(n):
        text = STATEMENT if i % 3 else STATEMENT.replace("every provocation", "each provocation")
        day = 1 if i == earliest else 5 + i
        out.append(article_source({"id": f"outlet{i:02d}", "text": f"Headline {i}\n\n{text}",
                                   "published": f"2024-03-{day:02d}", "story": "s"}))
    return out


def test_many_versions_are_compared_with_the_reference_only():
    result = quotecmp.compare_sources(_reprints(20, earliest=7))
    (cluster,) = [c for c in result.clusters if len(c.sources) > 1]
    ref = next(q for q in result.quotes if q.id == cluster.reference)
    assert ref.source == "outlet07"                # the earliest publication
    assert cluster.quotes[0] == cluster.reference
    assert len(result.differences) == 19            # not 190
    assert all(d.a == cluster.reference for d in result.differences)
    assert json.loads(json.dumps(result.to_dict()))["clusters"][0]["reference"] == cluster.reference


def test_a_few_versions_keep_every_pair():
    result = quotecmp.compare_sources(_reprints(5, earliest=2))
    (cluster,) = [c for c in result.clusters if len(c.sources) > 1]
    assert result.quotes[0].source == "outlet00"
    assert next(q.source for q in result.quotes if q.id == cluster.reference) == "outlet02"
    assert len(result.differences) == 10


# --- the corpus agrees -------------------------------------------------------------------------

def test_corpus_of_many_stories_gives_compare_s_tables(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from quotecmp.corpus import run_corpus
    from quotecmp.table import TABLES
    rows = _articles(30)
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows),
                    encoding="utf-8")
    options = Options(recover_unmarked=False, encoder="none")
    compared = quotecmp.compare([path], options)
    run_corpus([path], tmp_path / "out", options=options, workers=1, chunk_rows=16)
    corpus = {name: pd.read_parquet(tmp_path / "out" / f"{name}.parquet") for name in TABLES}
    from test_parity import _as_tables
    want, got = _as_tables(compared.to_frames()), _as_tables(corpus)
    for name in TABLES:
        assert got[name] == want[name], name
    assert len(compared.differences) >= 120
