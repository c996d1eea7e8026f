import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "nato-china-2023"
SAMPLE_FR = ROOT / "data" / "nato-china-2023-fr"
GOLD = pathlib.Path(__file__).resolve().parent / "nato-china-2023.json"


@pytest.fixture(scope="session")
def sample_comparison():
    import quotecmp
    return quotecmp.compare([SAMPLE])


@pytest.fixture(scope="session")
def sample_json(sample_comparison):
    import json
    return json.loads(sample_comparison.to_json())
