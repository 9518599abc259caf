"""The benchmark script still runs (issue 8). No timing is asserted: only that
`benchmarks/run.py --quick` completes on generated 1k inputs and prints the
ratio and target tables."""

import subprocess
import sys

import pytest  # noqa: E402
from paths import REPO  # noqa: E402

pytestmark = pytest.mark.slow


def test_benchmark_quick_run_completes(tmp_path):
    readme = tmp_path / "README.md"
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick",
         "--cache", str(tmp_path / "cache"), "--readme", str(readme)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    for heading in ("## Targets", "## Ratios", "## Measurements"):
        assert heading in out, out
    assert "| input | rows | e2e / (c) | e2e / (b) | e2e / (a) |" in out
    assert "| example data | 60 |" in out and "| 1k | 1,000 |" in out
    assert "example data: e2e <= 2.0x (a)" in out
    assert "| rekap of 2 reports <= 2.0x one e2e of the example data |" in out
    assert len(list((tmp_path / "cache" / "rekap-2").glob("IKU_Kecamatan_*.xlsx"))) == 2
    # The generated input: the seven example workbooks plus a 1k-row survey.
    folder = tmp_path / "cache" / "size-1k"
    assert len(list(folder.glob("*.xlsx"))) == 8
    assert (folder / "SKM_Kecamatan_Benjeng_2017.xlsx").stat().st_size > 20_000
    text = readme.read_text(encoding="utf-8")
    assert "## Machine" in text and "## Targets (issue 8)" in text
