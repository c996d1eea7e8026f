"""Who said it: the speaker and cue verb of each quote, resolved to a canonical name.

Evidence is read in the order a careful reader uses it: an attribution right after the quote
("…," he said / said the minister), the clause before it (China said that …), an attribution later
in the sentence (…, underlined the head of NATO), "according to X"; then the previous quote's
speaker for an unattributed quote that continues it, and for a short partial quote the speaker of
a longer quote that contains the same words. Pronouns and roles ("the NATO chief") resolve to the
people the article has named, names lose their titles, and a surname alone becomes the full name.
"""
from __future__ import annotations

import bisect
import collections
import functools
from dataclasses import dataclass

import regex

from . import lexicon
from .extract import BOUNDARY, NAME_THEN_CUE, Span
from .grammar import Grammar, grammar
from .models import Kind, Quote
from .names import (
    CAP_RUN,
    DETERMINERS,
    ELISION,
    INITIAL,
    SENTENCE_ADVERBS,
    STARTERS,
    TIME_WORDS,
    VERB_CLITIC,
    Entities,
    gender_fits,
    has_first_name,
    name_kind,
    split_name,
    split_run,
    title_word,
)
from .normalize import fold
from .settings import SETTINGS
from .tokens import NAME_WORD, TITLE_STOP

A = SETTINGS.attribution

_NP_GLUE = {"of", "for", "de", "du", "d", "von", "vom", "al", "del"} | DETERMINERS
_BODY_AND = ("and", "&")   # inside a body's name: "the Chamber of Industry and Commerce"
_VOICE_OF = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative",
             "official", "officials", "source", "sources", "statement", "porte-parole", "sprecher",
             "sprecherin", "portavoz"}
_QUANTIFIERS = {"many", "some", "several", "most", "other", "few", "two", "three", "four", "five",
                "dozens", "hundreds", "thousands", "all", "both"}
# the endings of a present participle that opens a sentence ("Reporting …", "Citant des …")
_PARTICIPLE_ENDINGS = {"en": ("ing",), "fr": ("ant",), "es": ("ando", "iendo"), "de": ("end",)}
# adverbs that open sentences ("Glücklicherweise begann …", "Heureusement, …"): no subject
_ADVERB_ENDINGS = {"de": ("weise",), "fr": ("ement",), "es": ("mente",)}
_WEEKDAYS = frozenset(lexicon.WEEKDAYS)
_INDEFINITE = {"a", "an", "one", "another", "un", "une", "ein", "eine", "einer", "einem", "eines",
               "einen", "uno", "una"}
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}
_GROUP_HEADS = {"allies", "officials", "leaders", "ministers", "members", "countries",
                "authorities", "lawmakers", "sources", "experts", "analysts", "residents",
                "witnesses", "activists", "prosecutors", "police", "nations", "states",
                "governments", "parties", "groups", "negotiators", "officers", "diplomats"}
_PLURAL_PEOPLE = regex.compile(r"[^s]s$")
_DASH_NAME = regex.compile(rf"({CAP_RUN.pattern})\s*(?:[,.;]|$)")
_HAS_CAPITAL = regex.compile(r"\p{Lu}")
_APPOS_TAIL = regex.compile(r",[^,]{3,80},\s*$")
_HEAD_FIRST = {"fr", "es", "it", "pt"}   # languages whose adjectives follow the noun
_DOCUMENT_PHRASE = regex.compile(
    rf"\b(?:the|a|an|this|that|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?-i:({'|'.join(sorted(lexicon.DOCUMENT_NOUNS | lexicon.THING_NOUNS | {'affidavit', 'email'}))}))\b",
    regex.I)   # a noun in lower case: "the Washington Post" is no post
_DOUBLE_MARK = regex.compile(r'[“”"«»„]')
_VERB_SECOND = ("de",)
_CLAUSE_START = regex.compile(r"[.!?:;]\s+|\n")
_APPOSITION_NAME = regex.compile(r",\s*((?:\p{Lu}[\w.'’-]*\s+){1,3}\p{Lu}[\w'’-]*)\s*(?:,|:|$)")
_POSSESSIVE_END = regex.compile(r"['’]s?$")


def _opens_verb_second(before: str, lang: str | None) -> bool:
    """The clause ``before`` ends in opens with a word that is no subject (a time, a place, an
    adverb), so a verb that follows comes second and its subject after it."""
    words = _CLAUSE_START.split(before)[-1].split()
    if not words:
        return False
    first = words[0].casefold()
    return first in lexicon.VERB_SECOND_OPENERS.get(lang or "", frozenset()) or (
        first in lexicon.SUBORDINATORS.get(lang or "", frozenset()) and before.rstrip().endswith(","))


_MENTION_WORDS = regex.compile(r"(?:\p{Lu}\.){2,}|[\p{L}\p{N}\-’']+")
_DASH_START = regex.compile(r"[\s,.]*[–—―]")
_COMMA = regex.compile(r",\s*")
_CLAUSE_SPLIT = regex.compile(r"[.;!?]\s+")
_YEAR_OLD = regex.compile(r"(\d{1,3})(?:-year-old|-jährige|-jähriger|\s+ans|\s+años)", regex.I)
_PREPOSITIONS = {"à", "au", "aux", "to", "a", "al", "an", "vor", "zu", "en", "in", "dans", "on",
                 "at", "bei", "im", "am", "auf", "sur", "lors", "durante", "tras", "ante"}
_STOPWORDS_ALL = frozenset().union(*lexicon.STOPWORDS.values()) - DETERMINERS
_PARENTHETICAL_TAIL = regex.compile(
    # ", speaking at a rally in Ohio on Saturday," between the subject and its verb
    # (", rVotes' owner,": a brand's possessive)
    # (", 70 ans,", ", 42 Jahre,": an age in words)
    r",\s*(?:(?:\d{1,3}(?:\s+(?:ans|Jahre|años))?|\p{Ll}[\p{L}\s\-’']{0,30}|(?:\p{Lu}\p{Ll}+\s)?\p{Ll}[\p{L}\s\-]{0,30}"
    # (", clad in a red cape with lights that formed the name Trump,": a participle's phrase)
    r"|(?:\p{Ll}+ing|\p{Ll}{2,}ed|clad|dressed|known|born|seen|flanked)\b[^,\"“”«»]{1,80}),|"
    # "Holt, who heads the agency(,) said"; but "the Stonewall Inn, which President Obama
    # declared", "Bannon, who Beck on Wednesday called": with no comma to close it, an object
    # relative's subject is the speaker
    r"(?:whose|qui|quien)\b[^,]{1,160},?|who\b(?!\s+\p{Lu})[^,—–]{1,160},?|"
    r"(?:who|which|whom|dont|que)\b[^,]{1,80},)\s*$")
_NAME_THEN_ROLE = regex.compile(
    rf"(?:^|[\s(])({CAP_RUN.pattern}),\s+(?:(?:the|a|an|his|her|its|their|le|la|l’|l'|el|la|der|die|"
    # "Kevin Brady, chairman of the House Ways and Means Committee,": a role of something
    rf"das|son|sa|su)\b|(?:\p{{Ll}}+|\p{{Lu}}{{2,5}})(?:\s+(?:\p{{Ll}}+|\p{{Lu}}{{2,5}})){{0,5}}\s+"
    # "Jill A. Martin, vice president and assistant general counsel for the Trump Organization,",
    # "Raffaello Pantucci, at the Royal United Services Institute,", "John Bradshaw, professeur
    # invité à l'université de Bristol,"
    rf"(?:of|for|at|to|de|du|des|à|au|aux|chez|en|del|von|bei)\s|(?:at|of|from|with)\s+(?:the\s+)?\p{{Lu}})"
    rf"[^,]{{2,90}},?\s*$")
_BODY_TAIL = regex.compile(r"(?:^|[\s,(])((?i:l[’']|(?:le|la|les|el|los|las|son|sa|ses|leur|leurs|su|sus|"
                            r"un|une|des|ce|cette|ces|uno|una|unos|unas|este|esta)\s+)"
                            r"([\p{L}\-]+)"
                            # ("le directeur de l'hôpital": an elided article inside)
                            r"(?:\s+(?:[ldLD][’'])?(?:\p{Ll}[\p{L}\-]*|\p{Lu}[\p{L}\-]*)){0,5})\s*$")
_CLAUSE_MARKS = regex.compile(r"[,;:()\[\]\"“”«»]|\.\s")
_AGE_APPOSITIVE = regex.compile(r",\s*\d{1,3}\s*,\s*")
_NAME_COMMA_END = regex.compile(rf"(?:^|[\s(])({CAP_RUN.pattern})\s*,\s*$")
_COMMA_NAME = regex.compile(rf",\s*({CAP_RUN.pattern})\s*(?=[,.;]|$)")
# what a French or Spanish role takes after it before the name ("l'experte en intérieurs de
# cabines Mary Kirby", "le directeur de la communication Paul Roux"): a few words, no comma
_ROLE_SCOPE_THEN_NAME = regex.compile(r"\s+(?:en|de|du|des|d['’]|del|chez)\s*"
                                      r"[^,;:.!?«»\"“”()\n]{0,50}?\s(?=\p{Lu})")
_POSSESSIVE_WORD = regex.compile(r"\p{L}[’']s\b")
_ABBREVIATIONS = frozenset(a.casefold() for a in lexicon.NAME_ABBREVIATIONS)
_COMPLEMENTIZER = regex.compile(r"\s*(?:that|whether|if|how|why|what|when)\b", regex.I)
_SIGNED_BEFORE_COLON = regex.compile(
    rf"(?:\s[-–—]|\bfrom)\s+((?:{CAP_RUN.pattern})(?:\s+and\s+(?:{CAP_RUN.pattern}))?)\s*$")
# "this statement by Trump on June 11", "this new headline from the Washington Post": whose words
_WORDS_BY = regex.compile(rf"\b(?:{'|'.join(sorted(lexicon.WORDS_NOUNS))})\s+(?:by|from)\s+(?:the\s+)?"
                          rf"({CAP_RUN.pattern})")
_OBJECT_DETERMINERS_DE = frozenset({"dem", "den", "ihre", "ihren", "ihrem", "seine", "seinen", "seinem",
                                   "einem", "einen"})
# "A l'ARS, on fait valoir …", "Chez Renault, on assure …": the body where "on" speaks
_ON_SOURCE = regex.compile(r"(?:^|[.!?]\s+|\n\s*)(?:À|A|Au|Aux|Chez)\s+(?P<np>[^,.;:!?\n«»\"]{1,60}?)"
                           r"\s*,\s*on\s*$")
_PARTICIPLE_PHRASE_FR = regex.compile(r"(?<=\p{L})\s+\p{Ll}{3,}(?:é|ée|és|ées)\s+"
                                   r"(?:sur|à|au|aux|dans|par|en)\s[^,;:«»\"]{1,60}?\s*$")
_INFINITIVE_AUX_FR = regex.compile(r"\b(?:avoir|être|d['’]avoir|d['’]être)\s+$", regex.I)
_DEFINITE = frozenset({"the", "le", "la", "les", "der", "die", "das", "el", "los", "las"})
# a speech verb and the pronoun of its clause: "(the pop star) said she"
_GENDER_AFTER = regex.compile(r"\s+(?:also\s+|later\s+)?\p{Ll}{3,}\s+(?:that\s+)?(she|he)\b")
_AUXILIARY_TAIL_FR = regex.compile(r"\s+(?:a|ont|avait|avaient)\s*$")
_AUXILIARY_TAIL = regex.compile(r"(?:\s+(?:will|would|has|had|have|did|does|also|later|then))+\s*$")
_NAME_AFTER_PREPOSITION = regex.compile(rf"\b(?:to|for|of|at|with|from|close to|de|du|des|del|chez)"
                                         rf"\s+(?:the\s+|la\s+|l['’])?"
                                         rf"{CAP_RUN.pattern}\s*$")
_INFINITIVE = regex.compile(r"\bto\s*$")
_AND_END = regex.compile(r"\s+and\s+$")
_CONTROL_TAIL = regex.compile(r"\s+(?:(?:was|were|is|are|has|have|had|been|felt|seemed)\s+)?"
                              r"(?:\p{Ll}+ed|wants|decides|chose|seems|went on|goes on|refuses|agrees|"
                              r"vows|threatens|tries|begins|began|needs)\s+to\s*$")
# the last sentence of a paragraph that ends with a colon, right before a quote's paragraph
_INTRO_PARAGRAPH = regex.compile(r"(?:^|[.!?]\s|\n)([^\n.!?]{3,200}:)[ \t]*\n\s*$")
# a role someone has: "his longtime lawyer", "Trump's wife", "Clinton’s press secretary"
_OWNED_ROLE = regex.compile(r"(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|"
                            r"(?P<owner>(?:\p{Lu}[\w.-]*\s+){0,3}\p{Lu}[\w-]*)['’]s?)\s+(?P<role>(?:\p{Ll}[\w-]*\s+){0,2}(?P<head>\p{Ll}[\w-]*))$")
# "his wife, Gabriela Violeta Lazar,": a role, then the name it gives, before a cue verb
_ROLE_THEN_NAME = regex.compile(r"[\s,]*(?P<both>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|"
                                r"(?:\p{Lu}[\w.-]*\s+){0,3}\p{Lu}[\w.-]*['’]s)\s[^,\n\"“”]{2,60},\s+"
                                r"(?P<name>(?:\p{Lu}[\w.'’-]*\s+){1,3}\p{Lu}[\w'’-]*)),?\s*$")


def _then_name(prepositions: str, gap: str, reach: int) -> regex.Pattern[str]:
    """After a role: where it serves (a preposition and up to ``reach`` characters), a comma
    and the name it gives ("his best friend at Lehigh, Bruce Turry")."""
    return regex.compile(rf"(?:\s+(?:{prepositions}){gap}[^,\n]{{1,{reach}}})?,\s+"
                         r"((?:\p{Lu}[\w.'’-]*\s+){1,3}\p{Lu}[\w'’-]*)(?=\s*(?:[,.;]|$))")


_THEN_NAME = _then_name("at|of|from|in|for", r"\s+", 40)
# French, German, Spanish: "le chef aux opérations du Service …, Richard Bordeaux" (an elided
# "d’" runs into its noun, and their bodies' names are longer)
_THEN_NAME_ELSEWHERE = _then_name("de|du|des|d[’']|au|aux|à|del|de la|von|vom|der|bei|für", r"\s*", 80)
_NAME_AFTER_COMMA = regex.compile(r"\s*(?:\p{Lu}[\w.'’-]*\s+){1,3}\p{Lu}[\w'’-]*\s*(?:,|$)")
_OF_COUNT = regex.compile(r"\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s*$")
_LEAD_OPENERS = frozenset("""
but and so yet still now first however meanwhile instead indeed later earlier today yesterday
again about under over after before during while when if although though since despite from
with without throughout following asked like unlike amid because until once by
""".split())
_VERDICT = rf"(?:(?i:{'|'.join(lexicon.VERDICT_OPENERS)})\s+for\s)"
_OPENS_WITH_VERDICT = regex.compile(_VERDICT)
_LAST_WORD = regex.compile(r"(?<![\p{L}’'])(\p{L}+)\s*$")
_PLACE_ADJECTIVE = regex.compile(r"-(?:based|born|bred|area|led)\b")
_NAME_AT_END = regex.compile(rf"(?<![\p{{L}}\p{{N}}])({CAP_RUN.pattern})\s*$")
_NAME_COMMA_START = regex.compile(rf"{CAP_RUN.pattern},\s")
_NEXT_PARAGRAPH_DASH = regex.compile(rf"[^\S\n]*\n\s*[-–—―]\s*({CAP_RUN.pattern})\s*(?:[,.;]|$)",
                                     regex.M)
# "“… without that consensus\nJosh Bivens, Economic Policy Institute.”": a quote block signed on
# its last line, name and affiliation, inside the closing mark (a name alone may end a sentence
# the line broke: "… since\nBill Clinton.”")
_SIGNATURE_LINE = regex.compile(rf"[^\S\n]*\n[^\S\n]*({CAP_RUN.pattern}),[^\n\"“”]{{1,80}}\.?[\"”]"
                                r"[^\S\n]*(?:\n|$)")
_NEW_SENTENCE = regex.compile(r"\s+\p{Lu}")
_CONTRACTION = regex.compile(r"['’](?:s|re|m|ve|ll|d)$", regex.I)
_PERSONAL = frozenset({"he", "she", "they", "i"})
_CONTRACTED_PRONOUN = regex.compile(r"(?<![\p{L}’'])((?i:he|she|they|I))['’](?:s|re|m|ve|d)\s*$")
# "South Carolina, he said, was …": an attribution set inside a sentence, commas around it
_PRONOUN_BEFORE_COMMA = regex.compile(r"\p{L},\s+(?:he|she|they|it|we)\s+$")
_INSERTED_ATTRIBUTION = regex.compile(r"\p{L}+,\s+\p{Ll}")
# after a new sentence's verb, what makes it report more rather than attribute the quote before
# it: a clause or a colon ("He added that …", "Il a ajouté que …", "Er fügte hinzu, es sei …")
_NOT_AN_ATTRIBUTION = {
    # (a day between the verb and its clause: "Politico reported Saturday that …")
    "en": regex.compile(r"\s*(?:(?:on\s+)?(?:%s|today|yesterday|last\s+(?:week|month|year|night))\s+)?"
                        r"(?::|that\b|(?:he|she|they|it|we|i|his|her|the|a)\b)"
                        % "|".join(lexicon.WEEKDAYS[:7]), regex.I),
    "fr": regex.compile(r"\s*(?::|que\b|qu['’]|(?:il|elle|ils|elles|on)\b)", regex.I),
    # a German verb's reported clause follows a comma ("sagte, er sei …"; "sagte Müller," is
    # an inverted subject first)
    "de": regex.compile(r"\s*(?::|,|dass\b)", regex.I),
    "es": regex.compile(r"\s*(?::|que\b)", regex.I),
}
_LINKING_WORD = regex.compile(r"\b(?:by|while|when|after|before|in|without)\s*$", regex.I)
_OPENING_NAME = regex.compile(rf"(?:^|[.!?]\s+|\n)\s*(?:(?:But|And|So|Yet|Still|Then|Now|As)\s+)?"
                              # "Last week, J.J. Goldberg, editor …, an … newspaper …, wrote"
                              rf"(?:\p{{Lu}}[^,\n\"“”.!?]{{1,60}},\s+)?"
                              rf"({CAP_RUN.pattern}),\s+[^\n]{{2,160}},\s*$")
# what news prints after an unnamed source and before its verb
_SOURCE_POSTMODIFIER = regex.compile(
    r"\s+(?:familiar with|close to|with (?:direct |first-hand |firsthand )?knowledge of|briefed on|"
    r"involved in|who (?:spoke|asked|requested|declined)\b)[^,;:.!?\"“”]{1,80},?\s*$")
# the full stop of a title or an initial ("Rep. Jason Chaffetz", "Paul D. Ryan"), which ends no clause
_TITLE_DOT = regex.compile(rf"(?<=\b(?:{TITLE_STOP}|\p{{Lu}}))\.")
# right after a verb, with no comma between, an opening mark (the verb's own quote follows)
_QUOTE_BEFORE_SENTENCE_END = regex.compile(r"[^.!?\n“”\"«»„,]{0,60}[“\"«„]")
_LABEL = r"(\p{Lu}[\p{Lu}’'\-]+(?: \p{Lu}[\p{Lu}’'\-]+){0,2}):\s+(?=\S)"   # "PENCE: Well, …"
_TRANSCRIPT_LABEL = regex.compile(_LABEL)
_PARAGRAPH_LABEL = regex.compile(rf"(?m)^[\s\"“„«]*{_LABEL}")   # one opening a paragraph
_INVERTED_ADVERBIAL = regex.compile(
    rf"\s*(?:{'|'.join(sorted(lexicon.INVERTED_ADVERBIALS, key=len, reverse=True))}"
    r"|(?:à|au|aux|auprès\s+de|gegenüber|a)\s+(?:l[’']|la\s+|le\s+|les\s+|der\s+|dem\s+|den\s+)?"
    r"\p{Lu}[\p{L}\-]*)\s*,?(?=\s)", regex.I)
# a new sentence after a quote that says whose it was by pointing back at it: "That is what
# the minister said", "So said Smith", "C'est ce qu'a déclaré le ministre", "Das sagte Müller",
# "So formulierte es die Kanzlerin"; the words it leaves before the verb are its subject (none:
# the subject follows the verb)
_RESTATING = {
    "en": regex.compile(r"\s*(?:(?:That|This)(?:\s+is|\s+was|['’]s)\s+what\s|So\s*$)"),
    "fr": regex.compile(r"\s*(?:C['’]est|Voilà|Voici|Tel est)\s+ce\s+(?:qu['’]|que\s)"),
    "de": regex.compile(r"\s*(?:Das|Dies|So)\s*$"),
}
# a German noun's phrase and the clause's verb after it: "der Polizei| war der Mann"
_NOUN_THEN_VERB_DE = regex.compile(r"(?<=\p{Lu}[\p{L}\-]*)\s+"
                                   r"(?!(?:der|die|das|des|dem|den|von|vom|für|zur|zum)\b)\p{Ll}.*$",
                                   regex.S)
_OBJECT_IT_DE = regex.compile(r"\s*es(?=\s)")
_INVERTED_PRONOUN = regex.compile(r"(?:-t)?-(?:il|elle|ils|elles|on)$", regex.I)
_DAY_FIRST = regex.compile(
    rf"\s*(?:(?:on|this|last|am|le|ce|el|este)\s+)?(?:{'|'.join(lexicon.WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night|matin|soir|après-midi|morgen|vormittag|nachmittag|"
    r"abend|por\s+la\s+(?:mañana|tarde|noche)))?\s*,?(?=\s)"
    r"|\s*(?:yesterday|today|hier|aujourd[’']hui|gestern|heute|ayer|hoy)\s*,?(?=\s)", regex.I)
_ISSUED = regex.compile(r"\b(?:issued|released|put\s+out|sent\s+out|published|posted)\b")
# a subject of common nouns that a conjunction or a comma opens: "when a young boy", ", and many
# commentators" (the words after the determiner are checked against the stop words)
_COMMON_SUBJECT = regex.compile(
    r"(?:^|[,;]\s*|\b(?:when|as|while|and|but|after|before|because|where|until|then|so)\s+)"
    r"((?:a|an|the|one|another|some|many|most|several|other|two|three|four|five|dozens\s+of)\s+"
    r"((?:[\p{Ll}\-’']+\s+){0,3}?[\p{Ll}\-]+))\s*$")
_PASSIVE_TAIL = regex.compile(r"\b(?:was|were|is|are|been|being|be)\s+$")
_PASSIVE_BY = regex.compile(r"\s+by\s+")
_QUOTED_AS = regex.compile(r"\s+(?:was|were|is|are|been)\s+(?:\p{Ll}+ly\s+)?(?:quoted|cited|recorded|heard)"
                           r"\b[^.!?\n]{0,120}?\bas\s*$")
# between a verb of saying and a verb of belief whose subject is the same speaker: "said he",
# "told reporters that she"
_AND_SUBJECT = regex.compile(r"\s*(?:and|but|while|whereas|when|after|before|because|since|until|"
                             r"although|though|once)\s+[^“”\"«»„]+$")
_SAID_IT = regex.compile(r"(?:\s+that)?\s+(?:it|this)(?:\s+\w+ly|\s+also)?\s+")
_SAID_HE = regex.compile(r"(?:\s+[\w’'.]+){0,3}?(?:\s+that)?\s+(?:he|she|they|we|I)"
                         r"(?:\s+\w+ly|\s+still|\s+also)?\s+")
# a past participle and its preposition open a clause ("Dismissed from his position …, he")
_PAST_PARTICIPLE_OPENER = regex.compile(
    r"\p{Lu}\p{Ll}{2,}ed\s+(?:from|by|as|in|at|for|with|to|on|after|about|during|under|over|into|"
    r"without|before|since)\b")
# "Retraité depuis 2008, il a participé …": the French past participle opens a clause
_PARTICIPE_PASSE = regex.compile(r"\p{Lu}\p{Ll}{3,}(?:é|ée|és|ées)\s+(?:depuis|en|à|par|de|du|des|pour|"
                                 r"après|avant|sur|dans|avec|lors)\b")
# verbs whose object is whom the words were told: "…, told the AFP" names no speaker after it
_ADDRESSEE_CUES = frozenset({"told", "tells", "telling", "informed", "assured", "reminded"})
# "Démis de son poste …, il", "Interrogé par l'AFP, elle": a participle's clause, then the subject
_PARTICIPE_CLAUSE = regex.compile(
    r"\s*\p{Lu}\p{Ll}{2,}(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues|it|ite|its)\s+(?:depuis|en|à|au|aux|"
    r"par|de|du|des|pour|après|avant|sur|dans|avec|lors)\b[^,;:\n\"«»“”]{0,150},\s*")
# a speech verb that opens its sentence, its subject after it
_SAID_OPENER = regex.compile(r"(?<=^\s*)(?:Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Replied|"
                             r"Recalled|Recalls|Explained|Explains|Noted|Notes|Stated|States|Declared|"
                             r"Declares|Insisted|Insists|Argued|Argues|Continued|Continues|Warned|Warns|"
                             r"Quipped|Tweeted)(?=\s+\p{Lu})")
_PARTICIPLE = regex.compile(r"(?:ing|ant)(?:\s+out)?\s*$", regex.I)
# "(D-Mo.)", "(R)", "(pictured)": a bracket after a name is no part of the phrase's end
_AS_OPENS = regex.compile(r"^\s*as\s+(?=\S)", regex.I)
# (a named antecedent only: "a young woman who suggested that …" is mostly inside another's
# attribution, whose speaker PolNeAR and readers take)
_RELATIVE_END = regex.compile(r"(?<=\p{Lu}[\p{L}.]*),?\s+(?:who|which)\s*$")
_BRACKET_TAIL = regex.compile(r"\s*\([^()\n]{1,40}\)\s*$")
# "A letter from the American Legion obtained by The Associated Press (warns)": who obtained,
# released or published a document, or whom a source spoke to, is no subject of its verb
_AGENT_TAIL = regex.compile(r"\s+(?:(?:obtained|released|published|seen|reviewed|"
                            r"shared|provided|first reported|cited)\s+by|"
                            # "Another intelligence source speaking to Fox News (said)"
                            r"(?:speaking|talking|writing)\s+(?:to|with|in|for|on))\s+[^,;:\n\"“”]{2,60}$")
_BRACKETS = regex.compile(r"\s*\([^()\n]{1,40}\)")
# a verb in the past after a quote and who did it: "an angry Hollande retaliated", "Trump went on"
_ANY_VERB_AFTER = regex.compile(r"\s+((?:\p{Ll}{3,}ed|went on|shot back|fired back|chimed in|"
                                r"piped up|broke in|cut in))\b(?=\s*[.,;:!?—–]|\s+\p{Ll})")
_PP_WORD = regex.compile(r"\s(?:in|at|during|on|with|after|before|via|through)\s")
_PLACING_WORDS = frozenset({"of", "from", "at", "with", "in"})
_PP_AFTER_SUBJECT = regex.compile(
    # the subject opens its clause ("when Trump in his announcement speech called"); a name
    # after a verb or a preposition is an object ("to leave the European Union in the June 23
    # referendum posted")
    rf"(?:^|(?<=(?:^|[,;:]|\b(?:that|when|while|because|as|and|but|if|since|so|then|where))\s+))"
    rf"((?:{CAP_RUN.pattern})|\b(?:he|she|they|we|I)\b)\s+(?:in|at|during|on|with|after|before|via|"
    rf"through)\s+(?:a|an|the|his|her|their|its|this|that|one|another|several)\s[^,;:.!?\n\"“”]{{0,60}}$")
_SOMEONE_FROM = regex.compile(r"(?:^|(?<=[\s,(]))((?i:an?|one|another)\s+(?:[\p{Ll}\-]+\s+){0,2}?"
                               r"([\p{Ll}\-]+))\s+(?:from|in|of|at)\s+$")
_PERSON_FROM = regex.compile(rf"(?:^|(?<=\s))({CAP_RUN.pattern})\s+(?:of|from|at|with)\s+$")
_WITH_ABSOLUTE = regex.compile(
    r"(?:^|[\s,(])with\s+((?:(?:the|a|an|many|some|several|two|three|dozens\s+of|hundreds\s+of|"
    r"thousands\s+of|his|her|their|its)\s+)?(?:[\p{L}\-’'.]+\s+){0,4}?[\p{L}\-’'.]+)\s+$")
_AFFILIATION = regex.compile(r"\s(?:of|at|from|for|with)\s")
# where someone works, after their name: "Dan McLaughlin at the National Review", "Kent Craver
# von Boeing" (a name of two words or more before it: "Ursula von der Leyen" is one name)
_AFFILIATIONS = {"en": _AFFILIATION, "de": regex.compile(r"\s(?:von|vom|bei)\s")}
# what ends a speaker phrase read forwards: punctuation, a clause, a preposition of place or time
_CHUNK_STOP_WORDS = frozenset("""
who whom whose which that when while after before during in at on to from about as because if
since until where with without via by referring adding saying noting explaining according and but
or than said says told added wrote asked whether why how
""".split())
_CHUNK_STOP_PUNCT = set(",;:!?()[]\"“”«»—–/")
# words that make the words before a cue verb a clause rather than its subject
_CLAUSE_WORDS = frozenset("""
who whom whose which when while because if since until where and but or than said says told
added wrote asked is are was were has have had will would could should can may might do does did
""".split())
_NEVER_A_NAME = frozenset("""
and but or so then yet also as if when while because that this these those there here you
""".split())
_NP_OPENERS = frozenset("""
the a an one another his her their its this that these those some many several both each every
our my two three four five other others most few
""".split())
# "said of Mr. Rubio:", "wrote for the Times:": whom or where, not who
_NO_OPENER = (_CHUNK_STOP_WORDS - _NP_OPENERS) | {"that", "of", "for"}
# what may open a sentence before its subject: a conjunction, an adverb, an introductory phrase
# the verb right after a subject, past an adverb or an auxiliary: "… has repeatedly called"
_VERB_AFTER_SUBJECT = regex.compile(
    r"(?:\s+\([^()\n]{1,24}\))?(?:\s+(?:also|later|then|again|once|repeatedly|often|has|have|had|will|would|did|does|do|"
    r"not|never|\p{Ll}+ly))*\s+(?!(?:and|or|of|in|on|at|to|for|with|who|which|that|the|a|an|is|"
    r"was|were|are|be|been|being)\b)(\p{Ll}{3,})\b")
_PROGRESSIVE = regex.compile(r"\s+(?:is|was|are|were)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ing)\b")
# an appositive of two words or more, not a list's next item (", writers,") nor a participle's
# clause (", often appearing to lack …,")
_APPOSITIVE_AHEAD = regex.compile(r",\s+(?!\p{Ll}+(?:ly|ing)\b|often\b)[^,.;:\n“”\"\s]+\s[^,.;:\n“”\"]{1,90},"
                                  r"(?=\s+\p{Ll})")
_PREPOSITIONS_DE = frozenset("""
mit von vom für gegen über bei beim zu zum zur an am auf aus nach vor hinter neben unter zwischen
durch ohne um seit laut dank wegen trotz
""".split())
_SUBJECT_VERB = regex.compile(r"\s+(?:is|was|has|had|did|does|\p{Ll}+ed|\p{Ll}+s)\b")
_VERB_NEXT = regex.compile(r"(?:\s+(?:also|later|then|again|once|repeatedly|has|had|have))*"
                           r"\s+(?!(?:and|or|of|in|on|at|to|for|with|who|which|that|the|a|an|this|"
                           r"these|those|his|its|is|was|as|us|thus|yes|less|unless|across)\b)"
                           r"\p{Ll}+(?:ed|s)\b")
# "WASHINGTON — Sen. Chuck Grassley said …", "KYIV, Ukraine (AP) —": a dateline opens the text
# ("PHILADELPHIA, July 25 (UPI) —", "WASHINGTON, Sept. 12 -": a wire's date after the place)
_DATELINE_DATE = (r"(?:,?\s+(?i:" + "|".join(lexicon.MONTHS + lexicon.MONTH_ABBREVIATIONS) +
                  r")\.?\s+\d{1,2}(?:,\s*\d{4})?)?")
_DATELINE_OPENER = regex.compile(r"\p{Lu}[\p{Lu} .,'’\-]{2,40}" + _DATELINE_DATE +
                                 r"\s*(?:\([^)\n]{1,20}\))?\s*[—–-]\s*|"
                                 # "Washington (AFP) – ": a place in any case, then the agency
                                 r"\p{Lu}[\p{L} .,'’\-]{2,40}" + _DATELINE_DATE +
                                 r"\s*\(\p{Lu}[\p{Lu}\p{L} ]{1,20}\)\s*[—–-]\s*")
_LEAD_WORDS = regex.compile(r"(?:(?:But|And|So|Yet|Still|Then|Now|First|Also|However|Meanwhile|"
                            r"Instead|Indeed|Later|Earlier|Today|Yesterday|Again)\b,?\s+)"
                            r"(?:(?i:then|now|also|later|still|yet|so)\b,?\s+)*")
_INTRO_PHRASE = regex.compile(
    r"(?:(?:In|On|At|After|Before|During|When|While|As|If|Although|Though|Since|Despite|From|"
    r"With|Without|Throughout|Following|Asked|Under|Over|For|Like|Unlike|Amid|Because|Until|"
    r"Once|By|Earlier|Later|Last|This|Next|Given|Based|Specifically|Besides|Beyond|Overall|"
    r"Instead|Still|Yet|Indeed|Apparently|Clearly|Perhaps|Back|Shortly|Immediately|Soon|Of|Early|"
    r"Outside|Inside|Near|Across|Around|Beside|Behind)\b|"
    rf"{_VERDICT}|"   # "Lucky for us, the …"
    # "Speaking at …,", "Dismissed from his post …,": a participle's clause, then the subject
    r"(?:\p{Lu}\p{Ll}+ly\s+\p{Ll}+ing\b)|"   # "Hastily politicizing the tragedy, Trump"
    r"\p{Lu}\p{Ll}+ing\b|\p{Lu}\p{Ll}{2,}ed\s+(?:from|by|as|in|at|for|with|to|on|after|about|during|"
    r"under|over|into|without|before|since)\b|"
    # "Hours later,", "A few days later,", "Two weeks ago,": a time, then the subject
    r"(?=[^,;:\n\"“”]{0,30}\b(?:later|earlier|ago),))"
    r"[^,;:\n\"“”]{0,120},\s*")
_IN_PLACE_END = regex.compile(rf"\bin\s+(?:{CAP_RUN.pattern}),\s*$")
_PLACE_AFTER = regex.compile(rf"(?:{CAP_RUN.pattern}),\s*(?=\p{{Lu}}|(?:on|this|last|late|early)\s)")
# a second opening phrase after the first: "On Thursday, after remaining neutral …, Warren"
_INTRO_AGAIN = regex.compile(
    r"(?:after|before|during|when|while|as|since|despite|following|amid|like|unlike|in|on|at)\b"
    r"[^,;:\n\"“”]{0,120},\s*")
# what an introductory phrase's comma may leave before the subject: "At a rally in Portsmouth,
# N.H., on Tuesday, Senator Bernie Sanders …"
_INTRO_MORE = regex.compile(
    # "On July 6, 2015, Sanders": the year of a date
    r"(?:(?<=\d,\s*)\d{4}\s*,\s*)?"
    rf"(?:(?:\p{{Lu}}(?:\.\p{{Lu}})+\.|\p{{Lu}}\p{{Ll}}{{1,4}}\.)\s*,\s*)?"
    rf"(?:(?:on|late|early|this|last)\s+(?:{'|'.join(w.title() for w in lexicon.WEEKDAYS)})"
    rf"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*)?"
    # "Preceded at the lectern by Joe Arpaio, the Arizona sheriff, Trump": the appositive of the
    # phrase's last name, then the subject
    r"(?:(?<=\p{Lu}\p{Ll}+,\s*)(?:the|a|an)\s+[^,;:\n\"“”]{1,60},\s*(?=\p{Lu}))?")
# a phrase right before the quote that gives its words to someone: "in the words of a senior
# adviser,", "in Forbes’ words,", "in her words,"
_IN_WORDS_OF = regex.compile(
    r"(?P<cue>\b[Ii]n\s+(?:the\s+(?:own\s+)?words\s+of\s+(?P<of>[^,;:.“”\"]{2,80}?)|"
    r"(?P<own>(?:\p{Lu}[\w.-]*\s+){0,3}\p{Lu}[\w-]*[’']s?|his|her|their)\s+(?:own\s+)?words)),\s*$")
_APPOSITIVE_NAME = regex.compile(r",\s+((?:\p{Lu}[\w.'’-]*\s+){1,3}\p{Lu}[\w'’-]*),")
_LOWER_WORD = regex.compile(r"(?<![\p{L}’'])\p{Ll}{2,}")
# the phrase an impersonal cue's source stands in ("heißt es in der Pressemitteilung", "aus
# Koalitionskreisen hieß es", "war in der Zeitung zu lesen"): before the cue, up to it
_SOURCE_PREPOSITION = rf"(?i:{'|'.join(lexicon.SOURCE_PREPOSITIONS)})"
_SOURCE_BEFORE = regex.compile(rf"(?:^|(?<=[\s,]))(?P<aux>(?:war|ist|sei|waren|sind|stand|steht)\s+"
                               rf"(?:\p{{Ll}}+\s+)?)?{_SOURCE_PREPOSITION}\s+(?P<np>[^,.;:!?\n]{{1,100}}?)\s*$")
_SOURCE_AFTER = regex.compile(rf"\s*{_SOURCE_PREPOSITION}\s+")
# "But as the Global Times noted in an op-ed Thursday, …": an aside that names a source
_AS_ASIDE = regex.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?[Aa]s\s+(?P<body>[^,;:“”\"]{1,140}),\s")
# words that open a phrase for some people, not one of them: "those surveyed", "many voters"
_SOME_PEOPLE = frozenset({"those", "these", "some", "many", "most", "few", "several", "all", "both"})
# a clause that opens the sentence before its subject ("After …", "Saying …", "Disant …"), and
# the subject after the clause, per language
_CLAUSE_THEN_SUBJECT = {
    "en": (regex.compile(r"\s*(?:After|Before|When|While|Although|Though|Because|Since|If|Once|Until|"
                         r"As|\p{Lu}\p{Ll}{2,}ing)\s"),
           regex.compile(rf"\s*,?\s*(he|she|they|we|I|(?:{CAP_RUN.pattern}))\s+(?:was|were|is|are|has|"
                         r"had|have|would|will|\p{Ll}+ed)\b")),
    "fr": (regex.compile(r"\s*(?:Après|Avant|Quand|Lorsque|Alors qu|Bien qu|Parce qu|En \p{Ll}{2,}ant|"
                         r"\p{Lu}\p{Ll}{2,}ant)[\s'’]"),
           regex.compile(rf"\s*,?\s*(il|elle|ils|elles|(?:{CAP_RUN.pattern}))\s+(?:a|avait|est|était|"
                         r"ont|avaient|sont|\p{Ll}+[ée])\b")),
}
_EXPLETIVE = frozenset("there here that this what where".split())
_SUBJECT_STOP = frozenset("""
has have had is are was were will would could should can may might must do does did also
now then still just already never always often who whom whose which that to not n't
in on at after before with over during from into by against about across through under
went said told gave took made came got began saw put ran left brought thought felt found kept
held stood sent spent won lost met paid led fell wrote spoke chose rose drove broke knew grew
threw became sat hit set cut let heard meant built sold says tells cast
""".split()) | frozenset(a for a in lexicon.ADVERBS if " " not in a)


@dataclass(frozen=True, slots=True)
class Found:
    """What the sentence around a quote says of who said it: the mention and the cue as
    printed, with their offsets, and the rule that read them."""

    mention: str | None = None
    at: int = -1
    cue: str | None = None
    cue_at: int = -1
    rule: str = ""
    main_cue: str | None = None


def _role_fits(role: str, gender: str) -> bool:
    """A role that names a person ("neighbour", "habitant de Jomba") of a gender the pronoun
    allows: "spokeswoman" is no "he"."""
    words = {p for w in role.casefold().split() for p in (w, *w.split("-"))}
    persons = words & lexicon.PERSON_ROLE_WORDS
    if not persons:
        return False
    # "the crowd", "residents": many, so "they", never "he" or "she"
    many = all(w in lexicon.COLLECTIVE_ROLE_WORDS or (w.endswith("s") and w[:-1] in lexicon.PERSON_ROLE_WORDS)
               for w in persons)
    if gender == "p" or many:
        return gender == "p" and many
    other = {"f": lexicon.MALE_ROLE_WORDS, "m": lexicon.FEMALE_ROLE_WORDS}.get(gender, frozenset())
    return not words & other


def _owner_word(low: str) -> bool:
    """ "minister's", "company’s": a role or a body that owns the role after it ("the
    company’s chief executive" is someone of the company's, not "chief executive" alone)."""
    stem = _POSSESSIVE_END.sub("", low)
    return stem != low and (stem in lexicon.ROLE_NOUNS or stem in lexicon.ORG_HEADS)


def _word_before(s: str, pos: int, start: int = 0) -> str:
    """The word that ends ``s[start:pos]``, in lower case ("" when none does)."""
    word = _LAST_WORD.search(s, start, pos)
    return word.group(1).casefold() if word else ""


_INDEFINITE_ROLE = regex.compile(r",\s+(?:a|an)\s", regex.I)
# where "a spokesman for Disney", "un représentant de Jagger" is someone new, not whom the name
# names (German's nouns, all capitalised, are read apart)
_INDEFINITE_SOMEONE_NEW = ("en", "fr", "es")


def _possessive_gap(gap: str, word: str) -> bool:
    """``gap``, between ``word`` and the next word, is the bare apostrophe of a possessive that
    ends in s or z ("Sanders’ campaign"): no end of a phrase."""
    return gap.strip() in ("’", "'") and word[-1:] in "sSzZ"


def _open_indefinite(s: str, pos: int) -> bool:
    """At ``pos`` an "a …" or "an …" phrase opens after a comma and no comma closes it."""
    m = _INDEFINITE_ROLE.match(s, pos)
    return m is not None and "," not in s[m.end():]


_GATHERINGS = frozenset({"men", "women", "people", "crowd", "audience", "children"})


def _many(word: str) -> bool:
    """A noun for several people or a gathering ("attendees", "women", "the crowd"): no
    appositive of one person's name."""
    w = word.casefold()
    if w in _GATHERINGS:
        return True
    return w in lexicon.PERSON_ROLE_WORDS and w.endswith("s") and (
        w[:-1] in lexicon.PERSON_ROLE_WORDS or w[:-2] in lexicon.PERSON_ROLE_WORDS)


def _governed(s: str, pos: int) -> bool:
    """The word before ``pos`` makes what starts there an object or the second of a pair."""
    return _word_before(s, pos) in lexicon.OBJECT_MARKERS


def _object_before(before: str, mention: str) -> bool:
    """``mention``, which ends ``before``, follows a preposition that makes it an object
    ("wrote to Loretta E. Lynch"; not "with the union calling", whose subject it is)."""
    head = before.rstrip()
    return head.endswith(mention) and \
        _word_before(head, len(head) - len(mention)) in lexicon.OBJECT_PREPOSITIONS


@functools.lru_cache(maxsize=256)
def _modifies(head: str) -> regex.Pattern[str]:
    """What follows a name that modifies ``head``: "('s) election board"."""
    return regex.compile(rf"(?:['’]s)?(?:,\s+(?:a|an|the))?(?:\s+[\w-]+){{0,4}}?\s+{regex.escape(head)}\b",
                         regex.I)


def _agent_phrase(phrase: str) -> str | None:
    """``phrase`` without its trailing adverbs ("Trump reportedly"), when its head can act: a
    name, a role, a document, or a noun of someone who does ("marchers", "spectators")."""
    words = phrase.split()
    while len(words) > 1 and words[-1].endswith("ly") and words[-1][:1].islower():
        words.pop()
    head = words[-1].casefold()
    if head in _STOPWORDS_ALL:
        return None
    if words[-1][:1].isupper() or head in lexicon.ROLE_NOUNS or head in lexicon.DOCUMENT_NOUNS or \
            head in lexicon.THING_NOUNS or head.endswith(_AGENT_ENDINGS):
        return " ".join(words)
    return None


_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")


def _nearest(nearest: regex.Match[str] | None,
             cue: regex.Match[str]) -> tuple[regex.Match[str], str | None]:
    """``(cue, main)``: the participle nearest the quote when one was passed over for its
    subject's verb ("he said, adding that …" brings the quote with "adding", said by "he")."""
    return (nearest, cue.group()) if nearest is not None else (cue, None)


@functools.cache
def _reversed(pattern: regex.Pattern) -> regex.Pattern:
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)


def _last_match(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """The last of ``pattern``'s matches in ``text``, scanning forward as ``finditer`` does."""
    last = None
    for m in pattern.finditer(text):
        last = m
    return last


def _a_time(phrase: str) -> bool:
    """A day or a month, which is no speaker ("… “a very decent man” Tuesday, hours after …"),
    or a short phrase of time, lower case after its first word ("The other night, he said",
    "Two weeks after"; not "a document he drew up last year")."""
    phrase = phrase.strip(" ,.")
    words = phrase.split()
    if len(words) > 1 and words[0].capitalize() in TIME_WORDS and \
            all(w.rstrip(".,").isdigit() for w in words[1:]):
        return True     # "Juni 2005" of "Am 18. Juni 2005 hinterließ Coulson …", "June 18"
    return phrase.capitalize() in TIME_WORDS or (
        1 < len(words) <= A.time_phrase_words and words[-1] in lexicon.TIME_NOUNS and
        all(w.islower() for w in words[1:]))


def _strip_end(pattern: regex.Pattern, replacement: str, s: str) -> str:
    """``pattern.sub(replacement, s)`` for a pattern anchored at the end of ``s``, matched from
    the end: the engine no longer tries every position of a long clause (six times faster)."""
    m = _reversed(pattern).search(s)
    return s[:m.start()] + replacement if m and m.end() == len(s) else s


def _without_leading_determiners(words: list[str]) -> list[str]:
    """A phrase's words as printed after its articles and a count ("le chef de la police" ->
    "chef de la police", "the 32 NATO allies" -> "NATO allies"), an elided one cut from its
    noun ("l'armée"); none ends one ("The Standard a, quant à lui, indiqué": the French
    auxiliary, an English article)."""
    k, end = 0, len(words)
    while k < end and (words[k].casefold() in DETERMINERS or words[k].isdigit()):
        k += 1
    while end > k and words[end - 1].casefold() in DETERMINERS:
        end -= 1
    return [ELISION.sub("", w) or w if i == k else w for i, w in enumerate(words)][k:end]


def _plain_name(run: str) -> str:
    """A capitalised run without the titles and English function words that open it."""
    tokens = run.split()
    while tokens and (title_word(tokens[0]) or tokens[0].casefold() in DETERMINERS or
                      tokens[0].casefold() in lexicon.STOPWORDS["en"]):
        tokens = tokens[1:]
    return " ".join(tokens)


class Attributor:
    """Attributes the quotes of one source, in reading order."""

    def __init__(self, text: str, flat: str, lang: str | None):
        self.text = text
        self.flat = flat
        self.g: Grammar = grammar(lang)
        self.entities = Entities(flat, lang)
        self.speakers: list[tuple[int, str, str]] = []     # (position, canonical, kind)
        self._voices: frozenset[str] | None = None
        self._subject_lists: tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]] | None = None

    @property
    def subjects(self) -> list[tuple[int, str, str]]:
        """Named subjects of speech verbs, found on first need (many articles never need them)."""
        return self._speech_subject_lists()[0]

    @property
    def role_subjects(self) -> list[tuple[int, str, str]]:
        """The people that subjects of speech verbs name by a role ("the candidate said"):
        antecedents for pronouns only, since a role read from the speakers before it would
        otherwise vouch for its own reading."""
        return self._speech_subject_lists()[1]

    def _speech_subject_lists(self) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
        if self._subject_lists is None:
            self._subject_lists = ([], [])   # while they are being found, resolving a body sees none yet
            self._subject_lists = self._speech_subjects()
        return self._subject_lists

    def _speech_subjects(self) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
        """Named subjects of speech verbs outside quotes, the antecedents pronouns look for, and
        the people subjects name by a role."""
        out = []
        by_role = []
        for cue in self.g.cue.finditer(self.flat):
            head = self.flat[max(0, cue.start() - A.subject_window):cue.start()]
            if not _HAS_CAPITAL.search(head, max(0, len(head) - A.subject_capital_reach)):
                continue   # no name can end right before this verb
            cut = max(head.rfind("\n"), head.rfind(". "), head.rfind("xxx") + 2)
            if self.g.lang in _VERB_SECOND and _opens_verb_second(head[cut + 1:], self.g.lang):
                # "Am Abend erklärte er": the subject follows the verb ("Am Abend" is none)
                after = self.flat[cue.end():cue.end() + A.subject_window]
                mention = self._inverted_subject(after, people_only=True)
            else:
                mention = self.np_before(head[cut + 1:])
            if not mention or self.g.is_pronoun(mention):
                continue
            if "," in mention:
                mention = mention.rsplit(",", 1)[1].strip() or mention   # "X's pollster, Y"
            of = _AFFILIATIONS[self.g.lang].search(mention) if self.g.lang in _AFFILIATIONS else None
            if of and mention[:1].isupper() and self._a_person(mention[:of.start()]) and \
                    " " in mention[:of.start()].strip():
                mention = mention[:of.start()]    # "Dan McLaughlin at the National Review"
            name, _ = split_name(mention)
            if name:
                name = self.entities.full(name)
                if name_kind(name) == "person":
                    out.append((cue.start(), name, "person"))
            elif {w.casefold() for w in mention.split()} & lexicon.ORG_HEADS:
                body, kind = self._role(_MENTION_WORDS.findall(mention), cue.start())
                if body and kind == "org":
                    out.append((cue.start(), body, "org"))   # "Le ministère assure …"
            elif self.g.lang == "en" and mention.split()[0].casefold() == "the" and \
                    mention.split()[-1].casefold() in lexicon.PERSON_ROLE_WORDS and \
                    not mention.endswith("s"):
                # "the candidate said families … file lawsuits. “They sue,” he said": the one
                # the role names, whom "he" means before anyone named earlier
                who, kind = self._role(_MENTION_WORDS.findall(mention), cue.start())
                if who and kind == "person":
                    by_role.append((cue.start(), who, "person"))
        return out, by_role

    # -- noun phrases --------------------------------------------------------------------

    def _a_person(self, run: str) -> bool:
        """``run`` names a person (as the article names them in full)."""
        name = split_name(run)[0]
        return name is not None and name_kind(self.entities.full(name)) == "person"

    def np_before(self, s: str) -> str | None:
        """The noun phrase that ends ``s`` (the subject before a cue verb)."""
        # "Name, a role, said" closes its appositive; "with X and Name, the candidate stated"
        # does not, and there Name is an object, not the one the role describes
        closed = s.rstrip().endswith(",")
        if len(s) > A.np_window:
            # the patterns below are anchored at the end: a long clause costs every one of
            # them a scan from its start, and no subject is longer than this
            s = s[s.find(" ", len(s) - A.np_window):]
        whole = s   # the stripping below only shortens it at its end
        last = _LAST_WORD.search(s)
        if last and self.g.lang == "fr" and last.group(1).casefold() == "on":
            source = _ON_SOURCE.search(s)
            if source:
                return source.group("np")   # "A l'ARS, on fait valoir que …": the ARS
        if last and self.g.is_pronoun(last.group(1)) and last.group(1) not in ("it", "It"):
            return last.group(1)   # "whom he called": the pronoun is the subject, before all
        contracted = _CONTRACTED_PRONOUN.search(s) if self.g.lang == "en" else None
        if contracted:
            return contracted.group(1)   # "He’s claiming": he
        if self.g.lang == "en":
            # "the Chicago Police Department which (reported)": the relative's antecedent
            s = _strip_end(_RELATIVE_END, "", s)
        elif self.g.lang == "fr":
            # "Des pompiers appelés sur les lieux du drame (ont affirmé)": a participle's phrase
            # after the noun, before the verb
            s = _strip_end(_PARTICIPLE_PHRASE_FR, " ", s)
        for _ in range(A.np_strip_rounds):
            # ", 71," / ", by contrast," / ", who scored twice," between subject and verb
            stripped = _strip_end(_BRACKET_TAIL, "", _strip_end(_PARENTHETICAL_TAIL, " ", s))
            stripped = _strip_end(self.g.adverbial_tail, "", stripped)
            if self.g.lang == "en":
                stripped = _strip_end(_AGENT_TAIL, "", stripped)
                # (the scan only where such a phrase can end the clause: it is costly)
                pp = _PP_AFTER_SUBJECT.search(stripped) if _PP_WORD.search(
                    stripped, max(0, len(stripped) - A.place_phrase_reach)) else None
                if pp and self._names_only_after_prepositions(stripped, pp.end(1)) and (
                        self.g.is_pronoun(pp.group(1)) or split_name(pp.group(1))[0]):
                    # "Trump at a rally in Ohio (called)", "Trump in an interview with Fox": a
                    # phrase of place or occasion between the subject and its verb
                    stripped = stripped[:pp.end(1)]
            if stripped == s:
                break
            s = stripped
        if self.g.lang == "fr":
            # "The Standard a, quant à lui, indiqué": the auxiliary before an aside
            s = _strip_end(_AUXILIARY_TAIL_FR, "", s)
        appos = _ROLE_THEN_NAME.search(s) if self.g.lang == "en" else None
        if appos and self._a_person(appos.group("name")) and \
                _LOWER_WORD.search(s, appos.start("both") + 1, appos.start("name")):
            # (a role has a word in lower case: not "the King James Bible, Glenn Beck")
            return appos.group("both")   # "Trump’s Virginia state director, Mike Rubino,"
        count = _OF_COUNT.search(s) if self.g.lang == "en" else None
        if count:
            # "the 34-year-old mother of three": a role and how many children it has
            inner = self.np_before(s[:count.start()])
            if inner and inner.split()[-1].casefold() in lexicon.ROLE_NOUNS:
                return inner + s[count.start():count.end()].rstrip()
        # "Hannah Wilde, the chief executive of the Home Builders Alliance," -> the name
        appos = _NAME_THEN_ROLE.search(s)
        if appos and self._a_person(appos.group(1)) and (closed or not _governed(s, appos.start(1))) \
                and (closed or not _many(s.rstrip(" ,").split()[-1])) and \
                (closed or not _open_indefinite(whole, appos.end(1))):
            # (not "Clinton, a top aide said, “…”": an open "a …" is the subject, not her title)
            return appos.group(1)
        toks = list(NAME_WORD.finditer(s))
        if not toks:
            return None
        if self.g.is_pronoun(toks[-1].group()) and not s[toks[-1].end():].strip():
            return toks[-1].group()
        j = len(toks)
        while j > 0:
            t = toks[j - 1]
            gap = s[t.end():toks[j].start()] if j < len(toks) else s[t.end():]
            if gap.strip() and not (j < len(toks) and _possessive_gap(gap, t.group())):
                break
            w = ELISION.sub("", t.group().rstrip("."))
            lw = w.casefold()
            if j < len(toks) and self.g.lang == "en" and lw not in ("of", "for") and \
                    toks[j].group() in DETERMINERS:
                break   # "so many that agents (described)": a determiner opens its phrase
            if not (w[:1].isupper() or w[:1].isdigit() or lw in lexicon.ROLE_NOUNS or
                    lw in lexicon.ROLE_ADJECTIVES or lw in _NP_GLUE or
                    # "le rédacteur en chef", "le commandant en chef": one role
                    (lw == "en" and j < len(toks) and toks[j].group() == "chef") or
                    (j < len(toks) and _owner_word(lw)) or
                    # "the Chamber of Industry and Commerce": one body's name, not two subjects
                    (lw in _BODY_AND and self._and_in_body_name(toks, j - 1)) or
                    # "Sanders's campaign manager": a noun between an owner and a role
                    (j < len(toks) and j >= 2 and toks[j].group().casefold() in lexicon.ROLE_NOUNS and
                     _POSSESSIVE_END.search(toks[j - 2].group()) and toks[j - 2].group()[:1].isupper())):
                break
            j -= 1
        while j < len(toks) and toks[j].group().casefold() in {"of", "for", "de", "du"}:
            j += 1
        if j + 1 < len(toks) and toks[j].group().casefold() == "that" and toks[j + 1].group()[:1].isupper():
            j += 1   # "noted that Sanders": a clause's "that", no determiner of the name
        while j < len(toks) and toks[j].group() in STARTERS and \
                toks[j].group().casefold() not in DETERMINERS:
            j += 1
        if j >= len(toks):
            # "Jens Stoltenberg, the Secretary General of the alliance, clarified"
            appos = _APPOS_TAIL.search(s)
            if appos:
                return self.np_before(s[:appos.start()])
            if self.g.lang in _HEAD_FIRST:
                # "l’armée soudanaise a accusé": a body named by its common noun; "un
                # responsable américain a confirmé": a role, the adjectives after it
                body = _BODY_TAIL.search(s)
                noun = ELISION.sub("", body.group(2)).casefold() if body else ""
                if body and (noun in lexicon.ORG_HEADS or noun in lexicon.ROLE_NOUNS or
                             noun in lexicon.GROUP_NOUNS.get(self.g.lang or "", ())):
                    # "la police eut confirmé": an auxiliary is no adjective of the noun
                    words = body.group(1).split()
                    function = lexicon.FUNCTION_WORDS.get(self.g.lang, frozenset())
                    while len(words) > 2 and words[-1].casefold() in function:
                        words.pop()
                    return " ".join(words)
            return None
        if self.g.lang != "en":
            places = lexicon.PLACE_PREPOSITIONS.get(self.g.lang or "", frozenset())
            if toks[j].group().casefold() in places or _word_before(s, toks[j].start()) in places:
                # "an der Spitze der Bemühungen", "sich in Erinnerung rufen": the object of a
                # preposition, no subject
                return None
        phrase = s[toks[j].start():toks[-1].end()].strip()
        # a name before the role: "Jens Stoltenberg, the Secretary General of the alliance"
        head = _NAME_COMMA_END.search(s[:toks[j].start()])
        named = split_name(head.group(1))[0] if head else None
        if head and named and " " in named and name_kind(named) == "person" and \
                (phrase[:1].islower() or phrase.split()[0].casefold() in DETERMINERS) and not (
                len(named.split()[0]) > A.gerund_letters and named.split()[0].casefold().endswith("ing")) \
                and (closed or not _governed(s, head.start(1))) and \
                (closed or not _many(phrase.split()[-1])):
            # (not "Praising Wall Street, the senator": a participle's clause, then the subject;
            # not "As Trump attacked Clinton, the attendees (chanted)": many are no one person)
            phrase = s[head.start(1):toks[-1].end()].strip()
        elif self.g.lang == "en" and _word_before(s, toks[j].start()) in _PLACING_WORDS:
            # "Supt Lee Halstead from Lancashire Police said": the person and where they serve
            aff = _PERSON_FROM.search(s, 0, toks[j].start())
            if aff and self._a_person(aff.group(1)) and " " in aff.group(1).strip() and \
                    not _governed(s, aff.start(1)):
                phrase = s[aff.start(1):toks[-1].end()].strip()
            someone = _SOMEONE_FROM.search(s, 0, toks[j].start())
            if someone and someone.group(2).casefold() in lexicon.ROLE_NOUNS and \
                    not self._a_person(phrase):
                # "a woman from Ohio said", "one voter in Des Moines said": someone the place
                # only places, not the place
                phrase = s[someone.start(1):toks[-1].end()].strip()
        return phrase

    def _and_in_body_name(self, toks: list[regex.Match[str]], i: int) -> bool:
        """``toks[i]`` is an "and" inside a body's name: "Department of Health and Human
        Services", "Chamber of Industry and Commerce" (an "of" after a body's word before it,
        capitals on both sides, and no one titled after it: "the Department of Justice and
        Attorney General Ann Lee" are two)."""
        if i < 2 or i + 1 >= len(toks) or not (toks[i - 1].group()[:1].isupper() and
                                                toks[i + 1].group()[:1].isupper()):
            return False
        words = [t.group() for t in toks[max(0, i - A.body_of_reach):i]]
        of = next((k for k in range(len(words) - 2, 0, -1) if words[k] == "of"), None)
        if of is None or words[of - 1].casefold() not in lexicon.ORG_WORDS or \
                not all(w[:1].isupper() or w.casefold() in _NP_GLUE for w in words[of - 1:]):
            return False
        after = []
        for t in toks[i + 1:]:
            if not t.group()[:1].isupper():
                break
            after.append(t.group())
        name, roles = split_name(" ".join(after))
        return not (name and roles)

    def impersonal_source(self, before: str, after: str, cue: str) -> str | None:
        """Whom an impersonal cue reports, named by a phrase of source next to it: "In dem
        Bericht heißt es", "heißt es in einer Mitteilung der Stadt", "war in der Zeitung zu
        lesen" (only after a form of "sein": "„Faust“ in der Bibliothek zu lesen" reports no
        one)."""
        hit = _SOURCE_BEFORE.search(before)
        if hit and (hit.group("aux") or cue.casefold() != "zu lesen"):
            mention = self.np_after(hit.group("np"))
            if mention and (mention == hit.group("np").strip() or hit.group("aux")):
                # ("war in der Nachricht auf der Website der NHTSA zu lesen": the message)
                return mention
        ahead = _SOURCE_AFTER.match(after) if cue.casefold() != "zu lesen" else None
        return self.np_after(after[ahead.end():]) if ahead else None

    def np_after(self, s: str) -> str | None:
        """The noun phrase that opens ``s`` (the speaker after an inverted cue)."""
        toks = list(NAME_WORD.finditer(s))
        if not toks or s[:toks[0].start()].strip() or VERB_CLITIC.search(toks[0].group()):
            return None   # ("Rappelez-vous qu'à ce moment-là": a verb and its pronoun)
        if self.g.is_pronoun(toks[0].group().rstrip(".")):
            return toks[0].group().rstrip(".")   # "…“, sagte sie.": the sentence's full stop
        first = toks[0].group().casefold()
        if first in ("of", "for") and self.g.lang == "en":
            return None   # "said of the encounter", "wrote for the Times": whom or where, not who
        if first in _PREPOSITIONS and len(toks) > 2 and not (first in ("a", "an") and
                                                             self.g.lang == "en"):
            # (in English "a" and "an" are articles: "said a 2008 Clinton veteran")
            # "a déclaré à l’AFP Adam Issa", "told reporters": skip to whoever is named next
            m = CAP_RUN.search(s, toks[1].end(), toks[1].end() + A.name_after_preposition)
            if m and self._a_person(m.group()):
                return m.group()
            if self.g.lang != "en":
                return None   # "declaró a las puertas de la Audiencia": a place, not a speaker
        j = 0
        free = 0   # after a determiner, a lower-case head noun is part of the phrase
        while j < len(toks):
            w = ELISION.sub("", toks[j].group().rstrip("."))
            lw = w.casefold()
            elided = w != toks[j].group().rstrip(".")
            if (j == 0 and (lw in DETERMINERS or elided)) or \
                    (j > 0 and toks[j - 1].group().casefold() in DETERMINERS):
                free = A.determiner_words
            elif j > 0 and self.g.lang in _HEAD_FIRST and toks[j - 1].group().casefold() in _NP_GLUE:
                # "un porte-parole de l'agence américaine de sécurité des transports": the noun
                # a "de" brings is the phrase's, in lower case too
                free = max(free, 1)
            if j and lw in _WEEKDAYS:
                break   # "a déclaré un porte-parole de la police lundi soir": when, not who
            if j and self.g.lang in lexicon.NOUNS_CAPITALISED and lw in DETERMINERS and (
                    lw in _OBJECT_DETERMINERS_DE or (toks[0].group().casefold() not in DETERMINERS and
                                                     self._a_person(s[toks[0].start():toks[j - 1].end()]))):
                # "erklärte Daley dem Magazin", "zitierte die Agentur ihre Quelle": whom they
                # told or quoted (a genitive, "der Sprecher der Polizei", stays)
                break
            if j and lw == "der" and self.g.lang == "de" and self._told_the_press(toks, j):
                break   # "sagte der CDU-Politiker der Deutschen Presse-Agentur": told, not of
            ok = (w[:1].isupper() or w[:1].isdigit() or lw in lexicon.ROLE_NOUNS or
                  lw in lexicon.ROLE_ADJECTIVES or lw in _NP_GLUE or _YEAR_OLD.search(lw))
            if not ok and free and lw not in _PREPOSITIONS and lw not in _STOPWORDS_ALL and \
                    not self.g.cue.match(s, toks[j].start()):   # "The lawsuit alleges": a verb ends it
                ok, free = True, free - 1
            if not ok:
                break
            # ("9/11 widow Terry Strada": a slash joins its words)
            gap = s[toks[j].end():toks[j + 1].start()].strip() if j + 1 < len(toks) else ""
            if gap not in ("", "/") and not _possessive_gap(gap, toks[j].group()):
                j += 1
                break
            j += 1
        while j > 1 and toks[j - 1].group().casefold() in _NP_GLUE | DETERMINERS:
            j -= 1   # no phrase ends with "of", "de" or "der"
        if j == 0:
            return None
        end = toks[j - 1].end()
        # an appositive name: "the Secretary General of the Alliance, Jens Stoltenberg,"
        m = _COMMA_NAME.match(s[end:])
        if m and split_name(m.group(1))[0]:
            end += m.end(1)
        phrase = s[toks[0].start():end].strip().rstrip(".")
        words = [w.casefold() for w in phrase.split()]
        if all(w in _NP_GLUE or w in DETERMINERS for w in words):
            return None
        if self.g.lang in _HEAD_FIRST and ELISION.sub("", words[-1]) in lexicon.ROLE_NOUNS:
            scope = _ROLE_SCOPE_THEN_NAME.match(s, end)
            run = CAP_RUN.match(s, scope.end()) if scope else None
            if run and has_first_name(split_name(run.group())[0] or ""):
                # (a first name, so a body's name, "de Confort Passager", is no person)
                return s[toks[0].start():run.end()].strip().rstrip(".")
        return phrase

    @staticmethod
    def _told_the_press(toks: list[regex.Match[str]], j: int) -> bool:
        """The "der" at ``toks[j]`` opens a newspaper or an agency that was told (a dative),
        unless the one before it works there ("der Sprecher der Zeitung", a genitive)."""
        before = toks[j - 1].group().casefold().split("-")[-1]
        if before.startswith(lexicon.PRESS_STAFF_DE):
            return False
        for tok in toks[j + 1:j + 4]:
            word = tok.group().casefold().rstrip(".")
            if word.endswith(lexicon.PRESS_HEADS_DE):
                return True
            if not tok.group()[:1].isupper() and tok.group().strip("x"):
                # ("der Deutschen Presse-Agentur": the adjectives of a name too; "der
                # „Bild“-Zeitung": the title in marks, blanked)
                return False
        return False

    def whole_phrase(self, words: str, after: bool = False) -> str | None:
        """The noun phrase ``words`` are when they are one and nothing more, read from their
        end as a subject before its verb ("the nationalist Global Times tabloid") or, with
        ``after``, from their start ("organizers" of "seen by organizers as")."""
        if after:
            phrase = self._better(self.np_after(words), self.chunk_after(words))
        else:
            phrase = self._better(self.np_before(words), self.chunk_before(words))
        return phrase if phrase and phrase.strip() == words.strip() else None

    def _better(self, mention: str | None, chunk: str | None) -> str | None:
        """The phrase a reader takes: the chunk when it names a person the mention cut off
        ("said Oversight ranking Democrat Elijah Cummings" read as "Oversight")."""
        if not chunk or chunk == mention:
            return mention or chunk
        if mention and not self.g.is_pronoun(mention):
            for run in CAP_RUN.findall(chunk):
                name, _ = split_name(run)
                if name and run not in mention and "person" in (
                        name_kind(self.entities.full(name)), name_kind(run)):
                    return chunk
        return mention or chunk

    def chunk_after(self, s: str) -> str | None:
        """The words after an inverted cue up to the end of the phrase they form ("said Oversight
        ranking Democrat Elijah Cummings (D-Md.)", "said one former executive who asked ...")."""
        toks = list(NAME_WORD.finditer(s))
        if self.g.lang != "en" or not toks or s[:toks[0].start()].strip():
            return None   # the stop words are English (German capitalises every noun)
        end = 0
        for n, t in enumerate(toks[:A.max_chunk + 1]):
            gap = s[toks[n - 1].end():t.start()] if n else ""
            if n and (set(gap) & _CHUNK_STOP_PUNCT or ". " in gap or "\n" in gap):
                break
            w = t.group()
            lw = w.casefold().rstrip(".")
            # after a verb, "that" opens a clause ("said that Mr. Trump had …"), not a phrase
            if n == A.max_chunk or (n and lw in _CHUNK_STOP_WORDS) or (n == 0 and lw in _NO_OPENER):
                if n == A.max_chunk:
                    return None   # too long to be one phrase
                break
            end = t.end()
            if w.endswith(".") and not (len(lw) == 1 or title_word(w) or lw in _ABBREVIATIONS):
                end -= 1   # the sentence's full stop
                break
        phrase = s[:end].strip()
        words = [w.casefold() for w in _MENTION_WORDS.findall(phrase)]
        if not words or all(w in _NP_GLUE or w in _STOPWORDS_ALL for w in words):
            return None
        # "said Clinton’s communications director, Jennifer Palmieri": the role, then its name
        appos = _COMMA_NAME.match(s, end)
        if appos and (_POSSESSIVE_WORD.search(phrase) or words[-1] in lexicon.ROLE_NOUNS or
                      title_word(words[-1])):
            name, _ = split_name(appos.group(1))
            if name and "person" in (name_kind(self.entities.full(name)), name_kind(appos.group(1))):
                return s[:appos.end(1)].strip()
        return phrase

    def chunk_before(self, s: str) -> str | None:
        """The subject that fills the words between a quote and its cue verb, as a reader takes
        it: "“…,” the Gawker employee wrote", "“…,” Republican pollster Bill McInturff, part of
        the team conducting the survey, told NBC" (the phrase before the appositive)."""
        s = _AUXILIARY_TAIL.sub("", _BRACKETS.sub(" ", s)).strip(" ,")   # "the president will say"
        if self.g.lang != "en" or not s or BOUNDARY.search(s):
            return None
        # "… Donald Trump on Tuesday charged": the day is no part of who spoke
        head = _strip_end(self.g.adverbial_tail, "", s.split(",")[0].strip()).strip()
        toks = NAME_WORD.findall(head)
        if not toks or len(toks) > A.max_chunk or \
                len(NAME_WORD.findall(s)) > A.chunk_clause_factor * A.max_chunk:
            return None
        first = toks[0].casefold()
        # "state Sen. Jason Holsman (D) said", "former Gov. Jeb Bush said": an office first
        office = first.rstrip(".") in lexicon.ROLE_ADJECTIVES or first in lexicon.ROLE_NOUNS or \
            title_word(first)
        # "federal prosecutors wrote", "local residents said": people named by what they are
        last = toks[-1].casefold()
        office = office or (len(toks) <= A.people_phrase_words and first not in _STOPWORDS_ALL and
                            first not in lexicon.FUNCTION_WORDS["en"] and (
            last in lexicon.PERSON_ROLE_WORDS or last[:-1] in lexicon.PERSON_ROLE_WORDS))
        if not (toks[0][:1].isupper() or toks[0][:1].isdigit() or first in _NP_OPENERS or office):
            return None
        if toks[0] in SENTENCE_ADVERBS:
            return None
        if (len(toks) > 1 or first in _NEVER_A_NAME) and (
                first in _STOPWORDS_ALL and first not in _NP_OPENERS or
                toks[0] in STARTERS and first not in _NP_OPENERS):
            return None   # one capitalised word right before the verb is a name ("Will wrote")
        if any(t.casefold() in _CLAUSE_WORDS - {"and"} for t in toks[1:]):
            return None   # "the Florida senator and Republican presidential candidate said" is one
        return head

    def _transcript_voices(self) -> frozenset[str]:
        """The labels of a transcript the article prints ("PENCE:", "WALLACE:" opening its
        paragraphs): when two labels or more open paragraphs again and again and one of them is
        a person the article names, each of them is a voice, named there or not (the host
        "WALLACE" of a Pence interview), while a lone "UPDATE:" is none."""
        if self._voices is None:
            counts = collections.Counter(m.group(1) for m in _PARAGRAPH_LABEL.finditer(self.text))
            voices = frozenset(label for label, n in counts.items() if n >= A.transcript_turns)
            self._voices = voices if len(voices) >= A.transcript_turns and any(
                self._known_capitals(v) for v in voices) else frozenset()
        return self._voices

    def _known_capitals(self, mention: str) -> str | None:
        """The person a name in capitals stands for ("PENCE", "CHRIS WALLACE"), when the
        article names them in ordinary case; an acronym ("NATO") names no one it knows."""
        if not mention.isupper() or len(mention) < 2 or not mention.replace(" ", "").isalpha():
            return None
        name = " ".join(w.capitalize() for w in mention.split())
        full = self.entities.full(name)
        ent = self.entities.by_name.get(full)
        return full if ent is not None and ent.kind == "person" else None

    def speaker_of(self, sp: Span, found: Found) -> tuple[str | None, str]:
        """The canonical speaker a found mention names, remembered as the latest speaker."""
        if not found.mention:
            return None, "unknown"
        # the speaker may be named in the same sentence after the quote ("…region.Jens
        # Stoltenberg, the Secretary General, clarified"), so resolve at the mention itself
        speaker, kind = self.resolve(found.mention, max(found.at, sp.outer_start) + len(found.mention))
        if speaker:
            self.speakers.append((sp.outer_start, speaker, kind))
            if kind == "person":
                self.entities.add(speaker, sp.outer_start).speaker_at.append(sp.outer_start)
        return speaker, kind

    # -- resolving a mention to a canonical speaker -------------------------------------

    def resolve(self, mention: str, pos: int) -> tuple[str | None, str]:
        """Canonical speaker and its kind ("person", "org", "group", "document"); a day or a
        month speaks for nobody ("… am Montag, 21. Oktober, im Neuen Museum": not Oktober)."""
        who, kind = self._resolve(mention, pos)
        if who and _a_time(who):
            return None, "unknown"
        return who, kind

    def _resolve(self, mention: str, pos: int) -> tuple[str | None, str]:
        mention = mention.strip(" ,.;:")
        low = mention.casefold()
        gender = self.g.pronouns.get(low)
        if gender is not None:
            return self._pronoun(gender, pos)
        known = self._known_capitals(mention)
        if known:
            return known, "person"   # "PENCE:" of a transcript is the Mike Pence named before
        if " " not in mention and mention in self.entities.surname:
            # "King said" where the article named Larry King (or "Mr. King"): the surname, though
            # the word is also a title
            full = self.entities.surname[mention]
            ent = self.entities.by_name.get(full)
            if ent is not None and ent.kind == "person":
                return full, "person"
        if self.g.lang == "en" and " " not in mention and mention[:1].isupper() and \
                not mention.isupper() and "." not in mention and title_word(mention):
            # "King added": a title with no article before the verb is someone's surname
            return mention, "person"
        owned = _OWNED_ROLE.match(mention) if self.g.lang == "en" else None
        if owned and owned.group("head").casefold() in lexicon.OTHER_PERSON_ROLES:
            # "his lawyer said", "Trump's wife said": someone of theirs, not them
            pron = owned.group("pron")
            owner = (self._possessor(pron, pos) if pron else self.resolve(owned.group("owner"), pos))[0]
            role = owned.group("role")
            return (f"{owner}'s {role}" if owner else role), "role"
        if "," in mention and self.g.lang == "en":
            # "China, Pyongyang's only ally …,": the body the phrase opens with
            head, _, rest = mention.partition(",")
            ent = self.entities.by_name.get(self.entities.full(head.strip()))
            if ent is not None and ent.kind == "org" and not _NAME_AFTER_COMMA.match(rest):
                return ent.name, "org"
        # "Her message to residents was blunt": whoever "her" is
        first = mention.split()[0].casefold() if mention.split() else ""
        if first in _POSSESSIVE_PRONOUN and len(mention.split()) <= A.possessive_mention_words:
            return self._possessor(first, pos)
        # "a 2008 Clinton veteran", "an aide to Donald Trump": someone new whom a name only
        # describes; the name is no speaker
        if first in _INDEFINITE and self.g.lang in _INDEFINITE_SOMEONE_NEW and (
                mention.split()[-1][:1].islower() or _NAME_AFTER_PREPOSITION.search(mention)):
            return self._role(_MENTION_WORDS.findall(mention), pos)
        # a name inside a role phrase wins: "company spokesman Rick Tanaka"
        runs = list(CAP_RUN.finditer(mention))
        named = [m.group() for m in runs]
        of = _AFFILIATIONS[self.g.lang].search(mention) if self.g.lang in _AFFILIATIONS else None
        if of:
            # "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem": the name
            # before the affiliation, not the body's two capitalised words
            for m in reversed(list(CAP_RUN.finditer(mention, 0, of.start()))):
                # ("Rep. Duncan Hunter’s chief of staff, Joe Kasper": someone of his)
                name, _ = split_name(m.group())
                if name and " " in name and name_kind(self.entities.full(name)) == "person" and \
                        not m.group().endswith(("’s", "'s")):
                    return self.entities.full(name), "person"
        for found in reversed(runs):
            run = found.group()
            name, titles = split_run(mention, found)
            if name and name_kind(self.entities.full(name)) == "person":
                return self.entities.full(name), "person"
            ent = self.entities.by_name.get(self.entities.full(name)) \
                if name and "," in mention and lexicon.PERSON_TITLES.intersection(titles) else None
            if ent is not None and ent.kind == "person":
                # "from the National Mall, Mr. Obama": a titled surname is someone, the last
                # named in the phrase
                return ent.name, "person"
            plain = _plain_name(run)
            if name and plain and name_kind(plain) == "person" and not _PLACE_ADJECTIVE.search(plain):
                return plain, "person"     # "Al Cardenas": a first name we took for a word
        lower = [w for w in mention.split() if w[:1].islower()]
        org_name = split_name(named[-1])[0] if named else None
        if org_name and lower and lower[-1].casefold().strip(",.") in lexicon.ORG_HEADS:
            head = lower[-1].casefold().strip(",.")
            if mention.rfind(lower[-1]) > mention.rfind(named[-1]) and not (
                    head in lexicon.PUBLICATION_HEADS and " " in org_name):
                # "the Welsh government": the name and its head noun together (but "the Daily
                # Courier tabloid" is the Daily Courier: a paper's name is whole)
                return " ".join(w for w in mention.split() if w.casefold() not in DETERMINERS), "org"
            return org_name, "org"                       # "the ride-hailing company RideNow"
        # an appositive: "the Secretary General of the Alliance, Jens Stoltenberg"
        if "," in mention:
            for part in reversed(mention.split(",")):
                name, _ = split_name(part.strip())
                if name and name_kind(name) == "person":
                    return self.entities.full(name), "person"
        words = _MENTION_WORDS.findall(mention)
        lows = [w.casefold() for w in words]
        content = [ELISION.sub("", w) or w for w in words if w.casefold() not in DETERMINERS]
        if self.g.lang in lexicon.NOUNS_CAPITALISED and len(content) == 1 and \
                any(content[0].casefold() in ent.roles for ent in self.entities.persons_before(pos)):
            # "die Referentin" after "Referentin ist Professorin Johanna Rahner": a German noun
            # is capitalised, and this one is the role of someone named before
            return self._role(words, pos)
        if content and all(w[:1].isupper() or w.casefold() in _NP_GLUE or w in _BODY_AND
                           for w in content) and \
                content[0][:1].isupper() and content[-1][:1].isupper() and \
                name_kind(" ".join(content)) == "org" and \
                not all(title_word(w) or w.casefold() in _NP_GLUE for w in content):
            # "the Heritage Orkney Trust", "the Chamber of Industry and Commerce" (inner
            # articles kept: "der Chef der Behörde" is "Chef der Behörde")
            return " ".join(_without_leading_determiners(words)) or " ".join(content), "org"
        if lows and (lows[0] in DETERMINERS or any(w.casefold() in lexicon.ROLE_NOUNS
                                                     for w in words if not w[:1].isupper())):
            return self._role(words, pos)
        name, roles = split_name(mention)
        if name is None:
            return self._role(words, pos)
        name = self.entities.full(name)
        return name, name_kind(name)

    def _possessor(self, word: str, pos: int) -> tuple[str | None, str]:
        """Whoever a possessive ("his", "her", "their") before ``pos`` refers to."""
        return self._pronoun(self.g.pronouns.get(_POSSESSIVE_PRONOUN[word.casefold()], "x"), pos)

    def _pronoun(self, gender: str, pos: int) -> tuple[str | None, str]:
        want = {"m": ("person",), "f": ("person",), "x": ("person",),
                "n": ("org", "document"), "p": ("group", "org", "person")}[gender]
        if self.g.lang != "en" and gender in "mf":
            want = ("person", "org", "group")   # il / elle / er / sie: grammatical gender
        events = self._before(pos, A.pronoun_reach, self.speakers, self.subjects,
                              self.role_subjects, self.entities.subject_mentions)
        if self.g.lang != "en" and gender in "mf":
            # a body that only opens a sentence ("Die Geschichten von Thor zeigten …", "Vom
            # Vorraum der Ausstellung führt …": German capitalises its nouns) is no "er"; one
            # that spoke or governs a speech verb may be ("la police a indiqué … a-t-elle ajouté")
            spoke = {(at, name) for at, name, _ in self.speakers + self.subjects}
            events = [e for e in events if e[2] in ("person", "role") or (e[0], e[1]) in spoke]
        if gender == "n" and self.g.lang == "en":
            # "… wrote in the affidavit. It continued: …", "“…,” it reads" after "the email":
            # a document named since the last body that spoke
            doc = _last_match(_DOCUMENT_PHRASE, self.flat[max(0, pos - A.pronoun_reach):pos])
            if doc is not None:
                at = max(0, pos - A.pronoun_reach) + doc.start()
                # ("The company said in a statement …: “…,” it added": the company, whose
                # statement it is, when the same sentence names both)
                # (an event after the document leaves an empty slice, which holds no ".")
                if not any(k in want and "." not in self.flat[e_at:at] for e_at, _, k in events):
                    return doc.group(1).casefold(), "document"
        if self.g.lang in _VERB_SECOND and gender in "mf":
            # "Für den hat Uwe Link ein Angebot. „…“, meint er.": after a verb that comes
            # second the subject follows it, where no subject pattern sees it; a person named in
            # the sentence before, after whoever spoke or acted last, is the one meant
            people = self.entities.persons_before(pos)
            last = events[0][0] if events else -1
            if people and gender_fits(people[0].name, gender):
                at = self.entities.last_named(people[0], pos)
                if at > last and "\n" not in self.flat[at:pos] and pos - at < A.v2_subject_reach:
                    return people[0].name, "person"
        for _at, name, kind in events:
            if kind in want and gender_fits(name, gender):
                return name, kind
            if kind == "role" and "person" in want and _role_fits(name, gender):
                # "“…,” a neighbour told the BBC. “…,” she said": the one the role named
                return name, kind
        if "person" in want:
            people = [p for p in self.entities.persons_before(pos) if gender_fits(p.name, gender)]
            if people:
                return people[0].name, "person"
        return None, "unknown"

    @staticmethod
    def _before(pos: int, span: int, *lists: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
        """Events (position, name, kind) of the sorted lists in [pos - span, pos), latest first.
        Bisection keeps an article with thousands of quotes linear."""
        out: list[tuple[int, str, str]] = []
        for events in lists:
            hi = bisect.bisect_left(events, (pos,))
            lo = bisect.bisect_left(events, (pos - span,))
            out.extend(events[lo:hi])
        out.sort(reverse=True)
        return out

    def _role(self, words: list[str], pos: int) -> tuple[str | None, str]:
        content = [ELISION.sub("", w) or w for w in words
                   if w.casefold() not in DETERMINERS and not w.isdigit()]
        lows = {p for w in content for p in (w.casefold(), *w.casefold().split("-"))}
        if not content:
            return None, "unknown"
        head = content[-1].casefold()
        if self.g.lang in _HEAD_FIRST and content[0].casefold() in lexicon.ORG_HEADS:
            head = content[0].casefold()    # "l’armée soudanaise": the noun comes first
        if lows & lexicon.DOCUMENT_NOUNS:
            # named as printed, inner articles kept ("Bericht der Kommission")
            k = next((i for i, w in enumerate(words) if w.casefold() not in DETERMINERS), len(words))
            return self._document(lows & lexicon.DOCUMENT_NOUNS, words[k:] or content, pos,
                                  new=bool(words) and words[0].casefold() in _INDEFINITE)
        if head in _GROUP_HEADS or head in lexicon.GROUP_NOUNS.get(self.g.lang or "", ()) or (
                # "seen by organizers as a “lifeboat”", "many critics": people in the plural are
                # no one named before
                self.g.lang == "en" and content[-1][:1].islower() and _PLURAL_PEOPLE.search(head) and
                not lows & {"of", "for"} and head[:-1] in lexicon.PERSON_ROLE_WORDS | lexicon.TITLE_WORDS):
            return " ".join(_without_leading_determiners(words)) or " ".join(content), "group"
        if head in lexicon.ORG_HEADS:
            # shown as printed, inner "of"/"des" kept: "ministère français des Affaires étrangères"
            return self._body(head, _without_leading_determiners(words) or content, pos)
        capitals = [w for w in content if w[:1].isupper() and w.casefold() not in lexicon.TITLE_WORDS]
        if head in _VOICE_OF and capitals:
            return " ".join(capitals), "org"   # "a Home Office spokesperson" speaks for it
        k = 0
        while k < len(words) and words[k].casefold() in DETERMINERS:
            k += 1
        shown = " ".join(words[k:]) or " ".join(content)   # "senior official in the White House"
        if words and words[0].casefold() in _INDEFINITE | _QUANTIFIERS:
            # "a spokesman for Disney", "one resident", "many commentators": someone new, not
            # anyone named before
            return shown, "role"
        if self.g.lang == "en" and head in lexicon.THING_NOUNS:
            return shown, "document"    # "the lawsuit says": the lawsuit, not whoever filed it
        # "the spokesman said", "his lawyer said": someone who speaks for another is no one
        # named before unless named with that role
        anonymous = self.g.lang == "en" and head in lexicon.ANONYMOUS_ROLES | lexicon.OTHER_PERSON_ROLES
        age_m = _YEAR_OLD.search(" ".join(words))
        age = int(age_m.group(1)) if age_m else None
        recent = list(dict.fromkeys(n for _, n, k in self._before(pos, A.role_recent_reach,
                                                                  self.speakers, self.subjects)
                                    if k == "person"))
        # the person the previous sentence was about ("Berger … was gracious. The 23-year-old said")
        opener = next((n for _, n, k in self._before(pos, A.role_opener_reach, self.entities.subject_mentions)
                       if k == "person"), None)
        # the same role in other words ("el técnico" for "el entrenador")
        similar = {w for group in lexicon.ROLE_SYNONYMS if lows & group for w in group} - lows
        # "the pop star said she sang …", "the actress said": a person of that gender
        gender = "f" if lows & lexicon.FEMALE_ROLE_WORDS else "m" if lows & lexicon.MALE_ROLE_WORDS else None
        if self.g.lang == "en" and gender is None:
            at = self.flat.rfind(words[-1], max(0, pos - A.role_opener_reach), pos)
            said = _GENDER_AFTER.match(self.flat, at + len(words[-1])) if at >= 0 else None
            if said:
                gender = self.g.pronouns.get(said.group(1).casefold())
        if words and words[0].casefold() in _DEFINITE:
            # "a representative for Jagger says …. The rep adds:": the role that spoke before,
            # not a person named before it
            for _at, name, kind in self._before(pos, A.role_recent_reach, self.speakers):
                if kind == "role" and (lows | similar) & set(name.casefold().split()):
                    return name, "role"
        persons = self.entities.persons_before(pos)
        if any(lows & ent.roles for ent in persons):
            # the word itself before another word for it: "der BVB-Boss" is the man named
            # "BVB-Boss", not the "Trainer" a boss may also be
            similar = set()
        best, best_score = None, 0.0
        for rank, ent in enumerate(persons):
            if age is not None and self.entities.ages.get(ent.name) not in (None, age):
                continue
            if gender in ("m", "f") and not gender_fits(ent.name, gender):
                continue
            overlap = len(lows & ent.roles) or len(similar & ent.roles)
            if anonymous and not overlap:
                continue    # "the man shouted": not the candidate he interrupted
            spoke = recent.index(ent.name) if ent.name in recent else None
            score = (A.role_overlap_weight * overlap
                     + (A.role_spoke_weight / (1 + spoke) if spoke is not None else 0)
                     + (A.role_opener_weight if ent.name == opener else 0)
                     + A.role_rank_weight / (1 + rank) + (A.role_age_weight if age is not None and
                                                          self.entities.ages.get(ent.name) == age else 0))
            if score > best_score:
                best, best_score = ent.name, score
        if best is not None and best_score >= A.role_min_score:
            return best, "person"
        if self.g.lang == "en" and head in lexicon.OTHER_PERSON_ROLES:
            return shown, "person"   # someone unnamed, who can speak and be "he" after
        return shown, "role"

    def _body(self, head: str, content: list[str], pos: int) -> tuple[str, str]:
        """ "the company said": the company the article named, not the last person."""
        if any(w[:1].isupper() for w in content):
            return " ".join(content), "org"     # named already: "the Welsh government"
        if self.g.lang in _HEAD_FIRST and len(content) == 2 and content[1].casefold() not in DETERMINERS:
            # "l’armée israélienne", "el gobierno español": the noun and the adjective after
            # it name the body as "the Israeli army" does, not the last body that spoke
            return " ".join(content), "org"
        for ent in self.entities.orgs_before(pos):
            if head in ent.name.casefold().split():
                return ent.name, "org"      # "the union" -> "Pacific Dockworkers Union"
        speakers = {n for _, n, k in self.speakers + self.subjects if k == "org"}
        # a body is no person, whatever first-name list a person's name escaped ("Ted Cruz")
        named = [e for e in self.entities.before(pos) if not has_first_name(e.name) and e.kind != "person"]
        named = [e for e in named if not e.name.endswith(("-based", "-born"))   # "Boston-based"
                 and not (e.name.isupper() and len(e.name) > A.dateline_letters)]   # datelines
        for ent in named:
            if ent.name in speakers:
                return ent.name, "org"
            for at in ent.positions:
                # the name that modifies the noun: "the Illinois election board", "America
                # Rising, a conservative political action committee"
                if _modifies(head).match(self.flat, at + len(ent.name), at + len(ent.name) + A.body_near):
                    return ent.name, "org"
        for ent in named:
            for at in ent.positions:
                # else a body named near the noun ("GunBroker.com said … the company")
                near = self.flat[max(0, at - A.body_near):at + len(ent.name) + A.body_near]
                if ent.kind == "org" and regex.search(rf"\b{regex.escape(head)}\b", near, regex.I):
                    return ent.name, "org"
        if head in ("company", "firm", "group", "entreprise", "société", "unternehmen", "empresa"):
            # the company a business story is about is the one it names most
            first_line = self.flat.find("\n")
            bodies = [e for e in named if e.kind == "org" and len(e.name) > A.body_min_letters
                      and e.positions[-1] > first_line]
            if bodies:
                return max(bodies, key=lambda e: (len(e.positions), -e.positions[0])).name, "org"
        return " ".join(content), "org"

    def _document(self, nouns: set[str], content: list[str], pos: int,
                  new: bool = False) -> tuple[str, str]:
        """ "the statement said": whoever issued it ("the union said in a statement"); "the
        document" is the last one named of any kind, "the report" the last report; "a report"
        is one not named before."""
        found = None
        generic = {"document", "text"}
        specific = sorted(lexicon.DOCUMENT_NOUNS - generic if nouns <= generic else nouns - generic)
        # an earlier mention, not the words of this attribution itself
        for m in regex.finditer(r"(?<!\p{L})(" + "|".join(specific) + r")(?!\p{L})",
                                "" if new else self.flat[:max(0, pos - A.document_gap)], regex.I):
            found = m
        if found is not None:
            head = self.flat[max(0, found.start() - A.document_window):found.start()]
            cut = max(head.rfind(". "), head.rfind("\n"))
            clause = head[cut + 1:]
            cue = _last_match(self.g.cue, clause)
            if cue is not None:
                subject = self.np_before(clause[:cue.start()])
                if subject and not self.g.is_pronoun(subject):
                    who, kind = self.resolve(subject, found.start())
                    if who and kind in ("person", "org", "group"):
                        return who, kind
            return found.group(1).casefold(), "document"
        return " ".join(content), "document"

    # -- speakers a sentence implies ---------------------------------------------------------

    def named_between(self, lo: int, hi: int) -> tuple[str, Found] | None:
        """The last person who opens a sentence between two positions ("Tom Berg spoke next."),
        with the name as printed and the verb that follows it."""
        events = [e for e in self._before(hi, hi - lo, self.entities.subject_mentions, self.subjects)
                  if e[2] == "person"]
        if not events:
            return None
        at, who, _ = events[0]
        run = CAP_RUN.match(self.flat, at)
        if run is None or self.entities.full(split_name(run.group())[0] or "") != who:
            return who, Found(rule="named-between")
        verb = _VERB_AFTER_SUBJECT.match(self.flat, run.end()) if self.g.lang == "en" else None
        return who, Found(mention=run.group(), at=at, cue=verb.group(1) if verb else None,
                          cue_at=verb.start(1) if verb else -1, rule="named-between")

    def spoke_before(self, lo: int, hi: int) -> tuple[str, Found] | None:
        """The person the last speech verb of the paragraph before ``hi`` (and after ``lo``)
        names: "This is not a decision we made lightly, said Dr. Angela Ruiz. “We have tried …”"
        — the words before the quote were hers, printed without marks, and so are these."""
        reach = A.spoke_before_window
        start = max(lo, self.flat.rfind("\n", max(0, hi - reach), hi) + 1, hi - reach)
        region = self.flat[start:hi]
        last = _last_match(self.g.cue, region)
        if last is None:
            return None
        cuts = list(BOUNDARY.finditer(region, 0, last.start()))
        sentence = region[cuts[-1].end() if cuts else 0:last.start()]
        # "Sen. Ted Cruz (R-Tex.), a Republican candidate who …, tweeted a warning.": the
        # subject that opens the verb's sentence, past a long appositive
        opening = self.clause_subject(sentence) if sentence.rstrip().endswith(",") else None
        for mention in (self.np_after(region[last.end():].lstrip()),
                        self.np_before(region[max(0, last.start() - A.spoke_before_subject):last.start()]),
                        opening[0] if opening else None):
            if mention:
                who, kind = self.resolve(mention, start + last.start())
                if who and kind == "person":
                    pos = region.rfind(mention, 0, last.start())
                    pos = pos if pos >= 0 else region.find(mention, last.end())
                    return who, Found(mention=mention, at=start + pos, cue=last.group(),
                                      cue_at=start + last.start(), rule="spoke-before")
        return None

    def clause_subject(self, head: str) -> tuple[str, int] | None:
        """The subject that opens a sentence, and its offset in ``head``: "In an interview
        Thursday, the Wisconsin Republican criticized …" -> "the Wisconsin Republican"."""
        if self.g.lang != "en":
            return None
        pos = len(head) - len(head.lstrip())
        for pattern in (_DATELINE_OPENER, _LEAD_WORDS, _INTRO_PHRASE, _INTRO_MORE, _INTRO_AGAIN):
            m = pattern.match(head, pos)
            if m:
                pos = m.end()
            if pattern is _INTRO_PHRASE and m and _IN_PLACE_END.search(head, 0, pos):
                # "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush": the
                # place's state or country, then the subject
                place = _PLACE_AFTER.match(head, pos)
                if place:
                    pos = place.end()
        toks = list(NAME_WORD.finditer(head, pos))
        while len(toks) > 1 and (toks[0].group() in lexicon.ADVERB_OPENERS or
                                 self._adverb_and_comma(head, toks[0])):
            toks = toks[1:]     # "Even China, Pyongyang's only ally, said": China
        if not toks:
            return None
        first = toks[0].group().rstrip(".")
        bare = _CONTRACTION.sub("", first) if self.g.lang == "en" else first
        if self.g.is_pronoun(bare) and (bare == first or bare.casefold() in _PERSONAL):
            return bare, toks[0].start()   # "He’s predicting": he ("It's …" opens no subject)
        if bare != first and bare.casefold() in _EXPLETIVE:
            return None     # "There’s still “a lot of anger”", "That’s partly because …"
        if first.casefold() in _SUBJECT_STOP or first.casefold() in _NEVER_A_NAME or \
                first in SENTENCE_ADVERBS or first.casefold() in lexicon.SENTENCE_OPENERS["en"] or \
                (len(first) > A.gerund_letters and first.casefold().endswith("ing")) or \
                _PAST_PARTICIPLE_OPENER.match(head, toks[0].start()):
            # "Reporting collected in …", "Between Saturday …", "If Hillsborough …", "Perhaps
            # this is why …", "Dismissed from his post …, he": a clause, a participle or an
            # adverb opens the sentence, not someone who speaks
            return None
        if not (first[:1].isupper() or first[:1].isdigit() or first.casefold() in _NP_OPENERS):
            return None
        if first in STARTERS and first.casefold() not in _NP_OPENERS:
            # "Will described Trump as …", "May said": a capitalised word that acts is a name
            if len(toks) < 2 or first.casefold() in _NEVER_A_NAME or \
                    not _VERB_NEXT.match(head, toks[0].end()):
                return None
            return first, toks[0].start()
        end, lower = toks[0].end(), 0
        for n, t in enumerate(toks[1:A.max_chunk], 1):
            gap = head[toks[n - 1].end():t.start()]
            w = t.group()
            lw = w.casefold().rstrip(".")
            prev_tok = toks[n - 1].group()
            if (gap.strip() and not _possessive_gap(gap, prev_tok)) or lw in _SUBJECT_STOP or \
                    self.g.cue.fullmatch(w) or prev_tok.endswith(".") and not title_word(prev_tok) and \
                    not INITIAL.fullmatch(prev_tok):
                break   # a full stop ends the subject, unless it closes a title or an initial
            if w[:1].islower() and lw not in _NP_GLUE and lw not in lexicon.ROLE_NOUNS:
                if lw.endswith("ed") and prev_tok.casefold() not in DETERMINERS or \
                        lower >= A.subject_lower_words or (
                        # "editor Andy Coulson allegedly used", "Johanna Rahner wants to": after
                        # a name, an adverb, or after a person's name a verb in -s (not "Trump
                        # supporters", "Scott's family")
                        prev_tok[:1].isupper() and prev_tok.casefold() not in DETERMINERS and
                        w.isalpha() and (
                            (lw.endswith("ly") and lw not in lexicon.NOUNS_IN_LY) or (
                                lw.endswith("s") and not lw.endswith("ss") and
                                self.entities.surname.get(prev_tok) is not None and
                                lw not in lexicon.PERSON_ROLE_WORDS and lw not in lexicon.ORG_HEADS and
                                lw not in lexicon.COLLECTIVE_ROLE_WORDS and lw not in _GROUP_HEADS))):
                    break   # "the Wisconsin Republican criticized": the verb ends the subject
                lower += 1
            end = t.end()
        phrase = head[toks[0].start():end]
        while phrase.split() and phrase.split()[-1].casefold() in _NP_GLUE:
            phrase = phrase.rsplit(None, 1)[0] if " " in phrase else ""
        if not phrase or phrase.casefold() in _NP_GLUE:
            return None
        named = _APPOSITIVE_NAME.match(head, toks[0].start() + len(phrase))
        if named and phrase.split()[-1].casefold() in lexicon.ROLE_NOUNS and \
                self._a_person(named.group(1)):
            # "a Hamas spokesperson, Sami Abou Zouhri, paid tribute": the name the role gives
            return named.group(1), named.start(1)
        return phrase, toks[0].start()

    def _adverb_and_comma(self, head: str, tok: regex.Match[str]) -> bool:
        """An adverb in -ly and its comma opening the sentence ("Conversely, PolitiFact rated"):
        no name, unless the article names someone so ("Kelly, a spokeswoman, said")."""
        word = tok.group()
        return head.startswith(",", tok.end()) and (word in SENTENCE_ADVERBS or (
            len(word) > A.gerund_letters and word.endswith("ly") and word[:1].isupper() and
            word not in self.entities.surname and word not in self.entities.by_name))

    def subject_speaker(self, sp: Span, kinds: tuple[str, ...]) -> tuple[str, str, int] | None:
        """The speaker the subject opening the quote's sentence names, when it is of one of
        ``kinds``: (speaker, the subject's words, their offset)."""
        head = self.flat[sp.context_start:sp.outer_start]
        aside = _AS_ASIDE.match(head) if self.g.lang == "en" else None
        verb_as = self.g.cue.search(aside.group("body")) if aside else None
        if aside and verb_as is not None and verb_as.start() > 0 and not _PARTICIPLE.search(verb_as.group()):
            # "But as the Global Times tabloid noted in an op-ed Thursday, the leading GOP
            # candidate “has …”": the source the aside names says the words
            own = self.whole_phrase(_AUXILIARY_TAIL.sub("", aside.group("body")[:verb_as.start()]).rstrip())
            if own:
                at = sp.context_start + aside.start("body")
                found, kind = self.resolve(own, at + len(own))
                if found and kind in kinds:
                    return found, own, at
        subject = self.clause_subject(head)
        if subject:
            at = sp.context_start + subject[1]
            who, kind = self.resolve(subject[0], at + len(subject[0]))
            if who and kind in kinds:
                return who, subject[0], at
        return None

    def sentence_speaker(self, sp: Span) -> tuple[str | None, str | None, int]:
        """Who a partial quote belongs to when no verb says it: the person or body the sentence
        is about ("Le capitaine, Mathieu Garnier, a salué « … »"), else the last speaker; with
        the subject's words and offset when the sentence names it."""
        head = self.flat[sp.context_start:sp.outer_start]
        clause_then_subject = _CLAUSE_THEN_SUBJECT.get(self.g.lang or "")
        lead = clause_then_subject[0].match(head) if clause_then_subject and "," not in head else None
        # ("While those surveyed said …": theirs; "After saying …": the participle has no subject)
        verb = self.g.cue.search(head) if lead else None
        after = clause_then_subject[1].match(self.flat, sp.outer_end) \
            if clause_then_subject and lead and (verb is None or _PARTICIPLE.search(verb.group()) or
                                                 verb.start() <= lead.end()) else None
        if after:
            # "After saying her right foot was “so swollen …,” she was “whisked …”": the quote
            # sits in a clause that opens the sentence; its subject comes after the quote
            who, kind = self.resolve(after.group(1), after.end(1))
            if who and kind in ("person", "org", "group"):
                return who, after.group(1), after.start(1)
        elif lead and verb is not None and not _PARTICIPLE.search(verb.group()) and \
                verb.start() >= lead.end():
            # "While Will acknowledges Trump’s appeal as a “forceful persona,” he …", "While
            # those surveyed said X has the “best experience,”": the clause's own subject and
            # speech verb say the words
            between = _AUXILIARY_TAIL.sub("", head[lead.end():verb.start()]).rstrip()
            own = self.whole_phrase(between)
            if own:
                at = sp.context_start + lead.end() + between.find(own)
                first = own.split()[0]
                if " " in own and first.casefold() in _SOME_PEOPLE:
                    return own, own, at     # "those surveyed", "many voters": as printed
                who, kind = self.resolve(own, at + len(own))
                if who and (kind in ("person", "org", "group") or (
                        kind == "role" and own.split()[-1].casefold() in lexicon.PERSON_ROLE_WORDS)):
                    return who, own, at
        hit = self.subject_speaker(sp, ("person", "org", "group", "role", "document"))
        if hit:
            return hit
        people = []   # (the run, the name in it) of each person named
        for m in CAP_RUN.finditer(head):
            named = split_name(m.group())[0]
            if named and name_kind(self.entities.full(named)) == "person":
                people.append((m, named))
        # a person followed by a verb is the one acting ("Bush referred to Rubio as …"), as is
        # one who opens the sentence with an appositive ("James Clapper, Director of National
        # Intelligence, bestand darauf"); else the last person named
        opening = len(head) - len(head.lstrip())
        acting = [(m, named) for m, named in people if _VERB_NEXT.match(head, m.end()) or (
            m.start() == opening and head[m.end():m.end() + 1] == ",")]
        if people:
            return self.entities.full((acting or people)[-1][1]), None, -1
        clause = _PARTICIPE_CLAUSE.match(head) if self.g.lang == "fr" else None
        # "Démis de son poste …, il se définit comme un « … »": the pronoun after the clause
        toks = NAME_WORD.findall(head, clause.end() if clause else 0)
        if toks and self.g.is_pronoun(toks[0]):
            who, _ = self._pronoun(self.g.pronouns[toks[0].casefold()], sp.outer_start)
            return who, None, -1
        subject = self.np_after(head.lstrip())
        first = subject.split()[0] if subject else ""
        opener = first.casefold()
        # "Vielleicht ist …", "Toutefois …": a word that opens sentences, not a subject
        opens_only = opener not in DETERMINERS and first in STARTERS
        if subject and opener not in _SUBJECT_STOP and opener not in _NEVER_A_NAME and \
                _CONTRACTION.sub("", opener) not in _EXPLETIVE and \
                opener not in _LEAD_OPENERS and not opens_only and \
                not _OPENS_WITH_VERDICT.match(head.lstrip()) and not (
                    first not in self.entities.surname and len(opener) > A.gerund_letters and
                    opener.endswith(_PARTICIPLE_ENDINGS.get(self.g.lang, ("ing",)) +
                                    _ADVERB_ENDINGS.get(self.g.lang, ()))) and \
                not _PAST_PARTICIPLE_OPENER.match(head.lstrip()) and \
                not (self.g.lang == "fr" and _PARTICIPE_PASSE.match(head.lstrip()) and
                     not has_first_name(first)):
            who, kind = self.resolve(subject, sp.context_start + len(subject))
            if who and kind in ("person", "org", "group"):
                return who, None, -1
        recent = self._before(sp.outer_start, A.last_speaker_reach, self.speakers)
        return (recent[0][1] if recent else None), None, -1

    # -- attribution ----------------------------------------------------------------------

    def _cue_subject(self, pre: str, sentence: str = ""):
        """The last cue verb of ``pre`` that has a subject, that subject, and the sentence's
        verb when a participle nearer the quote brings it (``cue, mention, main``); ``sentence``
        is the quote's sentence up to ``pre`` when an earlier quote cut ``pre`` short."""
        cues = list(self.g.cue.finditer(pre))
        if self.g.lang == "fr":
            # "ont affirmé avoir répondu à un appel …": a past infinitive is what was said, not
            # the verb that says it
            cues = [c for c in cues if not _INFINITIVE_AUX_FR.search(pre, 0, c.start())]
        opener = _SAID_OPENER.match(pre) if self.g.lang == "en" else None
        if opener and not cues:
            # "Said Comey, “…”", "Said Dorothy Poynter, who grew up with Ali …, “…”"
            rest = pre[opener.end():]
            mention = self._better(self.np_after(rest), self.chunk_after(rest))
            if mention:
                return opener, None, mention
        # "he said, adding that the network … “…”": the speaker is the sentence's, the verb that
        # brings the quote is the participle nearest it
        nearest = None
        for n in range(len(cues) - 1, -1, -1):
            cue = cues[n]
            before = pre[:cue.start()]
            quoted = _QUOTED_AS.search(before) if self.g.lang == "en" else None
            if quoted:
                # "Mr Blair was quoted by London's Evening Standard as saying: “…”": the one
                # quoted speaks, not the paper that quotes him
                mention = self.np_before(before[:quoted.start()])
                if mention:
                    return *_nearest(nearest, cue), mention
            if n and cue.group().casefold() in lexicon.BELIEF_CUES and \
                    _SAID_HE.fullmatch(pre, cues[n - 1].end(), cue.start()):
                continue    # "Trump said he believes …": said, by Trump
            if n and _SAID_IT.fullmatch(pre, cues[n - 1].end(), cue.start()):
                continue    # "She says it underscores that …": says, by her; "it" reports nothing
            agent = _PASSIVE_BY.match(pre, cue.end()) if _PASSIVE_TAIL.search(before) else None
            if agent:
                # "Sanders was asked by host Bill Maher, …, “…”": the one asking speaks
                rest = pre[agent.end():]
                mention = self._better(self.np_after(rest), self.chunk_after(rest))
                if mention:
                    return *_nearest(nearest, cue), mention
            absolute = _WITH_ABSOLUTE.search(before) if self.g.lang == "en" and \
                _PARTICIPLE.search(cue.group()) else None
            doer = _agent_phrase(absolute.group(1)) if absolute else None
            if doer:
                # "…, with many marchers and spectators chanting “…”": whoever "with" names
                # does what the participle says, not the sentence's subject
                return *_nearest(nearest, cue), doer
            if _PARTICIPLE.search(cue.group()) and (before.rstrip().endswith(",") or
                                                    _LINKING_WORD.search(before)):
                if n:
                    nearest = nearest or cue
                    continue  # "X added that …, pointing out that": X is the speaker
                # "Donald Trump on Thursday ratcheted up his attacks on Rubio, saying he is …":
                # the participle's subject is the sentence's
                subject = self.clause_subject(before)
                if subject:
                    return *_nearest(nearest, cue), subject[0]
                if sentence:
                    # "G.K. Butterfield said he was “outraged” to even hear about it, arguing
                    # that “…”": the words before the comma end another clause, its subject
                    # opens the sentence
                    subject = self.clause_subject(sentence)
                    if subject:
                        return *_nearest(nearest, cue), subject[0]
                    continue
            if cue.group().casefold() in lexicon.IMPERSONAL_CUES:
                # "Am Freitagabend heißt es": "es" is its subject, the time no speaker; "In dem
                # Bericht heißt es": the report
                source = self.impersonal_source(_CLAUSE_START.split(before)[-1], pre[cue.end():],
                                                cue.group())
                if source:
                    return *_nearest(nearest, cue), source
                continue
            inverted = self._inverted_subject(pre[cue.end():]) \
                if self.g.lang in _VERB_SECOND and _opens_verb_second(before, self.g.lang) else None
            if inverted:
                # "Am Donnerstag erklärte Innenminister Hans-Peter Friedrich: …": the verb comes
                # second, after a time or a place, and the subject after it
                return *_nearest(nearest, cue), inverted
            if before.rstrip().endswith(",") and cue.group().casefold() not in _ADDRESSEE_CUES:
                # "The paradox of Nancy, says Carl Anthony, historian …, is that": inverted (but
                # "Hans-Peter Friedrich, German interior minister, told Zeit Online:" is not)
                rest = pre[cue.end():].lstrip()
                after = CAP_RUN.match(rest)
                if after and rest[after.end():after.end() + 1] in (",", ".") and \
                        self._a_person(after.group()):
                    return *_nearest(nearest, cue), after.group()
                # "In other words, explained CBS moderator Nancy Cordes: …"
                chunk = self.chunk_after(rest)
                if chunk and rest[len(chunk):].lstrip()[:1] in (":", ",") and \
                        self._better(None, chunk) and any(
                            name_kind(run) == "person" for run in CAP_RUN.findall(chunk)):
                    return *_nearest(nearest, cue), chunk
            # "Michael Green, associate professor of history at the University of Nevada, said":
            # the name that opens the clause, not the last capital of its appositive
            # ("As X, a tax lawyer …, recently put it": the adverb after the appositive too)
            appos = _OPENING_NAME.search(before) or _OPENING_NAME.search(
                _strip_end(self.g.adverbial_tail, "", before.rstrip()) + " ")
            if appos and self._a_person(appos.group(1)):
                return *_nearest(nearest, cue), appos.group(1)
            control = _CONTROL_TAIL.search(before) if self.g.lang == "en" else None
            if control:
                # "… so subdued that Mr. Trump was prompted to say": the infinitive's subject is
                # the one before the verb that governs it
                governor = self.np_before(before[:control.start()])
                if governor and (self.g.is_pronoun(governor) or governor[:1].isupper()):
                    return *_nearest(nearest, cue), governor
            mention = self.np_before(before)
            common = _COMMON_SUBJECT.search(before) if self.g.lang == "en" else None
            if common and any(w.casefold() in _STOPWORDS_ALL or w in DETERMINERS
                              for w in common.group(2).split()):
                common = None
            if mention and common and common.group(1).endswith(mention):
                mention = common.group(1)   # "a young voter", not the role noun alone
            issued = mention and _PARTICIPLE.search(cue.group()) and \
                mention.split()[-1].casefold() in lexicon.DOCUMENT_NOUNS
            if mention and not issued and _PARTICIPLE.search(cue.group()) and self.g.lang == "en" and \
                    not self.g.is_pronoun(mention) and (mention.split()[-1][:1].islower() or
                                                        _object_before(before, mention)):
                # "The Vermont senator emailed supporters saying: “…”", "Mayor Greg Stanton wrote
                # to Attorney General Loretta E. Lynch asking": the participle's subject is the
                # sentence's, the words before it its object
                subject = self.clause_subject(before)
                if subject and subject[0] != mention and not subject[0].endswith(mention):
                    return *_nearest(nearest, cue), subject[0]
            if mention and not issued:
                return *_nearest(nearest, cue), mention
            subject = self.clause_subject(before)
            if issued:
                # "Jessica Mackler issued a statement saying …": whoever issued it; when the
                # sentence opens with something else ("In a late meeting, the Council issued …"),
                # the phrase before the verb that issued it
                if subject and subject[0] != mention:
                    return *_nearest(nearest, cue), subject[0]
                verb = _last_match(_ISSUED, before)
                issuer = self.np_before(before[:verb.start()]) if verb else None
                return *_nearest(nearest, cue), issuer or mention
            # "The lawsuit alleges that …": a subject of common nouns, up to the verb; "Mr. Trump
            # was prompted to say": the sentence's subject says it
            if subject and (not before[subject[1] + len(subject[0]):].strip() or
                            _INFINITIVE.search(before)):
                return *_nearest(nearest, cue), subject[0]
            post = _SOURCE_POSTMODIFIER.search(before, subject[1]) if subject else None
            if subject and post and post.end() == len(before) and post.start() > subject[1]:
                # "Another source familiar with Cruz's thinking said": the source speaks, named
                # by the whole phrase (not Cruz)
                return *_nearest(nearest, cue), before[subject[1]:].strip(" ,")
            if common:
                # "…, when a young boy shouted, “…”", "…, and many commentators called him": a
                # subject of common nouns after a conjunction, named as written
                return *_nearest(nearest, cue), common.group(1)
        return None, None, None

    def _goes_on(self, sp: Span) -> bool:
        """The sentence before the quote, in its paragraph, is another quote's attribution that
        ends with a full stop ("“…,” Graham said. “…”")."""
        head = self.flat[max(0, sp.outer_start - A.alone_gap):sp.outer_start]
        close = _last_match(_DOUBLE_MARK, head)
        if close is None or close.group() in "“«„":
            return False
        tail = head[close.end():]
        return "\n" not in tail and tail.rstrip().endswith(".") and self.g.cue.search(tail) is not None

    def _inverted_subject(self, after: str, people_only: bool = False) -> str | None:
        """In a language that puts the verb second, the subject that opens ``after``, the text
        after a cue verb whose clause opens with something else (:func:`_opens_verb_second`:
        "Nach der Anhörung sagte Lee Halstead", "Am Abend erklärte er")."""
        if not after.strip():
            return None
        mention = self.np_after(after.lstrip())
        if not mention:
            return None
        rest = after.lstrip()[len(mention):]
        named = _APPOSITION_NAME.match(rest)
        if named and self._a_person(named.group(1)):
            return f"{mention}, {named.group(1)}"   # "der Sprecher der Polizei, Hans Müller"
        if self.g.is_pronoun(mention) or self._a_person(mention):
            return mention
        if not people_only and " " not in mention and mention[:1].isupper() and \
                rest.lstrip()[:1] in (":", ","):
            # "Am Montag erklärte Merkel: …": one capitalised word alone between the verb and
            # the quote is its subject (a common noun there would take an article: "die
            # Kanzlerin")
            return mention
        first = mention.split()[0].casefold()
        # "der Sprecher der Polizei", "Polizeisprecher …": a role; other words are no subject
        return None if people_only or not (first in DETERMINERS or first in lexicon.ROLE_NOUNS) else mention

    @staticmethod
    def _names_only_after_prepositions(s: str, start: int) -> bool:
        """Every capitalised run after ``start`` follows a preposition ("at a rally in Ohio"),
        none opens a new subject ("after the hearing Supt Lee Halstead from …")."""
        return all(_word_before(s, m.start(), start) in lexicon.OBJECT_MARKERS
                   for m in CAP_RUN.finditer(s, start))

    def _acted_after(self, p: str, post_at: int) -> Found | None:
        """Someone right after a quote and a verb in the past that no cue table holds."""
        verb = _ANY_VERB_AFTER.search(p, 0, A.cue_after_reach)
        if not verb or verb.group(1).casefold() in lexicon.NOT_SPEECH_ACTS:
            return None
        mention = p[:verb.start()].strip()
        if not mention or len(mention.split()) > A.acted_after_words or \
                mention.split()[-1].casefold() in _SUBJECT_STOP or _CLAUSE_MARKS.search(
                _TITLE_DOT.sub("", mention)) or self.np_after(mention) is None:
            return None
        if not self.g.is_pronoun(mention) and self.resolve(mention, post_at)[1] not in _ACTORS:
            return None
        return Found(mention=mention, at=post_at, cue=verb.group(1), cue_at=post_at + verb.start(1),
                     rule="cue-after")

    def _acts_before(self, sp: Span) -> bool:
        """A speech verb before the quote in its sentence has someone or some body for subject."""
        mention = self._cue_subject(sp.pre)[2]
        if not mention:
            return False
        if self.g.is_pronoun(mention):
            return True
        return self.resolve(mention, sp.outer_start)[1] in _ACTORS

    def attribute(self, sp: Span) -> Found:
        """What the quote's own sentence says of who said it (``Found()`` when nothing)."""
        g = self.g
        # a transcript's line: "“PENCE: Well, look, …" (the speaker in capitals, a colon)
        label = _TRANSCRIPT_LABEL.match(self.text, sp.start, sp.end)
        if label and (self._known_capitals(label.group(1)) or label.group(1) in self._transcript_voices()):
            return Found(mention=label.group(1), at=label.start(1), rule="transcript")
        post_at = sp.outer_end
        p = sp.post
        lead = len(p) - len(p.lstrip(" ,.;:–—―-\u00a0\u202f'’\""))
        p, post_at = p[lead:], post_at + lead
        # 1. right after the quote: ", he said" / ", said the minister" / ", a-t-il estimé"
        if g.inverted_pronoun is not None:
            m = g.inverted_pronoun.match(p)
            # the verb alone: "estimé" of "a-t-il estimé", "estime" of "estime-t-il", "dit" of
            # "dit-il" (the cue pattern refuses a verb that a hyphen continues)
            alone = _INVERTED_PRONOUN.sub("", m.group("cue").split()[-1]) if m else ""
            if m and g.cue.fullmatch(alone):
                who = m.group("m") or m.group("m2") or m.group("m3")
                return Found(mention=who, at=post_at + m.start(), cue=m.group("cue"),
                             cue_at=post_at + m.start("cue"), rule="cue-after")
        # "…” — Jens Stoltenberg" (a dash and a name closing the sentence or paragraph, or
        # opening the next paragraph: "“…”\n\n- Bernie Sanders.")
        if not sp.post.strip():
            nxt = _NEXT_PARAGRAPH_DASH.match(self.flat, sp.outer_end)
            if nxt and split_name(nxt.group(1))[0]:
                return Found(mention=nxt.group(1), at=nxt.start(1), rule="dash")
        if not sp.close_mark:
            sig = _SIGNATURE_LINE.match(self.flat, sp.outer_end)
            if sig and split_name(sig.group(1))[0]:
                return Found(mention=sig.group(1), at=sig.start(1), rule="dash")
        if _DASH_START.match(sp.post):
            m = _DASH_NAME.match(p)
            if m and split_name(m.group(1))[0]:
                return Found(mention=m.group(1), at=post_at, rule="dash")
        # "“…,” Douglas Holtz-Eakin, an economic adviser to … Budget Office, wrote": an
        # appositive can hold the verb back well past a short window
        c = g.cue.search(p[:A.appositive_cue_reach] if _NAME_COMMA_START.match(p) else p[:A.cue_after_reach])
        last_mark = self.text[sp.start:sp.end].rstrip()[-1:]   # the quote's own last character
        # the quote ends its sentence and a new one starts after it: what follows may be no
        # attribution of it (the four readings below)
        ends_sentence = bool(_NEW_SENTENCE.match(sp.post)) and last_mark in (".", "!", "?")
        restating = _RESTATING[g.lang].match(p, 0, c.start()) \
            if c and ends_sentence and g.lang in _RESTATING else None
        reports_more = _NOT_AN_ATTRIBUTION.get(g.lang, _NOT_AN_ATTRIBUTION["en"])
        if c and ends_sentence and not restating and (reports_more.match(p, c.end()) or
                                                      _PASSIVE_TAIL.search(p, 0, c.start())):
            # “… in Nice.” He said he had directed …: a new sentence that reports more, not an
            # attribution of the quote before it ("“… states.” Rep. Earl Blumenauer said."); nor
            # is "Clinton’s attacks were echoed by …", whose subject is no speaker
            c = None
        if c and ends_sentence and _QUOTE_BEFORE_SENTENCE_END.match(self.text, post_at + c.end()):
            # “… a pathological liar.” Carly Fiorina said Ted Cruz “says whatever …”: a new
            # sentence whose verb introduces its own quote
            c = None
        if c and ends_sentence and sp.pre.strip() and not sp.pre.rstrip().endswith((":", "—", "–")) \
                and not NAME_THEN_CUE.fullmatch(p, 0, c.start()):
            # "Bush … described his leadership skills as a “work in progress.” Christie, New
            # Jersey’s governor, repeated …": words inside a sentence that ends with them are
            # that sentence's; the next sentence's verb is its own (unless it is no more than
            # "X said.", a cue and its subject alone)
            c = None
        if c and ends_sentence and sp.pre.strip() and g.cue.search(sp.pre) and self._acts_before(sp):
            # "Sanders called the suspension “arbitrary.” Josh Hendler … warned": the quote's
            # own sentence gave it a verb and a subject; the next sentence is someone else's
            c = None
        if c and ends_sentence and _INSERTED_ATTRIBUTION.match(p, c.start()) and \
                _PRONOUN_BEFORE_COMMA.search(p, 0, c.start()):
            # “… to the bully.” South Carolina, he said, was "where we have a chance …": a new
            # sentence with its own attribution inside it, not one of the quote before
            c = None
        goes_on = ends_sentence and not sp.pre.strip() and self._goes_on(sp)
        if c and goes_on:
            # "“…,” Graham said. “But … hurting.” On Monday, Smith said …": a quote that is a
            # sentence of its own right after one someone was named for goes on with their
            # words; the next sentence is news of its own (as a paragraph break would show)
            c = None
        if c and _NEW_SENTENCE.match(sp.post) and _LEAD_WORDS.match(p) and "," in p[:c.start()]:
            # “… a liar.” However, he held his fire …, calling him …: a new sentence that goes
            # on to something else
            c = None
        if c and g.lang == "en" and sp.pre.strip() and _AND_SUBJECT.match(p[:c.start()]) and \
                g.cue.search(sp.pre) is not None:
            # "Ryan saying he was “very encouraged” and Trump calling it …": a second clause with
            # its own subject; the quote belongs to the verb before it
            c = None
        source = self.impersonal_source(p[:c.start()], p[c.end():], c.group()) \
            if c and c.group().casefold() in lexicon.IMPERSONAL_CUES else None
        if source and c:
            # "„…“, heißt es in der Pressemitteilung", "„…“, war in der Zeitung zu lesen"
            at = p.rfind(source, 0, c.start())
            at = at if at >= 0 else p.find(source, c.end())
            return Found(mention=source, at=post_at + at, cue=c.group(), cue_at=post_at + c.start(),
                         rule="cue-after")
        if c:
            between = p[:c.start()]
            if restating:
                # (blanked, so that offsets into it still hold)
                between = " " * restating.end() + between[restating.end():]
            if not between.strip():
                rest = p[c.end():]
                if restating and g.lang == "de":
                    # "So formulierte es die Kanzlerin": "es" is the words, the subject follows
                    it = _OBJECT_IT_DE.match(rest)
                    rest = " " * it.end() + rest[it.end():] if it else rest
                # "“…,” noting that Trump’s tax cuts …": a participle and a clause, whose
                # subject is the sentence's, not the words after the verb
                subordinate = _COMPLEMENTIZER.match(rest) or (
                    self.g.lang == "en" and _PARTICIPLE.search(c.group()) is not None)
                # "», a déclaré lundi la ministre", "sagte am Montag der Minister": the day
                # stands between the verb and who spoke
                day = _DAY_FIRST.match(rest)
                named = rest[day.end():] if day else rest
                if self.g.lang != "en":
                    # "assure sans détour X", "a indiqué par ailleurs le porte-parole", "a
                    # déclaré à l'AFP un porte-parole": adverbials before who spoke
                    for _ in range(A.np_strip_rounds):
                        adverbial = _INVERTED_ADVERBIAL.match(named) or _DAY_FIRST.match(named)
                        if not adverbial:
                            break
                        named = named[adverbial.end():]
                mention = None if subordinate else self._better(self.np_after(named),
                                                                self.chunk_after(named.lstrip()))
                if mention:
                    # "said his best friend at Lehigh, Bruce Turry, who …", "a indiqué le chef
                    # aux opérations du Service de sécurité incendie de Montréal, Richard
                    # Bordeaux": the name it gives
                    then_name = _THEN_NAME if self.g.lang == "en" else _THEN_NAME_ELSEWHERE
                    after = then_name.match(named, named.find(mention) + len(mention))
                    if after and self._a_person(after.group(1)):
                        mention = named[named.find(mention):after.end(1)]
                if mention:
                    return Found(mention=mention, at=post_at + c.end() + rest.find(mention), cue=c.group(),
                                 cue_at=post_at + c.start(), rule="cue-after")
            elif g.lang == "en" and c.group().casefold() in _ADDRESSEE_CUES and \
                    len(between.split()) <= A.title_name_words and _PASSIVE_TAIL.search(between) and \
                    (agent := _PASSIVE_BY.match(p, c.end())):
                # "“…,” the AFP was told by Imelda Nyirankusi": the agent speaks
                rest = p[agent.end():]
                mention = self._better(self.np_after(rest), self.chunk_after(rest))
                if mention:
                    return Found(mention=mention, at=post_at + len(p) - len(rest) + rest.find(mention),
                                 cue=c.group(), cue_at=post_at + c.start(), rule="cue-after")
            else:
                # "Holt, 45, said" / "Holt, who heads the agency, said": the name before the comma
                # "panel Chairman Rep. Jason Chaffetz (R-Utah) said": the party and state are
                # no part of the phrase a title opens
                plain = _BRACKETS.sub(" ", _AGE_APPOSITIVE.sub(" ", between))
                if g.lang == "en":
                    # "“…,” as a Homeland Security memo put it": "as" opens the attribution
                    plain = _AS_OPENS.sub(" ", plain)
                    # "“…,” she has said", "he has repeatedly said": the auxiliary and the
                    # adverb are no part of the subject
                    plain = _strip_auxiliaries(plain)
                mention = self.np_before(plain)
                whole = mention and (len(mention) >= len(plain.strip()) - 1 or
                                     plain.strip().startswith(mention + ","))
                if mention and not whole and plain.strip().endswith(mention) and \
                        len(plain.split()) <= A.title_name_words and \
                        not _CLAUSE_MARKS.search(_TITLE_DOT.sub("", plain)):
                    # "White House press secretary Karine Jean-Pierre told": a title before a name
                    whole = self._a_person(mention)
                if mention and not whole and self.g.lang == "en":
                    # "state Senate leader Phil Berger and House Speaker Tim Moore, both
                    # Republicans, said": two people say it together; the last one named stands
                    # for both
                    at = plain.find(mention)
                    pair = _AND_END.search(plain, 0, at) if at > 0 else None
                    first = self.np_before(plain[:pair.start()]) if pair else None
                    whole = pair is not None and first is not None and \
                        plain[:pair.start()].strip() == first and \
                        (self._a_person(first) or self._a_person(mention))
                if mention and not whole and self.g.lang == "en" and plain.strip().endswith(mention) \
                        and plain.strip()[:-len(mention)].rstrip().endswith(","):
                    # "“in homage to” Lazar, Song wrote": the quote's sentence ran on to a comma;
                    # the name after it, which no comma closes, is the verb's subject
                    whole = self._a_person(mention)
                if whole and mention and mention in between and not _a_time(mention):
                    return Found(mention=mention, at=post_at + between.rfind(mention), cue=c.group(),
                                 cue_at=post_at + c.start(), rule="cue-after")
                chunk = self.chunk_before(between)
                opens_as = _AS_OPENS.match(between) if g.lang == "en" else None
                if chunk is None and opens_as:
                    chunk = self.chunk_before(between[opens_as.end():])
                if chunk and chunk in between and not _a_time(chunk):
                    return Found(mention=chunk, at=post_at + between.find(chunk), cue=c.group(),
                                 cue_at=post_at + c.start(), rule="cue-after")
        if c is None and g.lang == "en" and not sp.pre.strip() and last_mark in (",", "?", "!"):
            # "“France will always be France,” an angry Hollande retaliated.": a quote that
            # opens its sentence and goes on after it, then someone and what they did, is theirs
            # whatever the verb
            found = self._acted_after(p, post_at)
            if found is not None:
                return found
        # 2. the clause before the quote: "China said that …", or a paragraph of its own that
        # ends with a colon right before a quote that opens the next one ("Reporter X says:")
        pre, base = sp.pre, sp.outer_start - len(sp.pre)
        if not pre.strip():
            intro = _INTRO_PARAGRAPH.search(self.flat, max(0, sp.outer_start - A.intro_window),
                                            sp.outer_start)
            if intro:
                pre, base = intro.group(1), intro.start(1)
        head = self.flat[sp.context_start:base] if base > sp.context_start else ""
        words_of = _IN_WORDS_OF.search(pre) if g.lang == "en" else None
        if words_of:
            # "Mrs. Clinton was, in the words of a senior adviser, “the torchbearer”", "in
            # Forbes’ words, “…”": whoever said it before, these words are the adviser's
            who = words_of.group("of") or words_of.group("own")
            # ("in her words": her, as printed)
            mention = who if who.casefold() in _POSSESSIVE_PRONOUN else self.np_after(who)
            if mention:
                return Found(mention=mention, at=base + words_of.start("of" if words_of.group("of")
                                                                      else "own"),
                             cue=words_of.group("cue"), cue_at=base + words_of.start("cue"),
                             rule="according-to")
        owned = _OWNED_SPEECH.search(pre) if g.lang == "en" else None
        if owned and split_name(owned.group(1))[0] and not g.cue.search(pre, owned.end(2)) and \
                not g.cue.search(pre, 0, owned.start()):
            # "Politifact seized on Trump’s claim that there have been “…”": the claim's owner
            # said it, not the sentence's subject (but "Priebus called Clinton's remarks a “…”",
            # "Benjamin said": a speech verb says whose words they are)
            return Found(mention=owned.group(1), at=base + owned.start(1), cue=owned.group(2),
                         cue_at=base + owned.start(2), rule="cue-before")
        cue, main, mention = self._cue_subject(pre, head)
        if cue is not None:
            pos = pre.rfind(mention, 0, cue.start())
            pos = pos if pos >= 0 else pre.find(mention, cue.end())
            if pos >= 0:
                at = base + pos
            else:   # the subject of the sentence, before an earlier quote
                at = head.rfind(mention)
                at = sp.context_start + at if at >= 0 else -1
            return Found(mention=mention, at=at, cue=cue.group(),
                         cue_at=base + cue.start(), rule="cue-before", main_cue=main)
        # 3. later in the sentence: "…, underlined the head of NATO." (not past the end of a
        # sentence the quote ends inside of: "… from Syria “can come in so easily.” Trump, …")
        ended = ends_sentence and bool(sp.pre.strip())
        for m in _COMMA.finditer("" if goes_on or ended else sp.post):
            rest = sp.post[m.end():]
            c = g.cue.match(rest)
            if c and g.lang == "en" and c.group().casefold() in _ADDRESSEE_CUES:
                # "“…,” a resident of Jomba, according to whom …, told the AFP": English puts
                # no speaker after "told"; whom it was told is no speaker, the phrase that opens
                # the words after the quote is
                lead_in = sp.post[:m.start()].lstrip(" ,")
                mention = self._better(self.np_after(lead_in), self.chunk_after(lead_in))
                if mention and lead_in.startswith(mention):
                    base = sp.outer_end + sp.post.find(lead_in)
                    return Found(mention=mention, at=base, cue=c.group(),
                                 cue_at=sp.outer_end + m.end() + c.start(), rule="cue-later")
                continue
            if c:
                mention = self.np_after(rest[c.end():])
                if mention:
                    base = sp.outer_end + m.end()
                    return Found(mention=mention, at=base + c.end() + rest[c.end():].find(mention),
                                 cue=c.group(), cue_at=base + c.start(), rule="cue-later")
            c = g.cue.search(rest[:A.cue_later_reach])
            if c and c.start() > 0:
                mention = self.np_before(rest[:c.start()])
                if not (mention and len(mention) >= len(rest[:c.start()].strip()) - 1):
                    # "… of the case, the unsigned opinion said."
                    mention = self.chunk_before(rest[:c.start()])
                    if mention and rest[:c.start()].strip() != mention:
                        mention = None
                described = _NAME_AT_END.search(sp.post, 0, m.start()) \
                    if mention and rest[:c.start()].rstrip().endswith(",") and \
                    mention.split()[0].casefold() in DETERMINERS else None
                if described and self._a_person(described.group(1)):
                    # "… after Warren E. Buffett, the billionaire investor, complained": the role
                    # between commas describes the name before it, who is the verb's subject
                    return Found(mention=described.group(1), at=sp.outer_end + described.start(1),
                                 cue=c.group(), cue_at=sp.outer_end + m.end() + c.start(),
                                 rule="cue-later")
                if mention:
                    base = sp.outer_end + m.end()
                    return Found(mention=mention, at=base + rest.find(mention), cue=c.group(),
                                 cue_at=base + c.start(), rule="cue-later")
        # 4. a clause that introduces the quote with a colon: "Karen Holt was blunt: …"
        # (also the paragraph of its own before: "On July 6, 2015, Sanders made the following
        # comment:")
        if pre.rstrip().endswith(":"):
            clause = _CLAUSE_SPLIT.split(pre.rstrip()[:-1])[-1]
            signed = _SIGNED_BEFORE_COLON.search(clause)
            words_by = _last_match(_WORDS_BY, clause) if self.g.lang == "en" else None
            noun = None
            if words_by is not None and self.resolve(words_by.group(1), sp.outer_start)[1] in _ACTORS:
                signed = noun = words_by   # the one whose statement, tweet or headline it is
            subject = self.clause_subject(clause) if self.g.lang == "en" else None
            if signed:      # "HEADLINE - Carl Bialik:", "More from Blumenthal and Cohen:"
                mention = signed.group(1)
            elif subject:   # "At the town hall …, the Christie supporter retorted:"
                mention = subject[0]
            elif pre is sp.pre:     # a paragraph of its own needs its subject ("Wait, it gets
                mention = self.np_after(clause.lstrip())    # better:")
            else:
                mention = None
            while mention and mention.split()[0] in STARTERS and \
                    mention.split()[0].casefold() not in DETERMINERS:
                # "Asked about …, the chief executive said:", "Dès le début de l'essai, …:" open
                # with no subject; "Said Ellis:" with the verb before it
                mention = mention.split(None, 1)[1] if " " in mention else None
            kind = self.resolve(mention, sp.outer_start)[1] \
                if mention and mention.casefold() not in DETERMINERS and not _a_time(mention) else None
            if not (signed or subject) and (self.g.lang == "en" or self.g.lang in _VERB_SECOND) and \
                    kind not in _ACTORS:
                # "Perhaps this is why Daniel Büttner is not a fan of evening events:": the one
                # person the clause names, a verb after the name, whatever opens the clause (in
                # German the verb may come before: "Vielleicht ist Daniel Büttner kein Fan …:";
                # there the name must not follow a preposition: "Nach dem Treffen mit Merkel:")
                # (a person the article's names know: German capitalises nouns, "Fan von
                # Event-Abenden" reads like a name)
                people = [m for m in CAP_RUN.finditer(clause)
                          if (person := split_name(m.group())[0]) and
                          (known := self.entities.by_name.get(self.entities.full(person))) is not None
                          and known.kind == "person"]
                if len(people) == 1 and (
                        _SUBJECT_VERB.match(clause, people[0].end()) if self.g.lang == "en" else
                        _word_before(clause, people[0].start()).casefold() not in _PREPOSITIONS_DE):
                    mention = people[0].group()
                    kind = self.resolve(mention, sp.outer_start)[1]
            if mention and kind in _ACTORS:
                at = base + pre.rfind(mention)
                if noun is not None:    # "this statement by Trump": the noun for the words
                    return Found(mention=mention, at=at, cue=noun.group().split()[0],
                                 cue_at=base + pre.rfind(noun.group()), rule="colon")
                # the verb the subject opens ("Isaiah 45:1 reads:", "Karen Holt was blunt:",
                # past an appositive: "Jane Doe, his rival, disagreed:")
                end = at + len(mention)
                appos = _APPOSITIVE_AHEAD.match(self.flat, end, sp.outer_start)
                verb = _VERB_AFTER_SUBJECT.match(self.flat, appos.end() if appos else end)
                if verb and self.g.lang == "en":
                    return Found(mention=mention, at=at, cue=verb.group(1), cue_at=verb.start(1),
                                 rule="colon")
                return Found(mention=mention, at=at, rule="colon")
        # 5. "according to X"
        for part, base in ((sp.post, sp.outer_end), (sp.pre, sp.outer_start - len(sp.pre))):
            m = g.according.search(part)
            if m:
                # "according to conservative talk radio host Rush Limbaugh": the whole phrase
                rest = part[m.end():].lstrip()
                mention = self.np_after(rest)
                if mention and g.lang in lexicon.NOUNS_CAPITALISED:
                    # "Nach Angaben der Polizei war der Mann …": the source's phrase ends with
                    # its noun, where the clause's verb follows
                    mention = _NOUN_THEN_VERB_DE.sub("", mention)
                mention = self._better(mention, self.chunk_after(rest)) if mention else None
                phrase = _ACCORDING_PHRASE.match(rest) if mention and g.lang == "en" else None
                if mention and phrase and len(phrase.group().split()) <= A.max_chunk + 3 and \
                        phrase.group().startswith(mention) and not self._a_person(mention) and not (
                            mention.split()[-1].casefold() in lexicon.PERSON_ROLE_WORDS and
                            _PREPOSITION_NEXT.match(phrase.group(), len(mention))):
                    # "according to a study last year by economists at Duke University": the
                    # source as printed, to the end of its phrase (but "her lawyers in a court
                    # filing" are her lawyers, and a named person is named)
                    mention = phrase.group().rstrip()
                if mention and part is sp.post and set(mention.casefold().split()) & lexicon.DOCUMENT_NOUNS \
                        and not _POSSESSIVE_INSIDE.search(mention + " "):
                    # "The company “…,” according to a regulatory filing": the company's filing
                    # (not "her lawyers' filing", whose owner it names)
                    owner = self.np_after(sp.pre.lstrip()) if sp.pre.strip() else None
                    if owner and CAP_RUN.search(owner, 1 if owner[:1].isupper() else 0):
                        return Found(mention=owner, at=sp.outer_start - len(sp.pre) + sp.pre.find(owner),
                                     cue=m.group(), cue_at=base + m.start(), rule="according-to")
                if mention:
                    return Found(mention=mention, at=base + m.end() + part[m.end():].find(mention),
                                 cue=m.group(), cue_at=base + m.start(), rule="according-to")
        return Found()


def _confidences() -> dict[str, float]:
    """Per rule, the precision measured on annotated news nobody here wrote (PolNeAR dev,
    ``bench/eval_polnear.py --write-confidence``): a rule's confidence is how often it is right."""
    import json
    from importlib import resources
    with resources.files("quotecmp").joinpath("rule_precision.json").open(encoding="utf-8") as fh:
        table = json.load(fh)
    return {rule: float(row["precision"]) for rule, row in table["rules"].items()}


CONFIDENCE = _confidences()


def _item(sp: Span, found: Found, speaker: str | None, kind: str) -> dict:
    end = sp.outer_end
    if found.mention and found.at >= 0:
        end = max(end, found.at + len(found.mention))
    if found.cue and found.cue_at >= 0:
        end = max(end, found.cue_at + len(found.cue))
    return {"span": sp, "mention": found.mention, "at": found.at, "cue": found.cue,
            "cue_at": found.cue_at, "main_cue": found.main_cue, "speaker": speaker, "kind": kind,
            "rule": found.rule if speaker else "", "end": end}


def _inherit(item: dict, other: dict, rule: str, *, cue: bool = True) -> None:
    """``item`` takes ``other``'s attribution, mention and cue included: the words that
    attribute it are the ones printed at the other quote."""
    item.update(speaker=other["speaker"], mention=other["mention"], at=other["at"], rule=rule)
    if cue:
        item.update(cue=other["cue"], cue_at=other["cue_at"], main_cue=other.get("main_cue"))


def attribute(text: str, flat: str, spans: list[Span], source_id: str,
              lang: str | None) -> list[Quote]:
    """Quotes with speakers for the spans of one source; spans that are no quote are dropped."""
    att = Attributor(text, flat, lang)
    found: list[dict] = []
    for sp in spans:
        if sp.reason:
            continue
        f = att.attribute(sp)
        speaker, kind = att.speaker_of(sp, f)
        found.append(_item(sp, f, speaker, kind))
    # second pass: what a reader infers for quotes the sentence does not attribute
    keys = [fold(text[f["span"].start:f["span"].end]) for f in found]
    last_by_sentence: dict[int, dict] = {}   # the latest attributed quote of each sentence
    last: dict | None = None                  # the latest attributed quote so far
    next_full: list[dict | None] = [None] * len(found)   # the next quote that is not a continued paragraph
    upcoming = None
    for n in range(len(found) - 1, -1, -1):
        next_full[n] = upcoming
        if not found[n]["span"].continues:
            upcoming = found[n]
    for n, item in enumerate(found):
        if item["speaker"]:
            last = item
            last_by_sentence[item["span"].context_start] = item
            continue
        sp = item["span"]
        key = keys[n]
        _infer(item, n, sp, key, att, found, keys, flat, last, last_by_sentence, next_full[n])
        if item["rule"] == "sentence-subject" and item["mention"] is None and not item["cue"] and \
                last is not None and last["speaker"] == item["speaker"] and last["cue"]:
            # "“It's an enormous moment,” said Steve Schmidt. Unless rivals quit, “it's very
            # difficult …”": the same speaker goes on, attributed by the same words
            _inherit(item, last, item["rule"])
        if item["speaker"]:
            last = item
            last_by_sentence[sp.context_start] = item
    quotes = []
    for item in found:
        if item.get("drop"):
            continue
        sp = item["span"]
        quotes.append(make_quote(text, source_id, sp, item))
    return quotes


def _blanked(read: str, printed: str) -> bool:
    """``read`` is ``printed`` with some words blanked to x (a title in marks inside it)."""
    return len(read) == len(printed) and read != printed and "x" in read and \
        all(a == b or a == "x" for a, b in zip(read, printed))


def make_quote(text: str, source_id: str, sp: Span, item: dict, kind: Kind | None = None) -> Quote:
    """The Quote record of an attributed span: offsets of the mention and the cue as printed."""
    rule = item["rule"] if item["speaker"] else ""
    mention, at = item["mention"], item["at"]
    if mention and 0 <= at and _blanked(mention, text[at:at + len(mention)]):
        # read where a title's words were blanked: printed as the article prints them
        mention = text[at:at + len(mention)]
    if not (mention and 0 <= at and text[at:at + len(mention)] == mention):
        at = -1
    cue, cue_at = item["cue"], item["cue_at"]
    if not (cue and 0 <= cue_at and text[cue_at:cue_at + len(cue)] == cue):
        cue_at = -1
    return Quote(
        id=f"{source_id}#{sp.start}-{sp.end}", source=source_id, text=text[sp.start:sp.end],
        start=sp.start, end=sp.end, kind=kind or sp.kind, speaker=item["speaker"],
        speaker_mention=mention, cue=cue, main_cue=item.get("main_cue") if cue else None,
        confidence=CONFIDENCE.get(rule, A.unmeasured) if rule else 0.0,
        marks=sp.marks, context_start=sp.context_start, context_end=sp.context_end,
        attribution=rule or None,
        mention_start=at if at >= 0 else None, mention_end=at + len(mention) if at >= 0 else None,
        cue_start=cue_at if cue_at >= 0 else None, cue_end=cue_at + len(cue) if cue_at >= 0 else None)


def attribute_unmarked(att: Attributor, sp: Span, source_id: str, other: str | None) -> Quote:
    """The Quote for words recovered without marks: its own sentence's attribution when it
    has one, else the speaker another source prints with the same words (``other-version``)."""
    f = att.attribute(sp)
    speaker = att.resolve(f.mention, max(f.at, sp.start) + len(f.mention))[0] if f.mention else None
    item = _item(sp, f, speaker, "")
    if not speaker:
        item.update(speaker=other, rule="other-version")
    return make_quote(att.text, source_id, sp, item, kind="unmarked")


_LETTER = regex.compile(r"\p{L}")


def _infer(item: dict, n: int, sp: Span, key: str, att: Attributor, found: list[dict],
           keys: list[str], flat: str, last: dict | None, last_by_sentence: dict[int, dict],
           following: dict | None) -> None:
    """What a reader infers for a quote its sentence does not attribute (updates ``item``)."""
    if sp.continues:  # a paragraph of a quote whose attribution comes in a later paragraph
        nxt = following
        if nxt is not None and nxt["speaker"] and nxt["span"].outer_start - sp.outer_end < A.continues_reach:
            _inherit(item, nxt, "continues-paragraph")
            return
    same = last_by_sentence.get(sp.context_start)
    if same is not None:  # "called the plan “a disaster” and “a waste of money”"
        _inherit(item, same, "same-sentence")
        # "Bush referred to Rubio as “…” but described his skills as “…”": the second quote's
        # own verb, printed between the two
        lo = same["span"].outer_end
        verb = _last_match(att.g.cue, flat[lo:sp.outer_start]) if lo < sp.outer_start else None
        if verb:
            item.update(cue=verb.group(), cue_at=lo + verb.start(), main_cue=None)
        return
    # "Guns are “…” and “…,” Howard Dean proclaimed": the sentence names the speaker after
    # its last quote
    later = next((f for f in found[n + 1:n + 1 + A.later_quotes] if f["speaker"] and f["rule"] in _LATER_RULES
                  and f["span"].context_start == sp.context_start), None)
    if later is not None:
        _inherit(item, later, "same-sentence")
        return
    if sp.kind == "direct":
        prev = last
        lo = prev["end"] if prev is not None else max(0, sp.outer_start - A.named_between_reach)
        # the rest of the attribution's sentence ("… said late Monday.") is no new speaker
        rest = max(lo, prev["span"].context_end) if prev is not None else lo
        gap = flat[rest:sp.outer_start] if prev is not None else ""
        if prev is not None and 0 <= sp.outer_start - rest < A.follows_gap and not _LETTER.search(gap) \
                and gap.count("\n") <= A.follows_breaks and prev["rule"] != "dash":
            # (a quote signed "― Veronica Cruz" is closed by its signature: the next is another's)
            # "“…,” Mr. Rubio said in Iowa. “It's created an incentive …”": nothing between
            # the attribution and the next quote, so the same person goes on speaking
            _inherit(item, prev, "follows-quote")
            return
        # a quote inside a sentence about someone ("Clinton clashed with Johnson, chiding him,
        # “…”") is theirs
        if len(flat[sp.context_start:sp.outer_start].split()) >= A.subject_min_words:
            hit = att.subject_speaker(sp, _ACTORS)
            if hit:
                _sentence_subject(item, sp, att, flat, hit)
                return
        # someone named between the previous quote and this one speaks now
        newer = att.spoke_before(lo, sp.outer_start) or att.named_between(lo, sp.outer_start)
        if newer:
            who, how = newer
            item.update(speaker=who, rule=how.rule, mention=how.mention, at=how.at,
                        cue=how.cue, cue_at=how.cue_at, main_cue=how.main_cue)
            return
        gender = att.g.pronouns.get(item["mention"].casefold()) if item["mention"] else None
        if prev is not None and sp.outer_start - prev["span"].outer_end < A.previous_reach and \
                not (item["mention"] and item["cue"] and not _personal_pronoun(att, item["mention"])) \
                and not (gender in ("m", "f") and prev["kind"] == "person" and
                         not gender_fits(prev["speaker"], gender)):
            # (a sentence that names its own speaker, whom we could not resolve, "Another
            # advised, “…”", "“…,” it reads", is someone's else than the last speaker's; "he
            # said" after the last speaker's quote is most often still them, but not after
            # Mary Lee's)
            _inherit(item, prev, "previous-speaker")
            return
    # a partial quote in a sentence about someone is theirs before it is an echo of a quote
    # that happens to hold the same words
    if sp.kind == "partial" and len(key) >= A.min_key_chars and (
            len(key.split()) > 1 or att.g.cue.search(flat, sp.context_start, sp.context_end)):
        hit = att.subject_speaker(sp, _ACTORS)
        if hit:
            _sentence_subject(item, sp, att, flat, hit)
            return
    # the same words inside a longer quote nearby ("serious consequences")
    near = range(max(0, n - A.echo_reach), min(len(found), n + A.echo_reach + 1))
    host = next((found[i] for i in near if i != n and found[i]["speaker"] and
                 len(key) >= A.min_key_chars and key in keys[i]), None)
    if host is not None:
        item.update(speaker=host["speaker"], rule="echo")
        return
    if sp.kind == "partial":
        # a speech verb in the sentence, or a noun for what someone said ("Republican claims
        # as “false”"): the words are someone's, not a term of the writer's
        cue_near = att.g.cue.search(flat, sp.context_start, sp.context_end) or \
            _SPEECH_NOUN.search(flat, sp.context_start, sp.context_end)
        prev = last
        alone = flat[sp.context_start:sp.outer_start].strip() == "" and \
            flat[sp.outer_end:sp.context_end].strip() == "" and \
            flat[sp.start:sp.end].rstrip()[-1:] in (".", "!", "?")
        if alone and prev is not None and 0 <= sp.outer_start - prev["span"].outer_end < A.alone_gap and \
                "\n" not in flat[prev["span"].outer_end:sp.outer_start]:
            # "'We will not be bullied,' Ms Smith said. 'Never.'": a sentence of its own,
            # right after her quote in the same paragraph, is hers too
            sp.kind = "direct"
            _inherit(item, prev, "follows-quote")
            return
        # "rejected the idea as “ludicrous”", "presenting herself as “anti-system”": someone
        # characterises a thing with these words (not "such as", not a clause's "as the")
        cue_near = cue_near or _CHARACTERISED_AS.search(flat, sp.context_start, sp.outer_start)
        if len(key) < A.min_key_chars or (len(key.split()) < 2 and not cue_near):
            item["drop"] = True  # a scare quote or a term ('n', "unlimited"): no one's words
            return
        if not _sentence_subject(item, sp, att, flat) and not cue_near:
            item["drop"] = True


_WORD_RUN = regex.compile(r"\S+")
_AUXILIARIES = frozenset("has had have would".split())


def _strip_auxiliaries(s: str) -> str:
    """ "she has repeatedly " -> "she ": the auxiliary and the adverbs that end a short subject's
    words before its verb ("family", "ally" are nouns, and a subject's only word stays)."""
    words = list(_WORD_RUN.finditer(s))
    n = len(words)
    while n > 1 and ((w := words[n - 1].group()) in _AUXILIARIES or (
            w.endswith("ly") and w.isalpha() and w.islower() and len(w) > 4 and
            w not in lexicon.NOUNS_IN_LY)):
        n -= 1
    if n == len(words) or n > A.title_name_words // 2:
        return s    # (a clause, not a subject: "reminding the co-hosts that Trump has frequently")
    return s[:words[n - 1].end()] + " "


def _thing_for_a_person(att: Attributor, mention: str, who: str) -> bool:
    """A subject that names a thing ("The street", "the action specifies") which we resolved
    to a person named before: a role's reading gone astray, not the speaker."""
    words = mention.split()
    if not 2 <= len(words) <= 4 or words[0].casefold() not in DETERMINERS or who in mention or \
            any(w[:1].isupper() or att.g.is_pronoun(w) or w.casefold() in _NP_GLUE for w in words[1:]):
        return False    # (words we took for a subject, "The Rove ad hits Clinton for taking";
        # the caller also wants a verb after it: not "The piece goes" on "to slam")
    head = words[-1].strip(".,").casefold()
    stem = head[:-1] if head.endswith("s") else head
    if words[-1][:1].isupper() or title_word(head) or {head, stem} & (
            _SPEAKING_HEADS | lexicon.COLLECTIVE_ROLE_WORDS | lexicon.GROUPS_OF_PEOPLE) or \
            stem.endswith(lexicon.PERSON_NOUN_ENDINGS):
        return False
    ent = att.entities.by_name.get(who)
    return ent is not None and ent.kind == "person" and not ({head, stem} & ent.roles)


def _personal_pronoun(att: Attributor, mention: str) -> bool:
    """ "he", "elle", "ils": a pronoun for a person or people, not "it"."""
    return att.g.is_pronoun(mention) and att.g.pronouns.get(mention.casefold()) != "n"


_LATER_RULES = ("cue-after", "cue-later")
# "Trump’s claim that", "Clinton's repeated assertion that": a name owns the words that follow
_OWNED_SPEECH = regex.compile(
    rf"({CAP_RUN.pattern})[’']s?\s+(?:\p{{Ll}}+\s+)?({'|'.join(sorted(lexicon.SPEECH_NOUNS))})\b"
    r"(?:\s+(?:that|about|of|to)\b|:)[^.;!?“”\"«»]{0,80}$")
_SPEECH_NOUN = regex.compile(rf"\b(?:{'|'.join(sorted(lexicon.SPEECH_NOUNS))})\b", regex.I)
# an "according to" source to the end of its phrase; an initial's or a title's stop is no end
_ACCORDING_PHRASE = regex.compile(
    r"(?:[^,.;:!?()“”\"«»—–\n]|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|U\.S|U\.N))\.)+")
_PREPOSITION_NEXT = regex.compile(r"\s+(?:in|at|on|of|for|from|with|to|by|during|after|before)\b", regex.I)
_ACTORS = ("person", "org", "group")   # subjects that can say something, unlike a mere role
# "seen by organizers as a “lifeboat”": the passive's agent (not "by having …")
_PASSIVE_AGENT_AS = regex.compile(
    r"\bby\s+(?!\w+ing\b)((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+as\s+(?:an?\s+|the\s+)?$", regex.I)
# "was described as “…” by X", "has been called “…” by X": a passive whose agent follows the quote
_PASSIVE_BEFORE = regex.compile(
    r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?(?P<verb>called|described|dubbed|labell?ed|"
    r"termed|branded|characteri[sz]ed|deemed|hailed|denounced|critici[sz]ed|praised|condemned|"
    r"referred\s+to)\s+(?:as\s+)?(?:an?\s+|the\s+)?$", regex.I)
_BY_AGENT = regex.compile(r"\s*,?\s*by\s+(?=\S)", regex.I)
# "rejected the idea as “ludicrous”": a characterisation (not "such as", not a clause's "as the")
_CHARACTERISED_AS = regex.compile(r"(?<!\bsuch\s+)(?<![,;:(—–]\s*)\bas\s+(?:an?\s+|the\s+)?$", regex.I)


# the word that opens a clause of its own inside the sentence, before its subject
_CLAUSE_OPENER = regex.compile(r"\b(?:that|after|before|when|while|because|since|although|though|"
                               r"which|whom|what|until|as|where)\s+(?=\S)", regex.I)


_SPEAKING_HEADS = lexicon.PERSON_ROLE_WORDS | lexicon.ORG_HEADS | {"campaign", "agent", "front-runner",
                                                                   "frontrunner"}
_POSSESSIVE_INSIDE = regex.compile(r"['’]s?\s")


def _verb_subject(item: dict, att: Attributor, flat: str, start: int, verb_at: int) -> None:
    """ "Tunnels are so numerous that Border Patrol agents described the ground as “…”": the
    cue verb's own subject, in a clause after the sentence's, says the words."""
    if att.g.lang != "en" or _PARTICIPLE.search(item["cue"] or ""):
        return
    opener = _last_match(_CLAUSE_OPENER, flat[start:verb_at])
    if opener is None:
        return
    tail = flat[start + opener.end():verb_at]
    if "," in tail:
        return      # "The complaint, which was filed in Washington, alleged": the sentence's verb
    own = att._better(att.np_before(tail), att.chunk_before(tail))
    if not own or own == item["mention"] or _personal_pronoun(att, own):
        return
    # someone by name or by role ("Border Patrol agents", "the Democratic front-runner"), not a
    # thing that a role's reading would lend a person ("the Brexit vote", "Farook's name")
    head = _POSSESSIVE_END.sub("", own.split()[-1]).casefold()
    if not (head in _SPEAKING_HEADS or head.rstrip("s") in _SPEAKING_HEADS or
            (own.split()[-1][:1].isupper() and not _POSSESSIVE_INSIDE.search(own))):
        return
    at = flat.rfind(own, start, verb_at)
    who, kind = att.resolve(own, at + len(own)) if at >= 0 else (None, None)
    if who and kind in (*_ACTORS, "role"):
        item.update(speaker=who, mention=own, at=at)


def _sentence_subject(item: dict, sp: Span, att: Attributor, flat: str,
                      hit: tuple[str, str, int] | None = None) -> bool:
    """Give ``item`` the person or body its sentence is about (``hit`` when already found),
    with the subject's words and the verb it governs (how the sentence attributes the words);
    False when there is none."""
    agent = _PASSIVE_AGENT_AS.search(flat, sp.context_start, sp.outer_start) if att.g.lang == "en" else None
    passive = _PASSIVE_BEFORE.search(flat, sp.context_start, sp.outer_start) \
        if att.g.lang == "en" and not agent else None
    later = _BY_AGENT.match(flat, sp.outer_end, sp.context_end) if passive else None
    if passive and later:
        # "has been called “strategic ambiguity” by Joshua Hendrick": the agent after the quote
        rest = flat[later.end():sp.context_end]
        phrase = att._better(att.np_after(rest), att.chunk_after(rest))
        if phrase:
            who_by, kind = att.resolve(phrase, later.end() + len(phrase))
            if who_by and kind in (*_ACTORS, "role"):
                hit = (who_by, phrase, later.end() + rest.find(phrase))
                item.update(cue=passive.group("verb"), cue_at=passive.start("verb"))
    if agent:
        # "an option seen by organizers as a “lifeboat”": whoever the passive's "by" names
        phrase = att.whole_phrase(agent.group(1), after=True)
        if phrase:
            who_by, kind = att.resolve(phrase, agent.end(1))
            if who_by and kind in (*_ACTORS, "role"):
                hit = (who_by, phrase, agent.start(1))
    who, mention, at = hit or att.sentence_speaker(sp)
    if not who:
        return False
    if mention and att.g.lang == "en" and _thing_for_a_person(att, mention, who) and \
            _VERB_AFTER_SUBJECT.match(flat, at + len(mention)):
        # "The plan calls for “closing tax loopholes”", "The intelligence community has
        # concluded that “top secret” …": the thing the sentence is about, as printed, not a
        # person its noun was read for
        who = " ".join(mention.split()[1:])
    item.update(speaker=who, rule="sentence-subject")
    if mention:
        item.update(mention=mention, at=at)
        start = max(sp.context_start, at + len(mention))
        if item["cue"]:
            if item.get("cue_at") is not None and start <= item["cue_at"] < sp.outer_start:
                _verb_subject(item, att, flat, start, item["cue_at"])
            return True
        # "Obama, making it clear …, stood beside X and described the government as “…”": the
        # speech verb nearest the quote in its sentence, after the subject
        last = _last_match(att.g.cue, flat[start:sp.outer_start]) if start < sp.outer_start else None
        if last:
            item.update(cue=last.group(), cue_at=start + last.start())
            _verb_subject(item, att, flat, start, start + last.start())
            return True
        end = at + len(mention)
        # "Corey Lewandowski, Donald Trump’s fired campaign manager, ripped", "Cruz is praising"
        appos = _APPOSITIVE_AHEAD.match(flat, end, sp.outer_start)
        end = appos.end() if appos else end
        verb = _PROGRESSIVE.match(flat, end) or _VERB_AFTER_SUBJECT.match(flat, end)
        if verb and att.g.lang == "en" and verb.start(1) < sp.outer_start:
            item.update(cue=verb.group(1), cue_at=verb.start(1))
    return True
