"""rekap(): a folder of kecamatan reports in, the regency's rekap workbook
(and its JSON summary) out. The one function the CLI and tests call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from iku_excel.rekap.collect import collect
from iku_excel.rekap.model import RekapModel, build_model
from iku_excel.rekap.rollup import roll_up
from iku_excel.rekap.select import NoReports, select
from iku_excel.rekap.workbook import write_rekap_workbook
from iku_excel.report.data_sheet import made_at

__all__ = ["NoReports", "RekapResult", "rekap"]


@dataclass
class RekapResult:
    model: RekapModel
    path: Path
    notices: list[str] = field(default_factory=list)   # console-only sentences
    json_error: str | None = None                      # why the JSON was not written

    @property
    def exit_code(self) -> int:
        """0 clean, 1 written with warnings or errors (cli.md)."""
        return 1 if self.model.exit_problems or self.json_error else 0


def rekap(input_dir: Path | None, output_dir: Path, tahun: int | None = None,
          triwulan: int | None = None, json_path: Path | None = None,
          files: Sequence[Path] = ()) -> RekapResult:
    """The rekap of the reports under `input_dir` (or of the report `files`
    a regency run has just made). Raises NoReports when there is nothing to
    roll up, report.writer.OutputError when the workbook cannot be saved."""
    collected = collect(input_dir, files)
    selection = select(collected, tahun, triwulan)
    model = build_model(collected, selection, roll_up(selection), made_at())
    path, notices = write_rekap_workbook(model, output_dir)
    result = RekapResult(model, path, notices)
    if json_path is not None:
        from iku_excel.reading.input_file import os_reason
        from iku_excel.rekap.summary import write_summary

        try:
            write_summary(model, path, json_path)
        except OSError as exc:
            result.json_error = os_reason(exc)
    return result
