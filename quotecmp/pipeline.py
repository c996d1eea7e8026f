"""The public entry points: run the pipeline over paths or loaded sources."""
from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Callable, Iterable

# names, not ``from . import extract, load``: the package exports functions of those names,
# which such an import would pick up instead of the modules, depending on import order
from .attribute import attribute as attribute_spans
from .comparison import Comparison
from .errors import NoUsableInput, UsageError
from .extract import Parsed, find_spans, flatten
from .load import load as load_paths
from .models import Options, Quote, Source
from .normalize import headline_end, mask_furniture, mask_marks

Progress = Callable[[str, int, int], None]


def _parse(source: Source, options: Options) -> Parsed:
    text = source.text
    masked = mask_marks(mask_furniture(text) if options.drop_furniture else text)
    spans = find_spans(text, masked, source.lang)
    flat = flatten(masked, spans)
    quotes = attribute_spans(text, flat, spans, source.id, source.lang)
    if options.headlines is False:
        # attributed first: a body quote's speaker may be read from the headline's words
        head = headline_end(text, source.title)
        quotes = [q for q in quotes if q.start >= head]
    return Parsed(source=source, masked=masked, flat=flat, spans=spans, quotes=quotes)


def quotes_of(source: Source, options: Options | None = None) -> list[Quote]:
    """The quotes of one loaded source, with speakers (as :func:`extract` finds them)."""
    if source.status != "ok":
        return []
    return _parse(source, _extracting(options)).quotes


def _extracting(options: Options | None) -> Options:
    """Extraction's options: a headline's quotes are left out unless asked for."""
    options = options or Options()
    return options if options.headlines is not None else dataclasses.replace(options, headlines=False)


def _usable(sources: list[Source]) -> None:
    if not any(s.status == "ok" for s in sources):
        detail = "; ".join(f"{s.path}: {s.message or s.status}" for s in sources[:3])
        more = f" (and {len(sources) - 3} more)" if len(sources) > 3 else ""
        raise NoUsableInput(f"no usable input: {detail}{more}")


# below this much text a pool costs more than it saves (starting one takes some 20-40 ms)
PARALLEL_MIN_CHARS = 100_000
PARALLEL_MIN_SOURCES = 4

# what the forked workers read: set before they are forked, so no text is sent to them (one
# pool at a time: two threads of a program that both extract take turns)
_JOB: tuple[list[Source], Options, bool] | None = None
_JOB_LOCK = threading.Lock()


def _one(source: Source, options: Options, whole: bool) -> list[Quote] | Parsed:
    return _parse(source, options) if whole else quotes_of(source, options)


def _work(n: int) -> list[Quote] | Parsed:
    assert _JOB is not None
    sources, options, whole = _JOB
    return _one(sources[n], options, whole)


def extract(paths: Iterable[str | os.PathLike[str]], options: Options | None = None, *,
            manifest: str | os.PathLike[str] | None = None,
            progress: Progress | None = None,
            workers: int | None = 1) -> tuple[list[Source], list[Quote]]:
    """Load the inputs and extract their quotes (no alignment); without ``Options.headlines``
    set, a headline's quotes are left out. ``workers`` processes share the sources (None: one
    per core); the quotes are the same, in the same order, however many."""
    options = _extracting(options)
    sources = load_paths(paths, manifest=manifest, lang=options.lang)
    _usable(sources)
    found = _each(sources, options, False, workers, progress)
    return sources, [q for quotes in found for q in quotes]


def _each(sources: list[Source], options: Options, whole: bool, workers: int | None,
          progress: Progress | None) -> list:
    """Every source's quotes (with ``whole``, what parsing it learned), in a pool of forked
    workers when there is enough text to share."""
    from . import workers as pools
    wanted = pools.available_cpus() if workers is None else workers
    ok = [s for s in sources if s.status == "ok"]
    context = pools.fork_context() if wanted > 1 else None
    if context is None or len(ok) < PARALLEL_MIN_SOURCES or \
            sum(len(s.text) for s in ok) < PARALLEL_MIN_CHARS:
        return _collect((_one(s, options, whole) for s in sources), len(sources), progress)
    global _JOB
    from .grammar import grammar
    for lang in {s.lang for s in ok}:
        grammar(lang)   # compiled once, here, before the workers are forked with it
    with _JOB_LOCK:
        _JOB = (sources, options, whole)
        pool = None
        stopped = True
        try:
            pool = pools.start_pool(min(wanted, len(ok)), context)
            # a few sources a task: fewer messages, and still an even share at the end
            chunk = max(1, len(sources) // (8 * wanted))
            found = _collect(pool.map(_work, range(len(sources)), chunksize=chunk), len(sources),
                             progress)
            stopped = False
            return found
        finally:
            if pool is not None:
                pools.stop_pool(pool, abort=stopped)
            _JOB = None


def _collect(results: Iterable, total: int, progress: Progress | None) -> list:
    """The results in order, each counted on the progress bar as it comes."""
    found = []
    for n, result in enumerate(results, 1):
        found.append(result)
        if progress:
            progress("extract", n, total)
    return found


# a manifest's role that makes a source's versions the references (a translation's original)
REFERENCE_ROLES = ("original", "reference")


def reference_sources(sources: list[Source], names: Iterable[str]) -> set[str]:
    """The ids of the sources ``Options.reference`` names (each name an id, a file name or an
    outlet, case-insensitive); a name that fits none is a mistake, said before any work."""
    chosen: set[str] = set()
    for name in names:
        want = name.casefold()
        hit = {s.id for s in sources if want in (s.id.casefold(), (s.outlet or "").casefold(),
                                                 os.path.basename(s.path).casefold())}
        if not hit:
            known = ", ".join(s.id for s in sources[:5]) + (", …" if len(sources) > 5 else "")
            raise UsageError(f"--reference {name!r} names no source (sources: {known})")
        chosen |= hit
    return chosen


def compare_sources(sources: list[Source], options: Options | None = None, *,
                    progress: Progress | None = None, workers: int | None = 1) -> Comparison:
    """Extract, attribute, align and diff already loaded sources (``workers`` processes share
    the extraction, None: one per core; the comparison is the same however many)."""
    # imported here, not at the top: extraction alone needs neither numpy nor rapidfuzz
    from . import clustering, diff, scoring, stories, terms, unmarked
    from .finalize import Placed, finalize
    options = options or Options()
    _usable(sources)
    preferred = reference_sources(sources, options.reference) | {
        s.id for s in sources if (s.role or "").casefold() in REFERENCE_ROLES}
    ok = [s for s in sources if s.status == "ok"]
    parsed: dict[str, Parsed] = {s.id: p for s, p in zip(ok, _each(ok, options, True, workers, progress))}
    all_quotes = [q for p in parsed.values() for q in p.quotes]
    casts = {sid: diff.article_cast(p.quotes) for sid, p in parsed.items()}
    canon = clustering.canonical_speakers(all_quotes)
    all_quotes = [dataclasses.replace(q, speaker=canon.get(q.speaker, q.speaker)) if q.speaker else q
                  for q in all_quotes]
    per_source: dict[str, list[Quote]] = {sid: [] for sid in parsed}
    for q in all_quotes:
        per_source[q.source].append(q)
    for sid, p in parsed.items():
        p.quotes = per_source[sid]
    texts = {s.id: s.text for s in ok}
    scorer = scoring.Scorer(all_quotes, texts, options, langs={s.id: s.lang for s in ok},
                            stories=stories.known_stories(ok))
    groups = clustering.cluster(all_quotes, scorer)
    if progress:
        progress("align", 1, 1)
    quotes = {q.id: q for q in all_quotes}
    source_of = {q.id: q.source for q in all_quotes}
    story = stories.story_groups(ok, groups, source_of)
    if options.recover_unmarked:
        groups, quotes = unmarked.recover(parsed, groups, quotes, story, options)
        source_of = {q.id: q.source for q in quotes.values()}
        story = stories.story_groups(ok, groups, source_of)
    by_evidence: set[str] = set()
    if len({s.lang for s in ok}) > 1:
        # across languages, titles and terms in marks are for a translation reviewer to check
        groups, quotes, by_evidence = terms.pair(groups, quotes, terms.candidates_by_source(parsed.values()),
                                    {s.id: s.lang for s in ok}, {s.id: len(s.text) for s in ok})
    placed = {s.id: Placed(id=s.id, order=(n,), lang=s.lang, outlet=s.outlet,
                           published=s.published, story=s.story,
                           cast=casts.get(s.id, frozenset()), reference=s.id in preferred)
              for n, s in enumerate(sources)}
    before = {q.id: diff.preceding(texts[q.source], q) for q in quotes.values()}
    members: dict[str, list[str]] = {}
    for s in ok:
        members.setdefault(story[s.id], []).append(s.id)

    def missing(srcs: tuple[str, ...]) -> tuple[str, ...]:
        keys = dict.fromkeys(story[s] for s in srcs)
        present = set(srcs)
        if len(keys) == 1:
            return tuple(s for s in members[next(iter(keys))] if s not in present)
        order = [s.id for s in ok]
        return tuple(s for s in order if story.get(s) in keys and s not in present)

    done = finalize(groups, quotes, placed, basis="encoder" if options.encoder_name else "evidence",
                    before=before, missing=missing, by_evidence=by_evidence)
    clusters, diffs = done.clusters, done.differences
    if progress:
        progress("diff", 1, 1)
    order = {s.id: i for i, s in enumerate(sources)}
    ordered = tuple(sorted(quotes.values(), key=lambda q: (order[q.source], q.start, q.end)))
    return Comparison(sources=tuple(sources), quotes=ordered, clusters=clusters,
                      differences=diffs, options=options)


def compare(paths: Iterable[str | os.PathLike[str]], options: Options | None = None, *,
            manifest: str | os.PathLike[str] | None = None,
            progress: Progress | None = None, workers: int | None = 1) -> Comparison:
    """Compare how the given articles quote people: the whole pipeline in one call."""
    options = options or Options()
    sources = load_paths(paths, manifest=manifest, lang=options.lang)
    return compare_sources(sources, options, progress=progress, workers=workers)
