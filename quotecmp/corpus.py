"""Whole news corpora: the pipeline as DataFrame stages, run per partition by a process pool or
by Dask.

- Articles come from JSONL, CSV or Parquet files (one article per row: ``text`` and optional
  ``id``, ``outlet``, ``published``, ``lang``, ``title``, ``url``, ``story``), read in chunks
  (:mod:`quotecmp.rows`), so no process ever holds more than a chunk of article text.
- The tables have the columns ``compare`` writes (:mod:`quotecmp.schema`); the last step of
  every cluster task is the one ``compare`` ends with (:mod:`quotecmp.finalize`).
- Everything else runs as tasks over shards on disk (:mod:`quotecmp.stages`,
  :mod:`quotecmp.shards`): blocking keys, scoring, components, clusters and differences, so the
  driver keeps only counts, top-k lists and a few integers per quote. The ``local`` engine runs
  the tasks with a process pool, the ``dask`` engine as partitions of ``dask.dataframe.from_map``
  on a ``distributed`` cluster (a LocalCluster, or any scheduler address).
- Outputs: ``sources.parquet``, ``quotes.parquet``, ``clusters.parquet``, ``differences.parquet``
  (partitioned by month and outlet, hive style, when large) and ``summary.html``.
"""
from __future__ import annotations

import collections
import concurrent.futures as cf
import dataclasses
import heapq
import itertools
import json
import os
import pathlib
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from . import shards, stages, stories
from .errors import NoUsableInput, OutputError, UsageError
from .files import check_outputs, foreign_entries, replace_folder, staging_folder
from .models import Options
from .rows import CHUNK_ROWS, Chunk, corpus_files, plan
from .settings import SETTINGS
from .workers import available_cpus, start_pool, stop_pool

PARTITION_ROWS = 250_000          # above this many rows, tables are written hive-partitioned
TABLES = tuple(stages.schema.TABLES)
OUTPUTS = tuple(f"{t}.parquet" for t in TABLES) + ("summary.html", "stories")


# --- engines -------------------------------------------------------------------------------------

Progress = Callable[[str, int, int], None]
Fold = Callable[[dict[str, Any]], None]


class _Engine:
    """Runs a stage's tasks: a process pool on this machine, or Dask. A task returns a one-row
    frame with a small payload, folded into the driver's running totals as it arrives, so the
    driver keeps no per-task results."""

    def __init__(self, kind: str, workers: int | None, scheduler: str | None):
        self.kind, self.workers = kind, workers or available_cpus()
        self.client = self.cluster = None
        self.pool: cf.ProcessPoolExecutor | None = None
        if kind == "dask":
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError as exc:  # pragma: no cover - depends on the optional extra
                raise UsageError("the dask engine needs the extra: pip install 'quotecmp[dask]'") from exc
            if scheduler:
                self.client = Client(scheduler)
            else:
                import logging
                import signal
                # a terminal's Ctrl-C reaches the whole process group: workers started with it
                # ignored leave the stop to this driver (one line) instead of each printing
                # its tracebacks while the driver closes them
                try:
                    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
                except ValueError:   # not the main thread
                    previous = None
                try:
                    # the scheduler's HTTP server starts even without a dashboard, on 8787
                    # unless told otherwise: any free port, or a second run on this machine
                    # warns on stderr that the port is taken
                    self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                                processes=True, dashboard_address=":0",
                                                silence_logs=logging.CRITICAL)
                finally:
                    if previous is not None:
                        signal.signal(signal.SIGINT, previous)
                self.client = Client(self.cluster)
        elif self.workers > 1:
            self.pool = start_pool(self.workers)

    def run(self, stage: str, fn: Callable[[dict[str, Any]], pd.DataFrame],
            specs: list[dict[str, Any]], fold: Fold | None = None,
            progress: Progress | None = None) -> None:
        def take(frame: pd.DataFrame, done: int) -> None:
            if fold is not None:
                for payload in frame["payload"]:
                    fold(json.loads(payload))
            if progress:
                progress(stage, done, len(specs))

        if not specs:
            return
        if self.kind == "dask":
            import dask.dataframe as dd
            from dask.distributed import as_completed
            # each partition is one task: dask.dataframe over the task specs
            parts = dd.from_map(fn, specs, meta=shards.empty(stages.RESULT_SCHEMA), label=f"quotecmp-{stage}",
                                enforce_metadata=False).to_delayed()
            client = self.client
            assert client is not None   # made in __init__ for the dask engine
            futures = client.compute(parts)
            for done, fut in enumerate(as_completed(futures), 1):
                take(fut.result(), done)
                fut.release()
        elif self.pool is not None and len(specs) > 1:
            # a bounded window of tasks in flight: results are small, but the specs need not all wait
            it = iter(specs)
            pending = {self.pool.submit(fn, s) for s in itertools.islice(it, 4 * self.workers)}
            done = 0
            while pending:
                finished, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                for fut in finished:
                    done += 1
                    take(fut.result(), done)
                    nxt = next(it, None)
                    if nxt is not None:
                        pending.add(self.pool.submit(fn, nxt))
        else:
            for done, s in enumerate(specs, 1):
                take(fn(s), done)

    def close(self, abort: bool = False) -> None:
        if self.pool is not None:
            # (stopped, the workers are gone before the caller removes the work folder: one
            # still finishing a task would write its shard again after the removal)
            stop_pool(self.pool, abort)
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@dataclass(frozen=True)
class CorpusResult:
    outdir: pathlib.Path
    sources: int
    ok: int
    quotes: int
    clusters: int
    shared: int
    differences: int
    high: int
    files: tuple[str, ...]
    # versions that differ from their utterance's reference, as a compare report counts them
    findings: int = 0
    findings_high: int = 0

    def summary(self) -> str:
        return (f"{self.sources} articles ({self.ok} ok), {self.quotes} quotes, {self.clusters} "
                f"utterances ({self.shared} in 2+ articles), {self.findings} findings "
                f"({self.findings_high} high) -> {self.outdir}")


class _Totals:
    """What the driver keeps of a run: counts and top-k lists, whatever the corpus size."""

    def __init__(self, chunks: int):
        self.counts: collections.Counter[str] = collections.Counter()
        self.quotes_per_chunk = np.zeros(chunks, dtype=np.int64)
        self.langs: set[str] = set()
        self.sources: list[list[Any]] = []    # (id, lang, chunk) while there are few: all pairs compared
        self.largest: list[tuple] = []
        self.high: list[tuple] = []
        self.drift: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        self.speakers: list[tuple] = []

    def extracted(self, p: dict[str, Any]) -> None:
        for k in ("articles", "ok", "empty", "error", "quotes", "sources_with_quotes", "unlabelled"):
            self.counts[k] += p[k]
        self.quotes_per_chunk[p["part"]] = p["quotes"]
        self.langs.update(p["langs"])
        if self.counts["sources_with_quotes"] <= SETTINGS.scoring.all_pairs_sources:
            self.sources += [s + [p["part"]] for s in p["sources"]]
        else:
            self.sources = []

    def routed(self, p: dict[str, Any]) -> None:
        self.counts["clusters"] += p.get("single", 0)

    def clustered(self, p: dict[str, Any]) -> None:
        for k in ("clusters", "shared", "differences", "high", "findings", "findings_high"):
            self.counts[k] += p.get(k, 0)
        self.largest = heapq.nsmallest(stages.TOP_CLUSTERS, self.largest + [tuple(t) for t in p["largest"]],
                                       key=lambda t: t[:2])
        self.high = heapq.nsmallest(stages.TOP_HIGH, self.high + [tuple(t) for t in p["top_high"]],
                                    key=lambda t: t[:3])
        for pair, (n, micro) in p["drift"].items():
            self.drift[pair][0] += n
            self.drift[pair][1] += micro

    def spoken(self, p: dict[str, Any]) -> None:
        self.speakers = heapq.nsmallest(stages.TOP_SPEAKERS, self.speakers +
                                        [(-q, -o, s) for s, q, o in p["top"]])

    def view(self, errors: list[dict[str, str]]) -> dict[str, Any]:
        ranked = [(-(micro / n) / 1e6, -n, pair) for pair, (n, micro) in self.drift.items() if n >= 2]
        drift = [{"pair": pair, "shared": -n, "drift": f"{min(1.0, -d):.2f}"}
                 for d, n, pair in sorted(ranked)[:20]]
        c = self.counts
        return {"counts": {"articles": c["articles"], "ok": c["ok"], "empty": c["empty"],
                           "error": c["error"], "quotes": c["quotes"], "clusters": c["clusters"],
                           "shared": c["shared"], "differences": c["differences"], "high": c["high"],
                           "findings": c["findings"], "findings_high": c["findings_high"]},
                "errors": errors, "largest": [t[2] for t in self.largest],
                "speakers": [{"speaker": s, "quotes": -q, "outlets": -o} for q, o, s in self.speakers],
                "drift": drift, "high": [t[3] for t in self.high]}


def run_corpus(inputs: Iterable[str | os.PathLike[str]], outdir: str | os.PathLike[str], *,
               options: Options | None = None, engine: str = "local", workers: int | None = None,
               scheduler: str | None = None, chunk_rows: int = CHUNK_ROWS,
               progress: Progress | None = None) -> CorpusResult:
    """Extract, align and diff a whole corpus; write Parquet tables and a summary page.

    Every stage runs as tasks over shards in a work folder (removed at the end), so memory
    follows the chunk size: see :mod:`quotecmp.stages`. The new tables and summary are built in
    a hidden folder beside ``outdir`` and replace it as one (:func:`quotecmp.files.replace_folder`):
    a run stopped at any point leaves the previous set whole. With ``engine="dask"`` the
    workers must see that folder at the same path (one machine, or a shared disk).
    """
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r}: choose local or dask")
    options = options or Options()
    out = pathlib.Path(outdir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a directory")
    inputs = list(inputs)
    check_outputs([out], inputs, folder=True)
    foreign = foreign_entries(out, OUTPUTS)
    if foreign:
        # the new set replaces the folder as a whole: anything else in it would go too
        more = f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        raise UsageError(f"{out} holds files quotecmp did not write ({', '.join(foreign[:3])}{more}): "
                         "give a new or empty folder, or one an earlier corpus run wrote")
    chunks = plan(corpus_files(inputs), chunk_rows)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = staging_folder(out)
    except OSError as exc:
        raise OutputError(f"cannot write next to {out}: {exc.strerror or exc}") from exc
    try:
        result = _run(chunks, stage, options, engine, workers, scheduler, progress)
        replace_folder(stage, out)
    except OSError as exc:   # a full disk, a folder without permission, an input gone mid-run
        where = exc.filename or out
        raise OutputError(f"corpus run stopped: {where}: {exc.strerror or exc}") from exc
    finally:
        # gone on every exit the process survives: an error, Ctrl-C, SIGTERM (the CLI makes it
        # an exception), and after the swap it holds the previous set
        shutil.rmtree(stage, ignore_errors=True)
    files = tuple(str(out / pathlib.Path(f).name) for f in result.files)
    return dataclasses.replace(result, outdir=out, files=files)


def _run(chunks: list[Chunk], out: pathlib.Path, options: Options, engine: str,
         workers: int | None, scheduler: str | None, progress: Progress | None) -> CorpusResult:
    opts = dataclasses.asdict(options)
    nb = max(1, len(chunks))    # buckets per shuffle: about a chunk's rows in each
    work = pathlib.Path(tempfile.mkdtemp(prefix=".quotecmp-work-", dir=out))
    totals = _Totals(len(chunks))
    base = {"work": str(work), "opts": opts, "nb": nb}
    every = [dict(base, i=i) for i in range(nb)]
    # one pool or one cluster for every stage
    runner = _Engine(engine, workers, scheduler)
    try:
        runner.run("extract", stages.extract_task, [dict(base, i=i, chunk=ch) for i, ch in enumerate(chunks)],
                   totals.extracted, progress)
        if not totals.counts["ok"]:
            msgs = [m for f in shards.shard_files(work / "sources")[:3]
                    for m in shards.read(f, ["message"])["message"].dropna().astype(str).head(3)]
            detail = "; ".join(msgs[:3]) or (
                f"{totals.counts['articles']} rows, none with article text" if totals.counts["articles"]
                else "the files hold no rows")
            raise NoUsableInput(f"no usable article in the corpus: {detail}")
        # whether the unlabelled articles are one story, as compare decides it for its sources
        base["small"] = stories.one_story(totals.counts["unlabelled"])
        every = [dict(base, i=i) for i in range(nb)]
        runner.run("count", stages.df_task, every, progress=progress)
        runner.run("keys", stages.keys_task, every, progress=progress)
        runner.run("score", stages.edges_task, every, progress=progress)
        if len(totals.langs) > 1:
            if totals.sources:
                few = sorted(totals.sources)
                pairs = [(a, b, pa, pb) for i, (a, la, pa) in enumerate(few)
                         for b, lb, pb in few[i + 1:] if la != lb]
                by_part: dict[int, list] = collections.defaultdict(list)
                for p in pairs:
                    by_part[p[2]].append(p)
                specs = [dict(base, i=i, pairs=by_part.get(i, [])) for i in range(nb)]
            else:
                runner.run("evidence", stages.evidence_task, every, progress=progress)
                runner.run("candidates", stages.candidates_task, every, progress=progress)
                specs = every
            runner.run("translations", stages.cross_task, specs, progress=progress)
        offsets = np.concatenate([[0], np.cumsum(totals.quotes_per_chunk)]).astype(np.int64)
        labels = stages.components(work, offsets)
        np.save(work / "labels.npy", labels)
        del labels
        route = [dict(base, i=i, what="quotes", offsets=offsets.tolist()) for i in range(nb)]
        route += [dict(base, i=i, what="edges", offsets=offsets.tolist()) for i in range(nb)]
        route += [dict(base, i=i, what="cross", offsets=offsets.tolist()) for i in range(nb)
                  if (work / "cross" / shards.name(i)).exists()]
        runner.run("route", stages.route_task, route, totals.routed, progress)
        runner.run("cluster", stages.cluster_task, every, totals.clustered, progress)
        runner.run("speakers", stages.speakers_task, every, totals.spoken, progress)
        files = _write_tables(work, out, totals)
        errors = []
        for f in shards.shard_files(work / "sources"):
            s = shards.read(f, ["path", "message", "status"])
            errors += s.loc[s["status"] == "error", ["path", "message"]].to_dict("records")
            if len(errors) >= 50:
                break
    except BaseException:
        runner.close(abort=True)
        raise
    else:
        runner.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    from .files import write_atomic
    from .report import render_corpus_summary
    from .story_pages import write_story_pages
    pages = write_story_pages(out, options, totals.counts["quotes"])
    if pages:
        files.append(str(out / "stories"))
    write_atomic(out / "summary.html", render_corpus_summary(
        {**totals.view(errors[:50]), "stories": pages}, options))
    files.append(str(out / "summary.html"))
    c = totals.counts
    return CorpusResult(outdir=out, sources=c["articles"], ok=c["ok"], quotes=c["quotes"],
                        clusters=c["clusters"],
                        shared=c["shared"], differences=c["differences"], high=c["high"],
                        files=tuple(files), findings=c["findings"], findings_high=c["findings_high"])


def _write_tables(work: pathlib.Path, out: pathlib.Path, totals: _Totals) -> list[str]:
    """The four tables, streamed from the shards a row group at a time."""
    big = totals.counts["quotes"] > PARTITION_ROWS
    written = []
    for name, folders, schema, partition in (
            ("sources", ["sources"], stages.SOURCE_SCHEMA, None),
            ("quotes", ["quotes"], stages.QUOTE_SCHEMA, ["month", "outlet_key"] if big else None),
            ("clusters", ["clusters", "single"], stages.CLUSTER_SCHEMA, None),
            ("differences", ["differences"], stages.DIFFERENCE_SCHEMA, None)):
        files = [f for folder in folders for f in shards.shard_files(work / folder)]
        shards.concat_to(files, out / f"{name}.parquet", schema, partition)
        written.append(str(out / f"{name}.parquet"))
    return written
