"""Which sources tell the same story: a cluster's ``missing`` sources are those of its story."""
from __future__ import annotations

from collections.abc import Iterable

from .models import Source
from .settings import SETTINGS


def one_story(unlabelled: int) -> bool:
    """Whether sources without a story label are taken to be one story: a comparison of up to
    ``max_unlabelled`` of them is (the usual call compares the articles of one story)."""
    return unlabelled <= SETTINGS.stories.max_unlabelled


def story_key(label: str | None, small: bool) -> str | None:
    """A source's story where it is known before any quote is compared: its label, or for an
    unlabelled source of a small comparison (:func:`one_story`) the comparison's one story
    (""); None when only shared quotes can tell."""
    return label or ("" if small else None)


def known_stories(sources: list[Source]) -> dict[str, str | None]:
    """Source id -> :func:`story_key` of each source."""
    small = one_story(sum(1 for s in sources if not s.story))
    return {s.id: story_key(s.story, small) for s in sources}


def story_groups(sources: list[Source], clusters: Iterable[list[str]],
                 source_of: dict[str, str]) -> dict[str, str]:
    """Source id -> story key: the manifest's ``story`` where given; up to ``max_unlabelled``
    (:mod:`quotecmp.settings`) sources without one are taken to be one story (the usual call
    compares the articles of one story), more are grouped by the quotes they share; sources that
    share a quote are joined whatever their labels say."""
    parent = {s.id: s.id for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    by_story: dict[str, str] = {}
    for s, key in zip(sources, known_stories(sources).values()):
        if key is None:
            continue  # a corpus without story labels: stories are what shared quotes link
        if key in by_story:
            parent[find(s.id)] = find(by_story[key])
        else:
            by_story[key] = s.id
    for ids in clusters:
        srcs = sorted({source_of[q] for q in ids})
        for other in srcs[1:]:
            ra, rb = find(srcs[0]), find(other)
            if ra != rb:
                parent[rb] = ra
    return {s.id: find(s.id) for s in sources}
