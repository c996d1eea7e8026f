"""Name how two versions of one utterance differ.

Numbers, negations and speakers are compared explicitly on the word operations, never inferred
from a similarity score: a changed number barely moves a fuzzy ratio.
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from . import lexicon
from .models import RANK, SEVERITY, Difference, DifferenceKind, Quote, Severity  # noqa: F401 - RANK re-exported
from .names import title_word
from .normalize import fold, strip_accents
from .settings import SETTINGS
from .tokens import NUMBER_OR_WORD

_NUMBER = regex.compile(r"^\d")
_DIGIT_RUN = regex.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_NUMBER_WORDS = lexicon.NUMBER_WORDS
_EDGE = " \t\n,.;:!?"
_ANY_FUNCTION = frozenset().union(*lexicon.FUNCTION_WORDS.values())
_ALL_NEGATIONS = frozenset().union(*lexicon.NEGATIONS.values()) - {"ne", "n'", "personne", "non"}
_ALL_HALF = frozenset().union(*lexicon.HALF_NEGATIONS.values())


def tokens(text: str) -> list[str]:
    """Words as printed (numbers kept whole: "1,500" is one token)."""
    return NUMBER_OR_WORD.findall(text)


class WordOp(NamedTuple):
    """One word operation turning ``a``'s words into ``b``'s, as rapidfuzz names them."""

    tag: str
    src_start: int
    src_end: int
    dest_start: int
    dest_end: int


_MIRROR = {"insert": "delete", "delete": "insert", "replace": "replace", "equal": "equal"}


def align(ka: list[str], kb: list[str]) -> list[WordOp]:
    """Word operations turning ``ka`` into ``kb``, mirrored exactly when the two are swapped.

    Levenshtein settles a tie between equally cheap alignments by the order of its arguments,
    and which words a replacement pairs decides whether a "not" or a number reads as changed:
    the kinds would depend on which version came first. Of the alignments of both orders the
    one that keeps more words in place wins, a tie going to the one computed from the smaller
    word list (the same pair of lists whichever order they come in).
    """
    forward = [WordOp(*op) for op in Levenshtein.opcodes(ka, kb)]
    backward = _mirror(Levenshtein.opcodes(kb, ka))
    first, second = (forward, backward) if ka <= kb else (backward, forward)
    return max(first, second, key=_kept)


def _mirror(ops) -> list[WordOp]:
    return [WordOp(_MIRROR[op.tag], op.dest_start, op.dest_end, op.src_start, op.src_end)
            for op in ops]


def _kept(ops: list[WordOp]) -> int:
    return sum(op.src_end - op.src_start for op in ops if op.tag == "equal")


def char_ops(a_text: str, b_text: str) -> list[tuple[str, int, int, int, int]]:
    """Word operations as character ranges of the two texts: ``(tag, a_lo, a_hi, b_lo, b_hi)``.

    Lets a report mark changed words inside the text as printed, punctuation and all.
    """
    ta, tb = list(NUMBER_OR_WORD.finditer(a_text)), list(NUMBER_OR_WORD.finditer(b_text))
    ka, kb = [_key(m.group()) for m in ta], [_key(m.group()) for m in tb]

    def span(toks, lo, hi, end):
        if hi > lo:
            return toks[lo].start(), toks[hi - 1].end()
        at = toks[lo].start() if lo < len(toks) else end
        return at, at

    out = []
    for op in align(ka, kb):
        a_lo, a_hi = span(ta, op.src_start, op.src_end, len(a_text))
        b_lo, b_hi = span(tb, op.dest_start, op.dest_end, len(b_text))
        out.append((op.tag, a_lo, a_hi, b_lo, b_hi))
    return out


@functools.lru_cache(maxsize=65536)
def _key(token: str) -> str:
    """A word as compared (cached: the same words recur in every version of a quote)."""
    k = fold(token).replace("’", "'")
    if _NUMBER.match(k):
        k = regex.sub(r"[.,\u00a0\u202f ](?=\d{3}\b)", "", k)
    return k


def _is_number(k: str) -> bool:
    return bool(_NUMBER.match(k)) or k in _NUMBER_WORDS


def _values(keys: list[str], table: Mapping[str, int] = lexicon.NUMBER_VALUES) -> frozenset[float]:
    """The numbers of a version by value, whatever their form: digits ("1,500", "08", "B33"),
    number words of ``table`` (by default of any language: "eighteen", "zwei")."""
    out = set()
    for k in keys:
        for run in _DIGIT_RUN.findall(k):
            out.add(_number_value(run))
        for part in k.split("-") if "-" in k and k not in table else (k,):
            if part in table:
                out.add(float(table[part]))
    return frozenset(out)


def _text_values(text: str, keys: list[str], lang: str | None) -> frozenset[float]:
    """The numbers of a version by value, compound number words read whole where text2num
    knows the language ("vingt-cinq" is 25, not 20 and 5; "zweiundzwanzig" is 22), amounts
    multiplied out ("$430 million" and "430 M$" are both 430000000)."""
    scaled = _scale_amounts(text, lang)
    if lang not in lexicon.SMALL_NUMBERS:
        return _values(keys if scaled == text else [_key(t) for t in tokens(scaled)])
    from text_to_num import alpha2digit  # only cross-language differences need it
    try:
        converted = alpha2digit(scaled, lang)
    except ValueError:
        converted = text
    # the language's own words only: "once" is eleven in Spanish, "une" an article in French;
    # text2num leaves a lone small number in words ("two to 3 years")
    return _values([_key(t) for t in tokens(converted)], lexicon.SMALL_NUMBERS[lang])


@functools.cache
def _amount_pattern(lang: str) -> regex.Pattern[str] | None:
    scales = lexicon.NUMBER_SCALES.get(lang)
    if not scales:
        return None
    number = r"(?<![\d.,])(\d+(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?)"
    return regex.compile(number + r"[ \u00a0\u202f]?(?:%s)(?!\p{L})" % "|".join(f"({s})" for s in scales))


def _scale_amounts(text: str, lang: str | None) -> str:
    """Digits followed by a scale word, written as one number ("430 M$" -> "430000000$")."""
    pattern = _amount_pattern(lang or "")
    if pattern is None or not any(c.isdigit() for c in text):
        return text
    factors = list(lexicon.NUMBER_SCALES[lang or ""].values())

    def multiplied(m: regex.Match[str]) -> str:
        factor = next(f for f, g in zip(factors, m.groups()[1:]) if g is not None)
        value = _number_value(m.group(1)) * factor
        return str(int(value)) if value == int(value) else str(value)
    return pattern.sub(multiplied, text)


def _number_value(run: str) -> float:
    """ "1,500" and "1.500" are 1500, "2,5" and "2.5" are 2.5, "08" is 8."""
    parts = regex.split(r"[.,\u00a0\u202f ]", run)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return float("".join(parts))
    if len(parts) == 2:
        return float(f"{parts[0]}.{parts[1]}")
    return float(parts[0])


def _polarity(keys: list[str], lang: str | None) -> str:
    """How a version stands, as a translation keeps it whichever way it says it: "negative" by
    a particle ("not", "pas", "nicht", "non-major"), "unsure" by the form of a word
    ("unspecified", "impossible") or with a word that denies or limits without a particle
    ("few", "peu", "kaum", "without", "unless"), else "positive".

    A word's form is no sure sign: a translation says "independence" / "Unabhängigkeit",
    "urgent" / "unverzüglich", "unpleasant" / "désagréable", "rule out" / "unmöglich machen",
    the one side's prefix a negation by the letter and neither a change of what is said."""
    if _negations(keys, lang):
        return "negative"
    if "non" in keys:     # "non-major": the words a hyphen split
        return "negative"
    prefixes = lexicon.NEGATING_PREFIXES.get(lang or "", ())
    for k in keys:
        if len(k) < 6 or k in lexicon.NOT_NEGATED or k.startswith(lexicon.NOT_NEGATED_PREFIXES):
            continue
        if k.startswith(prefixes) or (k.startswith(lexicon.NEGATING_ABLE_PREFIXES)
                                      and k.endswith(("able", "ible"))):
            return "unsure"
    half = lexicon.HALF_NEGATIONS.get(lang or "", _ALL_HALF)
    if any(k in half for k in keys) or _restrictive_ne(keys, lang):
        return "unsure"
    return "positive"


def _negations(keys: list[str], lang: str | None) -> int:
    neg = lexicon.NEGATIONS.get(lang or "", _ALL_NEGATIONS)
    n = sum(1 for k in keys if k in neg or k.endswith("n't") or (lang == "fr" and _elided_ne(k)))
    # French "ne ... que" restricts ("il n'y a que deux": there are only two), it denies nothing
    return n - _restrictive_ne(keys, lang) if n else 0


def _elided_ne(key: str) -> bool:
    """French "ne" elided onto its verb ("n'y aura plus", "n'a rien"): one word as compared, and
    as much a negation as "ne" (which "ne veut plus" counts); "n'importe" (any) denies nothing."""
    return key.startswith("n'") and len(key) > 2 and key != "n'importe"


_FR_DENYING = frozenset("pas jamais rien aucun aucune personne ni plus guère nul nulle".split())


def _restrictive_ne(keys: list[str], lang: str | None) -> int:
    """How many French "ne"/"n'" are followed by "que" within a few words with no denying word
    between."""
    if lang != "fr":
        return 0
    n = 0
    for i, k in enumerate(keys):
        if k in ("ne", "n'") or _elided_ne(k):   # "n'y a que", "n'est que"
            after = keys[i + 1:i + 6]
            for j, w in enumerate(after):
                if w == "plus" and j + 1 < len(after) and (after[j + 1] == "que"
                                                          or after[j + 1].startswith("qu'")):
                    continue   # "il ne reste plus qu'à signer": all that is left is to sign
                if w in _FR_DENYING:
                    break
                if w == "que" or w.startswith("qu'"):
                    n += 1
                    break
    return n


def _negation_changed(ka: list[str], kb: list[str], opcodes: list[WordOp],
                      lang_a: str | None, lang_b: str | None) -> bool:
    """Asserted in one version, negated in the other: a stretch of changed words holds more
    negations on one side than on the other. Counted per stretch between kept words, not per
    edit: how a stretch splits into edits ("not" against "we no": insert "we", replace "not"
    by "no"; or replace "not" by "we", delete "no") is a tie the aligner settles, while a
    "not" that moved to other words ("had not my chances" / "had not a match point") did
    change what is denied."""
    for stretch in _stretches(opcodes):
        ops = [op for op in stretch if not _edge_cut(op, len(ka), len(kb))]
        na = sum(_negations(ka[op.src_start:op.src_end], lang_a) for op in ops)
        nb = sum(_negations(kb[op.dest_start:op.dest_end], lang_b) for op in ops)
        if na != nb:
            return True
    return False


_SENTENCE_BREAK = regex.compile(r".*[.!?\n]", regex.S)


def _negated_lead(before: str | None, lang: str | None) -> bool:
    """The last few words of the quote's sentence before its opening mark hold a negation."""
    if not before:
        return False
    tail = before[-D.lead_in:]
    ended = _SENTENCE_BREAK.match(tail)
    if ended:
        tail = tail[ended.end():]
    return _negations([_key(t) for t in tokens(tail)[-D.lead_in_words:]], lang) > 0


def _negation_moved_out(ka: list[str], kb: list[str], opcodes: list[WordOp], lang: str | None,
                        lead_a: Callable[[], bool], lead_b: Callable[[], bool]) -> bool:
    """The only negations one version has more of open its quote, and the other version prints
    a negation right before its own opening mark (``lead_a``/``lead_b``, asked only of the
    version with fewer): "would not “materially improve …”" against "“not materially improve …”"."""
    na, nb = _negations(ka, lang), _negations(kb, lang)
    if na == nb or not (lead_a() if na < nb else lead_b()):
        return False
    first = next((op for op in opcodes if op.tag == "equal"), None)
    head = (first.src_start, first.dest_start) if first else (len(ka), len(kb))
    return _negations(ka[:head[0]], lang) - _negations(kb[:head[1]], lang) == na - nb


def _stretches(opcodes: list[WordOp]) -> list[list[WordOp]]:
    """The edits between two kept runs of words, each run of them together."""
    return [list(run) for changed, run in itertools.groupby(opcodes, lambda op: op.tag != "equal")
            if changed]


def _edge_cut(op: WordOp, len_a: int, len_b: int) -> bool:
    """More than two words cut off one end: a truncation, whatever words it dropped."""
    if op.tag == "insert":
        return op.dest_end - op.dest_start > 2 and op.src_start in (0, len_a)
    if op.tag == "delete":
        return op.src_end - op.src_start > 2 and op.dest_start in (0, len_b)
    return False


def _length_ratio(a: str, b: str) -> float:
    la, lb = max(1, len(a.strip())), max(1, len(b.strip()))
    return max(la, lb) / min(la, lb)


def _person(name: str) -> bool:
    """A person's name, as a translation keeps it: two or more name words, none of them a
    function word ("Sein Bundesstaat", "Einige Verkehrsplaner": German capitalises nouns)."""
    from .attribute import name_kind
    words = [w.casefold() for w in name.split()]
    return name_kind(name) == "person" and not any(w in _ANY_FUNCTION for w in words)


def cue_lemma(cue: str | None, lang: str | None = None) -> str | None:
    """The verb of a cue without its inflection: "said" and "says" are both "say", "a déclaré"
    and "déclare" both "déclarer", "sagte" and "sagt" both "sagen", "dijo" and "dice" "decir"."""
    if not cue:
        return None
    parts = fold(cue).split()
    particle = ""
    if len(parts) > 1 and parts[-1] in ("out", "for", "up", "on"):
        particle = " " + parts[-1]
        parts = parts[:-1]
    verb = parts[-1].split("-")[-1]
    if lang and lang != "en":
        return _lemma(verb, lang)
    if verb in lexicon.CUE_LEMMAS:
        return lexicon.CUE_LEMMAS[verb] + particle
    for suffix in ("ing", "ed", "es", "s", "d"):
        if verb.endswith(suffix) and len(verb) - len(suffix) >= 3:
            return verb[: -len(suffix)] + particle
    return verb + particle


@functools.lru_cache(maxsize=4096)
def _lemma(word: str, lang: str) -> str:
    """A word's lemma from simplemma's dictionary for its language (pure Python, shipped in
    the wheel; a language's table loads on first use, so only runs that compare cues of that
    language pay for it). A language simplemma lacks keeps the word as written."""
    import simplemma
    try:
        return simplemma.lemmatize(word, lang=lang)
    except (ValueError, TypeError):     # a language code simplemma does not know
        return word


def _same_cue(a: str, b: str) -> bool:
    """Lemmas agree, or one is the other's form a dictionary left as a noun ("estime" against
    "estimer": simplemma reads the present tense as the noun)."""
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2)


D = SETTINGS.differences
# a mention that is only a pronoun (any language's) or a possessive one: our reading of it
_PRONOUN_MENTION = regex.compile("(?:%s)" % "|".join(sorted(
    {p for words in lexicon.PRONOUNS.values() for p in words} | {"his", "her", "their", "you"},
    key=len, reverse=True)))


def compare_pair(a: Quote, b: Quote, *, cluster: str = "", lang_a: str | None = None,
                 lang_b: str | None = None, basis: str | None = None,
                 before: Mapping[str, str] | None = None,
                 casts: tuple[frozenset[str], frozenset[str]] | None = None) -> Difference:
    """The difference of ``b`` against ``a`` (``before``: quote id -> the text printed before
    it, :func:`preceding`, which lets a pronoun on one side be weighed against a name on the
    other; ``casts``: the people each version's article quotes, :func:`article_cast`)."""
    ta, tb = tokens(a.text), tokens(b.text)
    ka, kb = [_key(t) for t in ta], [_key(t) for t in tb]
    sim = fuzz.ratio(" ".join(ka), " ".join(kb)) / 100.0 if ka or kb else 1.0
    ops: list[tuple[str, str, str]] = []
    kinds: list[DifferenceKind] = []
    opcodes = align(ka, kb)
    for op in opcodes:
        ops.append((op.tag, " ".join(ta[op.src_start:op.src_end]),
                    " ".join(tb[op.dest_start:op.dest_end])))
    same_lang = (lang_a or "en") == (lang_b or "en")
    if ka == kb:
        # straight against curly marks is typography; a mark lost in scraping is not
        marks_differ = len(a.marks) == 2 and len(b.marks) == 2 and a.marks != b.marks
        if a.text.strip(_EDGE) == b.text.strip(_EDGE) and not marks_differ:
            kinds.append("identical")
        else:
            kinds.append("typography")
    else:
        edits = [op for op in opcodes if op.tag != "equal"]
        inner = [op for op in edits if op.tag == "replace" or
                 (0 < op.src_start < len(ka) and 0 < op.dest_start < len(kb))]
        shorter = min(len(ka), len(kb))
        # a "not" dropped at the very start or end changes the meaning, it cuts nothing short
        cut = [k for op in edits for k in ka[op.src_start:op.src_end] + kb[op.dest_start:op.dest_end]]
        only_negation = bool(cut) and all(k in _ALL_NEGATIONS for k in cut)
        truncated = not inner and shorter > 0 and len(ka) != len(kb) and not only_negation
        if truncated:
            kinds.append("truncated")
        else:
            kinds.append("wording")
            if shorter and max(len(ka), len(kb)) > D.shortened * shorter and same_lang:
                # one version also shortened the other: the shared part is much smaller
                common = sum(op.src_end - op.src_start for op in opcodes if op.tag == "equal")
                if common >= D.shared_part * shorter:
                    kinds.append("truncated")
        # numbers: a number replaced by another number (or a number word by a digit)
        for op in edits if same_lang else ():
            na = [k for k in ka[op.src_start:op.src_end] if _is_number(k)]
            nb = [k for k in kb[op.dest_start:op.dest_end] if _is_number(k)]
            if op.tag == "replace" and (na or nb) and sorted(na) != sorted(nb):
                kinds.append("number_changed")
                break
        if not same_lang:
            # by value, and only a number replaced by another: a date written "9/11" on one
            # side and "11 septembre" on the other keeps its numbers
            va, vb = _text_values(a.text, ka, lang_a), _text_values(b.text, kb, lang_b)
            if va - vb and vb - va and "number_changed" not in kinds:
                kinds.append("number_changed")
        # a negation printed just outside one version's marks ("wouldn't “materially improve
        # Obama's odds”" / "« n'améliorait pas nettement les chances »") is still that version's:
        # the marks moved, what is denied did not (read only where a change is in question)
        def lead(q: Quote, lang: str | None) -> bool:
            return _negated_lead((before or {}).get(q.id), lang)
        if same_lang:
            if _negation_changed(ka, kb, opcodes, lang_a, lang_b) and not _negation_moved_out(
                    ka, kb, opcodes, lang_a, lambda: lead(a, lang_a), lambda: lead(b, lang_b)):
                kinds.append("negation_changed")
        else:
            pa, pb = _polarity(ka, lang_a), _polarity(kb, lang_b)
            if {pa, pb} == {"negative", "positive"} and not (
                    lead(a, lang_a) if pa == "positive" else lead(b, lang_b)):
                kinds.append("negation_changed")
        if not same_lang and _length_ratio(a.text, b.text) > D.translation_length:
            kinds.append("truncated")   # a translation that left out (or added) a clause
    if (a.kind == "unmarked") != (b.kind == "unmarked"):
        kinds.append("quote_marks_lost")
    # attribution differs only where both sentences attribute the words themselves: a speaker
    # or cue inferred from another quote (the previous speaker, an echo) is our reading, not
    # the outlet's, and a false high-severity accusation costs the reader's trust
    explicit = a.explicit and b.explicit
    la, lb = cue_lemma(a.cue, lang_a), cue_lemma(b.cue, lang_b)
    # "he said, adding that …" against "he warned, adding that …": the participle that brings
    # the quote is the same, the sentence's verb is not
    ma, mb = cue_lemma(a.main_cue, lang_a), cue_lemma(b.main_cue, lang_b)
    if same_lang and explicit and la and lb and (not _same_cue(la, lb) or (
            ma and mb and not _same_cue(ma, mb))):
        kinds.append("cue_verb")
    if explicit and named_apart(a, b, before) and (same_lang or (
            _person(a.speaker or "") and _person(b.speaker or "")
            and not _same_surname(a.speaker or "", b.speaker or "")
            and (casts is None or (surname(a.speaker or "") in casts[1]
                                   and surname(b.speaker or "") in casts[0])))):
        # across languages bodies are translated (NATO / OTAN); only people keep their names,
        # and a person the other article never quotes is, there, a translated noun phrase
        # taken for a name ("Black Forest" / "Schwarzwälder Schinken", "Nächste Station")
        kinds.append("misattributed")
    severity: Severity = max((SEVERITY[k] for k in kinds), key=RANK.__getitem__, default="none")
    if "wording" in kinds and sim < D.low_similarity and same_lang and RANK[severity] < RANK["medium"]:
        severity = "medium"   # across languages every word differs: that is no drift in itself
    return Difference(cluster=cluster, a=a.id, b=b.id, similarity=sim, kinds=tuple(kinds),
                      severity=severity, ops=tuple(ops),
                      basis="words" if same_lang else (basis or "evidence"))


def pronoun_mention(q: Quote) -> bool:
    """The quote's speaker is named by a pronoun alone, or by a role that prints no part of the
    name we gave it: our reading of whom it means."""
    return bool(q.speaker_mention) and _reading(q, fold(q.speaker_mention or ""))


def preceding(text: str, q: Quote) -> str:
    """What :func:`compare_pair` reads before a quote: back to the antecedent where the speaker
    is a pronoun, else the words that lead into it (a negation outside the marks)."""
    reach = D.pronoun_reach if pronoun_mention(q) else D.lead_in
    return text[max(0, q.start - reach):q.start]


def named_apart(a: Quote, b: Quote, before: Mapping[str, str] | None = None) -> bool:
    """The two versions print different names for the speaker, and they are different people.

    The same words of attribution ("he said" in both) are the same attribution, however we
    resolved them. A pronoun on one side is our reading of who "he" is: it stands against a
    name on the other side only when that name appears nowhere before the quote in the
    pronoun's article, or only before the person we took "he" for was last named (without the
    texts, it never does)."""
    if not (a.speaker and b.speaker) or same_person(a.speaker, b.speaker):
        return False
    if not (_names_someone(a.speaker) and _names_someone(b.speaker)):
        return False    # words we misread for a subject ("Promise mama you’ll keep") name no one
    ma, mb = fold(a.speaker_mention or ""), fold(b.speaker_mention or "")
    if not ma or not mb or ma == mb:
        return False
    pa, pb = _reading(a, ma), _reading(b, mb)
    if pa and pb:
        return False
    if pa or pb:
        # ("the former chief of staff" / "l'ancien secrétaire général": a role we gave a name
        # is our reading as much as a pronoun is)
        pronoun, named = (a, b) if pa else (b, a)
        text = (before or {}).get(pronoun.id)
        if text is None:
            return False
        named_at = _last_named(text, named.speaker or "")
        if named_at is None:
            return False          # no name to look for
        if named_at < 0:
            return True           # never named before the pronoun: "he" cannot be them
        # both named: "he" is the person we resolved it to only when that person was named
        # after the other one, and close enough to the quote to be whom "he" means
        ante_at = _last_named(text, pronoun.speaker or "")
        return ante_at is not None and named_at < ante_at and len(text) - ante_at <= D.pronoun_near
    return True


def _reading(q: Quote, mention: str) -> bool:
    """Whether the person ``q`` is given to is our reading of its mention, not a name the
    outlet printed: a pronoun ("he said"), or a role that prints no part of the person's name
    ("the former chief of staff admitted" taken for Bill Daley)."""
    if _PRONOUN_MENTION.fullmatch(mention):
        return True
    speaker = q.speaker or ""
    return _person(speaker) and surname(speaker) not in {surname(w) for w in mention.split()}


def _names_someone(speaker: str) -> bool:
    """A speaker that reads as a name, a body or a role: at most one word in lower case that
    is no role noun ("spokesman for Disney" is one; "Promise mama you’ll keep" is none)."""
    loose = [w for w in speaker.split() if w[:1].islower() and w.casefold() not in _NAME_GLUE
             and w.casefold() not in lexicon.ROLE_NOUNS]
    return len(loose) <= 1


_NAME_GLUE = frozenset("of the for and de du des la le von van der den al bin da di del y".split())


def surname(name: str) -> str:
    """A name's last word as compared across languages: no accent, no case, no full stop."""
    parts = name.split()
    return strip_accents(parts[-1]).casefold().strip(".,") if parts else ""


def article_cast(quotes: Iterable[Quote]) -> frozenset[str]:
    """The surnames of those an article quotes (as extracted from that article alone, so a
    comparison and a corpus run, which sees one article at a time, agree)."""
    return frozenset(surname(q.speaker) for q in quotes if q.speaker)


def _same_surname(a: str, b: str) -> bool:
    """Across languages one person keeps the surname, give or take an accent or a letter
    ("Crédit Suisse", "Kleemann" / "Kleeman"), while a leading word or a title may differ
    ("Wenngleich Daley" / "Bill Daley", "Professeur Vallortigara")."""
    la, lb = surname(a), surname(b)
    return bool(la) and (la == lb or (min(len(la), len(lb)) >= 5 and Levenshtein.distance(la, lb) <= 1))


def same_person(a: str, b: str) -> bool:
    """ "Hillary Clinton", "Rival Hillary Clinton" and "Clinton" are one person; "Bill
    Clinton" and "Hillary Clinton" are two: the same surname, and no first names that differ."""
    if fold(a) == fold(b):
        return True
    na, nb = _name_words(a), _name_words(b)
    if not na or not nb or na[-1] != nb[-1]:
        return False
    firsts_a, firsts_b = set(na[:-1]), set(nb[:-1])
    return not firsts_a or not firsts_b or bool(firsts_a & firsts_b)


def _name_words(name: str) -> list[str]:
    """The words of a name, without titles and the adjectives news puts before them ("Retired
    Lt. Gen. Michael Flynn", "Rival Hillary Clinton")."""
    return [w.casefold().rstrip(".") for w in name.split()
            if w[:1].isupper() and not title_word(w) and
            w.casefold().rstrip(".") not in lexicon.NAME_DESCRIPTORS]


def _last_named(text: str, name: str) -> int | None:
    """Where a word of ``name`` (a capitalised word of 3+ letters) is last printed in ``text``:
    -1 when nowhere, None when the name has no such word."""
    words = [w for w in regex.findall(r"\p{Lu}[\p{L}’'\-]+", name) if len(w) > 2]
    if not words:
        return None
    found = [m.start() for w in words
             for m in regex.finditer(rf"(?<!\p{{L}}){regex.escape(w)}(?!\p{{L}})", text)]
    return max(found, default=-1)

