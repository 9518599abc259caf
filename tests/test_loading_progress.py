"""Files are read on worker threads, biggest first, but come back in the
input order; the console shows one line per file as it is read."""

import shutil
from pathlib import Path

import pytest

from iku_excel.cli import main
from iku_excel.pipeline import EXAMPLE_DIR
from iku_excel.reading.files import list_inputs
from iku_excel.reading.loader import Loader


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = tmp_path / "input"
    shutil.copytree(EXAMPLE_DIR, folder)
    (folder / "rusak.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    return folder


def test_results_come_back_in_input_order(folder):
    inputs, _ = list_inputs(folder)
    sizes = [item.path.stat().st_size for item in inputs]
    assert sizes != sorted(sizes, reverse=True)  # so biggest-first really reorders
    loaded = list(Loader(inputs).results())
    assert [x.item.name for x in loaded] == [item.name for item in inputs]
    broken = next(x for x in loaded if x.item.name == "rusak.xlsx")
    assert [f.code for f in broken.findings] == ["berkas_rusak"] and broken.sheets == []
    good = next(x for x in loaded if x.item.name.startswith("SKM_"))
    assert good.info.size == good.item.path.stat().st_size and len(good.info.sha256) == 64
    assert good.sheets and not good.findings


def test_one_console_line_per_file(folder, tmp_path, capsys):
    code = main(["run", "--input", str(folder), "--output", str(tmp_path / "out"), "--tanpa-pdf"])
    assert code == 1  # the broken file is reported
    out = capsys.readouterr().out.splitlines()
    first = out.index("Membaca 9 berkas:")
    lines = out[first + 1:first + 10]
    assert [line.split("]")[0].strip() for line in lines] == [f"[{i}/9" for i in range(1, 10)]
    by_name = {line.split("] ")[1].split(":")[0]: line.split(": ", 1)[1] for line in lines}
    assert by_name["SKM_Kecamatan_Benjeng_2017.xlsx"] == \
        "hasil Survei Kepuasan Masyarakat (SKM), 60 baris"
    assert by_name["Laporan_Kejadian_Bulanan_2017.xlsx"] == \
        "laporan kejadian/konflik bulanan, 12 lembar, 14 baris"
    assert by_name["rusak.xlsx"] == "tidak dapat dibaca (lihat lembar Catatan Data)"


def test_callers_own_work_runs_once_before_any_file_is_detected(folder, monkeypatch):
    """analyse(meanwhile=...) fills the wait for the biggest file (cli imports
    the report writer there): once, before the first file's tables."""
    from iku_excel import pipeline

    order: list[str] = []
    real_loader = pipeline.Loader

    def loader(inputs):
        made = real_loader(inputs)
        order.append("loader")
        return made

    monkeypatch.setattr(pipeline, "Loader", loader)

    def meanwhile():
        order.append("meanwhile")

    pipeline.analyse(folder, progress=lambda number, *_: order.append(f"file {number}"),
                     meanwhile=meanwhile)
    assert order == ["loader", "meanwhile", *[f"file {n}" for n in range(1, 10)]]
