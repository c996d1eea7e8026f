"""Normalisers (comparison keys) and the furniture mask (same-length blanking)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from quotecmp.normalize import (
    fold,
    fold_case,
    fold_dashes,
    fold_quotes,
    fold_space,
    headline_end,
    mask_furniture,
    mask_marks,
    nfkc,
    strip_bidi,
    words,
)

NBSP = "\u00a0"
NNBSP = "\u202f"


# --- normalisers ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ("plain text", "plain text"),
    ("ﬁnance", "finance"),                       # ligature
    ("１２３ ＡＢＣ", "123 ABC"),                   # full-width forms
    ("x²", "x2"),
    ("A\u030a", "Å"),                            # combining ring composes
    ("…", "..."),
    (f"a{NBSP}b", "a b"),                        # no-break space is a compatibility space
    ("“curly”", "“curly”"),                      # quote marks are not touched by NFKC
])
def test_nfkc(text, expected):
    assert nfkc(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ('"straight"', '"straight"'),
    ("“English”", '"English"'),
    ("„Deutsch“", '"Deutsch"'),
    ("«français»", '"français"'),
    ("「日本」", '"日本"'),
    ("『二重』", '"二重"'),
    ("＂wide＂", '"wide"'),
    ("‘single’", "'single'"),
    ("‚low‛", "'low'"),
    ("‹angle›", "'angle'"),
    ("it’s", "it's"),
    ("`back´tick ʼokina", "'back'tick 'okina"),
    ("no marks here", "no marks here"),
])
def test_fold_quotes(text, expected):
    assert fold_quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ("a-b", "a-b"),
    ("2020–2023", "2020-2023"),                  # en dash
    ("yes — no", "yes - no"),                    # em dash
    ("co‐operate", "co-operate"),                # U+2010 hyphen
    ("non‑breaking", "non-breaking"),            # U+2011
    ("a⸺b", "a-b"),                             # two-em dash
    ("5 − 3", "5 − 3"),                          # minus sign is maths, not a dash
])
def test_fold_dashes(text, expected):
    assert fold_dashes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ("   ", ""),
    ("a  b", "a b"),
    ("  padded  ", "padded"),
    ("line\nbreak", "line break"),
    ("cr\r\nlf", "cr lf"),
    ("tab\there", "tab here"),
    (f"no{NBSP}break", "no break"),
    (f"narrow{NNBSP}:", "narrow :"),
    ("zero\u200bwidth", "zero width"),
    ("\ufeffbom", "bom"),
    ("ideographic\u3000space", "ideographic space"),
])
def test_fold_space(text, expected):
    assert fold_space(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ("NATO", "nato"),
    ("Straße", "strasse"),
    ("ÉTÉ", "été"),
    ("İstanbul", "i̇stanbul"),
    ("already lower", "already lower"),
])
def test_fold_case(text, expected):
    assert fold_case(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ("  “Hello” — World\u00a0‘x’ ﬁ ", '"hello" - world \'x\' fi'),
    ("«\u00a0Nous allons agir\u00a0»", '" nous allons agir "'),
    ("„Wir handeln“", '"wir handeln"'),
    ("China’s", "china's"),
    ("\u200fRTL\u200e mark", "rtl mark"),        # bidi controls removed
    ("A\n\nB", "a b"),
])
def test_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("", ()),
    ("   ...  ", ()),
    ("China’s “big” NATO-led plan, 2023", ("china's", "big", "nato", "led", "plan", "2023")),
    ("l’Alliance atlantique", ("l'alliance", "atlantique")),
    ("«\u00a0Nous allons agir\u00a0»", ("nous", "allons", "agir")),
    ("Die Brücke, sagte er.", ("die", "brücke", "sagte", "er")),
    ("ﬁve ＡＢＣ", ("five", "abc")),
    ("'quoted'", ("quoted",)),                    # leading/trailing marks are not word parts
])
def test_words(text, expected):
    assert words(text) == expected


def test_strip_bidi():
    assert strip_bidi("a\u202ab\u202cc\u2066d\u2069") == "abcd"


def test_fold_is_named_after_its_steps():
    assert fold.__name__ == "nfkc+strip_bidi+fold_quotes+fold_dashes+fold_space+fold_case"


# --- furniture mask ------------------------------------------------------------------------

def _blanked(text: str) -> str:
    """What a fully blanked text looks like: spaces, line breaks kept."""
    return "".join(c if c in "\r\n" else " " for c in text)


@pytest.mark.parametrize("line", [
    "Read more: Why Scotland's 'independence' vote matters",
    "READ MORE: Scotland’s ‘independence’ vote: what happens next",
    "Read also: The “independence” debate explained",
    "Lire aussi : le référendum sur l’« indépendance »",
    "We use cookies to improve your experience. Accept all",
    "This site uses Cookies. By continuing you agree to our policy.",
    "Protesters gather outside the court in Paris on Tuesday. (AP)",
    "The mayor visits the flooded district on Sunday. (Reuters)",
    "A rescue worker carries a child. (AFP Photo / Jane Roe)",
    "Follow us on Twitter and Facebook",
    "Subscribe to our newsletter",
    "Photo: Jane Roe",
    "© 2024 The Town Herald. All rights reserved.",
    "• Sport",
])
def test_mask_blanks_furniture_lines(line):
    text = f"The council met on Monday.\n{line}\nThe mayor spoke afterwards."
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    assert masked == f"The council met on Monday.\n{_blanked(line)}\nThe mayor spoke afterwards."


def test_mask_ad_marker_does_not_swallow_next_paragraph():
    text = "The council met on Monday.\nAdvertisement\n“We will act,” the mayor said."
    masked = mask_furniture(text)
    assert masked == "The council met on Monday.\n" + " " * 13 + "\n“We will act,” the mayor said."


@pytest.mark.parametrize("header", ["BREAKING", "Breaking News", "— BREAKING —", "Related articles",
                                    "MOST READ", "Latest news", "You may also like"])
def test_mask_blanks_section_up_to_blank_line(header):
    section = f"{header}\nPolice close the river bridge\n“Stay away,” officials warn\n"
    after = "\nThe council met on Monday. “We will act,” the mayor said."
    text = "Intro paragraph of the story.\n\n" + section + after
    masked = mask_furniture(text)
    assert masked == "Intro paragraph of the story.\n\n" + _blanked(section) + after


def test_mask_section_ends_at_blank_line_with_crlf():
    text = "BREAKING\r\nPolice close the bridge\r\n\r\nThe council met on Monday."
    masked = mask_furniture(text)
    assert masked == _blanked("BREAKING\r\nPolice close the bridge\r\n") + "\r\nThe council met on Monday."


@pytest.mark.parametrize("tag", [
    '<div class="x" data-html="”data-script=”https://a.js”" >',
    "<p>",
    "</p>",
    "<br/>",
    '<img src="photo.jpg" alt="the “mayor”">',
    "<!-- comment -->",
    '<a href="https://example.org/story?id=1">',
])
def test_mask_blanks_html_tags(tag):
    text = f"The mayor said {tag}the bridge would reopen."
    masked = mask_furniture(text)
    assert masked == f"The mayor said {' ' * len(tag)}the bridge would reopen."


@pytest.mark.parametrize("text", [
    "https://example.org/news/2024/bridge-reopens",
    "www.example.org/news",
])
def test_mask_blanks_urls(text):
    full = f"See {text} for details"
    assert mask_furniture(full) == f"See {' ' * len(text)} for details"


@pytest.mark.parametrize("text", [
    "The mayor said the bridge would reopen in May.",
    '"We will rebuild," the mayor said.',
    "“Read more books,” the librarian urged the children.",
    "Sources close to the minister said the talks had stalled.",
    "Breaking the deadlock took three weeks, officials said.",
    "Latest figures show unemployment fell to 4.1 percent in March.",
    "Live music returned to the square on Saturday.",
    "Related talks in Geneva ended without agreement on Friday.",
    "Comments by the minister drew sharp criticism, the paper said.",
    "More than 300 people attended the rally, police said.",
    "The index rose 2% to 4,500 points; the euro held at $1.08.",
    "Le maire a déclaré\u00a0: «\u00a0Nous allons reconstruire le pont.\u00a0»",
    "„Wir werden handeln“, sagte die Ministerin.",
    "It’s the town’s oldest bridge, built in the ’90s.",
    "Voters said the plan was 'unfair' and 'rushed'.",
    "Credit card fees will be capped, the minister said.",
    "Variable rates rose by 0.5 points.",
    "A\n\nB\r\nC\rD",
    "",
])
def test_mask_keeps_article_sentences(text):
    assert mask_furniture(text) == text


@pytest.mark.parametrize("text", [
    pytest.param("The bakery sold 500 cookies on Sunday, the owner said."),
    pytest.param("Subscribers complained about the price rise, the company said."),
    pytest.param("Copyright law needs reform, the minister said."),
    pytest.param("Advertisement revenue fell 12 percent, the company said."),
])
def test_mask_keeps_article_sentences_known_false_positives(text):
    assert mask_furniture(text) == text


@pytest.mark.parametrize("sep", [
    "\n", "\r\n", "\r",
    *[pytest.param(s)
      for s in ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")],
])
def test_mask_keeps_every_line_break(sep):
    line = "Read more: the mayor’s plan"
    text = line + sep + "The mayor said hello."
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    assert masked[len(line):len(line) + len(sep)] == sep
    assert masked.endswith("The mayor said hello.")


# --- properties ----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fold_is_idempotent(text):
    once = fold(text)
    assert fold(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_words_are_folded(text):
    for w in words(text):
        assert w == fold(w)
        assert w.strip() == w and w


_FURNITURE_BITS = st.sampled_from([
    "Read more: ", "BREAKING", "cookies", "(AP)", "<div class=\"x\">", "</p>", "https://a.b/c",
    "© 2024", "• Home", "\n", "\r\n", "\n\n", "“", "”", "'", " ", "The mayor said.",
])
_MASK_TEXT = st.one_of(st.text(), st.lists(_FURNITURE_BITS | st.text(max_size=6), max_size=30)
                       .map("".join))


@settings(max_examples=300, deadline=None)
@given(_MASK_TEXT)
def test_mask_keeps_length_and_newlines(text):
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    for i, ch in enumerate(text):
        if ch in "\r\n":
            assert masked[i] == ch
        # the mask only ever blanks: every character is kept or becomes a space
        assert masked[i] == ch or masked[i] == " "


@pytest.mark.parametrize("text, expected", [
    ("''Yes,'' he said.", ' "Yes,"  he said.'),                 # the NYT archive's double mark
    ("He called it ''rocked.'' Then", 'He called it  "rocked."  Then'),
    ("''I said 'no.''' she said", ' "I said \'no.\'"  she said'),   # a single mark nested inside
    ("'''Tis so,'' he said", ' "\'Tis so,"  he said'),
    ("it''s a typo", "it''s a typo"),                           # glued between letters
    ("plain 'single' marks", "plain 'single' marks"),
])
def test_two_apostrophes_read_as_a_double_mark(text, expected):
    masked = mask_marks(text)
    assert masked == expected and len(masked) == len(text)


# --- blanking ranges keeps line breaks where they were -----------------------------------

@pytest.mark.parametrize("text, ranges, char, keep, expected", [
    ("abc def", [(0, 3)], " ", None, "    def"),
    ("abc\ndef", [(1, 6)], "x", None, "axx\nxxf"),
    ("a\u2028b\r\nc", [(0, 6)], " ", None, " \u2028 \r\n "),          # every break str.splitlines knows
    ("a\u2028b\r\nc", [(0, 6)], "x", frozenset("\r\n"), "xxx\r\nx"),  # only the breaks asked for
    ("abcdef", [(3, 5), (1, 4)], "-", None, "a----f"),              # overlapping, out of order
    ("abcdef", [(4, 2), (6, 9)], "-", None, "abcdef"),              # empty and beyond the end
])
def test_fill_ranges_table(text, ranges, char, keep, expected):
    from quotecmp.normalize import fill_ranges
    got = fill_ranges(text, ranges, char) if keep is None else fill_ranges(text, ranges, char, keep)
    assert got == expected


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("ab \n\r\u2028\u0085é")),
       st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=4))
def test_fill_ranges_keeps_length_and_breaks(text, ranges):
    from quotecmp.normalize import LINE_BREAKS, fill_ranges
    out = fill_ranges(text, ranges, "x")
    assert len(out) == len(text)
    covered = {i for s, e in ranges for i in range(s, e)}
    for i, (a, b) in enumerate(zip(text, out)):
        assert b == (a if a in LINE_BREAKS or i not in covered else "x")


# --- the headline ----------------------------------------------------------------------------

_BODY = "\n\n" + " ".join(["The committee met on Monday and heard from witnesses."] * 8)


@pytest.mark.parametrize("head, is_headline", [
    ("Trump: 'We are going to win so much.'", True),
    ("Clinton blasts Trump over 'deportation force' idea.", True),
    # a title and its deck, one paragraph
    ("Jobs report gives Democrats a lift; \nSolid upturn could blunt Republican 'claims'.", True),
    ("NATO is worried about China’s “growing alignment” with Russia", True),
    # leads, not titles: a dateline, a past-tense report, a sentence of a lead's length
    ("WASHINGTON (AP) — Trump calls the deal 'a disaster'.", False),
    ("PARIS, March 3 (Reuters) - Ministers agreed a 'fair' plan.", False),
    ("“We will fight,” the minister said on Monday.", False),
    ("The novelist Miriam Oyelaran has won the prize for fiction for ‘The Salt Road’, a novel about "
     "three generations of women on the coast.", False),
    ("A\nB\nC\nD 'four lines'", False),
])
def test_headline_end(head, is_headline):
    text = head + _BODY
    assert headline_end(text) == (len(head) if is_headline else 0)


def test_a_known_title_must_be_printed_as_the_first_paragraph():
    # a page's main text starts with its lead, short or not: not the page's title
    lead = "“We will not back down,” Lena Park says."
    assert headline_end(lead + _BODY, title="Mayor defies council - The Daily Courier") == 0
    head = "Mayor Park: ‘We will not back down’"
    assert headline_end(head + _BODY, title="Mayor Park: ‘We will not back down’ | Courier") == len(head)


def test_no_headline_without_an_article_after_it():
    assert headline_end("Trump: 'We will win.'\n\nThat was all.") == 0
    assert headline_end("Trump: 'We will win.'") == 0
