"""The command line: a thin layer over the public API (``quotecmp --help``)."""
from __future__ import annotations

import datetime as _dt
import os
import sys
import time
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:  # pragma: no cover
    from rich.progress import Progress, TaskID

try:  # typer >= 0.20 vendors click
    from typer._click.exceptions import ClickException, NoArgsIsHelpError
except ImportError:  # pragma: no cover - older typer with click as a dependency
    # the same classes, from click itself: a type checker sees two distinct types
    from click.exceptions import ClickException, NoArgsIsHelpError  # type: ignore[assignment]

from .__about__ import __version__
from .errors import QuotecmpError, UsageError
from .files import check_outputs
from .models import Options
from .output import COMPARE_FORMATS, EXTRACT_FORMATS, output_format, output_paths, write_quotes
from .pipeline import compare as api_compare, extract as api_extract
from .resources import sample_dir
from .selection import Selection

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="Compare how outlets and translations quote the same people.")


# what each stage does, in a reader's words (the pipeline and the corpus runner name them short)
STAGE_LABELS = {
    "extract": "reading quotes", "align": "matching quotes across sources",
    "diff": "comparing versions", "count": "counting words", "keys": "indexing quotes",
    "score": "scoring candidate pairs", "evidence": "weighing translations",
    "candidates": "pairing translations", "translations": "aligning translations",
    "route": "grouping by story", "cluster": "clustering utterances",
    "speakers": "naming speakers",
}


class _Progress:
    """A progress bar on stderr: by default only on a terminal and once a run has taken more
    than a second; ``--progress`` shows it always, ``--no-progress`` (or ``--quiet``) never."""

    def __init__(self, show: bool | None = None) -> None:
        self.started = time.monotonic()
        self.show = show
        self.bar: Progress | None = None
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.show is False:
            return
        if self.bar is None:
            if self.show is None and (time.monotonic() - self.started < 1.0 or not sys.stderr.isatty()):
                return
            from rich.console import Console
            from rich.progress import Progress
            self.bar = Progress(console=Console(stderr=True), transient=self.show is None)
            self.bar.start()
        if stage not in self.tasks:
            self.tasks[stage] = self.bar.add_task(STAGE_LABELS.get(stage, stage), total=total)
        self.bar.update(self.tasks[stage], completed=done, total=total)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _summary(comparison, where: str) -> str:
    ok = sum(1 for s in comparison.sources if s.status == "ok")
    bad = [s for s in comparison.sources if s.status != "ok"]
    n = comparison.figures()
    found = comparison.findings()
    high = sum(1 for f in found if f.severity == "high")
    # findings, as the report counts them: a version that differs from its utterance's reference
    line = (f"quotecmp: {len(comparison.sources)} sources ({ok} ok), {len(comparison.quotes)} quotes, "
            f"{n['clusters']} utterances ({n['shared']} in 2+ sources), "
            f"{len(found)} finding{'s' if len(found) != 1 else ''} ({high} high) -> {where}")
    for s in bad:
        line += f"\nquotecmp: {s.status}: {s.path}: {s.message}"
    return line + _renamed(comparison.sources)


def _renamed(sources) -> str:
    return "".join(f"\nquotecmp: note: {s.path}: {s.message}" for s in sources
                   if s.status == "ok" and s.message and "renamed" in s.message)


def _run_compare(paths, output, fmt, manifest, options, fail_on, show: bool | None = None,
                 quiet: bool = False, workers: int | None = None) -> int:
    # every mistake in the command is reported before the (long) comparison runs
    selection = Selection.parse(fail_on)
    output = _into_folder(output, fmt)
    fmt = output_format(output, fmt, COMPARE_FORMATS, "html")
    check_outputs(output_paths(output, fmt), [*paths, *([manifest] if manifest else [])])
    progress = _Progress(False if quiet else show)
    try:
        result = api_compare(paths, options, manifest=manifest, progress=progress, workers=workers)
    finally:
        progress.close()
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    written = result.write(output, fmt, generated=stamp)
    summary = _summary(result, "stdout" if output == "-" else ", ".join(written))
    if quiet:   # the inputs that could not be read still say so
        summary = "\n".join(line for line in summary.splitlines()[1:] if ": note: " not in line)
    if summary:
        typer.echo(summary, err=True)
    hits = result.select(selection) if fail_on else []
    if hits:
        typer.echo(_tripped(result, fail_on, hits), err=True)
    return 1 if hits else 0


def _tripped(result, spec: str, hits) -> str:
    """Which differences made ``--fail-on`` fail the run: how many, and the first in full."""
    first = hits[0]
    a, b = result.quote(first.a), result.quote(first.b)

    def outlet(q) -> str:
        s = result.source(q.source)
        return s.outlet or s.id
    words = " ".join(b.text.split())
    words = words if len(words) <= 80 else words[:79] + "…"
    return (f"quotecmp: --fail-on {spec}: {len(hits)} difference{'s' if len(hits) != 1 else ''} "
            f"matched; the first: {', '.join(first.kinds)} ({first.severity}) between "
            f"{outlet(a)} and {outlet(b)} in “{words}” (utterance {first.cluster})")


def _options(lang, no_unmarked, keep_furniture, reference: list[str] | None = None,
             headlines: bool | None = None) -> Options:
    from .lexicon import ISO_639_1
    if lang is not None and lang.casefold() not in ISO_639_1:
        raise UsageError(f"unknown language code {lang!r} for --lang: give a two-letter ISO 639-1 "
                         "code such as en, fr, de or es, or leave it out to detect each input's")
    return Options(lang=lang.casefold() if lang else None, recover_unmarked=not no_unmarked,
                   drop_furniture=not keep_furniture,
                   reference=tuple(r for x in reference or () for r in x.split(",") if r.strip()),
                   headlines=headlines)


# what a folder given as -o receives, per format
_IN_FOLDER = {"html": "report.html", "json": "report.json", "csv": "tables.csv",
              "parquet": "tables.parquet"}


def _into_folder(output: str, fmt: str | None) -> str:
    """``-o reports/`` (or an existing folder) writes the report inside it, not beside it."""
    if output != "-" and (output.endswith(("/", os.sep)) or os.path.isdir(output)):
        name = _IN_FOLDER.get((fmt or "html").casefold().lstrip("."), "report.html")
        return os.path.join(output, name)
    return output


WORKERS_HELP = ("Processes that share the extraction (default: one per core; a small input "
                "runs in one). The same output however many.")


def _check_workers(workers: int | None) -> None:
    if workers is not None and workers < 1:
        raise UsageError("--workers must be at least 1")


MANIFEST_HELP = ("CSV with a file column and any of outlet, lang, published, title, url, story, "
                 "role (original: the version the others are compared with); sources.csv in a "
                 "folder is read without it.")


@app.command(epilog="""Examples:

  quotecmp compare articles/ -o report.html

  quotecmp compare wire.txt paper.html --format json -o - | jq .differences

  quotecmp compare corpus.jsonl -o tables.csv   (writes tables.quotes.csv, tables.clusters.csv, ...)

  quotecmp compare a.txt b.txt -o out.json --fail-on number_changed,misattributed
""")
def compare(
    paths: list[str] = typer.Argument(..., metavar="PATH",
                                      help="Files (text, HTML, JSONL, CSV) or directories."),
    output: str = typer.Option("report.html", "-o", "--output", metavar="FILE",
                               help="Output file, a folder to write report.html in, or - for stdout."),
    format: str | None = typer.Option(None, "--format", "-f", metavar="FORMAT",
                                      help="html, json, csv or parquet (default: from -o)."),
    manifest: str | None = typer.Option(None, "--manifest", metavar="CSV", help=MANIFEST_HELP),
    lang: str | None = typer.Option(None, "--lang", metavar="CODE",
                                    help="Language of every input, ISO 639-1 (default: detect)."),
    fail_on: str | None = typer.Option(None, "--fail-on", metavar="KINDS",
                                       help="Exit 1 if a difference of one of these kinds or "
                                            "severities is found (comma-separated), and say which."),
    no_unmarked: bool = typer.Option(False, "--no-unmarked",
                                     help="Do not search for quotes printed without marks."),
    keep_furniture: bool = typer.Option(False, "--keep-furniture",
                                        help="Extract from menus, tickers and links too."),
    reference: list[str] | None = typer.Option(None, "--reference", metavar="SOURCE",
                                               help="The source whose version every other is "
                                                    "compared with (an id, file name or outlet; "
                                                    "e.g. the original of a translation). "
                                                    "Default: the earliest published."),
    progress: bool | None = typer.Option(None, "--progress/--no-progress",
                                         help="Show the progress bar (default: on a terminal, "
                                              "for runs over a second)."),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="Print nothing but errors and what --fail-on found."),
    workers: int | None = typer.Option(None, "--workers", metavar="N", help=WORKERS_HELP),
) -> None:
    """Extract, align and diff the quotes of several sources; write a report or tables."""
    _check_workers(workers)
    code = _run_compare(paths, output, format, manifest,
                        _options(lang, no_unmarked, keep_furniture, reference), fail_on,
                        show=progress, quiet=quiet, workers=workers)
    raise typer.Exit(code)


@app.command(epilog="""Examples:

  quotecmp extract article.txt -o -

  quotecmp extract articles/ -o quotes.csv
""")
def extract(
    paths: list[str] = typer.Argument(..., metavar="PATH",
                                      help="Files (text, HTML, JSONL, CSV) or directories."),
    output: str = typer.Option("-", "-o", "--output", metavar="FILE",
                               help="Output file, or - for stdout."),
    format: str | None = typer.Option(None, "--format", "-f", metavar="FORMAT",
                                      help="jsonl, json or csv (default: from -o, else jsonl)."),
    manifest: str | None = typer.Option(None, "--manifest", metavar="CSV", help=MANIFEST_HELP),
    lang: str | None = typer.Option(None, "--lang", metavar="CODE",
                                    help="Language of every input, ISO 639-1 (default: detect)."),
    keep_furniture: bool = typer.Option(False, "--keep-furniture",
                                        help="Extract from menus, tickers and links too."),
    headlines: bool | None = typer.Option(None, "--headlines/--no-headlines",
                                          help="Report the quotes of each text's headline (its "
                                               "first paragraph when that is a title) too. "
                                               "Default: no; compare keeps them."),
    workers: int | None = typer.Option(None, "--workers", metavar="N", help=WORKERS_HELP),
) -> None:
    """Extract the quotes of each source with speaker and cue verb (no comparison)."""
    _check_workers(workers)
    fmt = output_format(output, format, EXTRACT_FORMATS, "jsonl")
    check_outputs([output], [*paths, *([manifest] if manifest else [])])
    options = _options(lang, True, keep_furniture, headlines=headlines)
    sources, quotes = api_extract(paths, options, manifest=manifest, progress=_Progress(),
                                  workers=workers)
    write_quotes(sources, quotes, output, fmt, options=options)
    bad = [s for s in sources if s.status != "ok"]
    typer.echo(f"quotecmp: {len(quotes)} quotes from {len(sources) - len(bad)} of {len(sources)} sources"
               + "".join(f"\nquotecmp: {s.status}: {s.path}: {s.message}" for s in bad)
               + _renamed(sources), err=True)


@app.command(epilog="""Examples:

  quotecmp corpus articles.jsonl -o out/

  quotecmp corpus corpus-dir/ -o out/ --engine dask                       (a LocalCluster on this machine)

  quotecmp corpus s3-export/ -o out/ --engine dask --scheduler tcp://scheduler:8786
""")
def corpus(
    inputs: list[str] = typer.Argument(..., help="JSONL, CSV or Parquet files (or folders of them), "
                                                 "one article per row."),
    output: str = typer.Option(..., "-o", "--output", help="Folder for the Parquet tables and summary.html."),
    engine: str = typer.Option("local", "--engine", help="local (a process pool on this machine) or dask."),
    scheduler: str | None = typer.Option(None, "--scheduler",
                                         help="Address of a running Dask scheduler (with --engine dask)."),
    workers: int | None = typer.Option(None, "--workers", help="Worker processes (default: all cores)."),
    chunk_rows: int = typer.Option(500, "--chunk-rows", help="Articles per chunk (memory per worker)."),
    lang: str | None = typer.Option(None, "--lang",
                                    help="Language of every article (default: the row's lang, else detect)."),
) -> None:
    """Process a whole news corpus: quotes, clusters and differences as Parquet, plus a summary page."""
    from .corpus import run_corpus
    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    _check_workers(workers)
    if chunk_rows < 1:
        raise UsageError("--chunk-rows must be at least 1")
    progress = _Progress()
    try:
        result = run_corpus(inputs, output, options=Options(lang=lang), engine=engine,
                            workers=workers, scheduler=scheduler, chunk_rows=chunk_rows,
                            progress=progress)
    finally:
        progress.close()
    typer.echo(f"quotecmp: {result.summary()}", err=True)


@app.command(epilog="Example:\n\n  quotecmp demo -o report.html")
def demo(
    output: str = typer.Option("report.html", "-o", "--output", help="Output file, or - for stdout."),
    format: str | None = typer.Option(None, "--format", "-f", help="html, json, csv or parquet."),
) -> None:
    """Compare the bundled sample story (five sources of one NATO press event, one distractor)."""
    folder = sample_dir()
    paths = sorted(str(p) for p in folder.iterdir() if p.suffix == ".txt")
    code = _run_compare(paths, output, format, None, Options(), None)
    raise typer.Exit(code)


@app.callback(invoke_without_command=True)
def _main(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        typer.echo(f"quotecmp {__version__}")
        raise typer.Exit(0)


class _Terminated(BaseException):
    """SIGTERM (a scheduler's stop, ``kill``) as an exception, so work folders and temporary
    files are removed on the way out as for Ctrl-C. Not a KeyboardInterrupt: typer turns those
    into a silent exit 130."""


def _on_term(signum, frame):
    raise _Terminated()


def _stop_again(previous):
    """A stop raised where Python cannot pass it on (a ``__del__``, an at-fork hook) is only
    reported as ignored, and the run would go on as if nobody had asked: it is raised again in
    the main thread, as the signal it came from."""
    def hook(unraisable):
        import _thread
        import signal
        import threading
        sig = {KeyboardInterrupt: signal.SIGINT, _Terminated: signal.SIGTERM}.get(
            type(unraisable.exc_value))
        if sig is None:
            previous(unraisable)
            return
        # from another thread, a moment later: raised here, it would land in this hook and be
        # ignored again (and should it land in another such place, this hook runs again)
        threading.Timer(0.01, _thread.interrupt_main, (sig,)).start()
    return hook


def main(argv: list[str] | None = None) -> int:
    """Entry point: every error a user can cause becomes one line on stderr and exit code 2."""
    import signal
    try:
        previous = signal.signal(signal.SIGTERM, _on_term)
    except ValueError:   # not the main thread: leave signals to whoever owns it
        previous = None
    hook = sys.unraisablehook
    if previous is not None:
        sys.unraisablehook = _stop_again(hook)
    try:
        return _main_guarded(argv)
    finally:
        sys.unraisablehook = hook
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _main_guarded(argv: list[str] | None) -> int:
    try:
        result = app(args=argv, prog_name="quotecmp", standalone_mode=False)
        if result == 130:   # typer turns Ctrl-C into a silent exit code
            typer.echo("quotecmp: interrupted", err=True)
        if isinstance(result, int):
            return result
    except typer.Exit as exc:
        return exc.exit_code
    except NoArgsIsHelpError as exc:  # a bare command: its help, and exit 2
        typer.echo(exc.ctx.get_help() if getattr(exc, "ctx", None) else str(exc), err=True)
        return 2
    except ClickException as exc:
        ctx = getattr(exc, "ctx", None)
        cmd = ctx.command_path if ctx is not None else "quotecmp"
        typer.echo(f"quotecmp: error: {exc.format_message()} (see '{cmd} --help')", err=True)
        return 2
    except typer.Abort:
        typer.echo("quotecmp: interrupted", err=True)
        return 130
    except QuotecmpError as exc:
        typer.echo(f"quotecmp: error: {exc}", err=True)
        return exc.exit_code
    except _Terminated:
        typer.echo("quotecmp: terminated", err=True)
        return 143
    except KeyboardInterrupt:
        typer.echo("quotecmp: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    return 0


def run() -> None:  # pragma: no cover - console script
    code = main()
    # the work is done and its outcome is the exit code: a Ctrl-C while the interpreter shuts
    # down (which puts back the default handlers) would otherwise end it by the signal instead
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if code in (130, 143):
        # a Ctrl-C that went through C code running Python (a lazy import in a compiled
        # module) marks the interpreter, which then kills itself with SIGINT at exit whatever
        # the exit code; and the interpreter's exit joins the thread of a worker pool whose
        # workers were killed, which waits for ever on a result one of them was writing when
        # killed (seen after a SIGTERM on a loaded machine): the stopped run has cleaned up
        # already, so it leaves at once
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
