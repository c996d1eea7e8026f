"""Who said it, across languages: do a quote and its professional translation get one speaker?

    python ../shared/tools/score_translations.py --out /tmp/wmt       (writes the comparisons)
    python bench/eval_speakers_across.py /tmp/wmt [--list 20]

The WMT14 news documents (../shared/data/wmt14-dev: German and French originals with their English
translations, and the other way round) carry no speaker annotation, but a professional translation
keeps who said what. So for every cluster ``quotecmp compare`` made of a quote and its translation,
the two speakers should name the same person or body. This scores attribution in French and German
against the English side (and the English against them) on real news nobody here wrote: per
language pair, the share of linked quotes whose speakers agree, compared by their last word with
accents folded ("Jens Häußler" / "Mayor Jens Häußler"; "le journal" / "the paper" disagree, as
a role and its translation do). Pairs where neither side has a speaker are not counted.

It reads the JSON outputs only; it never copies article text.
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import sys

import regex

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotecmp.normalize import strip_accents  # noqa: E402

_WORD = regex.compile(r"\p{L}+")


def key(speaker: str | None) -> str | None:
    """The last word of a speaker, folded ("Mayor Jens Häußler" -> "haussler")."""
    if not speaker:
        return None
    words = _WORD.findall(strip_accents(speaker.replace("ß", "ss")).casefold())
    return words[-1] if words else None


def pairs(out: pathlib.Path):
    """(language pair, original's quote, translation's quote) for every linked pair."""
    for path in sorted(out.glob("*/*.json")):
        pair = path.parent.name
        first, second = pair.split("-")
        data = json.loads(path.read_text(encoding="utf-8"))
        quotes = {q["id"]: q for q in data["quotes"]}
        for cluster in data["clusters"]:
            by_lang = {quotes[i]["source"].rsplit(".", 1)[-1]: quotes[i] for i in cluster["quotes"]}
            if first in by_lang and second in by_lang:
                yield pair, by_lang[first], by_lang[second]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="the --out folder of score_translations.py")
    ap.add_argument("--list", type=int, default=0, help="list this many disagreements")
    args = ap.parse_args(argv)
    out = pathlib.Path(args.out)
    if not any(out.glob("*/*.json")):
        print(f"eval-speakers-across: no comparisons in {out}; run score_translations.py first")
        return 0
    total: collections.Counter[str] = collections.Counter()
    agree: collections.Counter[str] = collections.Counter()
    misses = []
    for pair, a, b in pairs(out):
        ka, kb = key(a.get("speaker")), key(b.get("speaker"))
        if ka is None and kb is None:
            continue
        total[pair] += 1
        agree[pair] += ka == kb
        if ka != kb:
            misses.append((pair, a.get("speaker"), a.get("attribution"), b.get("speaker"),
                           b.get("attribution")))
    for pair in sorted(total):
        print(f"eval-speakers-across {pair}: {agree[pair]}/{total[pair]} linked quotes agree "
              f"({agree[pair] / total[pair]:.3f})")
    n, k = sum(total.values()), sum(agree.values())
    print(f"eval-speakers-across all: {k}/{n} agree ({k / n:.3f})")
    for pair, sa, ra, sb, rb in misses[:args.list]:
        print(f"  {pair}: {sa!r} ({ra}) / {sb!r} ({rb})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
