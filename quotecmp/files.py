"""Writing outputs safely: never over an input, and atomically (a report is either complete or
not there at all), with the mode the user's umask gives."""
from __future__ import annotations

import os
import pathlib
import stat
import tempfile
from collections.abc import Iterable, Sequence

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


def write_set_atomic(items: Sequence[tuple[str | os.PathLike[str], bytes]]) -> None:
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


# --- a folder of outputs replaced as one ---------------------------------------------------

def _exchange(a: pathlib.Path, b: pathlib.Path) -> bool:
    """Swap two paths in one step (Linux renameat2 with RENAME_EXCHANGE); False where the system
    or the file system cannot."""
    import ctypes
    import errno
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(b))


def staging_folder(out: pathlib.Path) -> pathlib.Path:
    """A new hidden folder beside ``out`` on the same file system, to build the next set in.
    Left-overs of runs that were killed (their process is gone) are removed first."""
    parent = out.parent if str(out.parent) else pathlib.Path(".")
    prefix = f".{out.name}.quotecmp-"
    for old in parent.glob(prefix + "*"):
        pid = old.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            import shutil
            shutil.rmtree(old, ignore_errors=True)
    return pathlib.Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True   # someone else's process: not ours to judge
    return True


def replace_folder(stage: pathlib.Path, out: pathlib.Path) -> None:
    """Put the finished ``stage`` where ``out`` is, as one step: a reader, or a run killed at
    any moment, sees the previous set or the new one, never a mix. ``out`` must hold nothing
    but an earlier set (see :func:`foreign_entries`)."""
    import shutil
    os.chmod(stage, 0o777 & ~_umask())   # mkdtemp made it private; an output folder is not
    if not out.exists():
        os.rename(stage, out)
        return
    if not any(out.iterdir()):
        os.rename(stage, out)          # rename(2) replaces an empty folder
        return
    if _exchange(stage, out):
        shutil.rmtree(stage, ignore_errors=True)   # stage now holds the previous set
        return
    # no atomic exchange here: the previous set steps aside first, so a kill in between leaves
    # it whole under the hidden name instead of a mix
    aside = stage.with_name(stage.name + "-old")
    os.rename(out, aside)
    os.rename(stage, out)
    shutil.rmtree(aside, ignore_errors=True)


def foreign_entries(out: pathlib.Path, ours: Iterable[str]) -> list[str]:
    """What ``out`` holds that a run did not write (hidden left-overs of killed runs are ours)."""
    if not out.is_dir():
        return []
    mine = set(ours)
    return sorted(p.name for p in out.iterdir() if p.name not in mine and
                  not p.name.startswith(".quotecmp-") and not p.name.endswith(".tmp"))


# --- inputs ---------------------------------------------------------------------------------

_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def not_a_file(mode: int) -> str | None:
    """Why something with this ``st_mode`` is no input to read (reading a FIFO blocks, a device
    never ends), or None."""
    for test, what in _NOT_REGULAR:
        if test(mode):
            return f"is {what}, not a file: give regular files"
    return None


def free_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … the first of them no other input has."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
