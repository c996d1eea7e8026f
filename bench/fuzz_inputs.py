"""Fuzz the loader and the extractor with bad input, for as long as you like (outside CI).

    python bench/fuzz_inputs.py --seconds 300 [--seed 1] [--mode both|mutate|hypothesis]

Inputs come from two engines, alternated in rounds:

* mutate: the sample files in data/ plus generated HTML pages (scripts, navigation, deep nesting,
  declared charsets), JSONL and CSV corpora and binary headers (PNG, JPEG, PDF, ZIP, noise), mutated
  at the byte level (flips, inserted quote marks in several encodings, bidi controls, NULs, BOMs,
  truncation, splices, re-encoding to UTF-16 / cp1252 / Latin-1, mojibake, CRLF, one huge line);
* hypothesis: Hypothesis strategies for arbitrary bytes, arbitrary text in several encodings and
  structured pages/corpora built from quote-mark soup; failures are shrunk before they are saved.

Each input is written to a file with a random suffix (.txt .html .jsonl .csv .tsv .md none) and run
through ``quotecmp.load.read_path`` and ``quotecmp.comparison.quotes_of`` (and ``decode`` on the raw
bytes with a random declared charset). Checked:

* no exception other than a QuotecmpError subclass (and no input taking longer than --timeout);
* every input becomes at least one Source with status ok / empty / error, and a message when it is
  not ok; an ok source has non-blank text;
* every quote's offsets slice its source's text: ``text[start:end] == quote.text``.

Failures (and inputs over the time limit) are saved under bench/fuzz-crashes/, one file per distinct
cause plus its traceback. "Suspect" results are not failures but are counted and a few saved:
a source loaded as ok whose text is mostly control characters (a binary read as text).
"""
from __future__ import annotations

import argparse
import codecs
import collections
import hashlib
import io
import json
import pathlib
import random
import signal
import sys
import tempfile
import time
import traceback
import warnings
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotecmp.errors import QuotecmpError  # noqa: E402
from quotecmp.load import decode, read_path  # noqa: E402
from quotecmp.pipeline import quotes_of  # noqa: E402

CRASHES = ROOT / "bench" / "fuzz-crashes"
SUFFIXES = [".txt", ".html", ".jsonl", ".csv", ".tsv", ".md", ""]
MARKS = ['"', "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "'", "「", "」", "『", "』",
         "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
         "\u200e", "\u200f", "\u200b", "\ufeff", "\x00", "\u00a0", "\u2028", "\n", "\r\n", "\r",
         "<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "&quot;", "&ldquo;", "—", ":",
         ", he said. ", " said the minister.", "« ", " »", "\\", '\\"', "\t", "Ã©", "Ã", "\ufffd"]
ENCODINGS = ["utf-8", "utf-8", "utf-8", "utf-16-le", "utf-16-be", "latin-1", "cp1252"]
BINARY_HEADS = [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", b"%PDF-1.4\n", b"PK\x03\x04",
                b"GIF89a", b"\x1f\x8b\x08\x00", b"ID3\x03\x00", b"SQLite format 3\x00", b"MZ\x90\x00",
                b"\x00\x00\x00\x18ftypmp42", b"RIFF\x00\x00\x00\x00WEBP", b"\x7fELF\x02\x01"]


class Timeout(BaseException):
    """One input took longer than --timeout (raised from a SIGALRM handler)."""


# --- seeds ---------------------------------------------------------------------------------------

def _page(rnd: random.Random, body: str) -> str:
    charset = rnd.choice(["utf-8", "windows-1252", "iso-8859-1", "utf-16", "bogus-charset", None])
    meta = f'<meta charset="{charset}">' if charset else ""
    depth = rnd.choice([0, 0, 3, 300, 3000])
    return ("<!doctype html><html><head>" + meta + "<title>Bridge to reopen | Herald</title>"
            "<script>var s = \"“not a quote,” said the script\";</script>"
            "<style>q:before{content:'“'}</style></head><body>"
            "<nav><a href='/'>“Home” menu</a></nav>" + "<div>" * depth +
            f"<article><h1>Bridge to reopen</h1>{body}</article>" + "</div>" * depth +
            "<footer>“Cookie” settings</footer></body></html>")


def seeds(rnd: random.Random) -> list[bytes]:
    out: list[bytes] = []
    for folder in ("nato-china-2023", "nato-china-2023-fr"):
        for p in sorted((ROOT / "data" / folder).glob("*")):
            if p.is_file():
                out.append(p.read_bytes())
    texts = [p.decode("utf-8", "replace") for p in out[:6]]
    for t in texts:
        paras = "".join(f"<p>{para}</p>" for para in t.split("\n\n")[:12])
        out.append(_page(rnd, paras).encode("utf-8"))
        out.append(_page(rnd, paras).encode("cp1252", "replace"))
    rows = [{"id": f"r{i}", "text": t[:3000], "outlet": "X", "lang": "en"} for i, t in enumerate(texts)]
    out.append("\n".join(json.dumps(r, ensure_ascii=rnd.random() < 0.5) for r in rows).encode())
    out.append(b'{"text": "\\"We act,\\" she said."}\n{"text": 5}\nnot json\n["list"]\n{"id": 1}\n')
    buf = io.StringIO()
    buf.write("id,text,outlet\n")
    for r in rows:
        buf.write(f'{r["id"]},"{r["text"][:800].replace(chr(34), chr(34) * 2)}",{r["outlet"]}\n')
    out.append(buf.getvalue().encode())
    out.append(b'text,outlet\n"""We act,"" she said.",A\n"unclosed,B\nx,y,z,w\n')
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as z:
        z.writestr("a.txt", texts[0][:2000])
    out.append(zbuf.getvalue())
    for head in BINARY_HEADS:
        out.append(head + rnd.randbytes(rnd.randint(10, 3000)))
    out.append(rnd.randbytes(4096))
    out.append(b"")
    out.append(b" \n\t\r\n")
    out.append(codecs.BOM_UTF16_LE + texts[1][:2000].encode("utf-16-le"))
    return out


# --- mutations -----------------------------------------------------------------------------------

def mutate(data: bytes, rnd: random.Random, pool: list[bytes]) -> bytes:
    b = bytearray(data)
    for _ in range(rnd.randint(1, 10)):
        op = rnd.randrange(16)
        pos = rnd.randint(0, len(b)) if b else 0
        if op <= 3:      # insert a quote mark / control / markup in some encoding
            b[pos:pos] = rnd.choice(MARKS).encode(rnd.choice(ENCODINGS), "ignore")
        elif op == 4 and b:
            b[min(pos, len(b) - 1)] = rnd.randrange(256)
        elif op == 5:
            del b[pos:pos + rnd.randint(1, 400)]
        elif op == 6:
            b[pos:pos] = rnd.randbytes(rnd.randint(1, 40))
        elif op == 7 and len(b) > 10:   # duplicate a slice
            a = rnd.randrange(len(b))
            b[pos:pos] = b[a:a + rnd.randint(1, 500)]
        elif op == 8:      # splice with another seed
            other = rnd.choice(pool)
            b = b[:pos] + other[rnd.randint(0, len(other)) if other else 0:]
        elif op == 9:      # re-encode
            text = bytes(b).decode("utf-8", "replace")
            b = bytearray(text.encode(rnd.choice(["utf-16", "utf-16-le", "utf-16-be", "cp1252",
                                                  "latin-1", "utf-8-sig", "utf-32"]), "ignore"))
        elif op == 10:     # mojibake: UTF-8 bytes read as cp1252, written back as UTF-8
            text = bytes(b).decode("utf-8", "replace")
            b = bytearray(text.encode("utf-8").decode("cp1252", "replace").encode("utf-8"))
        elif op == 11:
            b = b.replace(b"\n", b"\r\n") if rnd.random() < 0.5 else b.replace(b"\n", b" ")
        elif op == 12:
            b[0:0] = rnd.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                                 codecs.BOM_UTF32_LE, b"\xef\xbb", b"\xff"])
        elif op == 13:
            b = b[:pos]
        elif op == 14:     # a run of one mark
            b[pos:pos] = rnd.choice(MARKS).encode("utf-8") * rnd.randint(10, 3000)
        else:              # wrap in nesting
            n = rnd.choice([10, 300, 2000])
            b = bytearray(b"<div>" * n) + b + bytearray(b"</div>" * n)
    return bytes(b[:2_000_000])


# --- the check -----------------------------------------------------------------------------------

def _suspect(text: str) -> bool:
    if len(text) < 64:
        return False
    ctrl = sum(1 for c in text[:4096] if (ord(c) < 32 and c not in "\t\n\r\f") or 0x7f <= ord(c) < 0xa0)
    return ctrl / min(len(text), 4096) > 0.05


def check(data: bytes, suffix: str, folder: pathlib.Path, declared: str | None, timeout: float,
          stats: collections.Counter) -> tuple[str, str] | None:
    """None when all is well, else (kind, report) with kind crash / timeout / suspect."""
    path = folder / f"case{suffix}"
    path.write_bytes(data)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        decode(data, declared)
        sources = read_path(path, "case", {})
        problems = []
        if not sources:
            problems.append("no Source for the input")
        suspect = None
        for s in sources:
            stats[f"status:{s.status}"] += 1
            if s.status not in ("ok", "empty", "error"):
                problems.append(f"status {s.status!r}")
            if s.status != "ok" and not s.message:
                problems.append(f"status {s.status} without a message")
            if s.status == "ok" and not s.text.strip():
                problems.append("status ok with blank text")
            quotes = quotes_of(s)
            stats["quotes"] += len(quotes)
            for q in quotes:
                if not (0 <= q.start <= q.end <= len(s.text)) or s.text[q.start:q.end] != q.text:
                    problems.append(f"offsets {q.start}-{q.end} do not slice {q.text!r}")
                    break
            if s.status == "ok" and _suspect(s.text):
                suspect = f"loaded as ok but mostly control characters ({s.message})"
        if problems:
            return "crash", "AssertionError: " + "; ".join(problems)
        if suspect:
            return "suspect", suspect
    except QuotecmpError:
        stats["quotecmp_error"] += 1
    except Timeout:
        return "timeout", f"Timeout: longer than {timeout:.0f} s"
    except Exception:  # noqa: BLE001 - the point of a fuzzer
        return "crash", traceback.format_exc()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def signature(report: str) -> str:
    """The exception type and the innermost quotecmp frame: one file per distinct cause."""
    lines = report.strip().splitlines()
    frames = [ln.strip() for ln in lines if ln.strip().startswith('File "') and "quotecmp" in ln]
    last = lines[-1].split(":")[0] if lines else "?"
    return f"{last} @ {frames[-1] if frames else '-'}"


class Recorder:
    def __init__(self, seed: int, keep_suspects: int = 5):
        self.seen: dict[str, int] = {}
        self.counts = collections.Counter()
        self.seed = seed
        self.keep_suspects = keep_suspects

    def add(self, kind: str, report: str, data: bytes, suffix: str, engine: str) -> None:
        self.counts[kind] += 1
        self.counts[f"{kind}:{engine}"] += 1
        sig = f"{kind}: {signature(report) if kind != 'suspect' else report.split('(')[0]}"
        self.seen[sig] = self.seen.get(sig, 0) + 1
        first = self.seen[sig] == 1
        if kind == "suspect" and self.counts[kind] > self.keep_suspects:
            return
        if first or kind == "suspect":
            CRASHES.mkdir(parents=True, exist_ok=True)
            h = hashlib.sha1(sig.encode()).hexdigest()[:8]
            stem = CRASHES / f"{kind}-{h}-{self.seed}-{self.counts[kind]}"
            pathlib.Path(f"{stem}{suffix or '.bin'}").write_bytes(data)
            pathlib.Path(f"{stem}.txt").write_text(f"engine: {engine}\nsuffix: {suffix!r}\n\n{report}",
                                                   encoding="utf-8")
            if first:
                print(f"  new {sig}  -> {stem.name}", flush=True)


# --- engines -------------------------------------------------------------------------------------

def run_mutation(rnd, pool, folder, rec, stats, stop, args, budget):
    end = min(stop, time.monotonic() + budget)
    n = 0
    while time.monotonic() < end:
        data = mutate(rnd.choice(pool), rnd, pool)
        suffix = rnd.choice(SUFFIXES)
        declared = rnd.choice([None, None, "utf-8", "windows-1252", "utf-16", "shift_jis", "bogus"])
        started = time.perf_counter()
        result = check(data, suffix, folder, declared, args.timeout, stats)
        took = time.perf_counter() - started
        stats["slowest_ms"] = max(stats["slowest_ms"], int(took * 1000))
        stats["bytes"] += len(data)
        n += 1
        if result:
            rec.add(result[0], result[1], data, suffix, "mutate")
        elif rnd.random() < 0.03 and len(pool) < 300:
            pool.append(data)            # keep some survivors as new seeds
    return n


def run_hypothesis(rnd, folder, rec, stats, stop, args, budget):
    from hypothesis import HealthCheck, Verbosity, given, settings, strategies as st
    from hypothesis.errors import HypothesisException

    marks = st.sampled_from(MARKS + [" ", ".", ",", "said", "Ana Ruiz", "We will act", "é", "ß",
                                     "سنعمل", "אנחנו", "https://x.org/?q=\""])
    soup = st.lists(st.one_of(marks, st.text(max_size=8)), max_size=120).map("".join)
    text = st.one_of(st.text(max_size=400), soup)
    encoded = st.tuples(text, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1",
                                               "utf-8-sig", "utf-32"])).map(
        lambda t: t[0].encode(t[1], "ignore"))
    html = st.tuples(text, st.integers(0, 400)).map(
        lambda t: ("<html><head><script>var a='“x”';</script></head><body>" + "<div>" * t[1]
                   + f"<article><p>{t[0]}</p></article>" + "</div>" * t[1] + "</body></html>").encode())
    jsonl = st.lists(st.one_of(text.map(lambda t: json.dumps({"text": t})), text), max_size=6).map(
        lambda rows: "\n".join(rows).encode("utf-8", "surrogatepass"))
    csv_ = st.lists(text, max_size=6).map(
        lambda rows: ("id,text\n" + "".join(f'{i},"{r}"\n' for i, r in enumerate(rows))).encode(
            "utf-8", "surrogatepass"))
    binary = st.one_of(st.binary(max_size=600),
                       st.tuples(st.sampled_from(BINARY_HEADS), st.binary(max_size=300)).map(b"".join))
    inputs = st.one_of(binary, encoded, html, jsonl, csv_)
    holder: dict = {}
    end = min(stop, time.monotonic() + budget)

    class _Done(BaseException):
        """Time is up: a BaseException, so Hypothesis stops at once instead of shrinking it."""

    @settings(max_examples=10**9, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck), print_blob=False,
              verbosity=Verbosity.quiet)
    @given(inputs, st.sampled_from(SUFFIXES), st.sampled_from([None, "utf-8", "windows-1252", "utf-16"]))
    def prop(data, suffix, declared):
        if time.monotonic() > end and not holder.get("failing"):
            raise _Done
        stats["hyp_inputs"] += 1
        result = check(data, suffix, folder, declared, args.timeout, stats)
        if result and result[0] == "suspect":
            rec.add("suspect", result[1], data, suffix, "hypothesis")
            result = None
        if result:
            holder["failing"] = True
            holder["last"] = (result, data, suffix)      # Hypothesis shrinks: the last is minimal
            raise AssertionError(result[1])

    before = stats["hyp_inputs"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        while time.monotonic() < end:
            holder.clear()
            try:
                prop()
            except _Done:
                break
            except (AssertionError, HypothesisException, Exception) as exc:  # noqa: BLE001
                if holder.get("last"):
                    (kind, report), data, suffix = holder["last"]
                    rec.add(kind, report, data, suffix, "hypothesis")
                else:
                    rec.add("crash", "".join(traceback.format_exception(exc)), b"", "", "hypothesis")
    return stats["hyp_inputs"] - before


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60, help="total running time")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mode", choices=["both", "mutate", "hypothesis"], default="both")
    ap.add_argument("--timeout", type=float, default=20, help="seconds one input may take")
    ap.add_argument("--round", type=float, default=30, help="seconds per engine before switching")
    args = ap.parse_args(argv)

    def on_alarm(signum, frame):
        raise Timeout()
    signal.signal(signal.SIGALRM, on_alarm)

    rnd = random.Random(args.seed)
    pool = seeds(rnd)
    rec = Recorder(args.seed)
    stats: collections.Counter = collections.Counter()
    per_engine: collections.Counter = collections.Counter()
    started = time.monotonic()
    stop = started + args.seconds
    engines = ["mutate", "hypothesis"] if args.mode == "both" else [args.mode]
    print(f"fuzz: {len(pool)} seeds, {args.seconds:.0f} s, engines {'+'.join(engines)}, seed {args.seed}",
          flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        i = 0
        while time.monotonic() < stop:
            engine = engines[i % len(engines)]
            i += 1
            if engine == "mutate":
                per_engine["mutate"] += run_mutation(rnd, pool, folder, rec, stats, stop, args, args.round)
            else:
                per_engine["hypothesis"] += run_hypothesis(rnd, folder, rec, stats, stop, args, args.round)
    elapsed = time.monotonic() - started
    total = sum(per_engine.values())
    status = ", ".join(f"{k.split(':')[1]} {v}" for k, v in sorted(stats.items()) if k.startswith("status:"))
    print(f"fuzz: {total} inputs in {elapsed:.0f} s ({total / max(elapsed, 1e-9):.0f}/s; "
          + ", ".join(f"{k} {v}" for k, v in per_engine.items()) + ")")
    print(f"fuzz: sources {status}; {stats['quotes']} quotes; {stats['quotecmp_error']} QuotecmpError; "
          f"{stats['bytes'] / 2**20:.0f} MB mutated; slowest input {stats['slowest_ms'] / 1000:.1f} s")
    print(f"fuzz: {rec.counts['crash']} failures, {rec.counts['timeout']} timeouts, "
          f"{rec.counts['suspect']} suspect (loaded as ok, > 5% control characters: a binary read "
          f"as text? mutate {rec.counts['suspect:mutate']}, hypothesis {rec.counts['suspect:hypothesis']})")
    for sig, n in sorted(rec.seen.items(), key=lambda kv: -kv[1]):
        print(f"  {n:6d}  {sig}")
    if rec.seen:
        print(f"fuzz: inputs saved in {CRASHES}")
    return 1 if rec.counts["crash"] or rec.counts["timeout"] else 0


if __name__ == "__main__":
    sys.exit(main())
