"""The pipeline's tuning, in one place: every window, weight, threshold and limit, named and
documented, in one frozen object per stage.

:class:`quotecmp.Options` holds what a user chooses per run (link thresholds, unmarked recovery,
language, the encoder); these are the numbers the rules were tuned with, on PolNeAR's training
articles and on the sample story. They are not meant to be changed per run; a change is a new
version of the rules, and shows in the ``settings=`` part of every output's signature (a digest
of all of them), so two outputs made with different tuning never look comparable.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True, slots=True)
class Furniture:
    """Which lines of a page are furniture, not prose (:mod:`quotecmp.normalize`)."""

    cookie_max_chars: int = 400     # a line about cookies and consent shorter than this is a banner
    bullet_max_words: int = 6       # a bulleted line this short, with no full stop, is a menu
    nav_max_words: int = 4          # a capitalised line this short without punctuation is navigation ...
    nav_min_chars: int = 4          # ... when it has at least this many characters ("Menu Search Log in")
    headline_max_words: int = 6     # under a links header, a line this short is one more link, stop or not
    ticker_separators: int = 2      # a line with this many " • " (or " | ", " · ") runs items together
    # the text's first paragraph is its headline (and deck) when it has at most this many lines
    # of at most this many words and at least this many words follow it: an article's title,
    # not its lead (a lead runs to 23 words and more in the wires and papers measured)
    title_max_lines: int = 3
    title_max_words: int = 20
    title_min_body_words: int = 50
    title_overlap: float = 0.8      # ... and, with the source's title known, this share of its words


@dataclass(frozen=True, kw_only=True, slots=True)
class Extraction:
    """Which quote marks pair up, how a broken pair is repaired, and which quotes are whole
    statements (:mod:`quotecmp.extract`)."""

    max_recovered: int = 1200       # characters: a quote that never closes ends by here, at a sentence end
    comma_cue_reach: int = 80       # characters after a comma in an unclosed quote read for "…, she said"
    comma_cue_words: int = 6        # ... with at most this many words between the comma and the verb
    lost_open_window: int = 80      # after a closing mark with no opening one: where ", she said" is read
    lost_open_cue_reach: int = 60   # ... of which the cue verb must stand in the first this many
    possessive_cue_reach: int = 40  # from a mark after an s (riders’): "he said" here makes it close a quote
    possessive_next_reach: int = 20  # ... and where "and", "of", "to" … do (else: a plural possessive)
    max_single_words: int = 120     # single marks around more words are apostrophes, not a quote
    max_curly_single_words: int = 400  # ... but from a ‘ (no apostrophe opens so) this many, in
    #                                    British style a paragraph of speech
    context_window: int = 600       # characters each side searched for a quote's sentence: a page on one
    #                                 line stays linear in its length
    title_max_words: int = 6        # a title in title case ("Access Hollywood") has no more big words
    naming_max_lower_words: int = 8  # after "the campaign", "titled" …, words in lower case this many or
    #                                  more are a statement, not a name or a slogan
    cue_after_reach: int = 70       # characters after a quote where a cue verb attributes it (", she said")
    cue_before_reach: int = 60      # characters before a quote where a cue verb introduces it
    # a quote is direct (a whole statement), not partial, with at least these many words when it:
    direct_min_words: int = 3       # opens its sentence and ends it
    attributed_min_words: int = 1   # has an attribution after it ("“Safety,” said Grimm")
    direct_open_words: int = 5      # opens its sentence and runs on
    cue_before_words: int = 1       # follows a cue verb ("said,") and ends the sentence
    recovered_words: int = 5        # lost a mark that was repaired
    # in lower case after a word, a statement only this long and ending its sentence (or with
    # its attribution after it); shorter, a few words of the writer's sentence
    statement_words: int = 12
    series_reach: int = 8           # characters after a quote read for the comma and mark of the next
    # a cue, then at most this many words (within this many characters) and a comma: a statement
    # follows ("Christie told reporters in Nashua last week, “…”")
    cue_phrase_words: int = 8
    cue_phrase_reach: int = 80


@dataclass(frozen=True, kw_only=True, slots=True)
class Names:
    """Who an article names, where, and in which role (:mod:`quotecmp.names`)."""

    before_window: int = 60         # characters before a name read for a sentence start, a role, an age
    # characters after a name read for its verb (past a "who" clause), an age, a dateline's dash
    after_window: int = 120
    after_of_reach: int = 12        # characters before a run read for the "of the" of a body's name
    # a line is a headline in title case when at least this share of its words of four letters
    # or more are capitalised, and it has this many such words (a name's run on it is cut short)
    headline_capitals: float = 0.8
    headline_min_words: int = 2
    headline_max_words: int = 20
    title_suffix_letters: int = 7   # a longer word ending like a title ("Außenminister") is a title


@dataclass(frozen=True, kw_only=True, slots=True)
class Attribution:
    """Who said each quote (:mod:`quotecmp.attribute`). Windows are in characters unless named
    in words or quotes."""

    # the speaker's phrase
    max_chunk: int = 9              # words: a speaker phrase read after or before a cue verb is no longer
    chunk_clause_factor: int = 3    # words between a quote and its cue verb: at most this many phrases' worth
    np_window: int = 240            # characters before a cue verb that can hold its subject
    time_phrase_words: int = 3      # "the other night": a phrase of time is no longer, as a speaker
    body_of_reach: int = 6          # words back from an "and" to the "of" of a body's name
    np_strip_rounds: int = 8        # appositives, brackets and adverbials peeled off a subject's end, at most
    determiner_words: int = 2       # after a determiner, this many lower-case words still join the phrase
    name_after_preposition: int = 40  # "told reporters Adam Issa": how far past "reporters" a name may stand
    possessive_mention_words: int = 4  # "her message to residents": a possessive phrase this short is hers
    title_name_words: int = 8       # "White House press secretary Karine Jean-Pierre told": a title and name
    gerund_letters: int = 5         # a longer word ending in -ing opens a clause, not a subject
    subject_lower_words: int = 3    # a sentence's subject holds at most this many lower-case words
    # where the sentence names the speaker
    cue_after_reach: int = 100      # after a quote: where its cue verb is looked for
    acted_after_words: int = 6      # "“…,” an angry Hollande retaliated": who did it, this many words at most
    place_phrase_reach: int = 75    # "Trump at a rally in Ohio (called)": preposition to verb, at most
    appositive_cue_reach: int = 240  # ... after a name and a comma ("“…,” Holtz-Eakin, an aide …, wrote")
    cue_later_reach: int = 80       # after a later comma in the sentence ("…, underlined the head of NATO")
    intro_window: int = 400         # before a quote: a paragraph ending with a colon that introduces it
    spoke_before_window: int = 400  # before a quote, in its paragraph: "…, said Dr. Ruiz." without marks
    spoke_before_subject: int = 150  # before that cue verb: its subject
    subject_window: int = 160       # before any speech verb: its named subject, which a pronoun may refer to
    subject_capital_reach: int = 120  # ... found only when a capital stands this close to the verb
    # what a pronoun or a role resolves to
    pronoun_reach: int = 3000       # back to a pronoun's antecedent
    v2_subject_reach: int = 400     # a person named this near (same paragraph) after the last
                                    # subject is what a German "er"/"sie" means (verb-second)
    role_recent_reach: int = 20000  # back to the speakers a role ("the minister") may be
    role_opener_reach: int = 400    # back to the person the previous sentence is about
    # a role goes to the person named before it who scores best, at least role_min_score:
    role_overlap_weight: int = 5    # per role word the person was named with ("the minister")
    role_spoke_weight: float = 1.5  # divided by 1 + the speakers who spoke since they did
    role_opener_weight: int = 2     # the person the previous sentence is about
    role_rank_weight: float = 1.0   # divided by 1 + the people named since they were
    role_age_weight: int = 3        # the same age ("the 23-year-old")
    role_min_score: float = 1.0     # below it the role stays a role: someone not named before
    body_near: int = 60             # around a named body: its head noun ("the company") ties the two
    dateline_letters: int = 3       # a name all in capitals longer than this is a dateline (WASHINGTON)
    body_min_letters: int = 2       # the company a business story is about has a longer name than this
    document_gap: int = 40          # before an attribution: its own words, not an earlier "statement"
    document_window: int = 200      # before a document's earlier mention: who issued it
    last_speaker_reach: int = 600   # back to the last speaker, for a partial quote nobody's sentence claims
    # what a reader infers for a quote its sentence does not attribute
    continues_reach: int = 3000     # a quote's paragraph takes the attribution of its next one this close
    later_quotes: int = 3           # quotes after it in its sentence searched for the speaker named last
    follows_gap: int = 300          # attribution to next quote: nothing else between, same speaker goes on
    follows_breaks: int = 2         # ... across at most this many line breaks (one blank line)
    subject_min_words: int = 3      # words before a quote in its sentence for its subject to speak it
    named_between_reach: int = 1500  # back to someone named, when no quote was attributed before
    previous_reach: int = 1500      # a direct quote with no other clue is the previous quote's this close
    min_key_chars: int = 3          # a quote with fewer characters is a term, no one's words
    echo_reach: int = 40            # quotes around a short quote searched for a longer one with its words
    people_phrase_words: int = 3    # "federal prosecutors wrote": a phrase this short naming people
    transcript_turns: int = 2       # a transcript: this many labels, each opening this many paragraphs
    alone_gap: int = 300            # a partial sentence of its own this soon after a quote is that speaker's
    unmeasured: float = 0.5         # confidence of a rule dev never saw: add-one smoothing of no observations


@dataclass(frozen=True, kw_only=True, slots=True)
class Blocking:
    """Which pairs of quotes are scored at all (:mod:`quotecmp.blocking`)."""

    keys: int = 8             # a quote is indexed under its rarest words: similar quotes share some
    first_words: int = 3      # and under its first content words, which a version cut short keeps
    max_bucket: int = 60      # up to this many quotes under one key, every pair is a candidate
    hot_bucket: int = 2000    # beyond this a key is a common word, not one statement reprinted
    neighbours: int = 4       # in a bucket between the two, each quote meets this many per order
    short_words: int = 6      # a quote of this many words or fewer is matched with its sentence


@dataclass(frozen=True, kw_only=True, slots=True)
class Scoring:
    """How similar two quotes are (:mod:`quotecmp.scoring`)."""

    stem: int = 5                  # content words compare on their first letters: alignment ~ aligned
    content_share: float = 0.5     # of a same-language score, the share from content words alone
    same_frame: float = 0.9        # two sentences this alike frame one utterance, partial or whole
    short_floor: float = 0.75      # a short quote identical in words, in a similar sentence, scores this
    cut_min_words: int = 4         # a cut version needs this many words to be found inside the whole
    cut_containment: float = 0.95  # ... and must be found at least this whole (partial ratio)
    cut_score: float = 0.9         # what a cut version found whole inside the other scores, at most
    merge_margin: float = 0.9      # clusters merge when every cross pair scores this share of its threshold
    merge_checks: int = 12         # ... among the first this many members of each
    distinctive_words: int = 3     # words of meaning two versions given to different people must share
    story_words_apart: int = 2     # ... or, a few words, the story's words their sentences must share
    meaning_share: float = 0.5     # outside one story, versions share this part of the fewer words of meaning
    # across languages: what a translation keeps, each with its weight in the score
    all_pairs_sources: int = 50    # up to this many articles, every pair in two languages is aligned
    alignment_cells: int = 250_000  # two articles with more quote pairs than this are not aligned
    name_prefix: int = 4           # names compare on their first letters (Stoltenberg / Stoltenbergs)
    cognate_prefix: int = 5        # long words compare on their first letters (alignement / alignment)
    cognate_min_letters: int = 6
    encoder_weight: float = 4.0
    encoder_floor: float = 0.3     # cosine at or below this: no agreement ...
    encoder_span: float = 0.5      # ... and full agreement this far above it
    numbers_weight: float = 2.0
    names_weight: float = 1.5
    cognates_weight: float = 2.0
    cognates_gain: float = 1.6     # translations share few cognates: their overlap counts this much more
    length_weight: float = 1.0
    length_ratio: float = 2.2      # a translation this many times longer or shorter agrees not at all
    speaker_weight: float = 1.0
    rank_weight: float = 1.0       # where the quote stands in its article ...
    place_window: float = 0.12     # ... agreeing not at all this far apart (share of the article)
    whole_rank_weight: float = 4.0  # ... and its weight between an article and its whole translation,
    whole_size_ratio: float = 1.5  # found when one article is at most this much longer (or,
    whole_min_quotes: int = 2      # length unknown, both have this many quotes) and
    whole_share: float = 0.6       # this share of their quotes has one of the other's ...
    whole_place: float = 0.03      # ... this near


@dataclass(frozen=True, kw_only=True, slots=True)
class Unmarked:
    """Quotes printed without marks, found through another source's version
    (:mod:`quotecmp.unmarked`)."""

    rare_words: int = 6          # a quote's rarest words pick the sources worth searching
    min_score: float = 78.0      # partial-ratio a long quote's words must reach in the other text
    min_chars: int = 12          # shorter quotes are found through their sentence instead
    window: int = 30             # characters on each side of a rough hit where its words are matched
    min_length: float = 0.6      # a hit shorter than this share of the quote is no hit ...
    max_length: float = 1.5      # ... nor one this many times longer
    min_context: float = 0.6     # a short quote's sentence must match this well (stem dice)
    reach: int = 3               # words around the quote's place where a re-translation may stand
    min_context_words: int = 4   # a sentence with fewer content words says too little to match on
    max_versions: int = 8        # the commonest versions of an utterance searched for in each text


@dataclass(frozen=True, kw_only=True, slots=True)
class Differences:
    """Which differences two versions have, and how much they cost a reader
    (:mod:`quotecmp.diff`, :mod:`quotecmp.finalize`)."""

    shortened: float = 1.6        # one version this many times longer in words also shortened the other
    shared_part: float = 0.6      # ... when this share of the shorter one is kept word for word
    translation_length: float = 1.7  # a translation this many times longer or shorter left out a clause
    low_similarity: float = 0.6   # a rewording below this similarity costs a reader medium, not low
    pronoun_near: int = 400       # characters: the sentence or two before a pronoun
    pronoun_reach: int = 3000     # characters: how far back a pronoun's antecedent may be named
    lead_in: int = 60             # characters before any quote read for a negation outside its marks
    lead_in_words: int = 4        # ... of which the last this many words of its sentence
    # drift: 1 - similarity, plus this per severity, so meaning outranks wording
    drift_low: float = 0.05
    drift_medium: float = 0.15
    drift_high: float = 0.4
    all_pairs_versions: int = 8   # a cluster of up to this many versions diffs every pair; a larger
    #                               one (a statement reprinted by many outlets) each with its reference


@dataclass(frozen=True, kw_only=True, slots=True)
class Stories:
    """Which sources tell one story (:mod:`quotecmp.stories`)."""

    max_unlabelled: int = 50   # up to this many sources without a story label are taken as one story


@dataclass(frozen=True, kw_only=True, slots=True)
class Terms:
    """Titles and terms in marks paired across languages (:mod:`quotecmp.terms`)."""

    max_sources: int = 50         # runs of more sources pair no terms (a review, not a corpus)
    max_words: int = 8            # a longer span left out is no title or term
    min_similarity: float = 70.0  # the same words, or words that look alike (0..100)
    max_drift: float = 0.1        # apart by at most this share of the articles' lengths
    sole_drift: float = 0.05      # the one term of a window on both sides, this near, in any words
    min_title_chars: int = 3      # between articles that share no utterance, a title this long
    max_holders: int = 20         # ... printed by at most this many sources


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    furniture: Furniture = Furniture()
    extraction: Extraction = Extraction()
    names: Names = Names()
    attribution: Attribution = Attribution()
    blocking: Blocking = Blocking()
    scoring: Scoring = Scoring()
    unmarked: Unmarked = Unmarked()
    differences: Differences = Differences()
    stories: Stories = Stories()
    terms: Terms = Terms()

    def to_dict(self) -> dict[str, dict[str, float | int]]:
        return {f.name: dataclasses.asdict(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def digest(self) -> str:
        """Eight hex digits that change whenever any number here does."""
        text = json.dumps(self.to_dict(), sort_keys=True)
        return hashlib.blake2b(text.encode("utf-8"), digest_size=4).hexdigest()


SETTINGS = Settings()
