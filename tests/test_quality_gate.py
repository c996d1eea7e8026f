"""Quality gate: the sample story scored against its hand-checked gold.

The floors are pinned at what the pipeline reaches; a change that lowers any of them fails here.
Raise them when the pipeline improves (never lower them to make a change pass).
"""
import json

import pytest

from conftest import GOLD
from score_sample import score

FLOORS = {
    "marked_recall": 1.0,      # every marked gold quote found (29/29)
    "quotes_found": 31,        # of 31, the two unmarked ones included
    "forbidden": 0,            # no page furniture reported
    "speaker": 1.0,            # speaker right for every found quote
    "link_precision": 1.0,     # no false cluster links (BTA's 2024 quote stays apart)
    "link_recall": 1.0,        # 13/13, "limitless" ~ "without borders" included
    "kinds": 1.0,              # 13/13 gold clusters with their expected difference kinds
}


@pytest.fixture(scope="module")
def result(sample_json):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return score(sample_json, gold)


def test_holds(result):
    """The scorer's own verdict on the sample: everything the gold asks for."""
    assert result["holds"], result


def test_every_marked_quote_found(result):
    assert result["marked_found"] / result["marked_gold"] >= FLOORS["marked_recall"], result["missed"]
    assert result["quotes_found"] >= FLOORS["quotes_found"], result["missed"]


def test_no_furniture(result):
    assert len(result["forbidden"]) <= FLOORS["forbidden"], result["forbidden"]


def test_speakers(result):
    assert result["speaker"] >= FLOORS["speaker"], result["wrong_speaker"]


def test_links(result):
    links = result["links"]
    assert links["p"] >= FLOORS["link_precision"], links["false"]
    assert links["r"] >= FLOORS["link_recall"] - 1e-9, links["missing"]


def test_difference_kinds(result):
    assert result["kinds"] >= FLOORS["kinds"] - 1e-9, result["kinds_unmet"]


def test_flattened_page_yields_the_clean_quotes(sample_comparison):
    def texts(source):
        return [(q.text, q.kind, q.speaker) for q in sample_comparison.quotes if q.source == source]
    assert texts("almayadeen.page") == texts("almayadeen")
    assert len(texts("almayadeen")) == 4


def test_identical_quotes_of_the_two_al_mayadeen_files_cluster(sample_comparison):
    by_id = {q.id: q for q in sample_comparison.quotes}
    pairs = 0
    for c in sample_comparison.clusters:
        srcs = {by_id[i].source for i in c.quotes}
        if {"almayadeen", "almayadeen.page"} <= srcs:
            pairs += 1
            assert srcs == {"almayadeen", "almayadeen.page"}
    assert pairs == 4
    kinds = {d.kinds for d in sample_comparison.differences
             if {by_id[d.a].source, by_id[d.b].source} == {"almayadeen", "almayadeen.page"}}
    assert kinds == {("identical",)}


def test_distractor_stays_apart(sample_comparison):
    by_id = {q.id: q for q in sample_comparison.quotes}
    for c in sample_comparison.clusters:
        srcs = {by_id[i].source for i in c.quotes}
        if "bta-2024" in srcs:
            assert srcs == {"bta-2024"}
