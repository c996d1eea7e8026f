"""Multi-outlet variants of annotated articles, with the ground truth of every quote's edit.

    from variants import make_variants
    story = make_variants(article, n_variants=3, seed="1:us-01-budget", usage=Counter())

Each variant is the article rewritten as another outlet would print it: for a random subset of
its gold quotes ONE known edit each (a word swapped for a synonym or two clauses swapped ->
wording; the end cut off -> truncated; a number changed -> number_changed; "not" inserted or
removed -> negation_changed; another attribution verb -> cue_verb; the quote given to someone
else -> misattributed; the quote marks removed -> quote_marks_lost; other quote-mark style ->
typography), sometimes a quote dropped (its paragraph removed) and two adjacent paragraphs
swapped. Every gold quote is tracked to its span in every variant, so a predicted quote can be
mapped back to the utterance it prints.

Attribution edits (cue verb, speaker) change the attribution in the text, so every quote that
reads its attribution from the same verb (``"X," Reed said. "Y."``) gets the same edit. Edits
that could move a pronoun's or a role's antecedent are not made (a speaker swapped, or a
paragraph dropped or moved, before a quote attributed by "he said" or "the Dutchman said"; the
mention that introduces a person is never swapped), nor are marks removed from a quote with a
nested quote or from a continuation paragraph, so the ground truth stays what a reader would
understand. Deterministic for a given seed.
"""
from __future__ import annotations

import collections
import random
import re
from dataclasses import dataclass, field

OPEN = "\"“‘«„'"
CLOSE = "\"”’»“'"
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")

SYNONYMS = {
    "big": "large", "large": "big", "important": "significant", "significant": "important",
    "very": "really", "really": "truly", "people": "residents", "help": "assist",
    "helps": "assists", "want": "wish", "think": "believe", "believe": "think", "need": "require",
    "needs": "requires", "make": "create", "country": "nation", "problem": "issue",
    "problems": "issues", "money": "funding", "start": "begin", "begin": "start",
    "good": "positive", "bad": "poor", "protect": "safeguard", "protects": "safeguards",
    "fight": "battle", "decision": "choice", "safe": "secure", "safely": "securely",
    "difficult": "hard", "hard": "tough", "easy": "simple", "simply": "just", "just": "simply",
    "exactly": "precisely", "worried": "concerned", "community": "neighbourhood",
    "families": "households", "building": "constructing", "spending": "using",
    "happens": "occurs", "know": "understand", "seen": "watched", "serious": "grave",
    "towns": "communities", "keep": "continue", "permission": "approval", "option": "choice",
    "matter": "count", "things": "issues", "crying": "weeping", "walking": "stepping",
    "built": "constructed", "get": "obtain", "judged": "assessed", "deal": "agreement",
    "agreement": "deal", "plan": "proposal", "proposal": "plan", "government": "administration",
    "children": "kids", "job": "task", "fair": "just", "great": "huge", "small": "little",
    "quickly": "rapidly", "now": "today", "today": "now", "trying": "attempting",
    "tried": "attempted", "try": "attempt", "many": "numerous", "every": "each", "each": "every",
    "sure": "certain", "certain": "sure", "better": "stronger", "best": "finest",
    "happy": "pleased", "proud": "pleased", "angry": "furious", "terrible": "awful",
    "awful": "terrible", "incredible": "remarkable", "amazing": "remarkable",
    "players": "athletes", "team": "squad", "game": "match", "match": "game",
    "doctors": "physicians", "staff": "employees", "workers": "employees", "company": "firm",
    "price": "cost", "prices": "costs", "cost": "price", "costs": "prices", "clear": "obvious",
    "huge": "enormous", "enough": "sufficient", "afford": "manage", "change": "shift",
    "changes": "shifts", "question": "issue", "answer": "response", "work": "labour",
    "worse": "poorer", "hope": "trust", "feel": "sense", "felt": "sensed", "told": "informed",
    "asked": "requested", "going": "about", "rules": "regulations", "family": "household",
    "home": "house", "homes": "houses", "city": "town", "town": "city", "patients": "clients",
    "risk": "danger", "danger": "risk", "pay": "wages", "water": "supply", "truth": "fact",
    "moment": "instant", "used": "employed", "using": "employing", "still": "yet",
    "again": "once more", "together": "jointly", "everyone": "everybody", "someone": "somebody",
    "everything": "all", "week": "weekend", "night": "evening", "finally": "at last",
}
NUMBER_WORDS = {
    "two": "three", "three": "four", "four": "five", "five": "six", "six": "eight",
    "seven": "nine", "eight": "ten", "nine": "eleven", "ten": "twelve", "eleven": "fifteen",
    "twelve": "fifteen", "fifteen": "twenty", "twenty": "thirty", "thirty": "forty",
    "forty": "fifty", "fifty": "sixty", "hundred": "thousand", "thousand": "hundred",
    "million": "billion", "billion": "million", "dozen": "hundred", "billions": "millions",
    "millions": "billions", "hundreds": "thousands", "thousands": "hundreds",
}
NEG_REMOVE = {"can't": "can", "won't": "will", "don't": "do", "doesn't": "does", "didn't": "did",
              "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were",
              "wouldn't": "would", "couldn't": "could", "shouldn't": "should",
              "haven't": "have", "hasn't": "has", "hadn't": "had", "cannot": "can",
              "never": "always", "nobody": "everybody"}
AUX = {"will", "is", "are", "was", "were", "would", "should", "must", "could", "has", "have",
       "had", "do", "does", "did", "can", "i'm", "we're", "they're", "you're"}
CUE_WORDS = ("said says say told tells added adds warned warns insisted insists stressed "
             "explained asked argued noted wrote writes declared replied conceded acknowledged "
             "called accused described reacted continued admitted claimed recalled urged "
             "insisted announced").split()
CUE_RE = re.compile(r"\b(?:%s)\b|\baccording to\b" % "|".join(CUE_WORDS))
EDITABLE_CUES = {"said": ["warned", "insisted", "stressed", "explained", "argued", "added"],
                 "says": ["warns", "insists", "stresses", "explains", "argues", "adds"],
                 "added": ["said", "noted", "continued"]}
PRONOUNS = {"he", "she", "He", "She"}
NAME = r"(?:(?:Dr|Sen|Rep|Gov|Mr|Mrs|Ms|Prof|Gen)\.\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*"
NAME_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?%s\s+$|\b(?:he|she|He|She)\s+$" % NAME)
DET = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts)"
MENTION = (r"(?:he|she|they|it|(?:%s\s+)?(?:[a-z][\w’'-]*\s+){0,3}%s"
           r"|%s\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)" % (DET, NAME, DET))
AFTER_QUOTE = re.compile(r"^[\s,]*(?:%s\s+)?(%s)\b" % (MENTION, "|".join(CUE_WORDS)))
NAME_AFTER = re.compile(r"^\s+(%s)" % NAME)
FIRST = ["Peter", "Sofia", "Omar", "Elena", "David", "Laura", "Ivan", "Claire", "Victor", "Irene",
         "Hugo", "Marta", "Felix", "Nadia", "Rahul", "Julia"]
LAST = ["Novak", "Okonjo", "Lindgren", "Moretti", "Santos", "Kowalczyk", "Haddad", "Brennan",
        "Duarte", "Ivanova", "Keller", "Mensah", "Petrov", "Rasmussen", "Varga", "Yilmaz"]

DANGLING = set("the a an of to for and or but our my your their his her its this that in on at "
               "with by from as is are was were be we i they it".split())
TEXTUAL = {"typography", "wording", "truncated", "number_changed", "negation_changed"}
ATTRIBUTION = {"cue_verb", "misattributed"}
EDITS = ("wording", "truncated", "number_changed", "negation_changed", "cue_verb",
         "misattributed", "quote_marks_lost", "typography", "speaker_kept")
# a title says which pronoun a reader uses for the person
PRONOUN_OF_TITLE = {"Mr.": "he", "Mr": "he", "Mrs.": "she", "Mrs": "she", "Ms.": "she", "Ms": "she"}


@dataclass
class Occurrence:
    """One gold quote as printed in one source."""

    utterance: str
    start: int | None
    end: int | None
    text: str | None
    edit: str                   # "none" (as in the original), an edit kind, or "dropped"
    detail: str = ""
    cue: str | None = None      # the attribution verb as printed, when known
    speaker: str | None = None  # who the text gives the quote to (gold speaker unless swapped)
    marked: bool = True
    marks: str = ""
    inherited: bool = False     # attributed by the previous quote's verb ("X," Reed said. "Y.")
    edit_at: int | None = None  # where a word edit starts, as an offset into the original quote
    keep_upto: int | None = None  # truncated: the original quote's words up to here are kept


@dataclass
class Variant:
    id: str
    text: str
    occurrences: list[Occurrence] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------ text tracking

class Doc:
    """A text under edit that keeps the spans of the gold quotes up to date."""

    def __init__(self, text: str, spans: dict[int, tuple[int, int]]):
        self.text = text
        self.spans: dict[int, list[int] | None] = {i: list(s) for i, s in spans.items()}

    def replace(self, lo: int, hi: int, new: str) -> None:
        d = len(new) - (hi - lo)
        for i, sp in self.spans.items():
            if sp is None:
                continue
            s, e = sp
            if lo >= s and hi <= e:
                sp[1] = e + d
            elif lo >= e:
                pass
            elif hi <= s:
                sp[0], sp[1] = s + d, e + d
            elif lo <= s and hi >= e:
                self.spans[i] = None
            else:
                raise ValueError(f"edit {lo}-{hi} overlaps quote {i} at {s}-{e}")
        self.text = self.text[:lo] + new + self.text[hi:]

    def swap_lines(self, i: int) -> None:
        """Swap the i-th and (i+1)-th non-empty lines."""
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)]
        (a0, a1), (b0, b1) = lines[i], lines[i + 1]
        sep = self.text[a1:b0]
        for sp in self.spans.values():
            if sp is None:
                continue
            if a0 <= sp[0] < a1:
                sp[0] += (b1 - a1)
                sp[1] += (b1 - a1)
            elif b0 <= sp[0] < b1:
                sp[0] -= (b0 - a0)
                sp[1] -= (b0 - a0)
        self.text = self.text[:a0] + self.text[b0:b1] + sep + self.text[a0:a1] + self.text[b1:]


# ------------------------------------------------------------------------ article analysis

@dataclass
class QuoteInfo:
    idx: int
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    para: int
    opened: bool
    closed: bool
    verb: tuple[int, int] | None = None     # the attribution verb this quote reads
    own_verb: bool = False
    mention: tuple[int, int] | None = None  # who the attribution names (name or pronoun)
    mention_type: str = "none"              # name / pronoun / role / none
    continuation: bool = False              # a paragraph of a quote the previous one opened


def _lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _line_of(lines, pos: int) -> int:
    for i, (a, b) in enumerate(lines):
        if a <= pos <= b:
            return i
    return len(lines) - 1


def _sentence_start(before: str) -> int:
    """Where the last sentence of ``before`` starts (a title's full stop ends none)."""
    cut = 0
    for m in re.finditer(r"[.!?][”’\"']?\s+(?=[A-Z“‘\"]|$)", before):
        if not re.search(r"\b(?:Dr|Sen|Rep|Gov|Mr|Mrs|Ms|St|Prof|Gen|U\.S)\.\s+$", before[:m.end()]):
            cut = m.end()
    return cut


def analyse(article: dict) -> tuple[list[QuoteInfo], list[tuple[int, int]]]:
    text = article["text"]
    lines = _lines(text)
    infos = []
    for i, q in enumerate(article["quotes"]):
        s, e = q["start"], q["end"]
        infos.append(QuoteInfo(idx=i, start=s, end=e, text=q["text"], kind=q["kind"],
                               speaker=q.get("speaker"), para=_line_of(lines, s),
                               opened=s > 0 and text[s - 1] in OPEN,
                               closed=e < len(text) and text[e] in CLOSE))
    order = sorted(infos, key=lambda x: x.start)
    # a mention is a name when it is (part of) a speaker's name; "the 23-year-old German" is not
    known = {w for q in article["quotes"] for w in (q.get("speaker") or "").split()}
    prev_end_in_para: dict[int, int] = {}
    for k, qi in enumerate(order):
        pa, pb = lines[qi.para]
        nxt = order[k + 1].start - 1 if k + 1 < len(order) and order[k + 1].para == qi.para else pb
        verb = None
        # (the NYT archive's closing '' is two characters)
        close_w = 2 if qi.closed and _nyt_closes(text, qi.end) else 1
        open_w = 2 if qi.opened and _nyt_opens(text, qi.start) else 1
        # attribution right after the closing mark: ," Reed said / ," said Reed / ,” she said
        if qi.closed:
            after = text[qi.end + close_w:nxt]
            m = AFTER_QUOTE.match(after)
            # a quote that ends its sentence, which a verb before it already attributes ("His
            # lawyer, Victor Hale, argued that … would be “a death sentence anyway.” Hale said
            # outside …"): the verb after it opens the next sentence and attributes nothing of it
            lo = max(pa, prev_end_in_para.get(qi.para, pa))
            own = text[lo:max(lo, qi.start - open_w)]
            if m and qi.text.rstrip()[-1:] in ".!?" and not after[:m.start(1)].strip(" ").startswith(",") \
                    and CUE_RE.search(own[_sentence_start(own):]):
                m = None
            if m:
                verb = (qi.end + close_w + m.start(1), qi.end + close_w + m.end(1))
        if verb is None:
            lo = max(pa, prev_end_in_para.get(qi.para, pa))
            before = text[lo:max(lo, qi.start - open_w)]
            ms = [m for m in CUE_RE.finditer(before, _sentence_start(before))]
            if ms:
                verb = (lo + ms[-1].start(), lo + ms[-1].end())
        prev_end_in_para[qi.para] = qi.end + (close_w if qi.closed else 0)
        qi.continuation = k > 0 and not order[k - 1].closed
        if verb is not None:
            qi.verb, qi.own_verb = verb, True
        elif k > 0 and order[k - 1].verb is not None and (
                order[k - 1].para == qi.para or
                (order[k - 1].para == qi.para - 1 and not order[k - 1].closed)):
            qi.verb = order[k - 1].verb  # continues the previous quote's attribution
        if qi.verb is not None:
            vs, ve = qi.verb
            mb = NAME_BEFORE.search(text[max(0, vs - 60):vs])
            ma = NAME_AFTER.match(text[ve:ve + 60])
            if mb and text[vs - 1] == " ":
                m0 = vs - len(mb.group(0))
                word = mb.group(0).strip()
                qi.mention = (m0, m0 + len(word))
                qi.mention_type = ("pronoun" if word in PRONOUNS else
                                   "name" if word.split()[-1] in known else "role")
            elif ma and not re.match(r"\s+(?:The|A|An|In|On|At|It|This|That)\b", text[ve:]):
                qi.mention = (ve + ma.start(1), ve + ma.end(1))
                qi.mention_type = "name" if ma.group(1).split()[-1] in known else "role"
            else:
                qi.mention_type = "role"
    return infos, lines


# ------------------------------------------------------------------------------ the edits

def _cap(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def edit_wording(rnd, qi: QuoteInfo, text: str):
    s, e = qi.start, qi.end
    body = text[s:e]
    clause = re.search(r", (and|but) ", body)
    if clause and rnd.random() < 0.2 and not re.search(r"[.!?]\s", body):
        left, right = body[:clause.start()], body[clause.end():]
        end = right[-1] if right[-1] in ",.?!" else ""
        right = right[:-1] if end else right
        if len(left.split()) >= 3 and len(right.split()) >= 3 and not re.match(r"I\b", left):
            left = left[:1].lower() + left[1:]
            new = right[:1].upper() + right[1:] + f", {clause.group(1)} " + left + end
            return [(s, e, new)], f"clauses swapped: {body!r} -> {new!r}"
    cands = [m for m in WORD.finditer(body) if m.group().lower() in SYNONYMS]
    if not cands:
        return None
    picks = sorted(rnd.sample(cands, min(len(cands), rnd.choice((1, 1, 2)))),
                   key=lambda m: m.start())
    reps, notes = [], []
    for m in picks:
        new = _cap(SYNONYMS[m.group().lower()], m.group())
        reps.append((s + m.start(), s + m.end(), new))
        notes.append(f"{m.group()}->{new}")
    return reps, "reworded " + ", ".join(notes)


def edit_truncated(rnd, qi: QuoteInfo, text: str):
    body = text[qi.start:qi.end]
    words = list(re.finditer(r"\S+", body))
    if len(words) < 6:
        return None
    cut = max(2, round(len(words) * rnd.uniform(0.25, 0.5)))
    keep = max(3, len(words) - cut)
    if keep >= len(words):
        return None
    # an outlet cuts after a word that ends a phrase, not after "the"
    def dangling(k: int) -> bool:
        return words[k - 1].group().lower().strip(",;:“”‘’\"'") in DANGLING

    most = len(words) - max(2, -(-len(words) // 4))   # keep at most this many: cut >= 25%
    k = keep
    while dangling(k) and k < most:
        k += 1
    if dangling(k):
        k = keep
        while dangling(k) and k > 3:
            k -= 1
    keep = k
    # never cut inside a nested quote: the outlet would not leave “ open
    while keep >= 3 and (body[:words[keep - 1].end()].count("“")
                         != body[:words[keep - 1].end()].count("”")
                         or body[:words[keep - 1].end()].count('"') % 2):
        keep -= 1
    if keep < 3:
        return None
    last = words[keep - 1]
    kept = body[:last.end()].rstrip(",;:—–-")
    end = body[-1] if body[-1] in ",.?!" else ""
    new = kept.rstrip(".,?!") + end
    return [(qi.start, qi.end, new)], f"cut {len(words) - keep} of {len(words)} words"


def edit_number(rnd, qi: QuoteInfo, text: str):
    body = text[qi.start:qi.end]
    cands = [(m.start(), m.end(), m.group(), "d") for m in DIGITS.finditer(body)]
    cands += [(m.start(), m.end(), m.group(), "w") for m in WORD.finditer(body)
              if m.group().lower() in NUMBER_WORDS]
    if not cands:
        return None
    a, b, tok, how = rnd.choice(cands)
    if how == "w":
        new = _cap(NUMBER_WORDS[tok.lower()], tok)
    elif re.fullmatch(r"(19|20)\d\d", tok):
        new = str(int(tok) + rnd.choice((-3, -2, -1, 1, 2)))
    else:
        digits = [i for i, c in enumerate(tok) if c.isdigit()]
        i = digits[0]
        d = int(tok[i])
        choices = [x for x in range(1, 10) if x != d] if len(digits) > 1 or d else \
            [x for x in range(1, 10)]
        new = tok[:i] + str(rnd.choice(choices)) + tok[i + 1:]
    return [(qi.start + a, qi.start + b, new)], f"number {tok} -> {new}"


def edit_negation(rnd, qi: QuoteInfo, text: str):
    body = text[qi.start:qi.end]
    ops = []
    for m in WORD.finditer(body):
        w = m.group()
        key = w.lower().replace("’", "'")
        if key == "not":
            lo, hi = m.start(), m.end()
            if body[hi:hi + 1] == " ":
                hi += 1
            elif lo > 0 and body[lo - 1] == " ":
                lo -= 1
            ops.append((lo, hi, "", f"removed {w!r}"))
        elif key in NEG_REMOVE:
            new = NEG_REMOVE[key]
            ops.append((m.start(), m.end(), _cap(new, w), f"{w} -> {new}"))
        elif key in AUX and re.match(r" [a-z]", body[m.end():m.end() + 2]) and \
                not re.match(r" (not|never|no)\b", body[m.end():]):
            if key == "can":
                ops.append((m.start(), m.end(), _cap("cannot", w), f"{w} -> cannot"))
            else:
                ops.append((m.end(), m.end(), " not", f"{w} -> {w} not"))
    if not ops:
        return None
    lo, hi, new, note = rnd.choice(ops)
    return [(qi.start + lo, qi.start + hi, new)], note


def _nyt_opens(text: str, start: int) -> bool:
    """The NYT archive's two apostrophes ('') open the words at ``start``."""
    return text[max(0, start - 2):start] == "''"


def _nyt_closes(text: str, end: int) -> bool:
    return text[end:end + 2] == "''"


def _marks(qi: QuoteInfo, text: str) -> tuple[str, str]:
    """The opening and the closing mark as printed: the NYT archive's two apostrophes ('') are
    one mark, which an edit changes or removes whole."""
    if _nyt_opens(text, qi.start) and _nyt_closes(text, qi.end):
        return "''", "''"
    return text[qi.start - 1], text[qi.end]


def edit_typography(rnd, qi: QuoteInfo, text: str):
    if not (qi.opened and qi.closed):
        return None
    o, c = _marks(qi, text)
    pairs = {('"', '"'): ("“", "”"), ("“", "”"): ('"', '"'), ("‘", "’"): ("'", "'"),
             ("'", "'"): ("‘", "’"), ("«", "»"): ("“", "”"),
             ("„", "“"): ("“", "”")}
    if (o, c) not in pairs:
        return None     # (the NYT archive's '' is how its database prints “ ”: no other style)
    no, nc = pairs[(o, c)]
    reps = [(qi.start - len(o), qi.start, no), (qi.end, qi.end + len(c), nc)]
    note = f"marks {o}{c} -> {no}{nc}"
    body = text[qi.start:qi.end]
    if rnd.random() < 0.3 and body.endswith(","):
        reps.insert(1, (qi.end - 1, qi.end, ""))
        note += ", trailing comma removed"
    return reps, note


def edit_marks_lost(rnd, qi: QuoteInfo, text: str):
    if qi.kind != "direct" or not (qi.opened and qi.closed) or len(qi.text.split()) < 2 \
            or qi.continuation:
        return None
    if re.search(r"[“”\"«»„]|(?<!\w)‘|'(?!\w)", qi.text):
        return None  # a nested quote would become a quote of its own
    o, c = _marks(qi, text)
    reps = [(qi.start - len(o), qi.start, ""), (qi.end, qi.end + len(c), "")]
    return reps, f"marks {o}{c} removed"


TEXT_EDITS = {"wording": edit_wording, "truncated": edit_truncated,
              "number_changed": edit_number, "negation_changed": edit_negation,
              "typography": edit_typography, "quote_marks_lost": edit_marks_lost}


# ------------------------------------------------------------------------------ generator

def _full_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(re.match(r"[A-Z][\w’'.-]*$", w) for w in words)


def _names_in(text: str) -> set[str]:
    return set(re.findall(r"[A-Z][\w’'-]+", text))


def make_variants(article: dict, n_variants: int, seed: str, usage: collections.Counter,
                  p_edit: float = 0.55, p_drop: float = 0.07, p_swap: float = 0.5) -> list[Variant]:
    """The original (``<id>~orig``) and ``n_variants`` rewritten outlets of one article."""
    rnd = random.Random(seed)
    text = article["text"]
    aid = article["id"]
    infos, lines = analyse(article)
    spans = {qi.idx: (qi.start, qi.end) for qi in infos}
    groups: dict[tuple[int, int], list[int]] = collections.defaultdict(list)
    for qi in infos:
        if qi.verb is not None:
            groups[qi.verb].append(qi.idx)
    order = sorted(infos, key=lambda x: x.start)
    pos_in_order = {qi.idx: k for k, qi in enumerate(order)}
    by_para = collections.defaultdict(list)
    for qi in infos:
        by_para[qi.para].append(qi.idx)
    # the paragraph where each word of a speaker's name first appears: never dropped or moved
    first_mention_paras = set()
    for qi in infos:
        for w in _names_in(qi.speaker or ""):
            m = re.search(r"\b%s\b" % re.escape(w), text)
            if m:
                first_mention_paras.add(_line_of(lines, m.start()))
    fragile_paras = {qi.para for qi in infos if qi.mention_type != "name"}
    speakers = sorted({qi.speaker for qi in infos if qi.speaker})

    def next_needs_antecedent(members: list[int]) -> bool:
        k = max(pos_in_order[i] for i in members) + 1
        return k < len(order) and order[k].mention_type != "name"

    def occurrence(src_text, sp, qi, edit, detail, cue, speaker, marked) -> Occurrence:
        if sp is None:
            return Occurrence(utterance=f"{aid}/{qi.idx}", start=None, end=None, text=None,
                              edit="dropped", detail=detail, speaker=speaker)
        s, e = sp
        marks = ""
        if marked:
            marks = (src_text[s - 1] if s > 0 and src_text[s - 1] in OPEN else "") + \
                    (src_text[e] if e < len(src_text) and src_text[e] in CLOSE else "")
        return Occurrence(utterance=f"{aid}/{qi.idx}", start=s, end=e, text=src_text[s:e],
                          edit=edit, detail=detail, cue=cue, speaker=speaker, marked=marked,
                          marks=marks, inherited=qi.verb is not None and not qi.own_verb)

    def cue_of(qi):
        return text[qi.verb[0]:qi.verb[1]] if qi.verb else None

    orig = Variant(id=f"{aid}~orig", text=text)
    for qi in infos:
        orig.occurrences.append(occurrence(text, spans[qi.idx], qi, "none", "", cue_of(qi),
                                           qi.speaker, True))
    out = [orig]
    for k in range(1, n_variants + 1):
        edits: dict[int, tuple[str, str]] = {}
        reps: list[tuple[int, int, str]] = []
        cue: dict[int, str | None] = {qi.idx: cue_of(qi) for qi in infos}
        speaker: dict[int, str | None] = {qi.idx: qi.speaker for qi in infos}
        dropped_paras: set[int] = set()
        taken = _names_in(text)
        where: dict[int, int] = {}
        for qi in rnd.sample(infos, len(infos)):
            if qi.idx in edits:
                continue
            group = groups.get(qi.verb, [qi.idx]) if qi.verb else [qi.idx]
            r = rnd.random()
            if r < p_drop:
                # (not next to a paragraph dropped already: the two removals would overlap)
                if (by_para[qi.para] == [qi.idx] and group == [qi.idx]
                        and not {qi.para - 1, qi.para + 1} & dropped_paras
                        and qi.para not in first_mention_paras and qi.closed
                        and not next_needs_antecedent([qi.idx])):
                    edits[qi.idx] = ("dropped", f"paragraph {qi.para} removed")
                    dropped_paras.add(qi.para)
                    a, b = lines[qi.para]
                    nxt = lines[qi.para + 1][0] if qi.para + 1 < len(lines) else len(text)
                    if qi.para + 1 < len(lines):
                        reps.append((a, nxt, ""))
                    else:
                        prev_end = lines[qi.para - 1][1]
                        reps.append((prev_end, b, ""))
                continue
            if r > p_drop + p_edit:
                continue
            weights = []
            for kind in EDITS:
                weights.append(1.0 / (1 + usage[kind]) ** 1.5)
            tried = set()
            while len(tried) < len(EDITS):
                kind = rnd.choices(EDITS, weights=[0 if x in tried else w
                                                   for x, w in zip(EDITS, weights)])[0]
                tried.add(kind)
                if kind in TEXT_EDITS:
                    res = TEXT_EDITS[kind](rnd, qi, text)
                    if res is None:
                        continue
                    reps.extend(res[0])
                    edits[qi.idx] = (kind, res[1])
                    where[qi.idx] = min(r[0] for r in res[0]) - qi.start
                    usage[kind] += 1
                    break
                if qi.verb is None or any(i in edits for i in group):
                    continue
                vs, ve = qi.verb
                verb = text[vs:ve]
                shared = f" (shared with {len(group) - 1} more)" if len(group) > 1 else ""
                if kind == "cue_verb":
                    if verb not in EDITABLE_CUES:
                        continue
                    choices = list(EDITABLE_CUES[verb])
                    if verb == "said" and qi.mention and qi.mention[1] <= vs:
                        choices.append("told reporters")
                    new = rnd.choice(choices)
                    reps.append((vs, ve, new))
                    for i in group:
                        edits[i] = ("cue_verb", f"{verb} -> {new}" + shared)
                        cue[i] = new
                    usage[kind] += 1
                    break
                if kind == "speaker_kept":
                    # the same person named in other words: "Mr. Rubio said" -> "Rubio said",
                    # or "he said" right after a quote of his. Nobody is misattributed.
                    ms_me = qi.mention
                    if qi.mention_type != "name" or ms_me is None or not qi.speaker:
                        continue
                    ms, me = ms_me
                    words = text[ms:me].split()
                    if len(words) < 2 or any(infos[i].speaker != qi.speaker for i in group):
                        continue
                    k = pos_in_order[min(group, key=lambda i: pos_in_order[i])]
                    prev = order[k - 1] if k else None
                    pronoun = PRONOUN_OF_TITLE.get(words[0])
                    # "he" only where the same person was named, in other words, for the quote
                    # just before ("“…,” Mr. Rubio said. … “…,” he said"): never the only naming
                    if pronoun and prev is not None and prev.speaker == qi.speaker and \
                            prev.mention is not None and prev.mention_type == "name" and \
                            prev.mention[1] <= ms and prev.mention != (ms, me) and \
                            prev.para == qi.para and prev.idx not in edits and prev.idx not in group and \
                            not re.search(r"\b[A-Z][a-z]+\b", text[prev.end:ms].replace(
                                words[-1], "")) and text[ms - 1:ms] in (" ", "\n"):
                        new = pronoun if text[ms - 2:ms - 1] not in ".!?\n" else pronoun.title()
                    elif re.search(r"\b%s\b" % re.escape(" ".join(words[-2:])), text[:ms]) or \
                            re.search(r"\b%s\b" % re.escape(words[-1]), text[:ms]):
                        new = words[-1]   # the surname alone, once the article has named them
                    else:
                        continue
                    if new == text[ms:me]:
                        continue
                    reps.append((ms, me, new))
                    for i in group:
                        edits[i] = ("speaker_kept", f"{text[ms:me]!r} -> {new!r}")
                    usage[kind] += 1
                    break
                if kind == "misattributed":
                    surname = qi.speaker.split()[-1] if qi.speaker else ""
                    if (qi.mention_type not in ("name", "pronoun") or not qi.speaker
                            # the mention that introduces a person is who later "he" means
                            or (qi.mention_type == "name" and not re.search(
                                r"\b%s\b" % re.escape(surname), text[:qi.mention[0]]))
                            or next_needs_antecedent(group)
                            or any(infos[i].speaker != qi.speaker for i in group)):
                        continue
                    # another person named in full; a speaker written as a role ("the Vermont
                    # senator", as annotators of real news mark it) may be the same person
                    others = [s for s in speakers if s != qi.speaker and _full_name(s)
                              and not (_names_in(s) & _names_in(qi.speaker))]
                    if not _full_name(qi.speaker):
                        others = []   # "he" may be any of them: someone new is someone else
                    if others and rnd.random() < 0.5:
                        new = rnd.choice(others)
                    else:
                        pool = [f"{f} {la}" for f in FIRST for la in LAST
                                if f not in taken and la not in taken]
                        new = rnd.choice(pool)
                        taken |= _names_in(new)
                    ms, me = qi.mention
                    reps.append((ms, me, new))
                    for i in group:
                        edits[i] = ("misattributed", f"{text[ms:me]!r} -> {new!r}" + shared)
                        speaker[i] = new
                    usage[kind] += 1
                    break
        # apply right to left, on the original's coordinates
        doc = Doc(text, spans)
        reps.sort(key=lambda r: (r[0], r[1]), reverse=True)
        last_lo = len(text) + 1
        for lo, hi, new in reps:
            if hi > last_lo:
                raise ValueError(f"{aid}: overlapping edits at {lo}-{hi}")
            doc.replace(lo, hi, new)
            last_lo = lo
        notes = []
        if rnd.random() < p_swap:
            ok = []
            for i in range(1, len(lines) - 1):
                window = set(range(i, i + 4))
                pa, pb = lines[i], lines[i + 1]
                if (window & fragile_paras or {i, i + 1} & first_mention_paras
                        or {i, i + 1} & dropped_paras or window & dropped_paras
                        or any(not infos[j].closed for p in (i, i + 1) for j in by_para[p])
                        or any(j in by_para[i - 1] and not infos[j].closed for j in by_para[i - 1])
                        or pa[1] - pa[0] < 60 or pb[1] - pb[0] < 60):
                    continue
                ok.append(i)
            if ok:
                i = rnd.choice(ok)
                shift = sum(1 for p in dropped_paras if p < i)
                doc.swap_lines(i - shift)
                notes.append(f"paragraphs {i} and {i + 1} swapped")
        var = Variant(id=f"{aid}~v{k}", text=doc.text, notes=notes)
        for qi in infos:
            kind, detail = edits.get(qi.idx, ("none", ""))
            sp = doc.spans[qi.idx]
            if kind == "dropped":
                sp = None
            occ = occurrence(doc.text, sp, qi, kind, detail, cue[qi.idx], speaker[qi.idx],
                             kind != "quote_marks_lost")
            if kind in ("wording", "number_changed", "negation_changed"):
                occ.edit_at = where[qi.idx]
            if kind == "truncated" and occ.text is not None:
                occ.keep_upto = len(occ.text.rstrip(".,?!"))
            var.occurrences.append(occ)
            if kind == "none" and sp is not None:
                assert doc.text[sp[0]:sp[1]] == qi.text, (aid, k, qi.idx, doc.text[sp[0]:sp[1]])
        out.append(var)
    return out


# ------------------------------------------------------------------------------ expectations

def expected_kinds(x: Occurrence, y: Occurrence) -> tuple[set[str], set[str]]:
    """Kinds a comparison of two printings of one utterance must name, and may name.

    For a pair (original, variant) the variant's edit says it. For two variants both edits do:
    a changed number or negation is required unless the other variant cut it off; a word edit
    and a cut may be named as wording, truncated or both.
    """
    must: set[str] = set()
    ok: set[str] = set()
    tx = x.edit if x.edit in TEXTUAL - {"typography"} else None
    ty = y.edit if y.edit in TEXTUAL - {"typography"} else None
    if tx is None and ty is None or _fold(x.text) == _fold(y.text):
        if x.marked and y.marked and x.marks != y.marks:
            must.add("typography")
            ok.add("identical")
        else:
            must.add("identical")
            ok.add("typography")
    elif not (tx and ty) or tx == ty:
        t = tx or ty
        must.add(t)
        if t in ("number_changed", "negation_changed"):
            ok.add("wording")
    elif "truncated" in (tx, ty):
        cut, other = (x, y) if tx == "truncated" else (y, x)
        if other.edit_at is not None and cut.keep_upto is not None and \
                other.edit_at >= cut.keep_upto:
            must.add("truncated")           # the edited words are in the part cut off
        else:
            must.add("wording" if other.edit == "wording" else other.edit)
            ok |= {"wording", "truncated"}
    else:
        must |= {tx, ty} & {"number_changed", "negation_changed"}
        ok.add("wording")
        if "wording" in (tx, ty):
            must.add("wording")
    if "typography" in (x.edit, y.edit) and x.marked and y.marked:
        ok.add("typography")
    if x.marked != y.marked:
        must.add("quote_marks_lost")
        ok.add("typography")
    if x.cue and y.cue and x.cue != y.cue:
        # a quote that continues the previous one's attribution has no verb of its own: whether
        # the changed verb is its cue too is a matter of convention, so either answer is right
        (ok if x.inherited or y.inherited else must).add("cue_verb")
    if x.speaker and y.speaker and x.speaker != y.speaker:
        must.add("misattributed")
    return must, ok - must


def _fold(text: str | None) -> str:
    t = (text or "").replace("’", "'").replace("‘", "'").lower()
    return " ".join(re.findall(r"[\w']+", t))

