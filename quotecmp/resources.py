"""Where the shipped templates and sample story are, installed or in a checkout."""
from __future__ import annotations

import pathlib

_HERE = pathlib.Path(__file__).resolve().parent


def resource_dir(name: str) -> pathlib.Path:
    """``templates`` or ``data``: inside the installed package, else at the top of the checkout."""
    for candidate in (_HERE / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"quotecmp is missing its {name}/ folder; reinstall the package")


def sample_dir() -> pathlib.Path:
    return resource_dir("data") / "nato-china-2023"


def sample_paths() -> list[pathlib.Path]:
    """The bundled sample story: five sources of one NATO press event and one distractor."""
    return sorted(p for p in sample_dir().iterdir() if p.suffix == ".txt")
