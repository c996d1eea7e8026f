"""The last step of every comparison: groups of quote ids become clusters, their versions'
differences, and the drift between sources.

``compare`` calls it once over a story; a corpus run calls it in every cluster task over the
components of its bucket (:func:`quotecmp.stages.cluster_task`). One function for both is what
keeps a corpus of one story giving the answers ``compare`` gives: the same member order (so the
same ``a``/``b`` direction of every difference), the same cluster ids, the same speaker, the
same drift arithmetic.
"""
from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

from . import diff
from .models import Cluster, Difference, Quote, Severity, record, stable_id
from .settings import SETTINGS

_D = SETTINGS.differences
# added to 1 - similarity when a difference is of that severity: drift ranks meaning over wording
DRIFT_WEIGHT = {"none": 0.0, "low": _D.drift_low, "medium": _D.drift_medium, "high": _D.drift_high}
HIGH: Severity = "high"
_ISO = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")


@record
class Placed:
    """What the last step needs to know of a source: where it stands among the inputs (the
    earlier source's version is ``a``), its language and its metadata."""

    id: str
    order: tuple[int, ...]
    lang: str | None = None
    outlet: str | None = None
    published: str | None = None
    story: str | None = None
    cast: frozenset[str] = frozenset()   # the people its article quotes (diff.article_cast)
    reference: bool = False   # named by Options.reference: its version is the reference


@dataclass(frozen=True, kw_only=True)
class Finalized:
    clusters: tuple[Cluster, ...]
    differences: tuple[Difference, ...]
    first_published: dict[str, str | None]   # cluster id -> earliest date of its sources


def member_key(q: Quote, sources: Mapping[str, Placed]) -> tuple:
    return (sources[q.source].order, q.start, q.end, q.id)


def finalize(groups: Iterable[Iterable[str]], quotes: Mapping[str, Quote],
             sources: Mapping[str, Placed], *, basis: str | None,
             before: Mapping[str, str] | None = None,
             missing: Callable[[tuple[str, ...]], tuple[str, ...]] | None = None,
             by_evidence: Collection[str] = ()) -> Finalized:
    """Clusters and differences of ``groups`` (each a list of quote ids of one utterance).

    ``quotes`` carry canonical speakers; ``before`` gives, for a quote whose speaker is a
    pronoun, the text printed before it (:func:`quotecmp.diff.preceding`); ``missing`` lists, for
    a cluster's sources, the sources of the same story that do not print it (a corpus run, which
    does not know its stories, gives none). ``basis`` is what cross-language differences rest on
    ("encoder" or "evidence"); pairs with a quote of ``by_evidence`` rest on evidence whatever
    it is (titles and terms, paired on their words and places: :mod:`quotecmp.terms`)."""
    clusters: list[Cluster] = []
    first: dict[str, str | None] = {}
    for ids in groups:
        members = sorted((quotes[i] for i in ids), key=lambda q: member_key(q, sources))
        ref = min(members, key=lambda q: (not sources[q.source].reference,
                                          _iso_date(sources[q.source].published) or "\uffff",
                                          member_key(q, sources)))
        members.remove(ref)
        members.insert(0, ref)
        mids = tuple(q.id for q in members)
        srcs = tuple(dict.fromkeys(q.source for q in members))
        speakers = collections.Counter(q.speaker for q in members if q.speaker)
        cid = stable_id("c", *sorted(mids), length=8)
        clusters.append(Cluster(id=cid, quotes=mids,
                                speaker=speakers.most_common(1)[0][0] if speakers else None,
                                sources=srcs, missing=missing(srcs) if missing else (),
                                reference=ref.id))
        dates = [d for d in (sources[s].published for s in srcs) if d]
        first[cid] = min(dates) if dates else None
    clusters.sort(key=lambda c: member_key(quotes[c.quotes[0]], sources))
    differences = []
    for c in clusters:
        for ia, ib in versus(c):
            a, b = quotes[ia], quotes[ib]
            if a.source == b.source:
                continue  # a repeat within one article (headline and body) is not a version
            differences.append(diff.compare_pair(
                a, b, cluster=c.id, lang_a=sources[a.source].lang, lang_b=sources[b.source].lang,
                basis="evidence" if ia in by_evidence or ib in by_evidence else basis, before=before,
                casts=(sources[a.source].cast, sources[b.source].cast)))
    return Finalized(clusters=tuple(clusters), differences=tuple(differences),
                     first_published=first)


def versus(c: Cluster) -> Iterable[tuple[str, str]]:
    """The pairs of versions a cluster diffs: every pair of a few versions; beyond
    ``all_pairs_versions`` (a statement reprinted by hundreds of outlets) each version against
    the reference only, so differences grow with the versions, not their square."""
    if len(c.sources) <= _D.all_pairs_versions:
        return itertools.combinations(c.quotes, 2)
    return ((c.quotes[0], other) for other in c.quotes[1:])


def _iso_date(value: str | None) -> str | None:
    """A publication date that sorts as text (2023-04-05, 2023-04), else None."""
    m = _ISO.match(value or "")
    return m.group() if m else None


def drift_term(d: Difference) -> int:
    """One difference's share of drift, in millionths: integer sums do not depend on the order
    corpus tasks finish in."""
    return round(1e6 * min(1.0, (1 - round(d.similarity, 3)) + DRIFT_WEIGHT[d.severity]))


class Drift:
    """Per pair (of sources, or of outlets): how many differences and their summed drift."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])

    def add(self, pair: tuple[str, str], d: Difference) -> None:
        cell = self.pairs[pair]
        cell[0] += 1
        cell[1] += drift_term(d)

    def merge(self, pair: tuple[str, str], n: int, micro: int) -> None:
        cell = self.pairs[pair]
        cell[0] += n
        cell[1] += micro

    def matrix(self) -> dict[tuple[str, str], dict[str, float]]:
        """Pair -> {"shared": differences, "drift": their mean drift, 0..1}."""
        return {k: {"shared": n, "drift": round(micro / n / 1e6, 3)}
                for k, (n, micro) in self.pairs.items()}


def figures(clusters: Iterable[Cluster], differences: Iterable[Difference]) -> dict[str, int]:
    """The counts every summary leads with (``compare``'s line and report, the corpus summary):
    utterances, those printed by two or more sources, differences, high-severity ones."""
    cl = list(clusters)
    ds = list(differences)
    return {"clusters": len(cl), "shared": sum(1 for c in cl if len(c.sources) > 1),
            "differences": len(ds), "high": sum(1 for d in ds if d.severity == HIGH)}
