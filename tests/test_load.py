"""Loading inputs into Sources: encodings, empty and broken files, directories, corpora, HTML."""
from __future__ import annotations

import codecs
import json
import os
import threading

import pytest

import quotecmp
from quotecmp.load import decode, detect_language, load

EN = "The minister said the new bridge would be open to traffic before the end of the year."
FR = "Le ministre a dit que le pont serait à nouveau ouvert. Il a été déjà réparé, à la fin de l’été."


def _one(path, **kw):
    sources = load([path], **kw)
    assert len(sources) == 1
    return sources[0]


# --- text files and encodings --------------------------------------------------------------

def test_utf8_text_file(tmp_path):
    p = tmp_path / "wire.txt"
    p.write_bytes(EN.encode("utf-8") + b"\n")
    s = _one(p)
    assert (s.id, s.path, s.status, s.message) == ("wire", str(p), "ok", None)
    assert s.text == EN + "\n"
    assert s.lang == "en"
    assert s.outlet == "wire"           # defaults to the id when nothing else is known
    assert s.title == EN                # first substantial line


def test_utf8_keeps_curly_quotes_and_crlf(tmp_path):
    text = "“We will act,” the mayor said.\r\nShe left.\r\n"
    p = tmp_path / "crlf.txt"
    p.write_bytes(text.encode("utf-8"))
    # offsets point into the decoded text: no newline translation, marks not straightened
    assert _one(p).text == text


def test_utf8_with_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(codecs.BOM_UTF8 + EN.encode("utf-8"))
    s = _one(p)
    assert s.status == "ok"
    assert s.text == EN                 # the BOM is not part of the text
    assert not s.text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, encoding):
    p = tmp_path / "u16.txt"
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    p.write_bytes(bom[encoding] + FR.encode(encoding))
    s = _one(p)
    assert s.status == "ok", s.message
    assert s.text == FR
    assert s.lang == "fr"


def test_cp1252_french_is_not_mojibake(tmp_path):
    p = tmp_path / "lemonde.txt"
    text = "Les mots à été déjà sont bien lus. " + FR.replace("’", "'")
    p.write_bytes(text.encode("cp1252"))
    s = _one(p)
    assert s.status == "ok"
    assert s.text == text
    assert "à été déjà" in s.text
    assert "Ã" not in s.text and "\ufffd" not in s.text
    assert s.message and "cp1252" in s.message     # the repair is reported, not silent
    assert s.lang == "fr"


def test_cp1252_smart_quotes(tmp_path):
    p = tmp_path / "quotes.txt"
    p.write_bytes(b"\x93Nous allons agir\x94, a d\xe9clar\xe9 le ministre.")
    assert _one(p).text == "“Nous allons agir”, a déclaré le ministre."


def test_mostly_utf8_with_one_stray_byte_is_repaired(tmp_path):
    p = tmp_path / "mixed.txt"
    p.write_bytes("Le ministre a été très clair : « déjà fait ».".encode() + b" \xff fin")
    s = _one(p)
    assert s.status == "ok"
    assert s.text.startswith("Le ministre a été très clair : « déjà fait ».")
    assert s.message and "invalid UTF-8" in s.message   # flagged, the rest kept as UTF-8


def test_latin1_with_byte_undefined_in_cp1252(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Le ministre a été très clair.".encode("latin-1") + b"\x81")
    s = _one(p)
    assert s.text.startswith("Le ministre a été très clair.")


@pytest.mark.parametrize("data, expected", [
    (b"plain ascii", "plain ascii"),
    ("déjà vu".encode(), "déjà vu"),
    (codecs.BOM_UTF8 + "déjà".encode(), "déjà"),
    ("déjà".encode("utf-16"), "déjà"),
    ("déjà".encode("utf-32"), "déjà"),
    ("déjà".encode("cp1252"), "déjà"),
])
def test_decode_table(data, expected):
    assert decode(data)[0] == expected


# --- empty and unreadable inputs -----------------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"   ", b"\n\n", b" \t\r\n \n", codecs.BOM_UTF8])
def test_empty_and_whitespace_only(tmp_path, content):
    p = tmp_path / "blank.txt"
    p.write_bytes(content)
    s = _one(p)
    assert s.status == "empty"
    assert s.message                    # says why, never silent


def test_png_is_an_error_that_names_png(tmp_path):
    p = tmp_path / "photo.txt"          # the extension lies; the bytes decide
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    s = _one(p)
    assert s.status == "error"
    assert "PNG" in s.message
    assert s.text == ""


@pytest.mark.parametrize("magic, word", [(b"%PDF-1.7\n", "PDF"), (b"\xff\xd8\xff\xe0", "JPEG"),
                                         (b"PK\x03\x04", "ZIP"), (b"\x1f\x8b\x08", "gzip")])
def test_other_binaries_are_errors(tmp_path, magic, word):
    p = tmp_path / "file.txt"
    p.write_bytes(magic + bytes(200))
    s = _one(p)
    assert s.status == "error" and word in s.message


def test_missing_path_is_an_error_source(tmp_path):
    p = tmp_path / "nowhere.txt"
    s = _one(p)
    assert s.status == "error"
    assert s.path == str(p)
    assert "no such file" in s.message


def test_missing_path_does_not_drop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    sources = load([tmp_path / "missing.txt", good])
    assert [(s.id, s.status) for s in sources] == [("missing", "error"), ("good", "ok")]


def test_load_nothing_is_a_usage_error():
    with pytest.raises(quotecmp.UsageError):
        load([])


def test_load_nothing_is_a_quotecmp_error():
    with pytest.raises(quotecmp.QuotecmpError):
        load(iter(()))


# --- directories and manifests -------------------------------------------------------------

def _make_tree(root):
    (root / "sub").mkdir()
    (root / "b.txt").write_text("Bravo: " + EN, encoding="utf-8")
    (root / "a.txt").write_text("Alpha: " + EN, encoding="utf-8")
    (root / "sub" / "c.txt").write_text("Charlie: " + EN, encoding="utf-8")
    (root / ".hidden.txt").write_text("hidden: " + EN, encoding="utf-8")
    (root / "sources.csv").write_text(
        "file,outlet,lang,published,title\n"
        "a.txt,Alpha Times,en,2024-01-02,Alpha headline\n"
        "b.txt,Bravo Post,fr,2024-01-03,Bravo headline\n", encoding="utf-8")


def test_directory_walked_recursively_in_sorted_order(tmp_path):
    _make_tree(tmp_path)
    sources = load([tmp_path])
    assert [s.id for s in sources] == ["a", "b", "c"]       # hidden files and manifest skipped
    assert [os.path.basename(s.path) for s in sources] == ["a.txt", "b.txt", "c.txt"]
    assert all(s.status == "ok" for s in sources)


def test_manifest_beside_files_gives_metadata(tmp_path):
    _make_tree(tmp_path)
    a, b, c = load([tmp_path])
    assert (a.outlet, a.lang, a.published, a.title) == ("Alpha Times", "en", "2024-01-02",
                                                       "Alpha headline")
    assert (b.outlet, b.lang, b.published, b.title) == ("Bravo Post", "fr", "2024-01-03",
                                                       "Bravo headline")
    # c.txt is in a sub-folder without a manifest: defaults
    assert (c.outlet, c.lang, c.published) == ("c", "en", None)


def test_explicit_manifest(tmp_path):
    (tmp_path / "x.txt").write_text(EN, encoding="utf-8")
    man = tmp_path / "meta.csv"
    man.write_text("file,outlet,published\nx.txt,Wire,2023-04-05\n", encoding="utf-8")
    s = _one(tmp_path / "x.txt", manifest=man)
    assert (s.outlet, s.published) == ("Wire", "2023-04-05")


def test_manifest_without_file_column_is_a_usage_error(tmp_path):
    (tmp_path / "x.txt").write_text(EN, encoding="utf-8")
    man = tmp_path / "meta.csv"
    man.write_text("outlet,published\nWire,2023-04-05\n", encoding="utf-8")
    with pytest.raises(quotecmp.UsageError):
        load([tmp_path / "x.txt"], manifest=man)


@pytest.mark.parametrize("hidden_only", [False, True])
def test_empty_directory_is_reported(tmp_path, hidden_only):
    d = tmp_path / "nothing-here"
    d.mkdir()
    if hidden_only:
        (d / ".DS_Store").write_bytes(b"x")
    sources = load([d])
    assert len(sources) == 1
    assert sources[0].status in ("empty", "error")
    assert sources[0].message


def test_same_name_in_two_folders_gets_distinct_ids(tmp_path):
    for d in ("afp", "ap"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "story.txt").write_text(EN, encoding="utf-8")
    ids = [s.id for s in load([tmp_path])]
    assert ids == ["afp/story", "ap/story"]


def test_same_file_given_twice_is_read_once(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text(EN, encoding="utf-8")
    assert len(load([p, p, tmp_path])) == 1


def _load_with_timeout(paths, seconds=15):
    result: dict = {}

    def run():
        result["sources"] = load(paths)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "load() did not finish: symlink loop?"
    return result["sources"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "sub" / "self").symlink_to(tmp_path / "sub", target_is_directory=True)
    sources = _load_with_timeout([tmp_path])
    assert sorted(s.id for s in sources) == ["a", "b"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_dangling_symlink_is_an_error_source(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "does-not-exist.txt")
    sources = _load_with_timeout([tmp_path])
    assert [(s.id, s.status) for s in sources] == [("gone", "error")]


@pytest.mark.parametrize("name", ["my article.txt", "été à Paris.txt", "Ärger über Brücke.txt",
                                  "新闻 报道.txt", "o'brien “quotes”.txt"])
def test_file_names_with_spaces_and_non_ascii(tmp_path, name):
    p = tmp_path / name
    p.write_text(EN, encoding="utf-8")
    s = _one(p)
    assert s.status == "ok"
    assert s.path == str(p)
    assert s.id == name[:-len(".txt")]
    # and inside a directory walk too
    assert [x.id for x in load([tmp_path])] == [s.id]


# --- corpus files --------------------------------------------------------------------------

def test_jsonl_corpus_with_one_malformed_line(tmp_path):
    p = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": "one", "text": EN, "outlet": "Wire", "published": "2024-05-01"}),
             "{not json",
             "",
             json.dumps({"text": FR, "lang": "fr", "title": "Le pont"}),
             json.dumps(["a list", "not an object"]),
             json.dumps({"outlet": "no text field"})]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources = load([p])
    got = [(s.id, s.status) for s in sources]
    assert got == [("one", "ok"), ("corpus:2", "error"), ("corpus:4", "ok"),
                   ("corpus:5", "error"), ("corpus:6", "error")]
    one, bad, fr, lst, notext = sources
    assert (one.text, one.outlet, one.published, one.lang) == (EN, "Wire", "2024-05-01", "en")
    assert "line 2" in bad.message and "JSON" in bad.message
    assert bad.path == f"{p}:2"
    assert (fr.text, fr.lang, fr.title) == (FR, "fr", "Le pont")
    assert "text" in notext.message


def test_jsonl_row_with_an_integer_too_long_to_convert(tmp_path):
    # json.loads raises a plain ValueError (no .msg) past sys.get_int_max_str_digits()
    p = tmp_path / "corpus.jsonl"
    p.write_text('{"id": "big", "text": "x", "n": ' + "1" * 5000 + "}\n"
                 + json.dumps({"id": "one", "text": EN}) + "\n", encoding="utf-8")
    big, one = load([p])
    assert (big.id, big.status, one.id, one.status) == ("corpus:1", "error", "one", "ok")
    assert "line 1: not valid JSON" in big.message and "digits" in big.message


def test_csv_corpus_with_text_and_outlet(tmp_path):
    p = tmp_path / "articles.csv"
    p.write_text('text,outlet\n'
                 '"The minister said, ""we will win"", today.",Daily\n'
                 '"Multi-line\narticle text, with a comma.",Weekly\n', encoding="utf-8")
    sources = load([p])
    assert [(s.id, s.status, s.outlet) for s in sources] == [
        ("articles:2", "ok", "Daily"), ("articles:3", "ok", "Weekly")]
    assert sources[0].text == 'The minister said, "we will win", today.'
    assert sources[1].text == "Multi-line\narticle text, with a comma."


def test_csv_without_text_column_is_an_error(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("body,outlet\nhello,Daily\n", encoding="utf-8")
    s = _one(p)
    assert s.status == "error" and "'text'" in s.message


def test_empty_jsonl_corpus_is_reported(tmp_path):
    p = tmp_path / "none.jsonl"
    p.write_text("\n\n", encoding="utf-8")
    s = _one(p)
    assert s.status == "empty"


# --- HTML ----------------------------------------------------------------------------------

HTML = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Bridge to reopen in May | Town Herald</title>
<meta property="og:site_name" content="Town Herald">
<meta property="og:title" content="Bridge to reopen in May">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News menu</a></li>
<li><a href="/sport">Sport menu</a></li></ul></nav>
<article><h1>Bridge to reopen in May</h1>
<p>The old river bridge will reopen to traffic in May after two years of repairs, the town
council said on Monday.</p>
<p>“We are proud of the engineers who worked through the winter,” the mayor, Ana Ruiz, told
reporters at the town hall.</p>
<p>Local shop owners said the closure had cost them customers and welcomed the news.</p>
</article>
<footer>Copyright Town Herald. Cookie settings.</footer>
</body></html>
"""


@pytest.fixture(scope="module")
def html_source(tmp_path_factory):
    p = tmp_path_factory.mktemp("html") / "herald.html"
    p.write_text(HTML, encoding="utf-8")
    return _one(p)


def test_html_text_comes_from_the_article(html_source):
    s = html_source
    assert s.status == "ok"
    assert "“We are proud of the engineers" in s.text
    assert "Local shop owners said" in s.text
    for junk in ("Sport menu", "News menu", "Cookie settings", "<p>", "og:site_name"):
        assert junk not in s.text
    assert s.lang == "en"


def test_html_title_from_metadata(html_source):
    assert html_source.title == "Bridge to reopen in May"


def test_html_outlet_from_site_name(html_source):
    assert html_source.outlet == "Town Herald"


def test_html_manifest_outlet_wins_over_page(tmp_path):
    (tmp_path / "herald.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,outlet\nherald.html,Herald (print)\n",
                                          encoding="utf-8")
    assert _one(tmp_path / "herald.html").outlet == "Herald (print)"


def test_html_declared_charset(tmp_path):
    page = HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Local shop owners", "Les commerçants, déjà")
    p = tmp_path / "page.htm"
    p.write_bytes(page.encode("cp1252"))
    s = _one(p)
    assert s.status == "ok"
    assert "Les commerçants, déjà" in s.text


def test_html_without_article_text(tmp_path):
    p = tmp_path / "blank.html"
    p.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    s = _one(p)
    assert s.status == "empty"
    assert s.message


# --- language ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The city council said on Monday that the new bridge would be open to traffic by the end "
     "of the year, and that it was pleased with the work of the engineers.", "en"),
    ("Le conseil municipal a annoncé lundi que le nouveau pont serait ouvert à la circulation "
     "avant la fin de l'année, et il se dit satisfait des travaux.", "fr"),
    ("Der Stadtrat teilte am Montag mit, dass die neue Brücke bis Ende des Jahres für den "
     "Verkehr geöffnet wird, und er sei mit der Arbeit zufrieden.", "de"),
    ("El ayuntamiento anunció el lunes que el nuevo puente estará abierto al tráfico antes de "
     "que termine el año, y que está satisfecho con las obras.", "es"),
    ("", None),
    ("Hi.", None),
    ("12345 67890", None),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_lang_override(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text(EN, encoding="utf-8")
    assert _one(p, lang="fr").lang == "fr"


# --- the mojibake check looks only near non-ASCII text, with ftfy's answer -------------------

def _branches_of_badness():
    import re._constants as C
    import re._parser as P

    from ftfy.badness import BADNESS_RE
    tree = P.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    (op, av), = tree.data
    assert op is C.BRANCH
    return C, tree, av[1]


def test_ftfy_badness_can_only_match_near_non_ascii():
    """The windowed search is exact only while ftfy's expression keeps these properties."""
    from quotecmp.load import MOJIBAKE_REACH
    C, tree, branches = _branches_of_badness()

    def needs_non_ascii(seq) -> bool:
        for op, av in seq.data:
            if op is C.LITERAL and av > 127:
                return True
            if op is C.IN and all((o is C.LITERAL and a > 127) or (o is C.RANGE and a[0] > 127)
                                  for o, a in av):
                return True
            if op is C.SUBPATTERN and needs_non_ascii(av[-1]):
                return True
        return False

    def ops(seq):
        for op, av in seq.data:
            yield op
            if op is C.SUBPATTERN:
                yield from ops(av[-1])
            elif op is C.BRANCH:
                for b in av[1]:
                    yield from ops(b)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                yield from ops(av[2])

    assert tree.getwidth()[1] <= MOJIBAKE_REACH
    assert all(needs_non_ascii(b) for b in branches)
    assert not {C.ASSERT, C.ASSERT_NOT, C.GROUPREF} & set(ops(tree))


MOJIBAKE_TABLE = [
    ("plain ASCII, nothing to repair", False),
    ("“Curly quotes” and an en dash – are fine", False),
    ("The minister said â€œweâ€\x9d will", True),
    ("Ã  la carte at the café", True),
    ("Ã  at the start", True),
    ("naïve résumé Zürich", False),
]


@pytest.mark.parametrize("text,expected", MOJIBAKE_TABLE)
def test_looks_mojibaked_table(text, expected):
    from ftfy.badness import is_bad

    from quotecmp.load import looks_mojibaked
    assert looks_mojibaked(text) is expected
    assert is_bad(text) is expected


def test_looks_mojibaked_is_ftfys_answer_on_any_text():
    from ftfy.badness import is_bad
    from hypothesis import given, settings, strategies as st

    from quotecmp.load import looks_mojibaked
    # letters, spaces and punctuation ASCII, and the Latin-1 / cp1252 / general punctuation
    # characters mojibake is made of, mixed at random
    alphabet = st.sampled_from(list("ab Z.,?!\n\t") + [chr(c) for c in range(0x80, 0x180)]
                               + list("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¢£¤¥ГўВЂ"))

    @settings(max_examples=600, deadline=None)
    @given(st.lists(st.text(alphabet, max_size=12) | st.text(st.sampled_from("abc. "), min_size=1,
                                                             max_size=40), max_size=8))
    def check(parts):
        text = "".join(parts)
        assert looks_mojibaked(text) == is_bad(text)

    check()


HEADLINE = "NATO chief warns China over Russia aid"


@pytest.mark.parametrize("text, title", [
    (f"Business | Sign in | Subscribe | Markets\n{HEADLINE}\n", HEADLINE),
    (f"Home  Sign in  Subscribe  Newsletters\n{HEADLINE}", HEADLINE),
    (f"World › Europe › Politics\n\n{HEADLINE}\n", HEADLINE),
    (f"Share this article\n{HEADLINE}", HEADLINE),
    ("NATO chief warns China | World news\nThe body.", "NATO chief warns China | World news"),
    ("Sign in to read the rest of the story today", "Sign in to read the rest of the story today"),
    ("Ok\nTwo words\n", None),
])
def test_titles_are_never_taken_from_navigation(text, title):
    from quotecmp.load import guess_title
    assert guess_title(text) == title
