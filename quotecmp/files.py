"""Writing outputs atomically: a report is either complete or not there at all."""
from __future__ import annotations

import os
import pathlib
import tempfile

from .errors import OutputError


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    target = pathlib.Path(path)
    folder = target.parent if str(target.parent) else pathlib.Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: folder {folder} does not exist")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
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
