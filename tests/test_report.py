"""The HTML report: golden file for the sample, structure, and hostile article text."""
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
    # every source and every quote of the result is in the page
    for s in sample_comparison.sources:
        assert s.id in html
    assert html.count('<div class="version ') == len(sample_comparison.quotes)


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
    assert "<script" not in body and "<img" not in body and "onerror=alert" not in body.replace("onerror=alert(2)&gt;", "")
    assert "{{ 7*7 }}" in html or "7*7" not in payload
    assert html.count("<script>") == 1
