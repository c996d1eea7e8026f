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
    short_floor: float = 0.75      # a short quote identical in words, in a similar sentence, scores this
    cut_min_words: int = 4         # a cut version needs this many words to be found inside the whole
    cut_containment: float = 0.95  # ... and must be found at least this whole (partial ratio)
    cut_score: float = 0.9         # what a cut version found whole inside the other scores, at most
    merge_margin: float = 0.9      # clusters merge when every cross pair scores this share of its threshold
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
    rank_weight: float = 1.0       # where the quote stands in its article


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
    # drift: 1 - similarity, plus this per severity, so meaning outranks wording
    drift_low: float = 0.05
    drift_medium: float = 0.15
    drift_high: float = 0.4


@dataclass(frozen=True, kw_only=True, slots=True)
class Stories:
    """Which sources tell one story (:mod:`quotecmp.stories`)."""

    max_unlabelled: int = 50   # up to this many sources without a story label are taken as one story


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    blocking: Blocking = Blocking()
    scoring: Scoring = Scoring()
    unmarked: Unmarked = Unmarked()
    differences: Differences = Differences()
    stories: Stories = Stories()

    def to_dict(self) -> dict[str, dict[str, float | int]]:
        return {f.name: dataclasses.asdict(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def digest(self) -> str:
        """Eight hex digits that change whenever any number here does."""
        text = json.dumps(self.to_dict(), sort_keys=True)
        return hashlib.blake2b(text.encode("utf-8"), digest_size=4).hexdigest()


SETTINGS = Settings()
