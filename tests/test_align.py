"""Alignment: the same utterance clusters, unrelated quotes stay apart, order does not matter."""
import itertools

from hypothesis import given, settings, strategies as st

import quotecmp
from quotecmp.clustering import candidate_pairs, cluster
from quotecmp.models import Options, Quote
from quotecmp.scoring import Scorer


def make(tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return quotecmp.compare([tmp_path])


def clusters_by_text(c):
    by_id = {q.id: q for q in c.quotes}
    return sorted(sorted((by_id[i].source, by_id[i].text) for i in cl.quotes) for cl in c.clusters)


def test_reworded_quote_clusters_and_unrelated_stays_apart(tmp_path):
    c = make(tmp_path, {
        "a.txt": '"We will never abandon the farmers of this region, whatever the cost," the minister said.\n'
                 '"The weather was fine today in the capital and everyone enjoyed it," '
                 'a resident told reporters.\n',
        "b.txt": '"We will never abandon the farmers of the region, whatever it costs," '
                 'Minister Jane Doe said.\n',
    })
    shared = [cl for cl in c.clusters if len(cl.sources) == 2]
    assert len(shared) == 1
    texts = {c.quote(i).text for i in shared[0].quotes}
    assert any("farmers of this region" in t for t in texts)
    assert all("weather" not in t for t in texts)


def test_a_few_words_and_a_few_more_in_one_sentence_are_one_quote(tmp_path):
    """After "said," the words read as a statement, run into "said" as a few words of the
    writer's sentence; in sentences all but alike they are one quote, and the "not" one version
    added is the difference."""
    frame = ("Climate plan announced.\n\nSo when Patriot signaled that it would make a deal with "
             "Mr. Clarke, Mr. Barrett said{} \"{}\"\n\nOthers disagreed.\n")
    c = make(tmp_path, {"a.txt": frame.format(",", "we were floored."),
                        "b.txt": frame.format("", "we were not floored.")})
    assert {q.kind for q in c.quotes} == {"partial", "direct"}
    (shared,) = [cl for cl in c.clusters if len(cl.sources) == 2]
    (d,) = c.differences
    assert "negation_changed" in d.kinds


def test_a_few_words_quoted_in_another_sentence_stay_apart_from_the_statement(tmp_path):
    c = make(tmp_path, {
        "a.txt": 'Mr. Barrett said, "We were floored by the deal and we will fight it in court."\n',
        "b.txt": 'Critics of the plan, angry at the board, say they were "floored by the deal" '
                 'announced on Monday.\n'})
    assert not [cl for cl in c.clusters if len(cl.sources) == 2]


def test_unmarked_recovery(tmp_path):
    c = make(tmp_path, {
        "a.txt": 'The minister spoke on Monday. '
                 '"Our schools will reopen on the first of September for every pupil," she said.\n',
        "b.txt": 'The minister spoke on Monday. '
                 'Our schools will reopen on the first of September for every pupil, she said.\n',
    })
    unmarked = [q for q in c.quotes if q.kind == "unmarked"]
    assert len(unmarked) == 1 and unmarked[0].source == "b"
    src = next(s for s in c.sources if s.id == "b")
    assert src.text[unmarked[0].start:unmarked[0].end] == unmarked[0].text
    assert unmarked[0].text.startswith("Our schools") and unmarked[0].text.endswith("every pupil")
    kinds = {k for d in c.differences for k in d.kinds}
    assert "quote_marks_lost" in kinds


def _quotes(texts_by_source):
    quotes, texts = [], {}
    for sid, items in texts_by_source.items():
        body = ""
        for t in items:
            start = len(body) + 1
            body += f'"{t}" he said. '
            quotes.append(Quote(id=f"{sid}#{start}", source=sid, text=t, start=start,
                                end=start + len(t), kind="direct", speaker="X Y",
                                context_start=start - 1, context_end=start + len(t) + 10))
        texts[sid] = body
    return quotes, texts


WORDS = ["budget", "schools", "tanks", "winter", "farmers", "border", "talks", "peace", "deal",
         "taxes", "hospital", "river", "bridge", "election", "court", "police"]
statement = st.lists(st.sampled_from(WORDS), min_size=7, max_size=12).map(lambda ws: "we " + " ".join(ws))


@settings(max_examples=30, deadline=None)
@given(st.lists(statement, min_size=2, max_size=5, unique=True), st.randoms(use_true_random=False))
def test_property_clusters_do_not_depend_on_order(statements, rnd):
    src = {"s1": statements, "s2": [s.replace("we ", "we all ", 1) for s in statements],
           "s3": list(reversed(statements))}
    quotes, texts = _quotes(src)
    options = Options()
    first = sorted(map(tuple, cluster(quotes, Scorer(quotes, texts, options))))
    shuffled = quotes[:]
    rnd.shuffle(shuffled)
    second = sorted(map(tuple, cluster(shuffled, Scorer(shuffled, texts, options))))
    assert first == second
    # one quote per source in every cluster
    by_id = {q.id: q for q in quotes}
    for ids in first:
        sources = [by_id[i].source for i in ids]
        assert len(sources) == len(set(sources))


@settings(max_examples=30, deadline=None)
@given(st.lists(statement, min_size=2, max_size=6, unique=True))
def test_blocking_finds_every_pair_brute_force_would_link(statements):
    """Oracle: scoring all cross-source pairs links nothing the blocked candidates miss."""
    src = {"s1": statements, "s2": [s + " today" for s in statements[::-1]]}
    quotes, texts = _quotes(src)
    scorer = Scorer(quotes, texts, Options())
    blocked = candidate_pairs(quotes, scorer)
    for a, b in itertools.combinations(quotes, 2):
        if a.source != b.source and scorer.score(a.id, b.id) >= scorer.threshold(a.id, b.id):
            assert tuple(sorted((a.id, b.id))) in blocked


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS + ["the", "and", "of"]), min_size=1, max_size=16),
                min_size=2, max_size=6))
def test_pairs_skipped_before_scoring_never_reach_their_threshold(word_lists):
    """Oracle for the shortcut: a pair ``may_link`` rules out scores under its threshold."""
    src = {f"s{i}": [" ".join(ws)] for i, ws in enumerate(word_lists)}
    quotes, texts = _quotes(src)
    scorer = Scorer(quotes, texts, Options())
    for a, b in itertools.combinations(quotes, 2):
        if not scorer.may_link(a.id, b.id):
            assert scorer.score(a.id, b.id) < scorer.threshold(a.id, b.id)


def test_a_statement_reprinted_past_the_small_bucket_limit_is_one_cluster():
    """Every word of wire copy printed by 150 sources is in 150 quotes: the big buckets pair
    sorted neighbours, so the copies and their variants still meet."""
    from quotecmp.settings import SETTINGS
    stmt = "we will not accept tariffs on steel exports before the harbour inquiry reports in march"
    src = {f"s{i:03d}": [stmt if i % 4 else stmt.replace("march", "april")] for i in range(150)}
    src["s007"] = ["frankly " + stmt]
    quotes, texts = _quotes(src)
    assert len(quotes) > SETTINGS.blocking.max_bucket
    groups = cluster(quotes, Scorer(quotes, texts, Options()))
    assert sorted(len(g) for g in groups) == [150]


def test_a_short_quote_in_a_short_sentence_is_recovered_without_marks():
    """Four words in a sentence too short to judge by its other words: found only where the
    whole sentence is printed word for word (and not in a sentence that merely shares them)."""
    from quotecmp.models import Source
    a = ("Fiona MacAulay leads the dig. ‘That’s how science works,’ she told BBC Scotland. "
         "‘If we’re wrong, we’ll say so.’\n")
    b = ("Fiona MacAulay leads the dig. That’s how science works, she told BBC Scotland. "
         "‘If we’re wrong, we’ll say so.’\n")
    c = ("Fiona MacAulay leads the dig. That’s how science works, a colleague said on Radio "
         "Orkney. ‘If we’re wrong, we’ll say so.’\n")
    for target, found in ((b, True), (c, False)):
        comp = quotecmp.compare_sources([Source(id="a", path="a", text=a, lang="en"),
                                         Source(id="b", path="b", text=target, lang="en")])
        unmarked = [q.text for q in comp.quotes if q.source == "b" and q.kind == "unmarked"]
        assert unmarked == (["That’s how science works"] if found else [])


def test_glued_words_are_split_but_ordinary_words_are_not():
    from quotecmp.unmarked import _tokens
    text = "She told BBC Scotland and the borderswith Iceland, breathe."
    assert [text[a:b] for a, b in _tokens(text, 0, len(text))] == [
        "She", "told", "BBC", "Scotland", "and", "the", "borders", "with", "Iceland", "breathe"]


def test_an_unmarked_copy_is_found_whole_when_one_version_changed_its_last_word():
    """Every version of the utterance is searched for: the one that changed its last word
    would end the recovered span a word early (and call it truncated)."""
    from quotecmp.models import Source
    base = "Somebody sat here and cooked a meal before the pyramids were built"
    texts = {"a": f"Fiona MacAulay led the dig. “{base}.” she said.\n",
             "b": f"Fiona MacAulay led the dig. “{base.replace('built', 'raised')}.” she said.\n",
             "c": f"Fiona MacAulay led the dig. {base}. she said.\n"}
    comp = quotecmp.compare_sources([Source(id=k, path=k, text=t, lang="en") for k, t in texts.items()])
    (got,) = [q.text for q in comp.quotes if q.source == "c" and q.kind == "unmarked"]
    assert got.rstrip(".") == base


def test_a_statement_reprinted_by_many_outlets_costs_one_search_per_outlet(monkeypatch):
    """Seventy reprints of one story (no manifest: too many sources to take as one story up
    front), each marking a stock phrase that links nowhere, so every copy is an utterance of its
    own; two reprints print a statement without marks. The two unmarked copies are recovered
    whole, and the unlinked copies do not each search every other reprint (4,832 searches
    before; linear in the outlets now)."""
    from quotecmp import unmarked
    from quotecmp.models import Source
    calls = []
    for name in ("find_unmarked", "find_unmarked_short"):
        found = getattr(unmarked, name)
        monkeypatch.setattr(unmarked, name,
                            lambda *a, _f=found, **k: calls.append(1) or _f(*a, **k))
    statement = "Every family in Tolmin will cross this bridge within ten minutes of home"
    marked = ("Mayor Ann Vell opened the Tolmin bridge on Friday. “The bridge cost four million "
              "euros and was finished two months early,” she said. Asked about the town budget, "
              f"she said it was “up and up” this year. “{statement},” she told the crowd.\n")
    plain = marked.replace(f"“{statement},”", f"{statement},")
    n = 70
    comp = quotecmp.compare_sources([
        Source(id=f"s{i:02d}", path=f"s{i:02d}", text=plain if i < 2 else marked, lang="en")
        for i in range(n)])
    got = sorted((q.source, q.text) for q in comp.quotes if q.kind == "unmarked")
    assert got == [("s00", statement), ("s01", statement)]
    assert len([c for c in comp.clusters if len(c.quotes) == n]) == 2   # both statements, all 70
    assert len(calls) <= 2 * n
