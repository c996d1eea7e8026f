"""Cross-language alignment without a model: the French rendering of the wire against the English.

The gold's `translation` section pairs each French quote with the English quote it translates;
every pair must share a cluster and no cluster may join a French quote to another English quote,
with and without Le Figaro's English version in the same run.
"""
import json

import pytest

import quotecmp
from conftest import GOLD, SAMPLE, SAMPLE_FR
from quotecmp.normalize import fold

WIRE, WIRE_FR, FIGARO = SAMPLE / "afp-wire.txt", SAMPLE_FR / "afp-wire.fr.txt", SAMPLE / "lefigaro.en-mt.txt"


def _find(comparison, source, text, start):
    """The predicted quote of that file with the same words, nearest the gold's offset."""
    same = [q for q in comparison.quotes if q.source == source and fold(q.text).strip(" ,.") ==
            fold(text).strip(" ,.")]
    return min(same, key=lambda q: abs(q.start - start)) if same else None


ENCODERS = ["none", pytest.param("auto", marks=pytest.mark.skipif(
    quotecmp.Options().encoder_name is None, reason="the 'embed' extra is not installed"))]


@pytest.mark.parametrize("encoder", ENCODERS)
@pytest.mark.parametrize("paths", [[WIRE, WIRE_FR], [WIRE, WIRE_FR, FIGARO]],
                         ids=["wire+fr", "wire+fr+figaro"])
def test_french_rendering_pairs_with_the_wire(paths, encoder):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    english = {q["id"]: q for q in gold["quotes"]}
    c = quotecmp.compare(paths, quotecmp.Options(encoder=encoder))
    basis = {d.basis for d in c.differences if d.basis != "words"}
    assert basis == {"evidence" if encoder == "none" else "encoder"}
    cluster_of = {i: cl.id for cl in c.clusters for i in cl.quotes}
    by_id = {q.id: q for q in c.quotes}
    paired = {}
    for t in gold["translation"]["quotes"]:
        en = english[t["translates"]]
        fr_q = _find(c, "afp-wire.fr", t["text"], t["start"])
        en_q = _find(c, "afp-wire", en["text"], en["start"])
        assert fr_q is not None and en_q is not None, t["id"]
        assert cluster_of[fr_q.id] == cluster_of[en_q.id], (t["id"], fr_q.text, en_q.text)
        paired[fr_q.id] = en_q.id
    # no false links: each French quote's cluster holds only its own English quote from the wire
    for fr_id, en_id in paired.items():
        members = next(cl.quotes for cl in c.clusters if fr_id in cl.quotes)
        wire = [i for i in members if by_id[i].source == "afp-wire"]
        assert wire == [en_id]
    # the cross-language differences say what survives translation
    kinds = {k for d in c.differences if {by_id[d.a].source, by_id[d.b].source} ==
             {"afp-wire", "afp-wire.fr"} for k in d.kinds}
    assert "number_changed" not in kinds and "negation_changed" not in kinds


@pytest.mark.parametrize("encoder", ENCODERS)
def test_german_and_spanish_renderings(tmp_path, encoder):
    (tmp_path / "en.txt").write_text(
        'The minister spoke on Monday. "We will build 4,000 homes before 2027 and nobody will be '
        'left behind," Maria Lopez said.\n\n"The budget is not a wish list," she added.\n',
        encoding="utf-8")
    (tmp_path / "de.txt").write_text(
        'Die Ministerin sprach am Montag. „Wir werden vor 2027 4000 Wohnungen bauen, und niemand '
        'wird zurückgelassen“, sagte Maria Lopez.\n\n'
        '„Der Haushalt ist kein Wunschzettel“, fügte sie hinzu.\n',
        encoding="utf-8")
    (tmp_path / "es.txt").write_text(
        'La ministra habló el lunes. «Construiremos 4.000 viviendas antes de 2027 y nadie se quedará '
        'atrás», dijo Maria Lopez.\n\n«El presupuesto no es una lista de deseos», añadió.\n',
        encoding="utf-8")
    c = quotecmp.compare([tmp_path], quotecmp.Options(encoder=encoder))
    assert {s.lang for s in c.sources} == {"en", "de", "es"}
    shared = [cl for cl in c.clusters if len(cl.sources) == 3]
    assert len(shared) == 2
    assert all(cl.speaker == "Maria Lopez" for cl in shared)


def _scorer(paths):
    from quotecmp import scoring, stories
    from quotecmp.load import load
    from quotecmp.pipeline import quotes_of
    sources = load(paths)
    opts = quotecmp.Options(encoder="none")
    qs = {s.id: sorted(quotes_of(s, opts), key=lambda q: q.start) for s in sources}
    scorer = scoring.Scorer([q for v in qs.values() for q in v], {s.id: s.text for s in sources}, opts,
                            langs={s.id: s.lang for s in sources}, stories=stories.known_stories(sources))
    return qs, scorer


def test_a_whole_translation_is_told_from_another_article_of_the_story():
    qs, scorer = _scorer([WIRE, WIRE_FR, FIGARO])
    assert scorer.translates(qs["afp-wire"], qs["afp-wire.fr"])
    # Le Figaro's article quotes the same people, not sentence by sentence at the same places
    assert not scorer.translates(qs["lefigaro.en-mt"], qs["afp-wire.fr"])


EN_PLAIN = "\n\n".join((
    'Council votes on the harbour plan',
    'The city council met on Tuesday evening to vote on the plan for the old harbour. "We have '
    'waited long enough for this," the mayor told the members before the vote.',
    'Residents had asked for more green space and fewer cars near the water. "Nobody here wants'
    ' a car park where the boats used to be," a neighbour said after the meeting.',
    'The vote was postponed until the spring. "I am disappointed, but we will keep trying," the'
    ' mayor said as she left the hall.',
)) + "\n"
FR_PLAIN = "\n\n".join((
    'Le conseil vote sur le projet du port',
    "Le conseil municipal s'est réuni mardi soir pour voter sur le projet du vieux port. « Nous"
    ' avons assez attendu pour cela », a déclaré la maire aux élus avant le vote.',
    "Les habitants avaient demandé plus d'espaces verts et moins de voitures au bord de l'eau. "
    "« Personne ici ne veut d'un parking là où se trouvaient les bateaux », a dit un voisin "
    'après la réunion.',
    "Le vote a été reporté au printemps. « Je suis déçue, mais nous continuerons d'essayer », a"
    ' dit la maire en quittant la salle.',
)) + "\n"


def test_a_whole_translation_pairs_quotes_without_names_or_numbers(tmp_path):
    # nothing survives translation here but each sentence's place: an article translated whole
    # keeps it, and the alignment of the two articles pairs every quote in order
    (tmp_path / "harbour.en.txt").write_text(EN_PLAIN, encoding="utf-8")
    (tmp_path / "harbour.fr.txt").write_text(FR_PLAIN, encoding="utf-8")
    c = quotecmp.compare([tmp_path / "harbour.en.txt", tmp_path / "harbour.fr.txt"],
                         quotecmp.Options(encoder="none"))
    text = {q.id: q.text for q in c.quotes}
    pairs = sorted(sorted(text[i][:12] for i in cl.quotes) for cl in c.clusters if len(cl.quotes) == 2)
    assert pairs == [["I am disappo", "Je suis déçu"], ["Nobody here ", "Personne ici"],
                     ["Nous avons a", "We have wait"]]


EN_TERMS = ("Harbour chief ready to \"cooperate\" with the port board\n\n"
            "The harbour chief, Anne Morel, spoke on Monday. \"We have waited three years for "
            "this decision and we will not wait any longer,\" she said. The board called the plan "
            "\"Blue Horizon\" and the dockers' union said the plan was \"premature\".\n\n"
            "\"Nobody here wants a strike, but the docks need an answer,\" Morel added.")
FR_TERMS = ("La responsable du port prête à « coopérer » avec le conseil portuaire\n\n"
            "La responsable du port, Anne Morel, s'est exprimée lundi. « Nous avons attendu trois "
            "ans cette décision et nous n'attendrons pas plus longtemps », a-t-elle dit. Le conseil "
            "a appelé le projet « Blue Horizon » et le syndicat des dockers a jugé le projet "
            "« prématuré ».\n\n"
            "« Personne ici ne veut une grève, mais les docks ont besoin d'une réponse », a ajouté Morel.")


def _pairs(c):
    text = {q.id: (q.kind, q.text) for q in c.quotes}
    return sorted(sorted(text[i] for i in cl.quotes) for cl in c.clusters if len(cl.quotes) == 2)


def test_titles_and_terms_pair_with_their_translation(tmp_path):
    # a translation reviewer checks every span the original sets in marks: a title printed the
    # same, a term whose translation looks alike; nobody's words, so they carry no speaker
    (tmp_path / "port.en.txt").write_text(EN_TERMS, encoding="utf-8")
    (tmp_path / "port.fr.txt").write_text(FR_TERMS, encoding="utf-8")
    c = quotecmp.compare([tmp_path / "port.en.txt", tmp_path / "port.fr.txt"],
                         quotecmp.Options(encoder="none"))
    pairs = _pairs(c)
    assert [("term", "Blue Horizon"), ("term", "Blue Horizon")] in pairs
    assert [("term", "cooperate"), ("term", "coopérer")] in pairs
    assert [("partial", "premature"), ("term", "prématuré")] in pairs or \
        [("partial", "prématuré"), ("term", "premature")] in pairs or \
        [("term", "premature"), ("term", "prématuré")] in pairs or \
        [("partial", "premature"), ("partial", "prématuré")] in pairs
    terms = [q for q in c.quotes if q.kind == "term"]
    assert terms and all(q.speaker is None for q in terms)
    assert all(c.source(q.source).text[q.start:q.end] == q.text for q in terms)
    # the statements still pair as before
    assert sum(1 for p in pairs if {k for k, _ in p} == {"direct"}) == 2


def test_titles_and_terms_stay_out_within_one_language(tmp_path):
    (tmp_path / "a.txt").write_text(EN_TERMS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(EN_TERMS.replace("Monday", "Tuesday"), encoding="utf-8")
    c = quotecmp.compare([tmp_path / "a.txt", tmp_path / "b.txt"], quotecmp.Options(encoder="none"))
    assert not [q for q in c.quotes if q.kind == "term"]
    # and extraction alone never reports them
    _, quotes = quotecmp.extract([tmp_path / "a.txt"])
    assert not [q for q in quotes if q.kind == "term"]


def test_a_term_with_nothing_alike_in_the_translation_stays_out(tmp_path):
    (tmp_path / "port.en.txt").write_text(EN_TERMS.replace('"Blue Horizon"', '"Seaward"'), encoding="utf-8")
    # the translation prints the name without marks: nothing of the other language to check
    (tmp_path / "port.fr.txt").write_text(FR_TERMS.replace("« Blue Horizon »", "Cap au large"),
                                          encoding="utf-8")
    c = quotecmp.compare([tmp_path / "port.en.txt", tmp_path / "port.fr.txt"],
                         quotecmp.Options(encoder="none"))
    assert not [p for p in _pairs(c) if ("term", "Seaward") in p or ("partial", "Seaward") in p]
    assert "Seaward" not in {q.text for q in c.quotes}   # left unpaired, it stays out


def test_a_title_pairs_between_translations_that_share_no_statement(tmp_path):
    # no statement to anchor on: a title printed the same at the same place of two texts of a
    # translation's lengths is the same title; a text of another length is no translation
    en = ("The shooter is in custody, the \"Harbour Gazette\" reported on Friday, and the port "
          "reopened in the evening after a long day of searches along the quays.")
    fr = ("Le tireur est en garde à vue, a rapporté le « Harbour Gazette » vendredi, et le port "
          "a rouvert dans la soirée après une longue journée de fouilles le long des quais.")
    (tmp_path / "a.en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "a.fr.txt").write_text(fr, encoding="utf-8")
    c = quotecmp.compare([tmp_path / "a.en.txt", tmp_path / "a.fr.txt"], quotecmp.Options(encoder="none"))
    assert _pairs(c) == [[("term", "Harbour Gazette"), ("term", "Harbour Gazette")]]
    (tmp_path / "a.fr.txt").write_text(fr + " " + fr * 3, encoding="utf-8")
    c = quotecmp.compare([tmp_path / "a.en.txt", tmp_path / "a.fr.txt"], quotecmp.Options(encoder="none"))
    assert _pairs(c) == []


def test_the_one_term_between_two_shared_statements_pairs_in_any_words(tmp_path):
    en = ("\"We have waited three years for this decision and we will not wait any longer,\" "
          "the harbour chief Anne Morel said on Monday. The plan, known as \"Seaward\", would move "
          "the container quays out of the old town by 2030.\n\n\"Nobody here wants a strike, but "
          "the docks need an answer,\" Morel added.")
    fr = ("« Nous avons attendu trois ans cette décision et nous n'attendrons pas plus longtemps », "
          "a déclaré lundi la responsable du port, Anne Morel. Le projet, appelé « Cap au large », "
          "déplacerait les quais à conteneurs hors de la vieille ville d'ici 2030.\n\n« Personne ici "
          "ne veut une grève, mais les docks ont besoin d'une réponse », a ajouté Morel.")
    (tmp_path / "p.en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "p.fr.txt").write_text(fr, encoding="utf-8")
    c = quotecmp.compare([tmp_path / "p.en.txt", tmp_path / "p.fr.txt"], quotecmp.Options(encoder="none"))
    assert [("partial", "Cap au large"), ("term", "Seaward")] in _pairs(c)


def test_as_many_terms_between_two_shared_statements_pair_in_order(tmp_path):
    # the same term three times on each side, translated in other words: the n-th with the n-th
    body_en = ("The \"genuineness\" test would apply to every visa. ")
    body_fr = ("Le critère « d'authenticité » s'appliquerait à chaque visa. ")
    en = ("\"We have waited three years for this decision,\" the minister Anne Morel said on Monday. "
          + body_en * 3 + "\n\n\"Nobody here wants a strike, but the docks need an answer,\" Morel added.")
    fr = ("« Nous avons attendu trois ans cette décision », a déclaré lundi la ministre Anne Morel. "
          + body_fr * 3 + "\n\n« Personne ici ne veut une grève, mais les docks ont besoin d'une "
          "réponse », a ajouté Morel.")
    (tmp_path / "v.en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "v.fr.txt").write_text(fr, encoding="utf-8")
    c = quotecmp.compare([tmp_path / "v.en.txt", tmp_path / "v.fr.txt"], quotecmp.Options(encoder="none"))
    by_id = {q.id: q for q in c.quotes}
    pairs = sorted((by_id[a].start, by_id[b].start) for cl in c.clusters if len(cl.quotes) == 2
                   for a, b in [sorted(cl.quotes, key=lambda i: by_id[i].source)]
                   if by_id[a].text == "genuineness")
    assert len(pairs) == 3 and [b for _, b in pairs] == sorted(b for _, b in pairs)


def _q(source, start, text, kind):
    from quotecmp.models import Quote
    return Quote(id=f"{source}#{start}", source=source, text=text, start=start, end=start + len(text),
                 kind=kind, speaker=None, speaker_mention=None, cue=None, confidence=0.0,
                 marks="“”", context_start=start, context_end=start + len(text))


@pytest.mark.parametrize("kind_a, kind_b, paired", [
    ("direct", "partial", True),    # a statement the translation quotes as a few words of its sentence
    ("partial", "partial", True),
    ("direct", "direct", False),    # two statements the alignment saw and left apart stay apart
])
def test_spans_left_alone_between_shared_utterances_pair_by_place(kind_a, kind_b, paired):
    from quotecmp import terms
    quotes = {q.id: q for q in [
        _q("en", 0, "We have waited three years", "direct"),
        _q("fr", 0, "Nous avons attendu trois ans", "direct"),
        _q("en", 500, "he hit on me when I was young.", kind_a),
        _q("fr", 510, "m'a draguée quand j'étais jeune", kind_b),
        _q("en", 900, "Nobody here wants a strike", "direct"),
        _q("fr", 910, "Personne ici ne veut une grève", "direct")]}
    groups = [["en#0", "fr#0"], ["en#900", "fr#910"], ["en#500"], ["fr#510"]]
    got, _, _ = terms.pair(groups, quotes, {}, {"en": "en", "fr": "fr"}, {"en": 1000, "fr": 1020})
    assert (["en#500", "fr#510"] in got) is paired


def test_a_span_one_side_alone_sets_in_marks_leaves_the_others_paired():
    # the English marks "the 'Ultras'", the German prints die Ultras plainly: the window holds
    # two spans on one side, one on the other; the two at one place still pair
    from quotecmp import terms
    quotes = {q.id: q for q in [
        _q("en", 0, "We have waited three years", "direct"),
        _q("de", 0, "Wir haben drei Jahre gewartet", "direct"),
        _q("en", 200, "Ultras", "term"),
        _q("en", 500, "Stadium Ban Section", "term"),
        _q("de", 510, "Sektion Stadionverbot", "term"),
        _q("en", 900, "Nobody here wants a strike", "direct"),
        _q("de", 910, "Niemand hier will einen Streik", "direct")]}
    groups = [["en#0", "de#0"], ["en#900", "de#910"]]
    cands = {"en": [quotes["en#200"], quotes["en#500"]], "de": [quotes["de#510"]]}
    got, _, _ = terms.pair(groups, quotes, cands, {"en": "en", "de": "de"}, {"en": 1000, "de": 1020})
    assert ["de#510", "en#500"] in got and not any("en#200" in g for g in got)


@pytest.mark.parametrize("encoder", ENCODERS)
def test_a_paired_term_rests_on_evidence_not_on_the_encoder(tmp_path, encoder):
    # the report tells a reader what matched a pair: a term pairs on its words and its place
    (tmp_path / "port.en.txt").write_text(EN_TERMS, encoding="utf-8")
    (tmp_path / "port.fr.txt").write_text(FR_TERMS, encoding="utf-8")
    c = quotecmp.compare([tmp_path / "port.en.txt", tmp_path / "port.fr.txt"],
                         quotecmp.Options(encoder=encoder))
    kinds = {q.id: q.kind for q in c.quotes}
    on_terms = [d.basis for d in c.differences if "term" in (kinds[d.a], kinds[d.b])]
    assert on_terms and set(on_terms) == {"evidence"}


@pytest.mark.parametrize("encoder", ["none", "auto"])
def test_adding_a_translation_changes_nothing_between_same_language_sources(encoder):
    """A reviewer adds the French wire to the story: the English outlets' findings stay."""
    def same_language(c):
        lang = {s.id: s.lang for s in c.sources}
        diffs = {(c.quote(d.a).source, c.quote(d.a).text, c.quote(d.b).source, c.quote(d.b).text,
                  d.kinds, d.severity)
                 for d in c.differences if lang[c.quote(d.a).source] == lang[c.quote(d.b).source]}
        found = {(f.source, c.quote(f.quote).text, f.kinds, f.changes) for f in c.findings()
                 if lang[f.source] == lang[c.quote(f.reference).source]}
        quotes = {(q.source, q.start, q.end, q.kind, q.speaker) for q in c.quotes
                  if lang[q.source] == "en"}
        return diffs, found, quotes

    options = quotecmp.Options(encoder=encoder)
    alone = same_language(quotecmp.compare([SAMPLE], options))
    with_fr = same_language(quotecmp.compare([SAMPLE, SAMPLE_FR], options))
    assert any(q[3] == "unmarked" for q in alone[2]), "Le Figaro's recovered quotes are the test"
    assert with_fr[2] == alone[2], "the English sources' quotes"
    assert with_fr[0] == alone[0], "the differences between English sources"
    assert with_fr[1] == alone[1], "the findings between English sources"


def test_the_reviewer_chooses_the_reference():
    """The French wire is the original: every utterance it prints is compared with its version."""
    default = quotecmp.compare([SAMPLE, SAMPLE_FR], quotecmp.Options(encoder="none"))
    chosen = quotecmp.compare([SAMPLE, SAMPLE_FR],
                              quotecmp.Options(encoder="none", reference=("afp-wire.fr",)))
    fr = {q.id for q in chosen.quotes if q.source == "afp-wire.fr"}
    with_fr = [c for c in chosen.clusters if fr & set(c.quotes)]
    assert len(with_fr) >= 9
    assert all(c.reference in fr and c.quotes[0] == c.reference for c in with_fr)
    assert not any(c.reference in fr for c in default.clusters), "by default the earliest, then input order"
    assert all(f.reference in fr for f in chosen.findings()
               if any(f.cluster == c.id for c in with_fr))
    assert "ref=afp-wire.fr" in chosen.signature and "ref=" not in default.signature
    # the same clusters, only their reference moved
    def groups(c):
        return sorted(sorted(cl.quotes) for cl in c.clusters)
    assert groups(chosen) == groups(default)


def test_a_reference_that_names_no_source_is_refused_before_any_work():
    with pytest.raises(quotecmp.UsageError, match="names no source"):
        quotecmp.compare([SAMPLE], quotecmp.Options(reference=("le-monde",)))


def test_a_manifest_role_original_makes_the_reference(tmp_path):
    import shutil
    for f in (WIRE, FIGARO, WIRE_FR):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "sources.csv").write_text(
        "file,outlet,lang,published,role\n"
        "afp-wire.txt,AFP (English),en,2023-04-05,\n"
        "lefigaro.en-mt.txt,Le Figaro (machine-translated),en,2023-04-05,\n"
        "afp-wire.fr.txt,AFP (French original),fr,2023-04-05,original\n", encoding="utf-8")
    c = quotecmp.compare([tmp_path], quotecmp.Options(encoder="none"))
    fr = {q.id for q in c.quotes if q.source == "afp-wire.fr"}
    with_fr = [cl for cl in c.clusters if fr & set(cl.quotes)]
    assert len(with_fr) >= 9 and all(cl.reference in fr for cl in with_fr)
    assert "role" not in c.to_dict()["sources"][0], "the output contract is unchanged"
