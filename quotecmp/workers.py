"""A process pool on this machine, stopped cleanly: for ``extract`` over many sources and for the
corpus pipeline's local engine.

Workers leave with their driver (the out-of-memory killer takes the biggest process, and orphaned
workers would hold their memory for minutes); a Ctrl-C or SIGTERM stops the driver, which kills
the workers instead of letting each print a traceback.
"""
from __future__ import annotations

import concurrent.futures as cf
import os
from multiprocessing.context import BaseContext


def available_cpus() -> int:
    """The cores this process may run on (a container's or ``taskset``'s share, not the
    machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:   # not Linux
        return os.cpu_count() or 1


def fork_context() -> BaseContext | None:
    """The ``fork`` start method on Linux: workers that inherit the driver's compiled patterns
    and loaded texts start in milliseconds. Elsewhere None (macOS's system libraries are not
    safe to fork, Windows cannot)."""
    import multiprocessing
    import sys
    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


def die_with_driver(driver: int) -> None:
    """Pool workers exit when their driver dies: Linux's parent-death signal; elsewhere nothing.
    A terminal's Ctrl-C reaches the whole process group: the driver stops the workers, which
    would otherwise each print a traceback, and a worker forked with the CLI's SIGTERM handler
    gets the default one back."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})   # held while forking
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != driver:   # the driver died before the signal was armed
        os._exit(1)


def wait_gone(procs: list, timeout: float) -> None:
    """Until every process has ended (killed after ``timeout``). On the processes' sentinels:
    the pool's own thread may reap them meanwhile, and ``is_alive`` then says alive."""
    import time
    from multiprocessing.connection import wait
    waiting = {p.sentinel: p for p in procs}
    deadline = time.monotonic() + timeout
    while waiting and (left := deadline - time.monotonic()) > 0:
        for ready in wait(list(waiting), left):
            waiting.pop(ready)
    for p in waiting.values():
        p.kill()
    if waiting:
        wait([p.sentinel for p in waiting.values()], 1)


def start_pool(workers: int, context: BaseContext | None = None) -> cf.ProcessPoolExecutor:
    """A pool of ``workers`` processes, all started before this returns."""
    import signal
    pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                  initializer=die_with_driver, initargs=(os.getpid(),))
    # the workers are forked now, with Ctrl-C and SIGTERM held back: one arriving during a fork
    # is otherwise swallowed by an at-fork hook (the logging module's), and the run goes on as
    # if nobody had asked it to stop
    stops = {signal.SIGINT, signal.SIGTERM}
    try:
        held = signal.pthread_sigmask(signal.SIG_BLOCK, stops)
        try:
            pool.submit(int).result()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
    except BaseException:
        # a stop held back during the forks is raised here, when it is let through, before the
        # caller has the pool to stop: left running, its workers kept the interpreter's exit
        # waiting for them for ever
        stop_pool(pool, abort=True)
        raise
    return pool


def stop_pool(pool: cf.ProcessPoolExecutor, abort: bool = False) -> None:
    """Shut the pool down; with ``abort`` (an error, Ctrl-C, SIGTERM) at once: the tasks still
    running are of no use, and waiting for them would keep the user waiting. The workers are
    taken before shutdown, which forgets them, and are gone before this returns: one still
    finishing a task could write after the caller has cleaned up."""
    if not abort:
        pool.shutdown()
        return
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        proc.kill()    # not SIGTERM: a worker forked with the CLI's handler would print
    pool.shutdown(wait=False, cancel_futures=True)
    wait_gone(procs, 5)
