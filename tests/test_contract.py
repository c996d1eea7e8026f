"""The JSON output contract of DESIGN.md: field names, offsets, every input listed."""
import json
import pathlib

from conftest import SAMPLE

TOP = {"quotecmp", "signature", "sources", "quotes", "clusters", "differences", "drift"}
SOURCE = {"id", "path", "outlet", "lang", "published", "title", "status", "message"}
QUOTE = {"id", "source", "text", "start", "end", "kind", "speaker", "speaker_mention", "cue",
         "confidence"}
CLUSTER = {"id", "quotes", "speaker"}
DIFF = {"cluster", "a", "b", "similarity", "kinds", "severity"}
KINDS = {"identical", "typography", "wording", "truncated", "quote_marks_lost", "cue_verb",
         "number_changed", "negation_changed", "misattributed"}


def test_fields(sample_json):
    assert TOP <= set(sample_json)
    assert sample_json["signature"].startswith("quotecmp ")
    for s in sample_json["sources"]:
        assert SOURCE <= set(s)
        assert s["status"] in {"ok", "empty", "error"}
    for q in sample_json["quotes"]:
        assert QUOTE <= set(q)
        assert q["kind"] in {"direct", "partial", "unmarked"}
        assert 0.0 <= q["confidence"] <= 1.0
    for c in sample_json["clusters"]:
        assert CLUSTER <= set(c)
    for d in sample_json["differences"]:
        assert DIFF <= set(d)
        assert set(d["kinds"]) <= KINDS and d["kinds"]
        assert d["severity"] in {"none", "low", "medium", "high"}


def test_offsets_slice_the_decoded_file(sample_json):
    paths = {s["id"]: pathlib.Path(s["path"]) for s in sample_json["sources"]}
    for q in sample_json["quotes"]:
        text = paths[q["source"]].read_bytes().decode("utf-8")
        assert text[q["start"]:q["end"]] == q["text"]
        # the text is the words without their enclosing marks
        assert q["text"][:1] not in "\"“”«»„" and q["text"][-1:] not in "\"“”«»„"


def test_every_input_listed_and_ids_consistent(sample_json):
    files = sorted(p.name for p in SAMPLE.glob("*.txt"))
    assert sorted(pathlib.Path(s["path"]).name for s in sample_json["sources"]) == files
    ids = {q["id"] for q in sample_json["quotes"]}
    src = {s["id"] for s in sample_json["sources"]}
    assert all(q["source"] in src for q in sample_json["quotes"])
    in_clusters = [i for c in sample_json["clusters"] for i in c["quotes"]]
    assert sorted(in_clusters) == sorted(ids)        # every quote in exactly one cluster
    for d in sample_json["differences"]:
        assert d["a"] in ids and d["b"] in ids


def test_output_is_deterministic():
    import quotecmp
    a = quotecmp.compare([SAMPLE]).to_json()
    b = quotecmp.compare(sorted(SAMPLE.glob("*.txt"), reverse=True)).to_json()
    assert json.loads(a)["clusters"] == json.loads(quotecmp.compare([SAMPLE]).to_json())["clusters"]
    assert {q["id"] for q in json.loads(a)["quotes"]} == {q["id"] for q in json.loads(b)["quotes"]}


def test_frames(sample_comparison):
    frames = sample_comparison.to_frames()
    assert set(frames) == {"sources", "quotes", "clusters", "differences"}
    assert len(frames["quotes"]) == len(sample_comparison.quotes)
    assert frames["differences"]["similarity"].between(0, 1).all()


def test_unmarked_recovery_has_exact_offsets(sample_comparison):
    unmarked = [q for q in sample_comparison.quotes if q.kind == "unmarked"]
    assert [q.source for q in unmarked] == ["lefigaro.en-mt", "lefigaro.en-mt"]
    q = unmarked[0]
    assert q.text.startswith("We discussed China’s growing alignment with Russia")
    assert q.text.endswith("Indo-Pacific region.")
    assert q.speaker == "Jens Stoltenberg" and q.marks == ""
    # the wire's “limitless”, re-translated and printed without marks, glued to the next word
    term = unmarked[1]
    assert (term.text, term.start, term.end) == ("without borders", 1523, 1538)


def test_drift_per_source_pair(sample_json):
    pairs = {(d["a"], d["b"]): d for d in sample_json["drift"]}
    assert pairs[("almayadeen.page", "almayadeen")]["drift"] == 0.0
    wire_figaro = pairs[("afp-wire", "lefigaro.en-mt")]
    assert wire_figaro["shared"] >= 9 and 0.05 < wire_figaro["drift"] < 0.5
    assert not any("bta-2024" in k for k in pairs)
