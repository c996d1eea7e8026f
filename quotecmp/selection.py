"""Which differences a caller cares about: some kinds, and/or everything from a severity up.

``quotecmp compare --fail-on`` and :meth:`quotecmp.Comparison.select` read the same selection,
so a script that checks a comparison in Python fails on exactly what the CLI would fail on.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from .errors import UsageError
from .models import DIFFERENCE_KINDS, RANK, Difference, DifferenceKind, Severity, record

# "none" is no threshold: every difference is at least "none", so it would select everything
THRESHOLDS: tuple[Severity, ...] = ("low", "medium", "high")


@record
class Selection:
    """Differences with any of ``kinds``, or of ``severity`` or higher.

    A selection of nothing (no kinds, no severity) matches nothing, as ``--fail-on`` left out
    fails on nothing.
    """

    kinds: frozenset[DifferenceKind] = frozenset()
    severity: Severity | None = None

    def __post_init__(self) -> None:
        kinds = (self.kinds,) if isinstance(self.kinds, str) else tuple(self.kinds)
        for kind in kinds:
            if kind not in DIFFERENCE_KINDS:
                raise UsageError(f"unknown difference kind {kind!r}: choose from "
                                 f"{', '.join(DIFFERENCE_KINDS)}")
        if self.severity is not None and self.severity not in THRESHOLDS:
            raise UsageError(f"unknown severity {self.severity!r}: choose "
                             f"{', '.join(THRESHOLDS)}")
        # a frozen record: the one way to store the normalised value
        object.__setattr__(self, "kinds", frozenset(kinds))

    @classmethod
    def parse(cls, spec: str | None) -> Selection:
        """Read a comma-separated list of kinds and severities (``"number_changed,high"``).
        Of several severities the lowest counts: each one asks for its level and everything
        above it."""
        if not spec:
            return cls()
        kinds: set[DifferenceKind] = set()
        levels: list[Severity] = []
        for part in (p.strip() for p in spec.split(",") if p.strip()):
            if part in DIFFERENCE_KINDS:
                kinds.add(part)
            elif part in THRESHOLDS:
                levels.append(part)
            else:
                raise UsageError(f"--fail-on {part!r}: give a difference kind "
                                 f"({', '.join(DIFFERENCE_KINDS)}) or a severity (low, medium, high)")
        return cls(kinds=frozenset(kinds), severity=_lowest(levels))

    def __bool__(self) -> bool:
        return bool(self.kinds) or self.severity is not None

    def matches(self, difference: Difference) -> bool:
        if not self.kinds.isdisjoint(difference.kinds):
            return True
        return self.severity is not None and RANK[difference.severity] >= RANK[self.severity]

    def __or__(self, other: Selection) -> Selection:
        levels = [s for s in (self.severity, other.severity) if s is not None]
        return Selection(kinds=self.kinds | other.kinds, severity=_lowest(levels))


def _lowest(levels: list[Severity]) -> Severity | None:
    if not levels:
        return None
    return min(levels, key=RANK.__getitem__)


def select(differences: Iterable[Difference], spec: str | Selection | None = None, *,
           kinds: Iterable[str] | str = (), severity: str | None = None) -> tuple[Difference, ...]:
    """The differences that match: ``spec`` as ``--fail-on`` takes it (or a :class:`Selection`),
    and/or ``kinds`` and a minimum ``severity``. Given together, either one matching selects.

        >>> high = select(result.differences, severity="high")              # doctest: +SKIP
        >>> select(result.differences, "number_changed,misattributed")      # doctest: +SKIP
    """
    chosen = spec if isinstance(spec, Selection) else Selection.parse(spec)
    # the keywords are checked at run time (a UsageError), as they come from callers' strings
    chosen = chosen | Selection(kinds=cast("frozenset[DifferenceKind]", kinds),
                                severity=cast("Severity | None", severity))
    return tuple(d for d in differences if chosen.matches(d))
