"""Findings: one per outlet and utterance, each with its change in a few words."""
import dataclasses

import pytest

import quotecmp
from quotecmp.diff import compare_pair
from quotecmp.findings import clip, from_difference
from quotecmp.models import Quote


def q(text, *, source="a", kind="direct", speaker="Douglas Brinkley", cue="said", rule="cue-after"):
    return Quote(id=f"{source}#0-{len(text)}", source=source, text=text, start=0, end=len(text),
                 kind=kind, speaker=speaker, speaker_mention=speaker, cue=cue, marks="“”",
                 attribution=rule)


BASE = "The treaty was signed in 1996 and it will not be reopened by this government"


@pytest.mark.parametrize("b, severity, change", [
    (q(BASE.replace("1996", "1946"), source="b"), "high", "1996 → 1946"),
    (q(BASE.replace("will not", "will"), source="b"), "high", "− not"),
    (q(BASE.replace("was signed", "was not signed"), source="b"), "high", "+ not"),
    (q(BASE, source="b", speaker="Barack Obama"), "high", "Douglas Brinkley → Barack Obama"),
    (q(BASE.split(" and ")[0], source="b"), "medium", "cut: and it will not be reopened by this government"),
    (q(BASE, source="b", cue="claimed"), "low", "said → claimed"),
    (q(BASE, source="b", kind="unmarked"), "medium", "quote marks lost"),
    (q(BASE.replace("reopened", "revisited"), source="b"), "low", "reopened → revisited"),
])
def test_a_finding_says_its_change_inline(b, severity, change):
    a = q(BASE)
    f = from_difference(compare_pair(a, b, cluster="c"), a, b)
    assert f is not None and f.severity == severity
    assert f.changes[0] == change, f.changes
    assert (f.quote, f.reference, f.source) == (b.id, a.id, "b")


@pytest.mark.parametrize("b", [q(BASE, source="b"), q("“" + BASE + ".”", source="b")])
def test_the_same_words_make_no_finding(b):
    a = q(BASE)
    assert from_difference(compare_pair(a, b, cluster="c"), a, b) is None


def test_a_changed_speaker_with_the_same_words_is_not_called_identical():
    a, b = q(BASE), q(BASE, source="b", speaker="Barack Obama")
    f = from_difference(compare_pair(a, b, cluster="c"), a, b)
    assert f.kinds == ("misattributed",)


def test_between_languages_wording_alone_is_no_finding():
    a = q("We will not reopen the treaty", source="a")
    b = q("Nous ne rouvrirons pas le traité", source="b")
    d = compare_pair(a, b, cluster="c", lang_a="en", lang_b="fr", basis="evidence")
    assert "wording" in d.kinds and d.severity != "none"
    assert from_difference(d, a, b) is None


def test_long_changes_are_clipped_with_an_ellipsis():
    assert clip("word " * 40, 20) == "word word word word…"
    assert clip("a  b\n c") == "a b c"


def test_sample_story_findings_are_the_versions_that_differ_from_their_reference(sample_comparison):
    found = sample_comparison.findings()
    assert found, "the sample story has differences to report"
    refs = {c.id: c.reference for c in sample_comparison.clusters}
    flagged = {d.b for d in sample_comparison.differences
               if d.a == refs[d.cluster] and d.severity != "none" and
               (d.basis == "words" or set(d.kinds) - {"wording"})}
    assert {f.quote for f in found} == flagged
    assert all(f.reference == refs[f.cluster] for f in found)
    ranks = ["none", "low", "medium", "high"]
    assert [ranks.index(f.severity) for f in found] == sorted(
        (ranks.index(f.severity) for f in found), reverse=True), "most serious first"
    assert all(f.changes for f in found), "every finding says what changed"


def test_findings_are_one_per_version(sample_comparison):
    found = sample_comparison.findings()
    # one per outlet and utterance, or per printing where an outlet prints it twice
    assert len({f.quote for f in found}) == len(found)
    assert len({(f.cluster, f.source) for f in found}) >= len(found) - 1
    assert isinstance(found[0], quotecmp.Finding)
    assert dataclasses.is_dataclass(found[0])


@pytest.mark.parametrize("speaker, is_name", [
    ("Douglas Brinkley", True), ("NATO", True), ("Duke of York", True), ("Jens Stoltenberg", True),
    ("Investors With Trump Name", False), ("statement", False), ("", False), (None, False),
    ("the spokesman", False),
])
def test_a_speaker_reads_as_a_name(speaker, is_name):
    from quotecmp.findings import named
    assert named(speaker) is is_name


def test_a_changed_speaker_that_is_no_name_is_uncertain_and_ranked_after_sure_ones():
    from quotecmp.models import Cluster, Source
    junk_a = q(BASE, speaker="Investors With Trump Name")
    junk_b = q(BASE, source="b", speaker="statement")
    other = "We will send 300 tanks to the front before the winter"
    sure_a, sure_b = q(other), q(other.replace("300", "30"), source="b")
    sure_a, sure_b = (dataclasses.replace(x, id=x.id + "s") for x in (sure_a, sure_b))
    # the junk utterance first in the comparison's own order: only certainty puts it second
    clusters = (Cluster(id="c1", quotes=(junk_a.id, junk_b.id), sources=("a", "b"), reference=junk_a.id),
                Cluster(id="c2", quotes=(sure_a.id, sure_b.id), sources=("a", "b"), reference=sure_a.id))
    differences = (compare_pair(junk_a, junk_b, cluster="c1"), compare_pair(sure_a, sure_b, cluster="c2"))
    comparison = quotecmp.Comparison(
        sources=(Source(id="a", path="a.txt"), Source(id="b", path="b.txt")),
        quotes=(junk_a, junk_b, sure_a, sure_b), clusters=clusters, differences=differences)
    found = comparison.findings()
    assert [(f.cluster, f.severity, f.uncertain) for f in found] == [("c2", "high", False),
                                                                     ("c1", "high", True)]
    assert found[1].changes == ("Investors With Trump Name → statement",)
    html = quotecmp.render_html(comparison)
    assert html.count("uncertain speaker</span>") == 2, "in the list and on the card"


@pytest.mark.parametrize("a_text, b_text, change", [
    ("We will send 300 soldiers to the border", "Nous enverrons 30 soldats à la frontière", "300 → 30"),
    ("We have not decided anything about the tanks", "Nous avons décidé de tout concernant les chars",
     "− not"),
    ("We have decided everything about the tanks", "Wir haben nichts über die Panzer entschieden",
     "+ nichts"),
])
def test_a_change_between_languages_says_what_differs(a_text, b_text, change):
    a, b = q(a_text), q(b_text, source="b")
    d = compare_pair(a, b, cluster="c", lang_a="en", lang_b="fr" if "Nous" in b_text else "de",
                     basis="evidence")
    f = from_difference(d, a, b)
    assert f is not None and f.changes == (change,) and "wording" not in f.kinds


def test_a_translation_pair_marks_numbers_names_and_negations_on_both_sides(tmp_path):
    (tmp_path / "a.txt").write_text(
        '"We will send 300 soldiers to Narva next week," Defence Minister Anna Berg said on Monday.'
        '\n\n"We have not decided anything about the tanks," Berg added.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "« Nous enverrons 30 soldats à Narva la semaine prochaine », a déclaré lundi la ministre "
        "de la Défense Anna Berg.\n\n« Nous avons décidé de tout concernant les chars », a ajouté "
        "Berg.\n", encoding="utf-8")
    comparison = quotecmp.compare([tmp_path], quotecmp.Options(encoder="none"))
    assert [f.changes for f in comparison.findings()] == [("300 → 30",), ("− not",)]
    html = quotecmp.render_html(comparison)
    assert '<mark class="num">300</mark>' in html and '<mark class="num">30</mark>' in html
    assert html.count('<mark class="name">Narva</mark>') == 2
    assert '<mark class="neg">not</mark>' in html
    assert '<span class="chg">300 → 30</span>' in html


def test_a_reworded_quote_names_the_edits_that_carry_words_not_a_dropped_article():
    a = q("We discussed the growth of their joint military activities in the region")
    b = q("We discussed their growing joint military operations in the region", source="b")
    f = from_difference(compare_pair(a, b, cluster="c"), a, b)
    assert f.kinds == ("wording",)
    change = f.changes[0]
    assert "activities → operations" in change and "− the;" not in change + ";", change
