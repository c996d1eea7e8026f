"""Quality gate on generated outlet variants of the annotated articles (bench/eval_align.py):
cluster links and every difference kind, with floors pinned at what the pipeline reaches."""
import json
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import eval_align  # noqa: E402

LINK_F1 = 0.99
KIND_FLOOR = {"identical": (0.99, 0.98), "typography": (0.99, 0.98), "wording": (0.95, 0.94),
              "truncated": (0.97, 0.94), "quote_marks_lost": (0.99, 0.97),
              "cue_verb": (0.99, 0.95), "number_changed": (0.99, 0.96),
              "negation_changed": (0.99, 0.95), "misattributed": (0.97, 0.95)}


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    out = tmp_path_factory.mktemp("align") / "figures.json"
    assert eval_align.main(["--json", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_cluster_links(figures):
    assert figures["links"]["p"] >= 0.99
    assert figures["links"]["f1"] >= LINK_F1


@pytest.mark.parametrize("kind", sorted(KIND_FLOOR))
def test_kind_precision_and_recall(figures, kind):
    p_floor, r_floor = KIND_FLOOR[kind]
    got = figures["kinds"][kind]
    assert got["p"] >= p_floor and got["r"] >= r_floor, got


def _nyt_quote():
    import random

    import variants
    text = "''This isn't tax reform,'' said Douglas Holtz-Eakin."
    qi = variants.QuoteInfo(idx=0, start=2, end=24, text=text[2:24], kind="direct",
                            speaker="Douglas Holtz-Eakin", para=0, opened=True, closed=True)
    return variants, random.Random(0), qi, text


def test_a_variant_loses_the_nyt_archives_two_apostrophes_whole():
    variants, rnd, qi, text = _nyt_quote()
    reps, note = variants.edit_marks_lost(rnd, qi, text)
    for lo, hi, new in sorted(reps, reverse=True):
        text = text[:lo] + new + text[hi:]
    assert text == "This isn't tax reform, said Douglas Holtz-Eakin."
    assert note == "marks '''' removed"


def test_the_nyt_archives_marks_are_no_style_a_variant_changes():
    # '' is how the archive prints “ ”: another outlet's “ ” is the same marks
    variants, rnd, qi, text = _nyt_quote()
    assert variants.edit_typography(rnd, qi, text) is None


def test_the_generator_reads_the_verb_after_the_nyt_archives_closing_marks():
    import variants
    text = "''The message is clear,'' he added. ''But these are the priorities.''"
    quotes = [{"start": 2, "end": 23, "text": text[2:23], "kind": "direct", "speaker": "he"},
              {"start": 39, "end": 67, "text": text[39:67], "kind": "direct", "speaker": "he"}]
    infos, _ = variants.analyse({"id": "a", "text": text, "quotes": quotes})
    assert text[slice(*infos[0].verb)] == "added"
    assert infos[1].verb == infos[0].verb     # the next quote goes on with the same attribution
