"""Synthetic multi-outlet news corpora for benchmarks: stories, each told by several outlets.

Every story has a few speakers and statements; each outlet prints them with its own cue verbs,
some reworded, cut, with a changed number or without quote marks, among filler sentences that
share the story's vocabulary. Deterministic for a given seed.
"""
from __future__ import annotations

import random

FIRST = ["Anna", "Mark", "Julia", "Peter", "Sofia", "Omar", "Elena", "David", "Laura", "Ivan",
         "Claire", "Tomas", "Nadia", "Victor", "Irene", "Hugo", "Marta", "Felix", "Alice", "Rahul"]
LAST = ["Berg", "Holt", "Novak", "Okafor", "Lindqvist", "Moreau", "Santos", "Kowalski", "Tanaka",
        "Fischer", "Haddad", "Rossi", "Brennan", "Duarte", "Ivanova", "Keller", "Mensah", "Petrov"]
ROLES = ["the minister", "the mayor", "the company's chief executive", "the union leader",
         "the senator", "the spokesperson"]
CUES = ["said", "told reporters", "added", "warned", "insisted", "explained", "stressed"]
WORDS = ("budget tax schools hospital border water energy prices wages farmers police court "
         "election reform pension railway bridge harbour climate drought flood housing rents "
         "tariffs steel exports vaccines nurses teachers strike contract deadline inquiry report "
         "mine factory airport airline bank loan debt inflation fuel grain harvest fishing quota "
         "forest fire coast storm dam river transit tram metro ferry festival museum stadium").split()
VERBS = "will must cannot should could would".split()
FILLER = ("The meeting lasted several hours. Officials gave no further details. "
          "Talks are expected to resume next week. The opposition criticised the plan. "
          "Local media reported the decision on Tuesday. "
          "Critics say the timetable is unrealistic.").split(". ")


SYLLABLES = "ka lo mi ren tas vo pel dri sun mar tek ob ul fin gra hes pon quil ros tav".split()
FUNCTION = "the and we will for in to of our a this that must not be with on".split()


def pseudo_word(rnd: random.Random) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(3, 4)))


def statement(rnd: random.Random, vocab: list[str]) -> str:
    """A statement of 12-18 words: the story's own content words among function words."""
    words = []
    for i in range(rnd.randint(12, 18)):
        words.append(rnd.choice(vocab) if i % 2 else rnd.choice(FUNCTION))
    words.insert(rnd.randint(3, len(words) - 1), str(rnd.randint(2, 900)))
    return "We " + " ".join(words)


def edit(rnd: random.Random, text: str) -> tuple[str, bool]:
    """A variant of a statement, and whether its marks are dropped."""
    words = text.split()
    r = rnd.random()
    if r < 0.25:
        i = rnd.randrange(3, len(words))
        words[i] = rnd.choice(WORDS)
    elif r < 0.4:
        words = words[: max(8, len(words) - rnd.randint(3, 8))]
    elif r < 0.5:
        words = [str(int(w) + rnd.randint(1, 50)) if w.isdigit() else w for w in words]
    return " ".join(words), rnd.random() < 0.08


def corpus(n_sources: int, outlets_per_story: int = 4, seed: int = 1) -> list[dict]:
    """``n_sources`` articles: dicts with id, outlet, story, text."""
    rnd = random.Random(seed)
    out: list[dict] = []
    story = 0
    while len(out) < n_sources:
        vocab = rnd.sample(WORDS, 6) + [pseudo_word(rnd) for _ in range(30)]
        people = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" for _ in range(2)]
        statements = [(rnd.choice(people), statement(rnd, vocab)) for _ in range(rnd.randint(3, 5))]
        for k in range(outlets_per_story):
            if len(out) >= n_sources:
                break
            paras = [f"{people[0]} and {people[1]} met on Monday "
                     f"to discuss the {vocab[0]} and the {vocab[1]}."]
            truth = []
            for n, (who, text) in enumerate(statements):
                if k and rnd.random() < 0.15:
                    continue  # this outlet leaves the quote out
                body, unmarked = edit(rnd, text) if k else (text, False)
                truth.append({"utterance": f"story-{story}/{n}", "text": body, "unmarked": unmarked})
                cue = rnd.choice(CUES)
                if unmarked:
                    paras.append(f"{body}, {who} {cue}.")
                else:
                    paras.append(f"\u201c{body},\u201d {who} {cue}.")
                paras.append(rnd.choice(FILLER) + ".")
            out.append({"id": f"s{story:05d}-o{k}", "outlet": f"Outlet {k}", "story": f"story-{story}",
                        "text": "\n\n".join(paras) + "\n", "truth": truth})
        story += 1
    return out
