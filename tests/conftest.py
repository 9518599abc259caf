import json
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from iku_excel import messages
from iku_excel.cli import main
from iku_excel.pipeline import EXAMPLE_DIR

# No per-example time limit: a loaded CI machine must not turn a slow example
# into a failure (speed is measured by benchmarks/, never by a test).
settings.register_profile("iku", deadline=None)
settings.load_profile("iku")

# Every sentence rendered in a test has each of its placeholders given:
# a finding made without a param its message uses fails here, not in front
# of staff as "-".
messages.STRICT = True


@pytest.fixture(scope="session")
def example_report(tmp_path_factory) -> dict:
    """One run of the real CLI on the bundled example data (empty input folder)."""
    base = tmp_path_factory.mktemp("example")
    summary = base / "summary.json"
    (base / "input").mkdir()
    code = main(["run", "--input", str(base / "input"), "--output", str(base / "output"),
                 "--json", str(summary), "--tanpa-pdf"])
    data = json.loads(summary.read_text(encoding="utf-8"))
    return {"code": code, "summary": data, "path": Path(data["laporan"]), "base": base}


@pytest.fixture
def staff_folder(tmp_path) -> Path:
    """A copy of the example data as staff's own input folder (not empty, so
    not the example-data fallback)."""
    folder = tmp_path / "input"
    shutil.copytree(EXAMPLE_DIR, folder)
    return folder
