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
