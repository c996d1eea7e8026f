"""The HTML report: golden file for the sample, structure, and hostile article text."""
import dataclasses
import os
import pathlib
import re

import pytest

import quotecmp
from conftest import SAMPLE

GOLDEN = pathlib.Path(__file__).parent / "golden" / "sample-report.html"


def test_sample_report_matches_golden(monkeypatch):
    # relative paths, so the golden file does not depend on where the checkout lives
    monkeypatch.chdir(SAMPLE.parents[1])
    # no encoder, so the signature does not depend on which extras are installed
    html = quotecmp.render_html(quotecmp.compare(["data/nato-china-2023"],
                                                 quotecmp.Options(encoder="none")))
    if os.environ.get("QUOTECMP_UPDATE_GOLDEN"):
        GOLDEN.write_text(html, encoding="utf-8")
    assert html == GOLDEN.read_text(encoding="utf-8"), \
        "report changed: review, then QUOTECMP_UPDATE_GOLDEN=1 pytest tests/test_report.py"


def test_report_is_deterministic(sample_comparison):
    assert quotecmp.render_html(sample_comparison) == quotecmp.render_html(quotecmp.compare([SAMPLE]))


def test_self_contained_with_csp(sample_comparison):
    html = quotecmp.render_html(sample_comparison)
    assert 'http-equiv="Content-Security-Policy"' in html
    assert "default-src &#39;none&#39;" in html
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    # every source and every quote of the result is in the page, each with its own anchor
    for s in sample_comparison.sources:
        assert s.id in html
    anchors = re.findall(r' id="(v-[0-9a-f]{10})"', html)
    assert len(anchors) == len(set(anchors)) == len(sample_comparison.quotes)


def test_no_local_path_is_printed(sample_comparison):
    html = quotecmp.render_html(sample_comparison)
    assert all(s.path.startswith("/") for s in sample_comparison.sources)
    assert not any(s.path in html for s in sample_comparison.sources)
    assert str(SAMPLE) not in html


def _with_urls(comparison, urls):
    sources = tuple(dataclasses.replace(s, url=u) for s, u in zip(comparison.sources, urls))
    return dataclasses.replace(comparison, sources=sources)


def test_a_source_url_is_linked_with_a_text_fragment_to_the_quote(sample_comparison):
    urls = ["https://example.org/wire#top", "javascript:alert(1)", None, None, None]
    html = quotecmp.render_html(_with_urls(sample_comparison, urls))
    wire = sample_comparison.sources[0].id
    first = next(q for q in sample_comparison.quotes if q.source == wire)
    words = "%20".join(first.text.split()[:3])
    assert re.search(r'href="https://example\.org/wire#:~:text=' + re.escape(words), html)
    assert "javascript:" not in html, "only http(s) addresses become links"


def test_the_findings_come_first_and_are_counted_in_one_unit(sample_comparison):
    html = quotecmp.render_html(sample_comparison)
    found = sample_comparison.findings()
    assert html.index('id="findings"') < html.index('id="clusters"') < html.index('id="sources"')
    assert html.count('<li class="finding ') == len(found)
    assert f"<b>{len(found)} findings</b>" in html
    # the finding list links each finding to its version's anchor
    for f in found:
        assert sample_comparison.quote(f.quote).text[:20].split()[0] in html
    first = found[0]
    assert first.changes[0] in html.split('id="findings"')[1].split("</li>")[0]


def test_every_source_status_is_shown(tmp_path):
    (tmp_path / "a.txt").write_text('"We are ready," the minister said.\n', encoding="utf-8")
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    html = quotecmp.render_html(quotecmp.compare([tmp_path]))
    assert "status error" in html and "PNG" in html


HOSTILE = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    '</script><script>alert(3)</script>',
    '{{ 7*7 }} {% raw %}',
    '\u202egnp.exe\u202c',
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_is_escaped(tmp_path, payload):
    text = f'"We will not accept {payload} in our country," the minister said.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / f"b{payload[:3].replace('/', '')}.txt").write_text(
        text.replace("will not", "shall not"), encoding="utf-8")
    c = quotecmp.compare([tmp_path])
    assert any(payload in q.text for q in c.quotes)
    html = quotecmp.render_html(c)
    body = html.split("<body>", 1)[1].rsplit("<script>", 1)[0]
    assert "<script" not in body and "<img" not in body
    assert "onerror=alert" not in body.replace("onerror=alert(2)&gt;", "")
    assert "{{ 7*7 }}" in html or "7*7" not in payload
    assert html.count("<script>") == 1


def _story_corpus(tmp_path, n):
    """``n`` generated articles, four outlets to a story, labelled with their story so the
    same stories (and missing-quote lists) come out whatever ``n`` is."""
    import json
    import sys
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "bench"))
    import synth
    path = tmp_path / f"corpus-{n}.jsonl"
    path.write_text("".join(json.dumps({"id": r["id"], "outlet": f"{r['outlet']} {r['id']}",
                                        "story": r["story"], "text": r["text"]}) + "\n"
                            for r in synth.corpus(n, seed=4)), encoding="utf-8")
    return quotecmp.compare([path])


def test_report_grows_linearly_with_sources(tmp_path):
    from quotecmp.report import HEAT_MAX_SOURCES
    pages = {n: quotecmp.render_html(_story_corpus(tmp_path, n)) for n in (40, 60, 80)}
    assert 60 > HEAT_MAX_SOURCES
    page = pages[60]
    # one small table per story, never one source × source table across stories
    assert page.count('class="heat"') == page.count("<h4>Story: ") == 15
    assert max(t.count('<th scope="col">') for t in page.split('class="heat"')[1:]) == 4
    # without labels, more than 50 sources are grouped by the quotes they share: the same tables
    comparison = _story_corpus(tmp_path, 60)
    unlabelled = dataclasses.replace(comparison, sources=tuple(dataclasses.replace(x, story=None)
                                                               for x in comparison.sources))
    page = quotecmp.render_html(unlabelled)
    assert page.count('class="heat"') == 15 and page.count(" and 3 more</bdi></h4>") == 15
    # one story past the bound: one summary row per source instead
    one = dataclasses.replace(comparison, sources=tuple(dataclasses.replace(x, story="one")
                                                        for x in comparison.sources))
    page = quotecmp.render_html(one)
    assert 'class="heat"' not in page
    assert page.count('<tr><td><bdi>Outlet') == 60
    assert "<code>drift</code> list of <code>quotecmp compare … -f json</code>" in page
    assert "<code>differences</code> table of <code>quotecmp compare … -f csv</code>" in page
    # twice the sources, about twice the page: cells counted too, since an n × n table of empty
    # cells hides in the bytes of the quote cards at this size
    assert len(pages[80]) / len(pages[40]) < 2.3
    assert pages[80].count("<td") / pages[40].count("<td") < 2.3


def test_drift_by_source_weights_pairs_and_names_closest_and_farthest():
    from quotecmp.table import drift_by_source
    matrix = {("a", "b"): {"shared": 3, "drift": 0.1}, ("a", "c"): {"shared": 1, "drift": 0.5},
              ("b", "c"): {"shared": 1, "drift": 0.5}, ("a", "x"): {"shared": 9, "drift": 0.9}}
    got = drift_by_source(matrix, ["a", "b", "c", "d"])      # x is not shown (not ok)
    assert got["a"] == {"partners": 2, "shared": 4, "drift": 0.2,
                        "closest": ("b", 0.1), "farthest": ("c", 0.5)}
    # c is as far from a as from b: the tie goes to the source listed first
    assert got["c"]["closest"] == ("a", 0.5) and got["c"]["farthest"] == ("a", 0.5)
    assert got["d"] == {"partners": 0, "shared": 0, "drift": None,
                        "closest": None, "farthest": None}


def test_missing_sources_are_named_up_to_a_bound(sample_comparison, monkeypatch):
    import quotecmp.report as report
    longest = max(len(c.missing) for c in sample_comparison.clusters)
    assert longest >= 2
    monkeypatch.setattr(report, "MISSING_SHOWN", 1)
    html = report.render_html(sample_comparison)
    assert f"and {longest - 1} more (the <code>missing</code> column of the clusters table)" in html
    assert f"Not quoted by {longest} sources of this story</summary>" in html, "collapsed, with a count"
