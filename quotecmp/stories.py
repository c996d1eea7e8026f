"""Which sources tell the same story: a cluster's ``missing`` sources are those of its story."""
from __future__ import annotations

from collections.abc import Iterable

from .models import Source
from .settings import SETTINGS


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
    unlabelled = sum(1 for s in sources if not s.story)
    for s in sources:
        if not s.story and unlabelled > SETTINGS.stories.max_unlabelled:
            continue  # a corpus without story labels: stories are what shared quotes link
        key = s.story or ""
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
