"""The command line as staff and scripts use it: exit codes, messages, JSON."""

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from iku_excel.cli import main
from iku_excel.pipeline import EXAMPLE_DIR

CODES = {"skm", "penurunan_pelanggaran_perda", "konflik_ditindaklanjuti",
         "partisipasi_musrenbang", "usulan_direkomendasikan", "ormas_dibina",
         "lembaga_ekonomi_dibina"}


def _run(folder: Path, tmp_path: Path, *extra: str) -> tuple[int, dict]:
    summary = tmp_path / "s.json"
    code = main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--json", str(summary), "--tanpa-pdf", *extra])
    return code, json.loads(summary.read_text(encoding="utf-8"))


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_staff_folder_is_not_example_and_inputs_unchanged(staff_folder, tmp_path):
    before = _hashes(staff_folder)
    code, summary = _run(staff_folder, tmp_path)
    assert code == 0
    assert summary["data_contoh"] is False
    assert set(summary["indikator"]) == CODES
    assert _hashes(staff_folder) == before


def test_missing_source_names_it_and_computes_the_rest(staff_folder, tmp_path, capsys):
    (staff_folder / "Data_Ormas_Kecamatan_Benjeng.xlsx").unlink()
    code, summary = _run(staff_folder, tmp_path)
    assert code == 1
    assert summary["indikator"]["ormas_dibina"]["nilai"] is None
    computed = [c for c in CODES - {"ormas_dibina"} if summary["indikator"][c]["nilai"] is not None]
    assert len(computed) == 6
    missing = [m for m in summary["masalah"] if m["kode"] == "sumber_tidak_ada"]
    assert len(missing) == 1 and missing[0]["tingkat"] == "galat"
    out = capsys.readouterr().out
    assert "register organisasi kemasyarakatan tidak ditemukan" in out
    assert "Traceback" not in out


def test_a_folder_without_data_gives_exit_2_in_indonesian(tmp_path, capsys):
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "catatan.pdf").write_bytes(b"%PDF-1.4 not data")
    code = main(["run", "--input", str(folder), "--output", str(tmp_path / "out")])
    assert code == 2
    err = capsys.readouterr().err
    assert "Laporan TIDAK dibuat" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.xlsx"))


def test_bad_arguments_exit_2(capsys):
    assert_exit = pytest.raises(SystemExit)
    with assert_exit as exc:
        main(["run", "--tahun", "dua ribu"])
    assert exc.value.code == 2
    assert "Perintah tidak dikenali" in capsys.readouterr().err


def test_tahun_option_overrides_settings(staff_folder, tmp_path):
    code, summary = _run(staff_folder, tmp_path, "--tahun", "2016")
    assert summary["tahun"] == 2016
    # 2016 has 30 violations. The 2 rows of December 2015 are the tail carried
    # over into the register of "TAHUN 2016 - 2017", not the record of 2015:
    # year n-1 has no source, so the indicator is not computed (never (30-2)/30).
    entry = summary["indikator"]["penurunan_pelanggaran_perda"]
    assert (entry["jumlah_tahun_n"], entry["jumlah_tahun_n_1"]) == (30, None)
    assert entry["nilai"] is None and "2015" in entry["sebab"]
    carried = [m for m in summary["masalah"] if m["kode"] == "pelanggaran_tahun_lalu_terbawa"]
    assert len(carried) == 2 and "2016 - 2017" not in carried[0]["pesan"]
    assert Path(summary["laporan"]).name == "IKU_Kecamatan_Benjeng_2016.xlsx"


def test_earlier_report_is_archived_not_overwritten(staff_folder, tmp_path):
    _run(staff_folder, tmp_path)
    report = tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx"
    report.write_bytes(report.read_bytes() + b"")  # same bytes, new mtime
    first = report.read_bytes()
    _run(staff_folder, tmp_path)
    archived = list((tmp_path / "out" / "arsip").glob("IKU_Kecamatan_Benjeng_2017_*.xlsx"))
    assert len(archived) == 1 and archived[0].read_bytes() == first
    assert report.exists()
    assert not list((tmp_path / "out").glob(".iku-*"))  # no temporary file left


def test_same_inputs_give_identical_workbook(staff_folder, tmp_path, monkeypatch):
    # The Data sheet says when the report was made, to the second: the clock
    # is pinned, or two runs a second apart would differ there.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1515142800")
    _run(staff_folder, tmp_path / "a")
    _run(staff_folder, tmp_path / "b")
    name = "IKU_Kecamatan_Benjeng_2017.xlsx"
    assert (tmp_path / "a/out" / name).read_bytes() == (tmp_path / "b/out" / name).read_bytes()


def test_python_dash_m_entry_point(tmp_path):
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "iku_excel", "--help"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert "--input" in result.stdout or "run" in result.stdout


def test_email_text_next_to_report(staff_folder, tmp_path):
    code, summary = _run(staff_folder, tmp_path)
    text = (tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017_email.txt").read_text(encoding="utf-8")
    assert "Laporan" in text or "laporan" in text
    assert "1. Nilai SKM: realisasi 76,53, target 80, capaian 95,66% (Sangat Baik)." in text
    assert "6. Ormas dibina: realisasi 72,00%, target 80%, capaian 90,00% (Baik)." in text
    assert text.rstrip().endswith("NIP. 19671020 198803 1 009")
    assert "DATA CONTOH" not in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_pdf_next_to_report(staff_folder, tmp_path):
    code = main(["run", "--input", str(staff_folder), "--output", str(tmp_path / "out")])
    assert code == 0
    pdf = tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")


def test_per_kecamatan_one_report_per_subfolder(tmp_path, capsys):
    from builders import BASE_SETTINGS, write_settings

    regency = tmp_path / "kabupaten"
    for name in ("Benjeng", "Cerme"):
        folder = regency / name
        shutil.copytree(EXAMPLE_DIR, folder)
        (folder / "Pengaturan_IKU_2017.xlsx").unlink()
        write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Kecamatan": name})
    (regency / "Cerme" / "Data_Ormas_Kecamatan_Benjeng.xlsx").unlink()
    (regency / "Kosong").mkdir()
    code = main(["run", "--input", str(regency), "--output", str(tmp_path / "out"),
                 "--per-kecamatan", "--tanpa-pdf", "--json", str(tmp_path / "s.json")])
    out = capsys.readouterr()
    # Benjeng clean, Cerme missing a source, Kosong without data: reports for two.
    assert code == 1
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xlsx")) == [
        "IKU_Kecamatan_Benjeng_2017.xlsx", "IKU_Kecamatan_Cerme_2017.xlsx",
        "Rekap_IKU_Kabupaten_Gresik_2017.xlsx"]  # and the rekap of the two (rekap.md)
    cerme = json.loads((tmp_path / "s_Cerme.json").read_text(encoding="utf-8"))
    assert cerme["kecamatan"] == "Cerme" and cerme["indikator"]["ormas_dibina"]["nilai"] is None
    assert "2 dari 3 laporan kecamatan dibuat" in out.out
    rekap = json.loads((tmp_path / "s_rekap.json").read_text(encoding="utf-8"))
    counted = {k["nama"]: k for k in rekap["kecamatan"] if k["berkas"]}
    assert sorted(counted) == ["Benjeng", "Cerme"]
    assert counted["Cerme"]["indikator"]["ormas_dibina"]["capaian"] is None


def test_per_kecamatan_in_parallel_keeps_order_and_every_report(tmp_path, capsys, monkeypatch):
    """Four folders on worker processes (two at least, even on one core): the
    console reads folder by folder in order, and folders naming the same
    kecamatan each keep their report (the earlier ones moved to arsip/)."""
    from iku_excel import batch

    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    regency = tmp_path / "kabupaten"
    names = ["A_Satu", "B_Dua", "C_Tiga", "D_Empat"]
    for name in names:
        shutil.copytree(EXAMPLE_DIR, regency / name)  # all four say Kecamatan Benjeng
    code = main(["run", "--input", str(regency), "--output", str(tmp_path / "out"),
                 "--per-kecamatan", "--tanpa-pdf"])
    out = capsys.readouterr().out
    assert code == 0
    assert "dikerjakan 2 sekaligus" in out
    positions = [out.index(f"] {name}") for name in names]
    assert positions == sorted(positions)
    # Each folder's own lines sit under its heading, not mixed with another's.
    for this, following in zip(names, names[1:]):
        block = out[out.index(f"] {this}"):out.index(f"] {following}")]
        assert block.count("Membaca 8 berkas") == 1 and "Laporan tersimpan" in block
    out_dir = tmp_path / "out"
    assert sorted(p.name for p in out_dir.glob("*.xlsx")) == [
        "IKU_Kecamatan_Benjeng_2017.xlsx", "Rekap_IKU_Kabupaten_Gresik_2017.xlsx"]
    assert len(list((out_dir / "arsip").glob("IKU_Kecamatan_Benjeng_2017_*.xlsx"))) == 3
    log_text = next((out_dir / "log").glob("*.log")).read_text(encoding="utf-8")
    assert all(f"[{name}] folder masukan" in log_text for name in names)


def test_per_kecamatan_bug_in_one_folder_does_not_stop_the_others(tmp_path, capsys, monkeypatch):
    from iku_excel import batch, regency

    monkeypatch.setattr(batch.os, "cpu_count", lambda: 1)  # one process: the patch holds
    real = regency.run_one

    def buggy(folder, *args, **kwargs):
        if folder.name == "B_Dua":
            raise RuntimeError("a bug")
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(regency, "run_one", buggy)
    regency = tmp_path / "kabupaten"
    for name in ("A_Satu", "B_Dua", "C_Tiga"):
        shutil.copytree(EXAMPLE_DIR, regency / name)
    code = main(["run", "--input", str(regency), "--output", str(tmp_path / "out"),
                 "--per-kecamatan", "--tanpa-pdf"])
    out = capsys.readouterr()
    assert code == 1  # reports for two of three folders
    assert "2 dari 3 laporan kecamatan dibuat" in out.out
    assert "kesalahan di dalam aplikasi" in out.err and "Traceback" not in out.err
    log_text = next((tmp_path / "out" / "log").glob("*.log")).read_text(encoding="utf-8")
    assert "[B_Dua] kesalahan di dalam aplikasi" in log_text and "RuntimeError: a bug" in log_text


def test_console_gone_midway_still_writes_the_report(tmp_path):
    """`iku-excel ... | head -1`, or a console window closed during the run:
    printing stops, the report and its log are still written."""
    import subprocess
    import sys

    empty, out = tmp_path / "input", tmp_path / "out"
    empty.mkdir()
    child = subprocess.Popen([sys.executable, "-m", "iku_excel", "run", "--input", str(empty),
                              "--output", str(out), "--tanpa-pdf"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # nobody reads: the first line flushed meets a broken pipe
    err = child.stderr.read().decode("utf-8", "replace")
    assert child.wait(timeout=120) == 0, err
    assert "kesalahan di dalam aplikasi" not in err and "Traceback" not in err
    assert [p.name for p in out.glob("IKU_*.xlsx")] == ["IKU_Kecamatan_Benjeng_2017.xlsx"]
    assert list((out / "log").glob("iku-excel-*.log"))


def test_a_run_leaves_nothing_frozen_for_the_next(tmp_path):
    """Reading freezes what it read (no collections over the grids); once the
    run is over, a regency worker's next folder starts without it."""
    import gc

    gc.unfreeze()
    (tmp_path / "kosong").mkdir()
    assert main(["run", "--input", str(tmp_path / "kosong"), "--output", str(tmp_path / "out"),
                 "--tanpa-pdf"]) == 0
    assert gc.get_freeze_count() == 0 and gc.isenabled()


@pytest.mark.parametrize("exists, said", [
    (True, "kosong"), (False, "tidak ada (periksa nama dan letaknya)")])
def test_example_data_says_whether_the_input_folder_is_empty_or_missing(
        tmp_path, capsys, monkeypatch, exists, said):
    """An empty folder named with --input, or the default input/ missing."""
    monkeypatch.chdir(tmp_path)
    asked = tmp_path / "masukan" if exists else Path("input")
    if exists:
        asked.mkdir()
    summary = tmp_path / "s.json"
    named = ["--input", str(asked)] if exists else []
    code = main(["run", *named, "--output", str(tmp_path / "out"),
                 "--json", str(summary), "--tanpa-pdf"])
    assert code == 0
    assert (f"PERHATIAN: Folder masukan {asked} {said}, sehingga laporan ini dibuat dari "
            "DATA CONTOH, bukan data kantor." in capsys.readouterr().out)
    notes = json.loads(summary.read_text(encoding="utf-8"))["masalah"]
    assert any(n["kode"] == "contoh_data" and f"Folder masukan {asked} {said}," in n["pesan"]
               for n in notes)


@pytest.mark.parametrize("per_kecamatan", [False, True])
def test_a_typo_in_input_is_exit_2_with_the_path(tmp_path, capsys, monkeypatch, per_kecamatan):
    """cli.md: a folder named with --input that does not exist is exit 2, with
    its path; never the example data."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "input").mkdir()
    extra = ["--per-kecamatan"] if per_kecamatan else []
    code = main(["run", "--input", "inptu", "--output", "out", "--tanpa-pdf", *extra])
    assert code == 2
    captured = capsys.readouterr()
    assert (f"Laporan TIDAK dibuat. Folder masukan inptu tidak ada (dicari di "
            f"{tmp_path / 'inptu'}). Periksa nama dan letaknya" in captured.err)
    assert "DATA CONTOH" not in captured.out + captured.err and "Traceback" not in captured.err
    assert not list((tmp_path / "out").glob("*.xlsx"))


@pytest.mark.parametrize("per_kecamatan", [False, True])
def test_a_year_out_of_range_is_exit_2_said_once(tmp_path, capsys, per_kecamatan):
    """--tahun 1850 is refused before any folder is read: one sentence, also
    for a regency's run of three kecamatan folders, and no report."""
    regency = tmp_path / "kabupaten"
    for name in ("Benjeng", "Cerme", "Duduk"):
        (regency / name).mkdir(parents=True)
    extra = ["--per-kecamatan"] if per_kecamatan else []
    code = main(["run", "--input", str(regency), "--output", str(tmp_path / "out"),
                 "--tahun", "1850", "--tanpa-pdf", *extra])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.err.count("Tahun 1850 tidak masuk akal") == 1
    assert "Traceback" not in captured.err
    assert not list((tmp_path / "out").glob("*.xlsx"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_input_folder_is_exit_2_not_the_example(tmp_path, capsys):
    folder = tmp_path / "masukan"
    folder.mkdir()
    folder.chmod(0)
    try:
        code = main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                     "--tanpa-pdf"])
    finally:
        folder.chmod(0o755)
    assert code == 2
    assert f"Folder masukan {folder} tidak dapat dibuka (tidak ada izin" in capsys.readouterr().err

