"""Fuzz the loader and the extractor for as long as you like (outside CI).

    python bench/fuzz.py --seconds 300 [--seed 1]

Mutates the bundled sample files and generated HTML, JSONL and CSV bytes (byte flips, inserted
quote marks, bidi controls, NULs, truncation, re-encoding, splices) and runs each through
`quotecmp.load.read_path` and `quotecmp.comparison.quotes_of`, checking that nothing raises but
a QuotecmpError, that every input becomes a Source with a status, and that every quote's offsets
slice its text. Crashing inputs are saved under bench/fuzz-crashes/.
"""
from __future__ import annotations

import argparse
import pathlib
import random
import sys
import tempfile
import time
import traceback

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotecmp.comparison import quotes_of  # noqa: E402
from quotecmp.errors import QuotecmpError  # noqa: E402
from quotecmp.load import read_path  # noqa: E402

MARKS = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", "「", "」", "\u202e", "\u2066", "\x00", "\n",
         "\r\n", "<div>", "</p>", "&quot;", "—", ":", ", he said. "]
SUFFIXES = [".txt", ".html", ".jsonl", ".csv", ".md", ""]


def seeds() -> list[bytes]:
    out = [p.read_bytes() for p in sorted((ROOT / "data").glob("*/*.txt"))]
    out.append(b'<html><head><title>T</title></head><body><p>"We act," she said.</p></body></html>')
    out.append(b'{"text": "\\"We act,\\" she said.", "outlet": "A"}\n{"text": 5}\nnot json\n')
    out.append(b'text,outlet\n"""We act,"" she said.",A\n"unclosed,B\n')
    return out


def mutate(data: bytes, rnd: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rnd.randint(1, 12)):
        op = rnd.random()
        pos = rnd.randint(0, len(b)) if b else 0
        if op < 0.3:
            ins = rnd.choice(MARKS).encode(rnd.choice(["utf-8", "utf-8", "utf-16-le", "latin-1"]),
                                           errors="ignore")
            b[pos:pos] = ins
        elif op < 0.45 and b:
            b[min(pos, len(b) - 1)] = rnd.randrange(256)
        elif op < 0.55 and b:
            del b[pos:pos + rnd.randint(1, 200)]
        elif op < 0.65:
            b[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 30)))
        elif op < 0.75 and len(b) > 10:
            a = rnd.randrange(len(b))
            b[pos:pos] = b[a:a + rnd.randint(1, 300)]
        elif op < 0.8:
            try:
                b = bytearray(bytes(b).decode("utf-8", "ignore").encode(rnd.choice(["utf-16", "cp1252", "utf-8-sig"]), "ignore"))
            except LookupError:
                pass
        else:
            b = b[:pos]
    return bytes(b)


def check(data: bytes, suffix: str, folder: pathlib.Path, n: int) -> str | None:
    path = folder / f"case{n}{suffix}"
    path.write_bytes(data)
    try:
        sources = read_path(path, "case", {})
        assert sources and all(s.status in ("ok", "empty", "error") for s in sources)
        for s in sources:
            for q in quotes_of(s):
                assert s.text[q.start:q.end] == q.text, (q.start, q.end)
                assert 0 <= q.start < q.end <= len(s.text)
    except QuotecmpError:
        return None
    except Exception:  # noqa: BLE001 - the point of a fuzzer
        return traceback.format_exc()
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)
    pool = seeds()
    crashes = ROOT / "bench" / "fuzz-crashes"
    n = failures = 0
    stop = time.monotonic() + args.seconds
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        while time.monotonic() < stop:
            data = mutate(rnd.choice(pool), rnd)
            suffix = rnd.choice(SUFFIXES)
            problem = check(data, suffix, folder, n)
            if problem:
                failures += 1
                crashes.mkdir(exist_ok=True)
                (crashes / f"crash-{args.seed}-{n}{suffix or '.bin'}").write_bytes(data)
                (crashes / f"crash-{args.seed}-{n}.txt").write_text(problem, encoding="utf-8")
                print(problem.splitlines()[-1])
            elif rnd.random() < 0.05 and len(pool) < 200:
                pool.append(data)          # keep some survivors as new seeds
            n += 1
    print(f"fuzz: {n} inputs in {args.seconds:.0f} s, {failures} failures"
          + (f" (saved in {crashes})" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
