"""The tuning lives in one frozen object, and every output's signature says which tuning and
which normaliser made it (issue #14)."""
import dataclasses

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


def test_every_output_carries_the_signature(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text('"We will not be intimidated," Jens Stoltenberg said.', encoding="utf-8")
    result = quotecmp.compare([a], quotecmp.Options(encoder="none"))
    assert result.to_dict()["signature"] == quotecmp.Options(encoder="none").signature
