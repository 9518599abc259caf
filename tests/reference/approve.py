"""Regenerate the approved reference report, on purpose only:

    .venv/bin/python tests/reference/approve.py

Then look at the new workbook (LibreOffice -> PDF) before committing it:
every layout change shows up in tests/report/test_reference_workbook.py until then.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
APPROVED = HERE / "IKU_contoh_disetujui.xlsx"


def build(output: Path) -> Path:
    from iku_excel.pipeline import EXAMPLE_DIR, analyse
    from iku_excel.report.model import build as build_model
    from iku_excel.report.writer import build_workbook

    # The approved file shows the layout staff send upward: no example banner.
    run = dataclasses.replace(analyse(EXAMPLE_DIR), example=False)
    model = build_model(run, dibuat=dt.datetime(2018, 1, 5, 9, 0))  # the Data sheet's clock
    build_workbook(model, output)
    return output


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as temp:
        shutil.copy(build(Path(temp) / "report.xlsx"), APPROVED)
    print(f"approved: {APPROVED}", file=sys.stderr)
