"""Writing outputs safely: never over an input, and atomically (a report is either complete or
not there at all), with the mode the user's umask gives."""
from __future__ import annotations

import os
import pathlib
import stat
import tempfile
from typing import Iterable

from .errors import OutputError, UsageError


def _real(path: str | os.PathLike[str]) -> pathlib.Path | None:
    try:
        return pathlib.Path(os.path.realpath(path))
    except (OSError, ValueError):   # a NUL byte: the loader reports that input, nothing to guard
        return None


def _inside(child: pathlib.Path, folder: pathlib.Path) -> bool:
    return child != folder and folder in child.parents


def check_outputs(outputs: Iterable[str | os.PathLike[str]],
                  inputs: Iterable[str | os.PathLike[str]], *, folder: bool = False) -> None:
    """Refuse, before any work, an output that would replace an input or land inside an input
    folder (the next run would read it back as an article). With ``folder``, the outputs are
    folders that must not hold an input either. Paths are compared after resolving symlinks."""
    ins = [(str(i), r) for i in inputs if str(i) not in ("", "-") and (r := _real(i)) is not None]
    for out in outputs:
        o = _real(out) if str(out) != "-" else None
        if o is None:
            continue
        for given, i in ins:
            if o == i:
                raise UsageError(f"the output {out} is the input {given}: write the output "
                                 "somewhere else")
            if i.is_dir() and _inside(o, i):
                raise UsageError(f"the output {out} is inside the input folder {given}: a later "
                                 "run would read it as an article; write it somewhere else")
            if folder and _inside(i, o):
                raise UsageError(f"the input {given} is inside the output folder {out}: its "
                                 "tables could replace it; write them somewhere else")


def _umask() -> int:
    # the process's umask can only be read by setting it; set it straight back
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _open_mode(fd: int) -> None:
    """A new output gets the mode any other program would give it (mkstemp makes 0600)."""
    os.fchmod(fd, 0o666 & ~_umask())


def _special(target: pathlib.Path) -> bool:
    """An existing output that is no regular file: /dev/null, a FIFO, a terminal. Renaming a
    file over it would destroy the device node, so it is written in place."""
    try:
        mode = os.stat(target).st_mode
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    target = pathlib.Path(path)
    folder = target.parent if str(target.parent) else pathlib.Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: folder {folder} does not exist")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if _special(target):
        try:
            with open(target, "wb") as fh:
                fh.write(raw)
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        _open_mode(fd)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_set_atomic(items: list[tuple[str | os.PathLike[str], bytes]]) -> None:
    """Write several files as one: afterwards either all are new or all are as they were.

    Each is written to a temporary file first; then the old files are moved aside, the new ones
    moved in, and on any failure everything moved is moved back.
    """
    staged: list[tuple[pathlib.Path, str]] = []
    try:
        for path, data in items:
            target = pathlib.Path(path)
            folder = target.parent if str(target.parent) else pathlib.Path(".")
            if not folder.is_dir():
                raise OutputError(f"cannot write {target}: folder {folder} does not exist")
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
            staged.append((target, tmp))
            _open_mode(fd)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        aside: list[tuple[pathlib.Path, str]] = []
        placed: list[pathlib.Path] = []
        try:
            for target, _tmp in staged:
                if target.exists():
                    backup = f"{target.parent}/.{target.name}.{os.getpid()}.old.tmp"
                    os.replace(target, backup)
                    aside.append((target, backup))
            for target, tmp in staged:
                os.replace(tmp, target)
                placed.append(target)
        except BaseException:
            for target in placed:
                try:
                    os.unlink(target)
                except OSError:
                    pass
            for target, backup in aside:
                try:
                    os.replace(backup, target)
                except OSError:
                    pass
            raise
        for _target, backup in aside:
            try:
                os.unlink(backup)
            except OSError:
                pass
    except OSError as exc:
        raise OutputError(f"cannot write {pathlib.Path(items[0][0]).parent}: "
                          f"{exc.strerror or exc}") from exc
    finally:
        for _target, tmp in staged:
            try:
                os.unlink(tmp)
            except OSError:
                pass
