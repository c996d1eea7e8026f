"""Turn paths into Sources: text files, HTML pages, directories and corpus files (JSONL, CSV).

Nothing given is dropped: an input that cannot be read becomes a Source with status ``error`` and
a message that says what was found and what to do; an input with no text becomes ``empty``.
"""
from __future__ import annotations

import codecs
import csv
import dataclasses
import functools
import io
import os
import pathlib
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import regex

from . import lexicon, rows
from .errors import InputError, UsageError
from .files import free_id, not_a_file
from .models import Source
from .normalize import mask_furniture

TEXT_EXT = {".txt", ".text", ".md", ".rst", ""}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
MANIFEST_NAMES = ("sources.csv",)
MANIFEST_FIELDS = ("outlet", "lang", "published", "title", "url", "story", "role")
CORPUS_FIELDS = ("outlet", "lang", "published", "title", "url", "story")
MAX_BYTES = 200 * 1024 * 1024

_MAGIC = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
          b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or Office document)",
          b"\x1f\x8b": "a gzip archive", b"\x7fELF": "a program", b"RIFF": "a media file",
          b"BZh": "a bzip2 archive", b"\x00\x00\x01\x00": "an icon",
          b"SQLite format 3": "an SQLite database", b"MZ": "a Windows program",
          b"ID3": "an MP3 file", b"\xff\xfb": "an MP3 file", b"7z\xbc\xaf": "a 7-Zip archive",
          b"OggS": "an Ogg media file", b"fLaC": "a FLAC audio file",
          b"\xca\xfe\xba\xbe": "a program", b"wOFF": "a font", b"\x1a\x45\xdf\xa3": "a video"}
_WORD_RE = regex.compile(r"\p{L}+")
_VISIBLE = regex.compile(r"[^\s\p{Cf}\p{Zs}\p{Cc}]")
_CHARSET_RE = regex.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", regex.I)


# --- decoding ------------------------------------------------------------------------------

# bytes no text encoding uses (tab, line breaks, vertical tab, form feed and the separators that
# Word and PowerPoint exports write are text; ESC is left out for terminal captures)
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 27)) + b"\x7f"


def utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when every other byte is NUL, as in BOM-less UTF-16 text."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file this is, or None when it looks like text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    if data[4:8] == b"ftyp":
        return "a video or audio file (MP4)"
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(head):
        return None
    if head and head.count(0) / len(head) > 0.05:
        return "binary data"
    # text has almost no control bytes; compressed or random data has about one in eight
    if head and sum(head.count(bytes([b])) for b in _CONTROL) / len(head) > 0.03:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError:
            return "binary data"
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode bytes to text; returns the text and a note when something had to be repaired."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), None
    bomless = utf16_without_bom(data[:8192])
    if bomless:
        return data.decode(bomless, errors="replace"), f"decoded as {bomless.upper()} (no byte order mark)"
    candidates = [declared] if declared else []
    candidates += ["utf-8"]
    for enc in candidates:
        try:
            return data.decode(enc), None
        except (UnicodeDecodeError, LookupError):
            continue
    # Mostly UTF-8 with a few broken sequences (a truncated download, a bad copy): keep the
    # UTF-8, replace what is broken and say so, rather than misreading every accent as cp1252.
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    non_ascii = sum(1 for c in lenient if ord(c) > 127)
    if broken <= max(3, non_ascii // 100) and non_ascii > broken:
        return lenient, f"{broken} invalid UTF-8 sequence{'s' if broken != 1 else ''} replaced"
    # Not UTF-8: Western European single-byte text is by far the most common case in news.
    try:
        text, note = data.decode("cp1252"), "decoded as cp1252 (not valid UTF-8)"
    except UnicodeDecodeError:
        # bytes cp1252 leaves undefined (0x81, 0x8d, ...): ISO-8859-1 maps every byte, so the
        # accented letters survive instead of all becoming replacement characters
        text, note = data.decode("latin-1"), "decoded as ISO-8859-1 (not valid UTF-8 or cp1252)"
    return _other_script(data) or (text, note)


def _other_script(data: bytes) -> tuple[str, str] | None:
    """Single-byte text of another script (Cyrillic cp1251, Greek cp1253, ...): read as cp1252,
    nearly every letter comes out accented ("Ìû íå ãîòîâû"), while French or German accents a
    few letters in a hundred. Only past half, and on more than a few words (a name like "déjà" is
half accented), is the code page guessed (charset-normalizer), and
    only a guess that gives another script is taken: on Western text its guesses differ from
    cp1252 in the very characters news needs (« » „ “ read as ISO-8859-14 or cp1250)."""
    latin = data.decode("latin-1")
    letters = sum(1 for c in latin if c.isalpha())
    accented = sum(1 for c in latin if "\u00c0" <= c <= "\u00ff")
    if letters < 20 or accented < 0.5 * letters:
        return None
    import charset_normalizer
    for guess in charset_normalizer.from_bytes(data):     # best first
        text = str(guess)
        if sum(1 for c in text if _SINGLE_BYTE_SCRIPTS.match(c)) >= 0.3 * letters:
            return text, f"decoded as {guess.encoding} (not valid UTF-8; detected)"
    return None


# the alphabets single-byte code pages carry besides Latin: Greek, Cyrillic, Hebrew, Arabic, Thai
_SINGLE_BYTE_SCRIPTS = regex.compile(r"[\p{Greek}\p{Cyrillic}\p{Hebrew}\p{Arabic}\p{Thai}]")


_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")
# ftfy's badness expression has no lookaround and no end anchor, every one of its branches needs a
# non-ASCII character and none is wider than this (tests/test_load.py checks both on the installed
# ftfy): so it can only match within this reach of a non-ASCII run.
MOJIBAKE_REACH = 7


def looks_mojibaked(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, searching only near non-ASCII characters.

    Same answer; ftfy's expression tried at every position costs a fifth of extraction on news
    text, where nine characters in ten are ASCII and far from any other kind."""
    if text.isascii():
        return False
    from ftfy.badness import BADNESS_RE
    reach = MOJIBAKE_REACH - 1
    start = end = -1
    for run in _NON_ASCII.finditer(text):
        lo, hi = max(0, run.start() - reach), run.end() + reach
        if lo <= end:
            end = hi
            continue
        if end >= 0 and BADNESS_RE.search(text, start, end):
            return True
        start, end = lo, hi
    return bool(BADNESS_RE.search(text, start, end))


def repair(text: str) -> tuple[str, str | None]:
    """Repair mojibake and NUL bytes; typographic quotes are never straightened."""
    note = None
    if "\x00" in text:
        text = text.replace("\x00", " ")
        note = "NUL bytes replaced by spaces"
    try:
        if looks_mojibaked(text):
            import ftfy
            fixed = ftfy.fix_text(text, uncurl_quotes=False, normalization=None,
                                  fix_line_breaks=False, remove_control_chars=False)
            if fixed != text:
                text = fixed
                note = "; ".join(filter(None, [note, "mojibake repaired with ftfy"]))
    except ImportError:  # pragma: no cover - ftfy is a dependency; keep going without it
        pass
    return text, note


# --- language and metadata -----------------------------------------------------------------

def detect_language(text: str) -> str | None:
    """The language of a text, offline.

    English, French, German and Spanish (the languages quotecmp reads attributions in) are told
    by their function words, which is fast and sure on news text; anything else, or a close call,
    goes to py3langid, whose model ships inside the package. None for too little text.
    """
    counts: Counter[str] = Counter()
    sample = text[:20000].casefold()
    tokens = _WORD_RE.findall(sample)
    seen = Counter(tokens)
    for lang, stop in lexicon.STOPWORDS.items():
        counts[lang] = sum(n for t, n in seen.items() if t in stop)
    ranked = counts.most_common(2)
    best_lang, best = ranked[0] if ranked else (None, 0)
    second = ranked[1][1] if len(ranked) > 1 else 0
    if best >= 3 and best >= 2 * second and best >= len(tokens) / 20:
        return best_lang
    other = _identify(text[:5000]) if len(tokens) >= 6 else None
    if other:
        return other
    return best_lang if best >= 3 else None


def _identify(text: str) -> str | None:
    """py3langid's answer (97 languages, its model inside the wheel, no randomness: the same
    text always gets the same answer), when it is sure."""
    identifier = _identifier()
    if identifier is None:     # pragma: no cover - a dependency; keep the function-word answer
        return None
    lang, prob = identifier.classify(text)
    return str(lang) if prob >= 0.8 else None


@functools.lru_cache(maxsize=1)
def _identifier():
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:  # pragma: no cover
        return None
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_NAV_SEPARATOR = regex.compile(r"\s*(?:[|•·›»▸◦]|\s/\s)\s*")


def navigation_line(line: str) -> bool:
    """A site's menu on one line: items between separators ("Business | Sign in | Subscribe"),
    or two or more navigation words among a few."""
    parts = [p for p in _NAV_SEPARATOR.split(line.strip()) if p]
    if len(parts) >= 3 and sum(len(p.split()) for p in parts) <= 3 * len(parts):
        return True
    words = regex.findall(r"[\w-]+", line.casefold())
    return len(words) <= 12 and sum(w in lexicon.NAVIGATION_WORDS for w in words) >= 2


def guess_title(text: str) -> str | None:
    """The first line that reads like a headline: not page furniture, not a menu."""
    for line, kept in zip(text.splitlines(), mask_furniture(text).splitlines()):
        line = line.strip()
        if not kept.strip() or navigation_line(line):
            continue
        if 12 <= len(line) <= 200 and len(line.split()) >= 3:
            return line
    return None


# --- manifests -----------------------------------------------------------------------------

def read_manifest(path: pathlib.Path) -> dict[str, dict[str, str]]:
    """``file -> {outlet, lang, published, title, url, story, id}`` from a manifest CSV."""
    try:
        raw = read_limited(path)
    except (OSError, ValueError, InputError) as exc:
        raise UsageError(f"cannot read manifest {path}: {getattr(exc, 'strerror', None) or exc}") from exc
    text, _ = decode(raw)
    rows: dict[str, dict[str, str]] = {}
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not ({"file", "path"} & set(reader.fieldnames)):
        raise UsageError(f"manifest {path} needs a 'file' column (and outlet, lang, published, title)")
    for row in reader:
        name = (row.get("file") or row.get("path") or "").strip()
        if name:
            clean = {k: (v or "").strip() for k, v in row.items() if k and (v or "").strip()}
            rows[name] = clean
            rows.setdefault(pathlib.PurePath(name).name, clean)
    return rows


# --- walking paths -------------------------------------------------------------------------

def _walk(path: pathlib.Path, seen: set[str]) -> Iterator[pathlib.Path]:
    try:
        real = os.path.realpath(path)
        path.is_dir()
    except (OSError, ValueError):   # ValueError: a NUL byte in the path
        yield path
        return
    if real in seen:
        return  # a symlink loop or the same folder twice
    seen.add(real)
    if path.is_dir():
        try:
            children = sorted(path.iterdir(), key=lambda p: p.name)
        except OSError:
            yield path
            return
        for child in children:
            if child.name.startswith(".") or child.name in MANIFEST_NAMES:
                continue
            yield from _walk(child, seen)
    else:
        yield path


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[pathlib.Path]:
    """Files to read, directories walked recursively in name order, each file once."""
    out: list[pathlib.Path] = []
    seen: set[str] = set()
    for p in paths:
        out.extend(_walk(pathlib.Path(p), seen))
    return out


def _empty_dirs(paths: list[str | os.PathLike[str]], files: list[pathlib.Path]) -> list[Source]:
    """Directories given that hold no readable file: reported, never silently dropped."""
    out = []
    for p in map(pathlib.Path, paths):
        if p.is_dir() and not any(p == f or p in f.parents for f in files):
            out.append(Source(id=p.name or str(p), path=str(p), status="empty",
                              message="the directory holds no files to read (hidden files and "
                                      "manifests are skipped)"))
    return out


# --- reading one file ----------------------------------------------------------------------

def _error(source_id: str, path: str, message: str) -> Source:
    return Source(id=source_id, path=path, status="error", message=message)


def _finish(source_id: str, path: str, text: str, meta: dict[str, str], notes: list[str],
            lang_override: str | None) -> Source:
    lang = lang_override or meta.get("lang") or detect_language(text)
    title = meta.get("title") or guess_title(text)
    message = "; ".join(n for n in notes if n) or None
    meta = {**meta, "outlet": meta.get("outlet") or source_id}
    if not _VISIBLE.search(text):   # nothing but spaces, zero-width spaces and BOMs
        return Source(id=source_id, path=path, outlet=meta.get("outlet"), lang=lang,
                      published=meta.get("published"), title=meta.get("title"),
                      url=meta.get("url"), story=meta.get("story"), status="empty",
                      message=message or "no text found (the input is empty or only whitespace)",
                      text=text)
    return Source(id=source_id, path=path, outlet=meta.get("outlet"), lang=lang,
                  published=meta.get("published"), title=title, url=meta.get("url"),
                  story=meta.get("story"), status="ok", message=message, text=text,
                  role=meta.get("role"))


_DROP_BLOCKS = regex.compile(r"<(script|style|nav|header|footer|aside|noscript|form|svg|iframe)\b"
                             r"[^>]*>.*?</\1\s*>", regex.I | regex.S)
_BLOCK_TAG = regex.compile(r"</?(?:p|div|br|li|h[1-6]|article|section|blockquote|tr|ul|ol)\b[^>]*>",
                           regex.I)
_ANY_TAG = regex.compile(r"<[^>]*>|<!--.*?-->", regex.S)
_TITLE_TAG = regex.compile(r"<title[^>]*>(.*?)</title>", regex.I | regex.S)


def _strip_html(html: str) -> tuple[str, dict[str, str]]:
    """Text of a page that trafilatura could not read (nesting too deep for a parser, broken
    markup): scripts, styles and navigation dropped, blocks on lines of their own."""
    import html as htmllib
    title = _TITLE_TAG.search(html)
    body = _DROP_BLOCKS.sub(" ", html)
    body = _TITLE_TAG.sub(" ", body)
    body = _BLOCK_TAG.sub("\n", body)
    body = htmllib.unescape(_ANY_TAG.sub(" ", body))
    lines = [" ".join(line.split()) for line in body.splitlines()]
    text = "\n\n".join(line for line in lines if line)
    meta = {"title": " ".join(htmllib.unescape(title.group(1)).split())} if title else {}
    return text, meta


def _html_to_text(html: str) -> tuple[str, dict[str, str]]:
    import trafilatura
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except (RecursionError, ValueError):  # pragma: no cover - trafilatura on pathological pages
        doc = None
    text = (getattr(doc, "text", "") or "") if doc is not None else ""
    if len(text.strip()) < 40:
        fallback, fmeta = _strip_html(html)
        if len(fallback.strip()) > len(text.strip()):
            return fallback, fmeta
    if doc is None:
        return text, {}
    meta = {"title": getattr(doc, "title", None), "published": getattr(doc, "date", None),
            "outlet": getattr(doc, "sitename", None), "url": getattr(doc, "url", None)}
    return text, {k: v for k, v in meta.items() if v}


def _too_big(size: int) -> InputError:
    return InputError(f"file is more than the {MAX_BYTES // 2**20} MB limit for one article "
                      f"({size // 2**20} MB read); split it or give it as a corpus file")


def read_limited(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them.

    Opened without blocking, so a FIFO cannot hang the run, and checked to be a regular file
    after opening (nothing can swap it in between); the limit is enforced while reading, because
    /dev/zero or a file still growing reports a size that means nothing."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        problem = not_a_file(mode)
        if problem:
            raise InputError(problem)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise _too_big(total)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _read_bytes(path: pathlib.Path) -> bytes:
    try:
        return read_limited(path)
    except FileNotFoundError as exc:
        raise InputError("no such file or directory") from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory that could not be listed") from exc
    except PermissionError as exc:
        raise InputError("permission denied: make the file readable") from exc
    except ValueError as exc:
        raise InputError("the path contains a NUL byte: check how it was written") from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc


def _corpus(path: pathlib.Path, stem: str, data: bytes, kind: str,
            lang_override: str | None) -> list[Source]:
    """The sources of a corpus file, read by the corpus reader (:mod:`quotecmp.rows`) from the
    bytes already read: the same rows, problems, ids and repairs as ``quotecmp corpus``."""
    articles = rows.read_file(path, kind, stem=stem, opener=lambda: io.BytesIO(data))
    return [article_source(a, lang_override) for a in articles]


def row_source(source_id: str, path: str, body: str, row: dict[str, Any],
               lang_override: str | None = None, notes: Iterable[str | None] = ()) -> Source:
    """The source of one corpus row, as both ``compare`` and ``corpus`` read it: mojibake
    repaired, language detected, title guessed, the outlet defaulting to the id."""
    meta = {k: str(row[k]) for k in CORPUS_FIELDS if row.get(k) not in (None, "")}
    body, note = repair(body)
    return _finish(source_id, path, body, meta, [note or "", *(n or "" for n in notes)],
                   lang_override)


def article_source(article: dict[str, Any], lang_override: str | None = None) -> Source:
    """The source of a row the corpus reader gives (:func:`quotecmp.rows.read_chunk`)."""
    path = article.get("path") or article["id"]
    if article.get("problem"):
        return Source(id=article["id"], path=path, status="error",
                      message="; ".join(filter(None, [article["problem"], article.get("note")])))
    return row_source(article["id"], path, article.get("text") or "", article,
                      lang_override or article.get("lang") or None, [article.get("note")])


def read_path(path: pathlib.Path, source_id: str, meta: dict[str, str],
              lang_override: str | None = None) -> list[Source]:
    """Read one file into one Source (or one per row for corpus files)."""
    spath = str(path)
    try:
        data = _read_bytes(path)
    except InputError as exc:
        return [_error(source_id, spath, str(exc))]
    suffix = path.suffix.casefold()
    if rows.CORPUS_EXT.get(suffix) == "parquet":
        return _corpus(path, source_id, data, "parquet", lang_override)
    binary = sniff_binary(data)
    if binary:
        return [_error(source_id, spath, f"this is {binary}, not text: give text (.txt), "
                       "HTML pages or corpus files (.jsonl, .csv, .tsv, .parquet)")]
    declared = None
    if suffix in HTML_EXT:
        m = _CHARSET_RE.search(data[:4096])
        declared = m.group(1).decode("ascii", "replace") if m else None
    text, note = decode(data, declared)
    if suffix in rows.CORPUS_EXT:
        # decoded whatever the encoding, then read row by row as a corpus run reads: each
        # row's text is repaired on its own
        return _corpus(path, source_id, text.encode("utf-8"), rows.CORPUS_EXT[suffix], lang_override)
    text, note2 = repair(text)
    notes = [note or "", note2 or ""]
    looks_html = suffix in HTML_EXT or (suffix not in TEXT_EXT and
                                        regex.match(r"\s*<(?:!doctype|html)", text[:500], regex.I))
    if looks_html:
        body, page_meta = _html_to_text(text)
        merged = {**page_meta, **meta}
        if not body.strip() and text.strip():
            notes.append("no main text found in the HTML page")
        return [_finish(source_id, spath, body, merged, notes, lang_override)]
    return [_finish(source_id, spath, text, meta, notes, lang_override)]


def _unique_ids(paths: list[pathlib.Path]) -> list[str]:
    ids = [p.name.rsplit(".", 1)[0] if p.suffix else p.name for p in paths]
    ids = [regex.sub(r"\.txt$", "", i) for i in ids]
    counts = Counter(ids)
    out: list[str] = []
    used: set[str] = set()
    for p, i in zip(paths, ids):
        if counts[i] > 1 and p.parent.name:
            i = f"{p.parent.name}/{i}"
        i = free_id(i, used)
        used.add(i)
        out.append(i)
    return out


def load(paths: Iterable[str | os.PathLike[str]], *, manifest: str | os.PathLike[str] | None = None,
         lang: str | None = None) -> list[Source]:
    """Read every input into Sources (errors included, never dropped), in the order given."""
    paths = list(paths)
    if not paths:
        raise UsageError("no input given: name one or more files or directories")
    if any(str(p).strip() == "" for p in paths):
        raise UsageError("an empty path was given (an unset shell variable?): name files or "
                         "directories")
    files = expand(paths)
    sources: list[Source] = _empty_dirs(paths, files)
    given = read_manifest(pathlib.Path(manifest)) if manifest else None
    side: dict[pathlib.Path, dict[str, dict[str, str]]] = {}
    for path, sid in zip(files, _unique_ids(files)):
        if given is not None:
            table = given
        else:
            folder = path.parent
            if folder not in side:
                side[folder] = {}
                for name in MANIFEST_NAMES:
                    candidate = folder / name
                    if candidate.is_file():
                        try:
                            side[folder] = read_manifest(candidate)
                        except UsageError:
                            side[folder] = {}
            table = side[folder]
        meta = table.get(path.name) or table.get(str(path)) or {}
        sid = meta.get("id", sid)
        meta = {k: v for k, v in meta.items() if k in MANIFEST_FIELDS}
        sources.extend(read_path(path, sid, meta, lang_override=lang))
    return unique_ids(sources)


def unique_ids(sources: list[Source]) -> list[Source]:
    """Sources with distinct ids: a repeated id (two corpus rows, a manifest, two files) is
    renamed ``id-2``, ``id-3`` … and says so, so no article's quotes replace another's."""
    taken = {s.id for s in sources}
    seen: set[str] = set()
    out = []
    for s in sources:
        if s.id in seen:
            new = free_id(s.id, taken)
            taken.add(new)
            note = f"id {s.id!r} is used by an earlier input; renamed {new!r}"
            s = dataclasses.replace(s, id=new, message="; ".join(filter(None, [s.message, note])))
        seen.add(s.id)
        out.append(s)
    return out
