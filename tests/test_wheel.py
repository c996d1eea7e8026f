"""The built wheel carries its templates and the sample story, and runs outside the checkout."""
import os
import pathlib
import subprocess
import sys
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                           "-q", "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return next(out.glob("quotecmp-*.whl"))


def test_wheel_contents(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("quotecmp/templates/report.html.j2", "quotecmp/templates/report.css",
                   "quotecmp/templates/report.js", "quotecmp/data/nato-china-2023/afp-wire.txt",
                   "quotecmp/data/nato-china-2023/sources.csv", "quotecmp/cli.py",
                   # type checkers read the package's annotations only with this marker
                   "quotecmp/py.typed"):
        assert needed in names, needed
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_runs_demo_elsewhere(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    proc = subprocess.run([sys.executable, "-c",
                           "import quotecmp, sys; print(quotecmp.__file__); "
                           "from quotecmp.cli import main; sys.exit(main(['demo', '-o', 'report.html']))"],
                          cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith(str(site))
    html = (work / "report.html").read_text(encoding="utf-8")
    for source in ("afp-wire", "almayadeen", "almayadeen.page", "lefigaro.en-mt", "bta-2024"):
        assert f"<code><bdi>{source}</bdi></code>" in html
