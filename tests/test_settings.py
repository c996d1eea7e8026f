"""The tuning lives in one frozen object, and every output's signature says which tuning and
which normaliser made it (issue #14)."""
import ast
import dataclasses
import pathlib
import re

import pytest

import quotecmp
from quotecmp.normalize import fold
from quotecmp.settings import SETTINGS, Scoring, Settings


def test_settings_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        SETTINGS.scoring.cut_score = 0.5  # type: ignore[misc]


def test_the_signature_names_the_tuning_and_the_normaliser_in_use():
    sig = quotecmp.Options(encoder="none").signature
    assert f"settings={SETTINGS.digest()}" in sig.split("|")
    # the chain as composed, not a description of it that can fall behind
    assert f"norm={fold.__name__}" in sig.split("|")
    assert fold.__name__.split("+")[0] == "nfkc" and "fold_case" in fold.__name__


def test_any_change_of_tuning_changes_the_digest():
    changed = Settings(scoring=dataclasses.replace(Scoring(), cut_score=0.85))
    assert changed.digest() != SETTINGS.digest()
    assert Settings().digest() == SETTINGS.digest()   # the same numbers, the same digest


def test_every_number_of_every_stage_counts_in_the_digest():
    """Extraction and attribution are tuned here too, not only alignment: every stage is frozen
    and a change of any of its numbers is a new digest, so a new signature."""
    stages = [f.name for f in dataclasses.fields(Settings)]
    assert {"furniture", "extraction", "names", "attribution"} <= set(stages)
    for stage in stages:
        numbers = getattr(SETTINGS, stage)
        fields = dataclasses.fields(numbers)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(numbers, fields[0].name, 0)
        for f in fields:
            value = getattr(numbers, f.name)
            assert isinstance(value, int | float) and not isinstance(value, bool), f"{stage}.{f.name}"
            changed = Settings(**{stage: dataclasses.replace(numbers, **{f.name: value + 1})})
            assert changed.digest() != SETTINGS.digest(), f"{stage}.{f.name}"


def _only_numbers(node: ast.expr) -> bool:
    """``600``, ``10 * 2**20``: a number and nothing else."""
    return all(isinstance(n, ast.BinOp | ast.UnaryOp | ast.operator | ast.unaryop) or (
        isinstance(n, ast.Constant) and isinstance(n.value, int | float)) for n in ast.walk(node))


def test_the_modules_a_stage_tunes_keep_no_number_of_their_own():
    """A module-level ``CONTEXT_WINDOW = 600`` in a module a stage names is tuning the digest
    does not see: it belongs in settings.py."""
    package = pathlib.Path(quotecmp.__file__).parent
    modules = set()
    for f in dataclasses.fields(Settings):
        modules |= set(re.findall(r":mod:`quotecmp\.(\w+)`", type(getattr(SETTINGS, f.name)).__doc__ or ""))
    assert {"normalize", "extract", "names", "attribute", "scoring"} <= modules
    own = []
    for name in sorted(modules):
        tree = ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))
        own += [f"{name}.py:{node.lineno}: {ast.unparse(node)}" for node in tree.body
                if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
                and _only_numbers(node.value)]
    assert not own


def test_every_output_carries_the_signature(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text('"We will not be intimidated," Jens Stoltenberg said.', encoding="utf-8")
    result = quotecmp.compare([a], quotecmp.Options(encoder="none"))
    assert result.to_dict()["signature"] == quotecmp.Options(encoder="none").signature
