"""Names in an article: who is who, with which title, age and role, and where they are named.

Split from attribution because names are their own problem: stripping titles ("NATO
Secretary-General Jens Stoltenberg" -> "Jens Stoltenberg"), telling people from bodies and places,
expanding a surname to the full name, and remembering who opens which sentence.
"""
from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby

import regex

from . import first_names, lexicon
from .settings import SETTINGS

N = SETTINGS.names

# a full stop belongs to a name token only in an abbreviation or initial (Mr., Dr., J.), so a
# run never spans a sentence end ("… on Wednesday. Steve Radley added")
# ("J.J." is one token of initials)
# (a capital, an apostrophe and a lower-case word is a French article and its noun, "L'avocat",
# no name: "… au seigneur du crime Neil Scarbrough L'avocat avait peur" where a list lost its
# full stops; "O'Brien", "L'Oréal" are names)
_NAME_TOKEN = r"(?:(?:\p{Lu}\.){2,3}(?!\p{L})|\p{Lu}[\p{L}\p{M}]{0,2}\.(?!\p{L})|" \
    r"(?!\p{Lu}[’']\p{Ll})\p{Lu}[\p{L}\p{M}]*(?:[’'\-]\p{L}[\p{L}\p{M}]*)*)"
# ("Mirjam van der Stelt"; not "von der", "de la": "Anpfiff von der Südtribüne", "Lee Halstead
# de la Police du Lancashire" are no names, and German and French write such phrases everywhere)
_PARTICLE = r"(?:al|el|bin|ibn|de|da|del|der|van|von|di|du|la|le|dos|das|ben|abu|" \
    r"van der|van den|van de)"
# (a company's "Co." or "Inc." ends its name: "… offered by Airbus SAS and Boeing Co. Airbus this
# week called for …" is two bodies)
CAP_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){_NAME_TOKEN}(?:(?<!\b(?:Co|Inc|Ltd|Corp|Bros|Plc|PLC|LLC)\.)"
    rf"[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_NAME_TOKEN})*")
DETERMINERS = {"the", "a", "an", "one", "another", "its", "his", "her", "their", "le", "la", "les", "l",
               "un", "une", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "el",
               "los", "las", "lo", "una", "this", "that", "son", "sa", "ses", "leur", "su", "sus",
               "sein", "seine", "ihr", "ihre", "dessen", "deren", "einem", "eines", "einen"}
# sentence adverbs, never a name ("Perhaps, said …", "“…,” Likewise said")
SENTENCE_ADVERBS = frozenset({
    "Perhaps", "Likewise", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Otherwise",
    "Similarly", "Finally", "Ultimately", "Instead", "Indeed", "Besides", "Consequently",
    "Therefore", "Thus", "Hence", "Regardless", "Overall", "Specifically", "Notably",
    "Apparently", "Clearly", "Obviously", "Unfortunately", "Fortunately", "Ironically",
    # of place and time: "Outside, the supporters chanted"
    "Outside", "Inside", "Elsewhere", "Nearby", "Afterward", "Afterwards", "Overseas", "Abroad"})
# never the first word of a name: function words (of French, German and Spanish all of them; of
# English the list below, since "May" and "Will" are names) and sentence openers
_NEVER_NAME_WORDS = frozenset().union(
    *lexicon.STOPWORDS.values(), *lexicon.SENTENCE_OPENERS.values(),
    *(words - lexicon.NAME_LIKE_FUNCTION_WORDS
      for lang, words in lexicon.FUNCTION_WORDS.items() if lang != "en"),
    # "Am Abend erklärte er", "Vom Vorraum der Ausstellung führt …": a German clause's opener
    *(words - lexicon.NAME_LIKE_FUNCTION_WORDS for words in lexicon.VERB_SECOND_OPENERS.values()))
STARTERS = {w[:1].upper() + w[1:] for w in _NEVER_NAME_WORDS} | {
    "But", "And", "In", "On", "At", "After", "Before", "When", "While", "Earlier", "However",
    "Meanwhile", "According", "Still", "Yet", "So", "Then", "Also", "Later", "Asked", "Speaking",
    "Naturally", "Together", "Read", "Follow", "Source", "Mais", "Et", "Pour", "Selon", "Aber",
    "Und", "Pero", "Según", "Last", "This", "That",
    # conjunctions and prepositions that open a sentence ("If we lived in normal times …, a
    # reader would now ask:"), never a name
    "If", "Although", "Though", "Because", "Since", "Unless", "Whether", "Until", "Whereas",
    "Where", "Why", "How", "What", "Between", "Without", "Despite", "During", "Unlike"} | SENTENCE_ADVERBS
TIME_WORDS = frozenset(w.capitalize() for w in lexicon.WEEKDAYS + lexicon.MONTHS)
# "KYIV, Ukraine (AP) —": a dash that stands between words, not one inside a word
# ("Tim Kaine, Hillary Clinton’s vice-presidential nominee")
_DATELINE = regex.compile(r"\s*(?:,[^\n(—–]{0,40}?)?\s*(?:\([\p{L} .]+\)\s*)?(?:[—–]|(?<!\S)-(?!\S))")
_CREDIT_AFTER = regex.compile(r"\s*\)\s*(?:[—–]|-(?!\S))")
# (past a party or a state in brackets and a "who" clause: "…, Sen. Bernie Sanders (Vt.), who
# lost the primaries to Clinton, identified")
_VERB_AFTER = regex.compile(r"(?:\s+\([^()\n]{1,24}\))?(?:,\s+who\s[^,.;:!?\n“”\"]{1,80},)?"
                            r"\s\p{Ll}{3,}(?<!who)(?<!whose)(?<!which)\b(?!,)")
# "Apple said …": a body named only where a sentence opens, as the subject of a speech verb
_SPEAKS_AFTER = regex.compile(r"\s+(?:%s)\b" % "|".join(map(regex.escape, lexicon.VERBS_AFTER_BODY)))
_ROLE_OPENS = regex.compile(r"(?:^|[.!?]\s+|\n\s*)(?:The|Le|La|L[’']|Les|Der|Die|Das|El|Los|Las)\s*"
                            r"[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,4},\s*$")
_AGE_AFTER = regex.compile(r",\s*(\d{1,3})\s*,")
_AGE_BEFORE = regex.compile(r"(\d{1,3})-year-old\s+(?:\p{Ll}+\s+){0,2}$")
_POSSESSIVE = regex.compile(r"[’']s$")
_OPENER_WORDS = ("But", "And", "Then", "So", "Yet", "Later", "Earlier")
_OPENS_SENTENCE = regex.compile(r"(?:^|[.!?]\s+|\n\s*)(?:(?:%s)\s+)?$" % "|".join(_OPENER_WORDS))
_PREPOSITION_AFTER = regex.compile(r"\s+(?:for|from|with|and|or|but|nor|into|about|over|after|before|"
                                   r"against|during|under|without|through|whose|who|which)\b")
_ROLE_LEAD = regex.compile(r",\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}(\p{Ll}+)\s+$")
_COPULAS = frozenset("is was ist war est était es era".split())
_COPULA = "(?:" + "|".join(sorted(_COPULAS, key=len, reverse=True)) + ")"
_ROLE_IS_NAME = regex.compile(rf"(?:^|[.!?]\s+|\n\s*)(?:(?:The|Der|Die|Le|La|El)\s+)?(\p{{L}}+)\s+"
                              rf"{_COPULA}\s+$")
_NAME_IS_ROLE = regex.compile(rf"\s+{_COPULA}\s+(?:the|der|die|le|la|l['’]|el)\s*"
                              r"(?:[\p{L}’'\-]+['’]s\s+)?(\p{L}+)\b")
_ROLE_BEFORE = regex.compile(r"(?:the|la|le|der|el)\s+([\p{L}\s\-]+?),\s*$")
# a run after "of" may begin with the name of a body, then a person's ("rédacteur en chef de News
# of the World Andy Coulson", "directeur du Monde Jean Dupont")
_OF = r"(?:of|of\s+the|de|de\s+la|du|des|der)\s+$"
_OF_WORDS = frozenset({"of", "the", "de", "la", "du", "des", "der"})   # the words _OF ends with
_AFTER_OF = regex.compile(rf"(?<!\S){_OF}", regex.I)
# ... and the role of that body before it ("secrétaire général de la Maison-Blanche Bill Daley")
_OFFICE_OF = regex.compile(rf"(?<!\S)((?:\p{{Ll}}[\p{{Ll}}\-]*\s+){{1,3}}?){_OF}")
_OF_PARTICLES = frozenset({"de", "du", "des"})
_PAIR_AFTER = regex.compile(r"\s+(?:und|et|y)\s")


def _may_open_sentence(before: str) -> bool:
    """Whether :data:`_OPENS_SENTENCE` can match ``before`` at all: a plain test first, since
    the pattern, anchored at the end, is tried from every position of the text before each
    capitalised run (most runs are inside a sentence)."""
    body = before.rstrip()
    return not body or body[-1] in ".!?" or "\n" in before[len(body):] or body.endswith(_OPENER_WORDS)


def _ends_with_comma(before: str) -> bool:
    """Whether a pattern ending in ``,\\s*$`` can match ``before``."""
    return before.rstrip().endswith(",")


ELISION = regex.compile(r"^(?:[ldj]|qu)['’]", regex.I)


def title_word(token: str) -> bool:
    low = token.casefold()
    return low in lexicon.TITLE_WORDS or low.rstrip(".") in lexicon.TITLE_WORDS or \
        any(part in lexicon.TITLE_WORDS for part in low.split("-") if len(low.split("-")) > 1) or \
        (len(low) > N.title_suffix_letters and low.endswith(lexicon.TITLE_SUFFIXES))


@functools.lru_cache(maxsize=65536)
def _split_name(run: str) -> tuple[str | None, tuple[str, ...]]:
    name, roles = _split_name_uncached(run)
    return name, tuple(roles)


_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,3}")
INITIAL = regex.compile(r"\p{Lu}\.")     # one initial: "T." of "Peter T. King"


def _acronym(t: str) -> bool:
    """An upper-case word of two letters or more that is no person's initials ("NATO", "U.S.";
    not "J.M." of "J.M. Berger")."""
    return t.isupper() and len(t.rstrip(".")) > 1 and not (
        _INITIALS.fullmatch(t) and t not in lexicon.DOTTED_ACRONYMS)


_CONTRACTED = frozenset(STARTERS | {"There", "Here"})   # "That’s", "There’s"


def _never_a_name_word(token: str) -> bool:
    word = _POSSESSIVE.sub("", token)
    if word != token and word in _CONTRACTED:
        return True   # "That’s", "There’s": a contraction, never a name
    # an adverb before a subject is no part of a name (not in STARTERS, which end a clause's
    # subject: "Even China, Pyongyang's only ally, said" still has one); nor is a word in capitals
    # of three letters or more ("HOW"), though "IS", "US", "IT" may be bodies
    return token in STARTERS or token in lexicon.ADVERB_OPENERS or (
        len(token) > 2 and token.isupper() and token.capitalize() in STARTERS) or \
        bool(VERB_CLITIC.search(token))


# "Rappelez-vous", "Dites-moi": a French verb with its pronoun joined by a hyphen
# (an imperative or an inversion) opens a sentence and is never a name; names join capitals
# ("Jean-Louis", "Saint-Denis")
VERB_CLITIC = regex.compile(r"^\p{Lu}\p{Ll}+-(?:vous|nous|moi|toi|le|la|les|lui|leur|en|y)$")


def split_name(run: str) -> tuple[str | None, list[str]]:
    """``"NATO Secretary-General Jens Stoltenberg"`` -> ``("Jens Stoltenberg", [roles])``.

    Returns no name when the run holds only titles or organisation words.
    """
    name, roles = _split_name(run)
    return name, list(roles)


def _split_name_uncached(run: str) -> tuple[str | None, list[str]]:
    """``"NATO Secretary-General Jens Stoltenberg"`` -> ``("Jens Stoltenberg", [roles])``.

    Returns no name when the run holds only titles or organisation words.
    """
    tokens = run.split()
    for i in range(1, len(tokens)):
        if tokens[i - 1].endswith(".") and len(tokens[i - 1]) > 2 and not title_word(tokens[i - 1]) and \
                not INITIAL.fullmatch(tokens[i - 1]) and tokens[i] in STARTERS:
            # "Don Was. Sans préciser", "Boeing Co. Cette …": a short last word and its full
            # stop, then a word that opens sentences: the name ended with the sentence
            tokens = tokens[:i]
            break
    # "Four Hamas fighters were killed": a number opens the sentence, no name; "That’s", "It’s",
    # "HOW …" (a headline in capitals): a function word, whatever its case or contraction
    while tokens and (_never_a_name_word(tokens[0]) or tokens[0].casefold() in lexicon.NUMBER_WORDS):
        tokens = tokens[1:]
    # "Fox's Chris Wallace", "Gallup’s Jeffrey M. Jones": who they work for, then the name
    owner = [i for i, t in enumerate(tokens[:-1]) if _POSSESSIVE.search(t.strip(",;:"))]
    affiliation = [_POSSESSIVE.sub("", t).casefold() for t in tokens[:owner[-1] + 1]] if owner else []
    if owner and tokens[owner[-1] + 1][:1].isupper():
        tokens = tokens[owner[-1] + 1:]
    else:
        affiliation = []
    tokens = [_POSSESSIVE.sub("", t.strip(",;:")) for t in tokens if not t.strip(",;:").isdigit()]
    tokens = [t for t in tokens if t]
    if tokens:
        tokens[0] = ELISION.sub("", tokens[0]) or tokens[0]   # "L’OTAN" is OTAN
    if tokens and len(tokens[-1].rstrip(".")) > 1 and not title_word(tokens[-1]):
        tokens[-1] = tokens[-1].rstrip(".")  # a sentence's full stop, not an abbreviation
    while tokens and tokens[-1].rstrip(".") in TIME_WORDS:
        tokens = tokens[:-1]
    if not tokens:
        return None, []
    core = _without_generation(tokens)
    tokens, suffix = core, tokens[len(core):]   # "Martin Luther King Jr.": "King" is his surname
    last_title = -1
    for i, t in enumerate(tokens):
        if len(t.rstrip(".")) == 1 and i > 0 and not title_word(tokens[i - 1]):
            continue   # "Steven M. Rosenthal": an initial after a first name, not "M." (Monsieur)
        if i == len(tokens) - 1 and suffix:
            continue   # the word before "Jr." is a surname, whatever else it means
        if i == len(tokens) - 1 and i > 0 and t[:1].isupper() and (
                tokens[i - 1].casefold() in lexicon.HONORIFICS or INITIAL.fullmatch(tokens[i - 1]) or
                has_first_name(tokens[i - 1])):
            continue   # "Peter T. King", "Amy Pope", "Mr. King": the surname, not a title
        # an acronym before a name is a body or an office ("NATO Secretary-General …"); an
        # initial ("Gregory T. Angelo") is part of the name
        if title_word(t) or (_acronym(t) and i < len(tokens) - 1) or \
                t.casefold() in lexicon.ROLE_ADJECTIVES or \
                (t.casefold() in lexicon.NAME_DESCRIPTORS and i < len(tokens) - 2) or \
                (t.casefold() in lexicon.PORTFOLIOS and i < len(tokens) - 2):
            last_title = i
    roles = affiliation + [p.casefold() for t in tokens[:last_title + 1] for p in t.split("-")]
    name = tokens[last_title + 1:]
    for k in range(1, len(name) - 1):
        before = name[:k]
        if has_first_name(name[k]) and not any(has_first_name(t) or len(t.rstrip(".")) == 1 for t in before) \
                and not name[k - 1].endswith(".") and (
                    # (one word before the first name may itself be a first name the lists lack,
                    # "Cornell William Brooks": only a body, a plural, a role or a word that opens
                    # sentences is none)
                    k > 1 or "-" in before[0] or before[0].endswith("s") or before[0] in STARTERS or
                    before[0].casefold() in lexicon.ROLE_NOUNS):
            # "secrétaire général de la Maison-Blanche Bill Daley": the body, then the person
            # its first name opens ("Lee Harvey Oswald", "Tommy Lee Jones" stay whole)
            roles += [p.casefold() for t in name[:k] for p in t.split("-")]
            name = name[k:]
            break
    if not name or not name[0][:1].isupper():
        return None, roles   # a name starts with a capital: "l’ouvreur de 24 ans" is a role
    return " ".join(name + suffix), roles


def split_run(text: str, run: regex.Match[str]) -> tuple[str | None, list[str]]:
    """:func:`split_name` of a capitalised run found in ``text``, read with the words before it."""
    name, roles = split_name(run.group())
    if not name or name.count(" ") < 2:
        return name, roles   # (a body's last word, a first name and a surname: three words at least)
    before = text[max(0, run.start() - N.after_of_reach):run.start()]
    last = before.rsplit(None, 1)[-1:]
    # (the word test first: a pattern for every capitalised run of every text would cost more)
    if last and last[0].casefold() in _OF_WORDS and _AFTER_OF.search(before):
        return _after_body_name(name, roles)
    return name, roles


def _after_body_name(name: str, roles: list[str]) -> tuple[str, list[str]]:
    """The person a run names after the last words of a body's name ("World Andy Coulson" of
    "News of the World Andy Coulson", "Monde Jean Dupont"): from its first first name on, when
    a surname follows and no word before may be a first name ("Cornell William Brooks")."""
    words = name.split()
    k = next((i for i in range(1, len(words) - 1) if has_first_name(words[i])), None)
    if k is None or any(_any_first_name(w) for w in words[:k]):
        return name, roles
    return " ".join(words[k:]), roles + [w.casefold() for w in words[:k]]


def _without_generation(tokens: list[str]) -> list[str]:
    """A name's words without the "Jr.", "Sr." or "II" that follows its surname."""
    end = len(tokens)
    while end > 2 and tokens[end - 1].rstrip(".,") in lexicon.GENERATION_SUFFIXES:
        end -= 1
    return tokens[:end]


def has_first_name(name: str) -> bool:
    first = name.split()[0].casefold() if name else ""
    return first in lexicon.FEMALE_NAMES or first in lexicon.MALE_NAMES


# the hand-kept lists and Faker's, generated (a name of either gender in any of them is of both);
# Faker's lists hold many surnames too ("Clinton", "Park"), so they judge only a word that another
# follows: a lone word in the news is mostly a surname
_MALE_NAMES = lexicon.MALE_NAMES | first_names.MALE
_FEMALE_NAMES = lexicon.FEMALE_NAMES | first_names.FEMALE


def _cut_role_nouns(name: str) -> tuple[str, list[str]]:
    """ "Angeklagte Peter Maier", "Philosoph Sören Kierkegaard": where every noun is capitalised
    (German), the role noun runs into the name; the name starts at its first name."""
    words = name.split()
    if len(words) < 3 or _any_first_name(name):
        return name, []
    k = next((i for i in range(1, len(words) - 1) if _any_first_name(words[i])), 0)
    return (" ".join(words[k:]), [w.casefold() for w in words[:k]]) if k else (name, [])


def _any_first_name(name: str) -> bool:
    """The first word is a first name of the hand-kept or the generated lists ("Hans-Joachim":
    its first part)."""
    first = name.split()[0].casefold().split("-")[0]
    return first in _MALE_NAMES or first in _FEMALE_NAMES


def gender_fits(name: str, gender: str) -> bool:
    """False only when the first name is known to be of the other gender than the pronoun."""
    words = name.split()
    first = words[0].casefold() if words else ""
    male, female = (_MALE_NAMES, _FEMALE_NAMES) if len(words) > 1 else \
        (lexicon.MALE_NAMES, lexicon.FEMALE_NAMES)
    if gender == "m":
        return first not in female or first in male
    if gender == "f":
        return first not in male or first in female
    return True


def name_kind(name: str) -> str:
    """ "person" for two or more capitalised name words that are no place or body, else "org"."""
    tokens = name.split()
    if len(tokens) > 2:
        tokens = _without_generation(tokens)    # "Vann R. Newkirk II", "Joseph R. Biden Jr."
    if len(tokens) < 2 or any(_acronym(t) for t in tokens) or \
            not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()):
        return "org"
    if any(p in lexicon.ORG_WORDS for t in tokens for p in t.casefold().split("-")):
        return "org"
    if any(t in lexicon.ARTICLES_INSIDE_NAMES and tokens[i - 1].casefold() not in ("von", "van", "vom")
           for i, t in enumerate(tokens[1:-1], 1)):
        return "org"    # "Einnahmen der Frauen", "Maxime der Veganer": a noun phrase ("van der" kept)
    if any(t.casefold().endswith(lexicon.ORG_SUFFIXES) for t in tokens):
        return "org"    # German compounds: "Verwaltungsgericht Hannover", "Chemiekonzern Rheinwerk"
    if any(t in _OF_PARTICLES for t in tokens[1:-1]) and not _any_first_name(tokens[0]):
        return "org"    # "Légende de Thor", "Banque de France"; "Charles de Gaulle" is someone
    return "person"


@dataclass
class Entity:
    name: str
    kind: str                       # "person" (two or more name words) or "org"
    roles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    speaker_at: list[int] = field(default_factory=list)


_WORD_IN_RUN = regex.compile(r"\p{L}[\p{L}\p{M}’'\-]*")
_LONG_WORD = regex.compile(r"(?<![\p{L}’'])\p{L}{4,}")


def _headline_lines(flat: str) -> list[int]:
    """The lines in title case ("Hagel Accuses States of Obstruction"), as sorted [start, end)
    bounds, flattened: a position lies in one when bisect_right of it is odd."""
    bounds: list[int] = []
    pos = 0
    for line in flat.splitlines(keepends=True):
        words = _LONG_WORD.findall(line)
        if N.headline_min_words <= len(words) <= N.headline_max_words and \
                sum(w[:1].isupper() for w in words) >= N.headline_capitals * len(words):
            bounds += [pos, pos + len(line)]
        pos += len(line)
    return bounds


class Entities:
    """The people and bodies an article names, with where and in which role."""

    def __init__(self, flat: str, lang: str | None = None):
        self.by_name: dict[str, Entity] = {}
        self.surname: dict[str, str] = {}
        self.subject_mentions: list[tuple[int, str, str]] = []   # names that open a sentence
        self.flat = flat
        self.ages: dict[str, int] = {}
        found = []
        inside: set[str] = set()     # single words capitalised inside a sentence somewhere
        inside_words: set[str] = set()   # words of any name inside a sentence somewhere
        self.nouns_capitalised = nouns_capitalised = lang in lexicon.NOUNS_CAPITALISED
        headline_lines = _headline_lines(flat)
        for m in self._runs(flat, headline_lines):
            if _CREDIT_AFTER.match(flat, m.end()) and flat[:m.start()].rstrip().endswith("("):
                # "SEATTLE (Reuters) -": the agency credited for the story, never "the company"
                # or "the agency" of its sentences
                continue
            name, roles = split_run(flat, m)
            if not name:
                continue
            if nouns_capitalised:
                name, nouns = _cut_role_nouns(name)
                roles += nouns
            before = flat[max(0, m.start() - N.before_window):m.start()]
            opens = _OPENS_SENTENCE.search(before) if _may_open_sentence(before) else None
            found.append((m, name, roles, before, opens))
            if not opens:
                inside_words.update(name.split())
                if " " not in name:
                    inside.add(name)
        for m, name, roles, before, opens in found:
            after = flat[m.end():m.end() + N.after_window]
            full = self.full(name)
            if opens and " " not in name and not name.isupper() and name not in inside and \
                    name not in self.surname and not _SPEAKS_AFTER.match(after) and \
                    not lexicon.PERSON_TITLES.intersection(roles):   # ("Judge Berman took")
                continue   # "Some of my neighbours …": a capital that only opens sentences
            if nouns_capitalised and " " in name and not roles and not _any_first_name(name) and \
                    not _AGE_AFTER.match(after) and not _SPEAKS_AFTER.match(after):
                # "Gesundheitliche Schäden", "Nächste Station": German capitalises every noun
                # and any word that opens a sentence, so capitals only where sentences and
                # subheads open, with no first name, title or age, name nobody (in English
                # they do: "Franson Reneus, 18, disagrees")
                continue
            lead = _ROLE_LEAD.search(before) if not opens and "," in before else None
            subject = bool(opens or (
                before.endswith((", ", "” ", '" ')) and _VERB_AFTER.match(after)) or (   # "…, Medina smiled."
                # "In a statement …, presidential nominee Hillary Clinton was more circumspect"
                lead and lead.group(1).casefold() in lexicon.ROLE_NOUNS and _VERB_AFTER.match(after) and
                not _PREPOSITION_AFTER.match(after)) or (
                _ends_with_comma(before) and _ROLE_OPENS.search(before) and after.lstrip().startswith(",")))
                # "Die Vorsitzende Richterin, Dr. Ursula Meinhardt, sprach": the subject
            kind = name_kind(full)
            if subject and _DATELINE.match(after):
                continue   # "KYIV, Ukraine (AP) —": a dateline, nobody's subject
            if subject and lang in ("fr", "de", "es") and _PAIR_AFTER.match(after):
                subject = False   # "Kerr und er selbst liebten sich": two people, neither the subject
            if subject and (kind == "person" or " " in full or full.isupper()):
                # one capitalised word opening a sentence is mostly just a sentence ("There …")
                self.subject_mentions.append((m.start(), full, kind))
            appos = _ROLE_BEFORE.search(before) if _ends_with_comma(before) else None
            if appos:
                roles += [w.casefold() for w in appos.group(1).split()]
            said = None
            if kind == "person":
                # "Referentin ist Professorin Johanna Rahner", "Jane Doe is the company's chief
                # executive": a role the sentence gives the person (the regexes only where a
                # copula stands next to the name: every run passes here)
                word_before, word_after = before.rsplit(None, 1)[-1:], after.split(None, 1)[:1]
                if word_before and word_before[0] in _COPULAS:
                    said = _ROLE_IS_NAME.search(before)
                elif word_after and word_after[0] in _COPULAS:
                    said = _NAME_IS_ROLE.match(after)
                if said and (said.group(1).casefold() in lexicon.PERSON_ROLE_WORDS or
                             title_word(said.group(1))):
                    roles.append(said.group(1).casefold())
            # "campaign spokesman Brian Fallon": the role printed in lower case before the name
            last = before.split()[-1] if before[-1:].isspace() and before.strip() else ""
            if last.islower() and last in lexicon.ROLE_NOUNS and " " in full and kind == "person":
                roles.append(last)
            elif kind == "person" and " " in full and last in _OF_WORDS and \
                    len(m.group().split()) > len(name.split()):
                # "l'ancien secrétaire général de la Maison-Blanche Bill Daley": the role of a
                # body, then the person (the body's words open the run; "un représentant de
                # Mick Jagger" is someone else's)
                office = _OFFICE_OF.search(before)
                if office:
                    roles += [w for w in office.group(1).casefold().split()
                              if w in lexicon.ROLE_NOUNS or title_word(w)]
            age = _AGE_AFTER.match(after) or ("-year-old" in before and _AGE_BEFORE.search(before))
            if age and kind == "person":
                self.ages[full] = int(age.group(1))
            self.add(name, m.start(), roles)
        for ent in self.by_name.values():
            if ent.kind != "person" and " " not in ent.name and not ent.name.isupper() and \
                    ent.name not in self.surname and ent.roles & lexicon.PERSON_TITLES:
                # "President Obama", "Mr. Obama" in an article that never prints his first
                # name: a person all the same (one named in full keeps the full name)
                ent.kind = "person"
                self.surname[ent.name] = ent.name

    @staticmethod
    def _runs(flat: str, headline_lines: list[int]) -> Iterator[regex.Match[str]]:
        """The capitalised runs of the text; on a headline in title case ("Francois Hollande
        Says Donald Trump …") a run printed nowhere else is cut into the parts whose words the
        text prints again ("Hollande", "Donald Trump"): the headline runs names into verbs."""
        counts: Counter[str] | None = None
        for m in CAP_RUN.finditer(flat):
            if not headline_lines or " " not in m.group() or \
                    bisect.bisect_right(headline_lines, m.start()) % 2 == 0 or flat.count(m.group()) > 1:
                yield m
                continue
            if counts is None:
                counts = Counter(_WORD_IN_RUN.findall(flat))
            words = list(_WORD_IN_RUN.finditer(m.group()))
            for again, group in groupby(words, key=lambda w: counts[w.group()] > 1):
                if again:
                    stretch = list(group)
                    part = CAP_RUN.match(flat, m.start() + stretch[0].start(), m.start() + stretch[-1].end())
                    if part:
                        yield part

    def add(self, name: str, pos: int, roles=()) -> Entity:
        tokens = name.split()
        kind = name_kind(name)
        if len(tokens) == 1 and tokens[0] in self.surname:
            name = self.surname[tokens[0]]
        ent = self.by_name.get(name)
        if ent is None:
            ent = self.by_name[name] = Entity(name=name, kind=kind)
        ent.roles.update(r for r in roles if r not in DETERMINERS)
        bisect.insort(ent.positions, pos)   # kept sorted: "last mention before" is a bisection
        if kind == "person":
            tokens = _without_generation(tokens)   # "Joseph R. Biden Jr." is Mr. Biden, not Mr. Jr.
            self.surname.setdefault(tokens[-1], name)
            # "van Oost", "Le Bihan": a surname of several words, whatever its capitals
            for k in range(1, len(tokens)):
                self.surname.setdefault(" ".join(tokens[k:]).casefold(), name)
        return ent

    def full(self, name: str) -> str:
        if " " not in name:
            return self.surname.get(name, name)
        if self.nouns_capitalised:
            name = _cut_role_nouns(name)[0]
        return self.surname.get(name.casefold(), name)

    def orgs_before(self, pos: int) -> list[Entity]:
        return self.before(pos, "org")

    def persons_before(self, pos: int) -> list[Entity]:
        return self.before(pos, "person")

    @staticmethod
    def last_named(ent: Entity, pos: int) -> int:
        """Where ``ent`` was last named before ``pos`` (named there at least once)."""
        return ent.positions[bisect.bisect_left(ent.positions, pos) - 1]

    def before(self, pos: int, kind: str | None = None) -> list[Entity]:
        """Entities named before ``pos``, the most recently named first."""
        last = []
        for e in self.by_name.values():
            if (kind is None or e.kind == kind) and e.positions and e.positions[0] < pos:
                last.append((self.last_named(e, pos), e))
        last.sort(key=lambda t: t[0], reverse=True)
        return [e for _, e in last]
