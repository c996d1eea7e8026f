"""The public entry points: run the pipeline over paths or loaded sources."""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Callable, Iterable

from . import attribute, extract as extract_mod, load as load_mod
from .errors import NoUsableInput
from .models import Comparison, Options, Quote, Source
from .normalize import mask_furniture, mask_marks

Progress = Callable[[str, int, int], None]


@dataclass
class Parsed:
    """What extraction learned about one source, kept for the unmarked recovery."""

    source: Source
    masked: str
    flat: str
    spans: list
    quotes: list[Quote]


def _parse(source: Source, options: Options) -> Parsed:
    text = source.text
    masked = mask_marks(mask_furniture(text) if options.drop_furniture else text)
    spans = extract_mod.find_spans(text, masked, source.lang)
    flat = extract_mod.flatten(masked, spans)
    quotes = attribute.attribute(text, flat, spans, source.id, source.lang)
    return Parsed(source=source, masked=masked, flat=flat, spans=spans, quotes=quotes)


def quotes_of(source: Source, options: Options | None = None) -> list[Quote]:
    """The quotes of one loaded source, with speakers."""
    if source.status != "ok":
        return []
    return _parse(source, options or Options()).quotes


def _usable(sources: list[Source]) -> None:
    if not any(s.status == "ok" for s in sources):
        detail = "; ".join(f"{s.path}: {s.message or s.status}" for s in sources[:3])
        more = f" (and {len(sources) - 3} more)" if len(sources) > 3 else ""
        raise NoUsableInput(f"no usable input: {detail}{more}")


def extract(paths: Iterable[str | os.PathLike[str]], options: Options | None = None, *,
            manifest: str | os.PathLike[str] | None = None,
            progress: Progress | None = None) -> tuple[list[Source], list[Quote]]:
    """Load the inputs and extract their quotes (no alignment)."""
    options = options or Options()
    sources = load_mod.load(paths, manifest=manifest, lang=options.lang)
    _usable(sources)
    quotes: list[Quote] = []
    for n, s in enumerate(sources, 1):
        quotes.extend(quotes_of(s, options))
        if progress:
            progress("extract", n, len(sources))
    return sources, quotes


def _recover_unmarked(parsed: dict[str, Parsed], groups: list[list[str]],
                      quotes: dict[str, Quote], story: dict[str, str],
                      options: Options) -> tuple[list[list[str]], dict[str, Quote]]:
    from . import align
    keys: dict[str, str] = {}
    readers: dict[str, attribute.Attributor] = {}
    taken = {sid: [(q.start, q.end) for q in p.quotes] for sid, p in parsed.items()}
    # which sources hold which words: only sources with most of a quote's rare words are searched
    holders: dict[str, set[str]] = {}
    if len(parsed) < 2:
        return groups, quotes   # one source: nothing to recover from another
    for sid, p in parsed.items():
        for w in align.content_words(p.source.text):
            holders.setdefault(w, set()).add(sid)
    new_groups = []
    for ids in groups:
        members = [quotes[i] for i in ids]
        present = {q.source for q in members}
        anchor = max(members, key=lambda q: (q.kind == "direct", len(q.text)))
        short = len(align.words(anchor.text)) < options.min_unmarked_words
        # every version is searched for: a span ends at the last word the target shares with
        # the version, and one outlet's changed last word would cut it short
        versions = list({q.text: q for q in members
                         if len(align.words(q.text)) >= options.min_unmarked_words}.values())
        context = parsed[anchor.source].source.text[anchor.context_start:anchor.context_end]
        # a short quote is found through its sentence, a long one through its own words
        rare = sorted(align.content_words(context if short else anchor.text),
                      key=lambda w: (len(holders.get(w, ())), w))[:6]
        votes: dict[str, int] = {}
        for w in rare:
            for sid in holders.get(w, ()):
                votes[sid] = votes.get(sid, 0) + 1
        need = max(1, (2 * len(rare) + 2) // 3)
        ids = list(ids)
        for sid in sorted(s for s, v in votes.items() if v >= need):
            p = parsed[sid]
            if sid in present or story.get(sid) != story.get(anchor.source):
                continue
            if short:
                hit = align.find_unmarked_short(anchor, context, p.source.text, taken[sid])
            else:
                if sid not in keys:
                    keys[sid] = align.same_length_key(p.source.text)
                hits = [align.find_unmarked(m, p.source, keys[sid], taken[sid]) for m in versions]
                hits = [h for h in hits if h is not None]
                hit = max(hits, key=lambda h: (h[2], h[1] - h[0], -h[0])) if hits else None
            if hit is None:
                continue
            start, end = hit[:2]
            sp = extract_mod.Span(start=start, end=end, outer_start=start, outer_end=end)
            extract_mod.fill_context(p.flat, sp)
            att = readers.get(sid)
            if att is None:   # one reader of names per source, however many quotes it recovers
                att = readers[sid] = attribute.Attributor(p.source.text, p.flat, p.source.lang)
                att.speakers = [(q.start, q.speaker, "person") for q in p.quotes if q.speaker]
            q = attribute.attribute_unmarked(att, sp, sid, anchor.speaker)
            quotes[q.id] = q
            taken[sid].append((start, end))
            present.add(sid)
            ids.append(q.id)
        new_groups.append(ids)
    return new_groups, quotes


def compare_sources(sources: list[Source], options: Options | None = None, *,
                    progress: Progress | None = None) -> Comparison:
    """Extract, attribute, align and diff already loaded sources."""
    # imported here, not at the top: extraction alone needs neither numpy nor rapidfuzz
    from . import align, diff
    from .finalize import Placed, finalize
    options = options or Options()
    _usable(sources)
    parsed: dict[str, Parsed] = {}
    ok = [s for s in sources if s.status == "ok"]
    for n, s in enumerate(ok, 1):
        parsed[s.id] = _parse(s, options)
        if progress:
            progress("extract", n, len(ok))
    all_quotes = [q for p in parsed.values() for q in p.quotes]
    canon = align.canonical_speakers(all_quotes)
    all_quotes = [dataclasses.replace(q, speaker=canon.get(q.speaker, q.speaker)) for q in all_quotes]
    per_source: dict[str, list[Quote]] = {sid: [] for sid in parsed}
    for q in all_quotes:
        per_source[q.source].append(q)
    for sid, p in parsed.items():
        p.quotes = per_source[sid]
    texts = {s.id: s.text for s in ok}
    scorer = align.Scorer(all_quotes, texts, options, langs={s.id: s.lang for s in ok})
    groups = align.cluster(all_quotes, scorer)
    if progress:
        progress("align", 1, 1)
    quotes = {q.id: q for q in all_quotes}
    source_of = {q.id: q.source for q in all_quotes}
    story = align.story_groups(ok, groups, source_of)
    if options.recover_unmarked:
        groups, quotes = _recover_unmarked(parsed, groups, quotes, story, options)
        source_of = {q.id: q.source for q in quotes.values()}
        story = align.story_groups(ok, groups, source_of)
    placed = {s.id: Placed(id=s.id, order=(n,), lang=s.lang, outlet=s.outlet,
                           published=s.published, story=s.story) for n, s in enumerate(sources)}
    before = {q.id: diff.preceding(texts[q.source], q) for q in quotes.values()
              if diff.pronoun_mention(q)}
    ok_ids = [s.id for s in ok]

    def missing(srcs: tuple[str, ...]) -> tuple[str, ...]:
        stories = {story[s] for s in srcs}
        return tuple(s for s in ok_ids if story.get(s) in stories and s not in srcs)

    done = finalize(groups, quotes, placed, basis="encoder" if options.encoder_name else "evidence",
                    before=before, missing=missing)
    clusters, diffs = done.clusters, done.differences
    if progress:
        progress("diff", 1, 1)
    order = {s.id: i for i, s in enumerate(sources)}
    ordered = tuple(sorted(quotes.values(), key=lambda q: (order[q.source], q.start, q.end)))
    return Comparison(sources=tuple(sources), quotes=ordered, clusters=clusters,
                      differences=diffs, options=options)


def compare(paths: Iterable[str | os.PathLike[str]], options: Options | None = None, *,
            manifest: str | os.PathLike[str] | None = None,
            progress: Progress | None = None) -> Comparison:
    """Compare how the given articles quote people: the whole pipeline in one call."""
    options = options or Options()
    sources = load_mod.load(paths, manifest=manifest, lang=options.lang)
    return compare_sources(sources, options, progress=progress)
