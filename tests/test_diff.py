"""Difference kinds, as tables and as properties of known edits."""
import pytest
from hypothesis import given, settings, strategies as st

from quotecmp.diff import compare_pair, cue_lemma, preceding, pronoun_mention
from quotecmp.models import Quote


def q(text, *, source="a", kind="direct", speaker="Jane Doe", cue="said", marks="“”",
      rule="cue-after", mention=None, start=0):
    return Quote(id=f"{source}#{start}-{start + len(text)}", source=source, text=text,
                 start=start, end=start + len(text), kind=kind, speaker=speaker,
                 speaker_mention=mention or speaker, cue=cue, marks=marks, attribution=rule)


BASE = "We will send 300 tanks to the front before the winter begins"


@pytest.mark.parametrize("a, b, kinds", [
    (q(BASE), q(BASE, source="b"), {"identical"}),
    (q(BASE), q(BASE + ".", source="b", marks='""'), {"typography"}),
    (q(BASE), q(BASE.replace("send", "deliver"), source="b"), {"wording"}),
    (q(BASE), q("We will send 300 tanks to the front", source="b"), {"truncated"}),
    (q(BASE), q(BASE.replace("300", "30"), source="b"), {"wording", "number_changed"}),
    (q(BASE), q(BASE.replace("300", "three hundred"), source="b"), {"wording", "number_changed"}),
    (q(BASE), q(BASE.replace("will", "will not"), source="b"), {"wording", "negation_changed"}),
    (q(BASE), q(BASE.replace("will", "won't"), source="b"), {"wording", "negation_changed"}),
    (q(BASE), q(BASE, source="b", speaker="John Roe"), {"identical", "misattributed"}),
    (q(BASE), q(BASE, source="b", cue="warned"), {"identical", "cue_verb"}),
    # a version that directly continues its attribution ("“…,” she said. “…”") is evidence too
    (q(BASE), q(BASE, source="b", speaker="John Roe", rule="follows-quote"),
     {"identical", "misattributed"}),
    # a speaker or cue we inferred (the previous speaker, an echo) is our reading, not the
    # outlet's: no accusation of misattribution or of another cue verb
    (q(BASE), q(BASE, source="b", speaker="John Roe", rule="previous-speaker"), {"identical"}),
    (q(BASE, rule="echo"), q(BASE, source="b", speaker="John Roe"), {"identical"}),
    (q(BASE), q(BASE, source="b", cue="warned", rule="sentence-subject"), {"identical"}),
    (q(BASE), q(BASE, source="b", speaker="John Roe", rule=None), {"identical"}),
    (q(BASE), q(BASE, source="b", kind="unmarked", marks=""), {"identical", "quote_marks_lost"}),
    # a "not" dropped at an edge turns the meaning round; it cuts nothing short
    (q("not finished yet"), q("finished yet", source="b"), {"wording", "negation_changed"}),
    (q("I cannot say he did not."), q("I cannot say he did.", source="b"),
     {"wording", "negation_changed"}),
])
def test_kinds(a, b, kinds):
    d = compare_pair(a, b, cluster="c")
    assert set(d.kinds) == kinds


def test_severity():
    assert compare_pair(q(BASE), q(BASE, source="b")).severity == "none"
    assert compare_pair(q(BASE), q(BASE.replace("send", "deliver"), source="b")).severity == "low"
    assert compare_pair(q(BASE), q(BASE.replace("300", "30"), source="b")).severity == "high"
    assert compare_pair(q(BASE), q("We will send 300 tanks", source="b")).severity == "medium"


def test_same_number_in_a_cut_is_not_a_change():
    a = q("China is not an adversary, but at the Madrid summit in June 2022 the allies judged")
    b = q("China is not an adversary, but at the Madrid summit in June 2022", source="b")
    assert set(compare_pair(a, b).kinds) == {"truncated"}


@pytest.mark.parametrize("cue, lemma", [("said", "say"), ("says", "say"), ("told", "tell"),
                                        ("warned", "warn"), ("a-t-il estimé", "estimé"),
                                        ("pointing out", "point out"), (None, None)])
def test_cue_lemma(cue, lemma):
    assert cue_lemma(cue) == lemma


@pytest.mark.parametrize("lang, one, other", [
    ("fr", "a déclaré", "déclare"), ("fr", "a-t-il estimé", "estime"), ("de", "sagte", "sagt"),
    ("de", "betonte", "betont"), ("es", "dijo", "dice"), ("es", "afirmó", "afirma"),
])
def test_a_cue_in_another_tense_is_the_same_cue(lang, one, other):
    """Tense is how an outlet tells it, not a change of what the speaker did."""
    a = q("Nous ne sommes pas prêts", cue=one)
    b = q("Nous ne sommes pas prêts", source="b", cue=other)
    assert "cue_verb" not in compare_pair(a, b, lang_a=lang, lang_b=lang).kinds


@pytest.mark.parametrize("lang, one, other", [
    ("fr", "a déclaré", "a reconnu"), ("de", "sagte", "räumte"), ("es", "dijo", "admitió"),
])
def test_another_cue_verb_in_another_language_is_still_found(lang, one, other):
    a = q("Nous ne sommes pas prêts", cue=one)
    b = q("Nous ne sommes pas prêts", source="b", cue=other)
    assert "cue_verb" in compare_pair(a, b, lang_a=lang, lang_b=lang).kinds


def test_the_sentence_verb_before_a_participle_is_compared_too():
    """"She said, adding that …" against "She warned, adding that …": the participle brings the
    quote in both, the attribution is still another; the finding names the verbs that differ."""
    from dataclasses import replace

    from quotecmp.findings import changes
    a = replace(q(BASE, cue="adding", rule="cue-before"), main_cue="said")
    b = replace(q(BASE, source="b", cue="adding", rule="cue-before"), main_cue="warned")
    d = compare_pair(a, b)
    assert "cue_verb" in d.kinds
    assert "said → warned" in changes(d, a, b)
    assert "cue_verb" not in compare_pair(a, replace(b, main_cue="says")).kinds


WORDS = ["government", "minister", "plan", "budget", "cuts", "schools", "winter", "tanks",
         "front", "support", "economy", "border", "talks", "deal", "peace", "allies"]
sentences = st.lists(st.sampled_from(WORDS), min_size=6, max_size=14).map(
    lambda ws: "We " + " ".join(ws))
HIGH = {"number_changed", "negation_changed", "misattributed"}


@settings(max_examples=60, deadline=None)
@given(sentences, st.integers(min_value=2, max_value=5))
def test_property_swapped_word_is_wording_only(text, at):
    words = text.split()
    at = min(at, len(words) - 1)
    words[at] = "zebra"
    d = compare_pair(q(text), q(" ".join(words), source="b"))
    assert "wording" in d.kinds and not HIGH & set(d.kinds)


@settings(max_examples=60, deadline=None)
@given(sentences, st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_property_changed_number_is_found(text, n, m):
    if n == m:
        return
    words = text.split()
    a = " ".join(words[:3] + [str(n)] + words[3:])
    b = " ".join(words[:3] + [str(m)] + words[3:])
    d = compare_pair(q(a), q(b, source="b"))
    assert "number_changed" in d.kinds and not (HIGH - {"number_changed"}) & set(d.kinds)


@settings(max_examples=60, deadline=None)
@given(sentences)
def test_property_added_not_is_negation(text):
    words = text.split()
    b = " ".join(words[:2] + ["not"] + words[2:])
    d = compare_pair(q(text), q(b, source="b"))
    assert "negation_changed" in d.kinds and not (HIGH - {"negation_changed"}) & set(d.kinds)


@settings(max_examples=60, deadline=None)
@given(sentences, st.integers(min_value=2, max_value=4))
def test_property_cut_is_truncation(text, keep):
    words = text.split()
    b = " ".join(words[: len(words) - keep])
    d = compare_pair(q(text), q(b, source="b"))
    assert "truncated" in d.kinds and not HIGH & set(d.kinds)


@settings(max_examples=40, deadline=None)
@given(sentences)
def test_property_other_speaker_and_lost_marks(text):
    d = compare_pair(q(text), q(text, source="b", speaker="Someone Else"))
    assert set(d.kinds) == {"identical", "misattributed"}
    d = compare_pair(q(text), q(text, source="b", kind="unmarked", marks=""))
    assert set(d.kinds) == {"identical", "quote_marks_lost"}


def test_one_person_named_in_other_words_is_not_misattributed():
    for other in ("Doe", "Ms. Jane Doe", "Rival Jane Doe"):
        assert "misattributed" not in compare_pair(q(BASE), q(BASE, source="b", speaker=other)).kinds
    assert "misattributed" in compare_pair(q(BASE), q(BASE, source="b", speaker="John Doe")).kinds


@pytest.mark.parametrize("other, claimed", [
    ("Promise mama you’ll keep", False),   # words misread for a subject name no one
    ("White House spokesman", True),       # a role does
    ("Sen. John Roe", True),
])
def test_misattribution_needs_a_name_on_both_sides(other, claimed):
    b = q(BASE, source="b", speaker=other, mention=other)
    assert ("misattributed" in compare_pair(q(BASE), b).kinds) is claimed


def test_the_same_words_of_attribution_are_the_same_attribution():
    # "he said" in both: however we resolved "he", the outlets wrote the same thing
    a = q(BASE, speaker="Jane Doe", mention="he")
    b = q(BASE, source="b", speaker="John Roe", mention="he")
    assert "misattributed" not in compare_pair(a, b).kinds


@pytest.mark.parametrize("story, claimed", [
    # "he" can only be Tom Berg here; the other outlet gives the words to someone new
    ("Tom Berg spoke first. ", True),
    # Ann Lee was named last: "he" may be who the other outlet names, so no accusation
    ("Tom Berg spoke, then Ann Lee replied. ", False),
])
def test_a_pronoun_stands_against_a_name_only_when_it_cannot_mean_that_person(story, claimed):
    a = q(BASE, speaker="Tom Berg", mention="he", start=len(story) + 1)
    b = q(BASE, source="b", speaker="Ann Lee" if not claimed else "Rui Costa")
    texts = {"a": story + "“" + BASE + ",” he said.", "b": "“" + BASE + ",” Rui Costa said."}
    before = {a.id: preceding(texts["a"], a)}
    assert pronoun_mention(a) and not pronoun_mention(b)
    assert ("misattributed" in compare_pair(a, b, before=before).kinds) is claimed
    # without the texts a pronoun is never evidence
    assert "misattributed" not in compare_pair(a, b).kinds


@pytest.mark.parametrize("story, claimed", [
    # the role can only be Tom Berg's here; the other outlet gives the words to someone new
    ("Tom Berg spoke first. ", True),
    # Rui Costa was named after him: the role may well be his
    ("Tom Berg spoke, then Rui Costa replied. ", False),
])
def test_a_role_we_gave_a_name_is_a_reading_as_a_pronoun_is(story, claimed):
    a = q(BASE, speaker="Tom Berg", mention="the former chief of staff", start=len(story) + 1)
    b = q(BASE, source="b", speaker="Rui Costa", mention="Costa")
    texts = {"a": story + "“" + BASE + ",” the former chief of staff said."}
    before = {a.id: preceding(texts["a"], a)}
    assert pronoun_mention(a) and not pronoun_mention(b)
    assert ("misattributed" in compare_pair(a, b, before=before).kinds) is claimed
    assert "misattributed" not in compare_pair(a, b).kinds


# --- across languages: numbers by value, negation by particle or by form (issue #16) ----------

@pytest.mark.parametrize("kind, a, lang_a, b, lang_b, changed", [
    ("number_changed", "the attacks of 9/11 changed us", "en",
     "les attentats du 11 septembre nous ont changés", "fr", False),
    ("number_changed", "Eighteen people were hurt", "en", "18 personnes ont été blessées", "fr", False),
    ("number_changed", "we found 2g of it", "en", "wir fanden zwei Gramm davon", "de", False),
    ("number_changed", "on the B 33 road", "en", "auf der B33", "de", False),
    ("number_changed", "since 08 the rules apply", "en", "depuis 8 les règles s'appliquent", "fr", False),
    ("number_changed", "nous avons payé 1.500 euros", "fr", "we paid 1,500 euros", "en", False),
    ("number_changed", "we paid 1,500 euros", "en", "nous avons payé 2.500 euros", "fr", True),
    ("number_changed", "eighteen were hurt", "en", "dix-neuf personnes ont été blessées", "fr", True),
    # amounts multiplied out, however each language abbreviates its scale
    ("number_changed", "the government ripped $430 million out of health", "en",
     "le gouvernement a retiré 430 M$ de la santé", "fr", False),
    ("number_changed", "the government ripped $430 million out of health", "en",
     "le gouvernement a retiré 430 milliards de dollars de la santé", "fr", True),
    ("number_changed", "it cost €2.5bn", "en", "es kostete 2,5 Mrd. Euro", "de", False),
    ("number_changed", "it cost €2.5bn", "en", "es kostete 2,5 Mio. Euro", "de", True),
    ("number_changed", "3 Millionen Menschen", "de", "trois millions de personnes", "fr", False),
    ("number_changed", "he ran 430m", "en", "il a couru 430 mètres", "fr", False),
    # compound number words read whole (text2num)
    ("number_changed", "il a vingt-cinq ans de prison", "fr", "he has 25 years in prison", "en", False),
    ("number_changed", "il a vingt-cinq ans de prison", "fr", "he has 26 years in prison", "en", True),
    ("number_changed", "trois cents personnes", "fr", "dreihundert Menschen", "de", False),
    ("number_changed", "er hat zweiundzwanzig Jahre gewartet", "de", "he waited 23 years", "en", True),
    ("negation_changed", "it was a non-major incident", "en", "ce n'était pas grave", "fr", False),
    ("negation_changed", "the date is unspecified", "en", "das Datum ist nicht festgelegt", "de", False),
    ("negation_changed", "c'est inacceptable", "fr", "this is not acceptable", "en", False),
    ("negation_changed", "we understand the union", "en", "nous ne comprenons pas le syndicat", "fr", True),
    ("negation_changed", "the date is fixed", "en", "das Datum ist nicht festgelegt", "de", True),
    # "ne ... que" restricts, it does not deny; a word that limits is no clear polarity
    ("negation_changed", "there are only two ways", "en", "il n'y a que deux solutions", "fr", False),
    ("negation_changed", "it is only a start", "en", "ce n'est qu'un début", "fr", False),
    ("negation_changed", "not many people came", "en", "peu de gens sont venus", "fr", False),
    ("negation_changed", "a deal is not likely", "en", "eine Einigung ist unwahrscheinlich", "de", False),
    # a word's form is no sure sign either way: only a particle against none is a change
    ("negation_changed", "a deal is likely", "en", "eine Einigung ist unwahrscheinlich", "de", False),
    ("negation_changed", "urgent action", "en", "unverzügliche Maßnahmen", "de", False),
    ("negation_changed", "a very unpleasant throwback", "en", "un retour désagréable", "fr", False),
    ("negation_changed", "unless it is followed by reform", "en",
     "wenn sie nicht von Reformen begleitet werden", "de", False),
    ("negation_changed", "who broke no law", "en", "die gegen keinerlei Gesetz verstoßen haben", "de", False),
    ("negation_changed", "No,", "en", "Nein", "de", False),
    ("negation_changed", "il ne reste plus qu'à signer", "fr", "all that is left is to sign", "en", False),
    ("negation_changed", "il ne reste plus d'argent", "fr", "there is money left", "en", True),
    # "ne" elided onto its verb is a negation too; "n'importe" (any) is none
    ("negation_changed", "il n'y aura plus de patients", "fr", "there will no longer be patients", "en",
     False),
    ("negation_changed", "il n'y aura plus de patients", "fr", "there will be more patients", "en", True),
    ("negation_changed", "il n'a rien dit", "fr", "he said nothing", "en", False),
    ("negation_changed", "il dit n'importe quoi", "fr", "he says anything", "en", False),
    ("negation_changed", "we support the plan", "en", "wir unterstützen den Plan nicht", "de", True),
    ("negation_changed", "we support the plan", "en", "wir unterstützen den Plan", "de", False),
])
def test_numbers_and_negation_across_languages_by_value_and_polarity(kind, a, lang_a, b, lang_b, changed):
    """Numbers by value whatever their form; a negation by a particle or by a word's form."""
    d = compare_pair(q(a, source="a"), q(b, source="b"), lang_a=lang_a, lang_b=lang_b)
    assert (kind in d.kinds) == changed


@pytest.mark.parametrize("speaker_b, cast_a, cast_b, claimed", [
    # both people are quoted in both articles: the translation gives the words to another
    ("Hans-Peter Friedrich", {"doe", "friedrich"}, {"doe", "friedrich"}, True),
    # a noun phrase of one language taken for a name: the other article quotes no such person
    ("Schwarzwälder Schinken", {"doe", "forest"}, {"doe", "schinken"}, False),
    ("Nächste Station", {"doe", "schulze"}, {"doe", "station"}, False),
    # the original's speaker is quoted nowhere in the translation
    ("Hans-Peter Friedrich", {"doe", "friedrich"}, {"friedrich"}, False),
])
def test_misattributed_across_languages_only_between_people_both_articles_quote(
        speaker_b, cast_a, cast_b, claimed):
    """Names survive translation: a misattribution across languages is claimed only when each
    version's speaker is someone the other version's article quotes too."""
    a = q("If he is ready to speak to German officials, we will find ways", speaker="Jane Doe")
    b = q("Wenn er bereit ist, mit deutschen Vertretern zu sprechen, werden wir Wege finden",
          source="b", speaker=speaker_b)
    d = compare_pair(a, b, lang_a="en", lang_b="de", casts=(frozenset(cast_a), frozenset(cast_b)))
    assert ("misattributed" in d.kinds) is claimed


@pytest.mark.parametrize("a, lead_a, lang_a, b, lead_b, lang_b, changed", [
    # the translator took the negation inside the marks: the English prints it just before them
    ("materially improve Obama's odds.", "adding Clinton to the ticket wouldn't ", "en",
     "die Chancen Obamas nicht maßgeblich verbessern", "dass die Aufnahme Clintons ", "de", False),
    ("materially improve Obama's odds.", "adding Clinton to the ticket would ", "en",
     "die Chancen Obamas nicht maßgeblich verbessern", "dass die Aufnahme Clintons ", "de", True),
    # one outlet opens its quote a word earlier
    ("materially improve Obama's odds", "the data showed it would not ", "en",
     "not materially improve Obama's odds", "the data showed it would ", "en", False),
    # a negation of the sentence before is not this sentence's
    ("materially improve Obama's odds", "It would not. The data showed it would ", "en",
     "not materially improve Obama's odds", "the data showed it would ", "en", True),
    # the other version denies something else inside the quote
    ("improve things and fix the odds", "the data showed it would not ", "en",
     "improve things and not fix the odds", "the data showed it would ", "en", True),
])
def test_a_negation_just_outside_the_marks_is_no_change(a, lead_a, lang_a, b, lead_b, lang_b, changed):
    """The words before a quote's opening mark are read for a negation: where one version's
    marks open after "not" and the other's before it, what is denied did not change."""
    qa, qb = q(a, start=200), q(b, source="b", start=200)
    before = {qa.id: lead_a, qb.id: lead_b}
    for x, y, lx, ly in ((qa, qb, lang_a, lang_b), (qb, qa, lang_b, lang_a)):
        d = compare_pair(x, y, lang_a=lx, lang_b=ly, before=before)
        assert ("negation_changed" in d.kinds) == changed


def test_preceding_reads_far_back_only_for_a_pronoun():
    text = "x" * 5000 + " he said it would not “improve anything”"
    start = text.index("“") + 1
    named = Quote(id="a#1", source="a", text="improve anything", start=start, end=start + 16,
                  kind="direct", speaker="Jane Doe", speaker_mention="Jane Doe")
    pronoun = Quote(id="a#2", source="a", text="improve anything", start=start, end=start + 16,
                    kind="direct", speaker="Jane Doe", speaker_mention="he")
    assert preceding(text, named).endswith("would not “") and len(preceding(text, named)) < 100
    assert len(preceding(text, pronoun)) > 1000
