"""Pathological inputs finish, keep every offset valid, and find what is there."""
import random
import resource
import time

import pytest

import quotecmp
from quotecmp.cli import main


def _valid(c):
    text = {s.id: s.text for s in c.sources}
    return all(text[q.source][q.start:q.end] == q.text for q in c.quotes)


def test_deeply_nested_html_still_yields_its_article(tmp_path):
    page = ("<html><head><title>Town news</title><script>var x = \"not a quote\";</script></head>"
            "<body><nav>\"Home\" \"World\"</nav>" + "<div>" * 5000 +
            "<article><p>\"We will not give up on this town,\" Mayor Jane Doe said on Monday in a"
            " long speech to residents.</p></article>" + "</div>" * 5000 + "</body></html>")
    (tmp_path / "nested.html").write_text(page, encoding="utf-8")
    c = quotecmp.compare([tmp_path / "nested.html"])
    assert c.sources[0].status == "ok" and c.sources[0].title == "Town news"
    assert [(q.text, q.speaker) for q in c.quotes] == [("We will not give up on this town,", "Jane Doe")]


def test_one_megabyte_line_is_linear(tmp_path):
    line = ('The minister spoke. "We will act now," she said. ' * 25000)[:1_000_000]
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    started = time.perf_counter()
    c = quotecmp.compare([tmp_path / "line.txt"])
    assert time.perf_counter() - started < 30   # about 2 s here; quadratic code took minutes
    assert len(c.quotes) > 19000 and _valid(c)


@pytest.mark.parametrize("text", [
    '"' * 5000 + ' "Hello there, friends," he said. ' + "“" * 3000,
    "«" * 2000 + " text " + "»" * 10,
    "‘" * 4000 + "’" * 4000,
    'He wrote "unbalanced and never closed, and then the article simply went on for a while.',
    'See https://example.com/?q="quoted"&x=1 and `code "with quotes"` here. "Real words here," she said.',
    'قال الوزير «سنعمل الآن» للصحفيين. \u202e"We will act," she said.\u202c '
    '\u2066"Isolated," he added.\u2069',
    '“Outer quote with ‘an inner one’ and „German“ marks” said the man. «Nested “quote” inside»',
])
def test_mark_soup_never_breaks_offsets(tmp_path, text):
    (tmp_path / "soup.txt").write_text(text, encoding="utf-8")
    c = quotecmp.compare([tmp_path / "soup.txt"])
    assert c.sources[0].status == "ok" and _valid(c)


def test_thousands_of_marks_still_find_the_real_quote(tmp_path):
    (tmp_path / "soup.txt").write_text('"' * 5001 + ' The minister spoke.\n\n"Hello there, friends,"'
                                       ' the minister said.\n', encoding="utf-8")
    c = quotecmp.compare([tmp_path / "soup.txt"])
    assert ("Hello there, friends,", "minister") in [(q.text, q.speaker) for q in c.quotes]


def test_failed_write_keeps_the_previous_report(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text('"We are ready for the storm," the mayor said.\n', encoding="utf-8")
    out = tmp_path / "report.html"
    out.write_text("previous report", encoding="utf-8")
    import quotecmp.report as report

    def boom(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(report, "render_html", boom)
    assert main(["compare", str(tmp_path / "a.txt"), "-o", str(out)]) == 130
    assert out.read_text(encoding="utf-8") == "previous report"
    monkeypatch.undo()
    import os
    real_replace = os.replace

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", full_disk)
    assert main(["compare", str(tmp_path / "a.txt"), "-o", str(out)]) == 2
    assert "No space left" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []
    monkeypatch.setattr(os, "replace", real_replace)


@pytest.mark.slow
def test_twenty_megabyte_file(tmp_path):
    rnd = random.Random(1)
    words = "budget schools hospital border farmers railway harbour pensions reform taxes".split()
    paras, size = [], 0
    while size < 20_000_000:
        w = " ".join(rnd.choice(words) for _ in range(12))
        p = f'The council met to discuss the {w}. “We will protect the {w},” Anna Berg said.'
        paras.append(p)
        size += len(p) + 2
    (tmp_path / "big.txt").write_text("\n\n".join(paras), encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    c = quotecmp.compare([tmp_path / "big.txt"])
    elapsed = time.perf_counter() - started
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert c.sources[0].status == "ok" and len(c.quotes) == len(paras)
    assert elapsed < 60, elapsed
    assert grown < 1500, grown     # MB; about 650 MB measured


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from quotecmp.models import Source  # noqa: E402
from quotecmp.pipeline import quotes_of  # noqa: E402

_WORDS = ["budget", "schools", "border", "farmers", "railway", "pensions", "taxes", "winter",
          "police", "court", "the", "and", "for", "our", "with"]
_NAMES = ["Anna Berg", "Peter Novak", "Maria Lopez", "the minister", "she", "he"]


@st.composite
def articles(draw):
    paras = []
    for _ in range(draw(st.integers(1, 6))):
        words = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=12)))
        who = draw(st.sampled_from(_NAMES))
        form = draw(st.integers(0, 3))
        if form == 0:
            paras.append(f"“We will fix the {words},” {who} said.")
        elif form == 1:
            paras.append(f"{who.capitalize()} said the {words} was “a {words}” problem.")
        elif form == 2:
            paras.append(f"The council met on Monday about the {words}.")
        else:
            paras.append(f"“Our {words} matters,” {who} said, “and it always will.”")
    return "\n\n".join(paras)


def _texts(text):
    return sorted(q.text for q in quotes_of(Source(id="s", path="s", text=text, lang="en")))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_stable_under_line_endings_and_quote_style(text):
    base = _texts(text)
    assert _texts(text.replace("\n", "\r\n")) == base
    straight = _texts(text.replace("“", '"').replace("”", '"'))
    assert straight == base
