"""The page the Camat signs is right, or visibly not final (issue 16).

* the signer never comes from a default: a settings sheet without one gives
  a report without any name or NIP of the example's Camat, the places to
  write them, and a warning;
* the signing date defaults to the month after the period, with a note;
* BELUM FINAL above the signature and first in the email text when a run
  has errors, missing targets or no signer; never on a clean run;
* staff read "kesalahan" where the JSON says "galat".
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from builders import BASE_SETTINGS, SKM_HEADER, write_settings, write_table

from iku_excel.cli import main
from iku_excel.report.model import BLANK_LINE, NAME_PLACEHOLDER
from iku_excel.settings import Settings

SETTINGS_FILE = "Pengaturan_IKU_2017.xlsx"
REPORT = "IKU_Kecamatan_Benjeng_2017"
# What identifies the bundled example's Camat anywhere in a report.
EXAMPLE_SIGNER = ("NURYADI", "19671020", "198803", "Pembina Tingkat I")
SIGNER = ("Nama Camat", "Pangkat", "NIP")


def _run(folder: Path, tmp_path: Path) -> tuple[int, dict, Path]:
    summary = tmp_path / "s.json"
    code = main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--json", str(summary), "--tanpa-pdf"])
    return code, json.loads(summary.read_text(encoding="utf-8")), tmp_path / "out"


def _settings(folder: Path, **changes) -> None:
    """The example's settings sheet replaced by one with `changes` (None drops a row)."""
    items = {**BASE_SETTINGS, "Tanggal Penandatanganan": "Januari 2017", **changes}
    write_settings(folder / SETTINGS_FILE, {k: v for k, v in items.items() if v is not None})


def _texts(path: Path) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) of every text cell of a workbook."""
    book = openpyxl.load_workbook(path)
    return [(ws.title, cell.coordinate, cell.value) for ws in book.worksheets
            for row in ws.iter_rows() for cell in row if isinstance(cell.value, str)]


def _signature(path: Path) -> list[str]:
    """The IKU sheet's texts from the not-final line (if any) to the NIP line."""
    ws = openpyxl.load_workbook(path)["IKU"]
    column = [(r, ws.cell(r, 7).value) for r in range(1, ws.max_row + 1)]
    place = next(r for r, v in column if v == "CAMAT BENJENG") - 1
    lines = [ws.cell(r, 7).value or "" for r in range(place, place + 8)]
    above = ws.cell(place - 2, 1).value  # the table's last NO when there is no line
    return ([above] if isinstance(above, str) else []) + lines


# --- the signer -------------------------------------------------------------

def test_settings_default_no_signer():
    settings = Settings()
    assert (settings.nama_camat, settings.pangkat, settings.nip) == (None, None, None)
    assert settings.missing_signer == SIGNER


def test_settings_without_signer_give_no_example_name_and_a_warning(staff_folder, tmp_path):
    _settings(staff_folder, **{"Nama Camat": None, "Pangkat": None, "NIP": None})
    code, summary, out = _run(staff_folder, tmp_path)
    assert code == 1  # a missing signer is a peringatan (cli.md)
    report = out / f"{REPORT}.xlsx"
    email = (out / f"{REPORT}_email.txt").read_text(encoding="utf-8-sig")
    for text in EXAMPLE_SIGNER:
        assert not [t for t in _texts(report) if text in t[2]], text
        assert text not in email and text not in json.dumps(summary)
    found = [(m["kode"], m["berkas"], m["lembar"], m["baris"], m["kolom"], m["tingkat"])
             for m in summary["masalah"] if m["kode"] == "penandatangan_kosong"]
    assert found == [("penandatangan_kosong", SETTINGS_FILE, "Pengaturan", None, None,
                      "peringatan")]
    # The block shows where to write the name, the pangkat and the NIP.
    assert _signature(report)[-3:] == [NAME_PLACEHOLDER, BLANK_LINE, f"NIP. {BLANK_LINE}"]
    assert f"\r\n{NAME_PLACEHOLDER}\r\n{BLANK_LINE}\r\nNIP. {BLANK_LINE}\r\n" in \
        (out / f"{REPORT}_email.txt").read_bytes().decode("utf-8")


def test_only_the_missing_part_of_the_signer_is_asked_for(staff_folder, tmp_path):
    _settings(staff_folder, NIP=None)
    code, summary, out = _run(staff_folder, tmp_path)
    found = [m for m in summary["masalah"] if m["kode"] == "penandatangan_kosong"]
    assert len(found) == 1 and "NIP" in found[0]["pesan"] and "Pangkat" not in found[0]["pesan"]
    lines = _signature(out / f"{REPORT}.xlsx")
    assert lines[-3:] == ["NURYADI, S.Pd. MM.", "Pembina Tingkat I", f"NIP. {BLANK_LINE}"]


def test_no_settings_sheet_means_no_signer(staff_folder, tmp_path):
    (staff_folder / SETTINGS_FILE).unlink()
    code, summary, out = _run(staff_folder, tmp_path)
    codes = {m["kode"] for m in summary["masalah"]}
    assert {"pengaturan_tidak_ada", "penandatangan_kosong", "tanggal_ttd_bawaan"} <= codes
    report = out / f"{REPORT}.xlsx"
    for text in EXAMPLE_SIGNER:
        assert not [t for t in _texts(report) if text in t[2]], text


def test_example_data_keeps_its_camat_and_the_seeds_date(example_report):
    lines = _signature(example_report["path"])
    assert lines == ["Benjeng, Januari 2017", "CAMAT BENJENG", "", "", "",
                     "NURYADI, S.Pd. MM.", "Pembina Tingkat I", "NIP. 19671020 198803 1 009"]
    codes = {m["kode"] for m in example_report["summary"]["masalah"]}
    assert not codes & {"penandatangan_kosong", "tanggal_ttd_bawaan"}


# --- the signing date ---------------------------------------------------------

def test_signing_date_defaults_to_the_month_after_the_year(staff_folder, tmp_path):
    _settings(staff_folder, **{"Tanggal Penandatanganan": None})
    code, summary, out = _run(staff_folder, tmp_path)
    assert code == 0  # a note only
    assert _signature(out / f"{REPORT}.xlsx")[0] == "Benjeng, Januari 2018"
    notes = [(m["kode"], m["berkas"], m["lembar"], m["tingkat"]) for m in summary["masalah"]
             if m["kode"] == "tanggal_ttd_bawaan"]
    assert notes == [("tanggal_ttd_bawaan", SETTINGS_FILE, "Pengaturan", "catatan")]
    assert "Januari 2018" in next(m["pesan"] for m in summary["masalah"]
                                  if m["kode"] == "tanggal_ttd_bawaan")


def test_signing_date_from_the_settings_wins(staff_folder, tmp_path):
    _settings(staff_folder, **{"Tanggal Penandatanganan": "15 Februari 2018",
                               "Tempat Penandatanganan": "Gresik"})
    code, summary, out = _run(staff_folder, tmp_path)
    assert _signature(out / f"{REPORT}.xlsx")[0] == "Gresik, 15 Februari 2018"
    assert not [m for m in summary["masalah"] if m["kode"] == "tanggal_ttd_bawaan"]


# --- not final, visibly -----------------------------------------------------

def _survey_with_a_bad_answer(folder: Path) -> None:
    """A second survey file whose one respondent answered 5: a galat."""
    write_table(folder / "SKM_tambahan.xlsx", SKM_HEADER,
                [[1, "2017-03-04", 3, 3, 3, 3, 5, 3, 3, 3, 3]], sheet="Tambahan")


def test_not_final_line_with_errors(staff_folder, tmp_path, capsys):
    _survey_with_a_bad_answer(staff_folder)
    code, summary, out = _run(staff_folder, tmp_path)
    errors = [m for m in summary["masalah"] if m["tingkat"] == "galat"]
    assert [m["kode"] for m in errors] == ["skm_jawaban_tidak_sah"]
    line = "BELUM FINAL: ada 1 kesalahan data. Lihat lembar Catatan Data sebelum ditandatangani."
    # Above the signature block, where the signer looks ...
    assert _signature(out / f"{REPORT}.xlsx")[0] == line
    # ... and the first line of the email text.
    email = (out / f"{REPORT}_email.txt").read_text(encoding="utf-8-sig").splitlines()
    assert email[0] == line
    console = capsys.readouterr().out
    assert f"\n{line}\n" in console
    assert "[kesalahan] SKM_tambahan.xlsx / Tambahan, baris 4:" in console
    assert "[galat]" not in console
    ws = openpyxl.load_workbook(out / f"{REPORT}.xlsx")["Catatan Data"]
    levels = {ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert "Kesalahan" in levels and "Galat" not in levels


def test_not_final_names_missing_targets_and_signer(staff_folder, tmp_path):
    _settings(staff_folder, **{"Target SKM": None, "Target Ormas Dibina (%)": None,
                               "Nama Camat": None})
    _survey_with_a_bad_answer(staff_folder)
    code, summary, out = _run(staff_folder, tmp_path)
    line = ("BELUM FINAL: ada 1 kesalahan data, target 2 indikator belum diisi dan penanda "
            "tangan belum diisi. Lihat lembar Catatan Data sebelum ditandatangani.")
    assert _signature(out / f"{REPORT}.xlsx")[0] == line
    assert (out / f"{REPORT}_email.txt").read_text(encoding="utf-8-sig").splitlines()[0] == line


def test_clean_run_has_no_not_final_line(staff_folder, tmp_path, capsys):
    code, summary, out = _run(staff_folder, tmp_path)
    assert code == 0
    assert "FINAL" not in capsys.readouterr().out
    report = out / f"{REPORT}.xlsx"
    assert not [t for t in _texts(report) if "FINAL" in t[2]]
    assert "FINAL" not in (out / f"{REPORT}_email.txt").read_text(encoding="utf-8-sig")
    assert _signature(report)[0] == "Benjeng, Januari 2017"


def test_the_email_counts_the_categories_best_band_first(tmp_path):
    """The email said "2 Kurang, 2 Cukup" (indicator order): bands go best
    first. Konflik 3 of 5 against 100 = 60 % (Kurang), ormas 7 of 10 against
    100 = 70 % (Cukup), usulan 2 of 2 against 100 = 100 % (Sangat Baik)."""
    from builders import BASE_SETTINGS, write_settings, write_table

    from iku_excel.pipeline import analyse
    from iku_excel.report.companions import email_text
    from iku_excel.report.model import build

    write_settings(tmp_path / "p.xlsx", {**BASE_SETTINGS, **{
        f"Target {w} (%)": 100 for w in ("Konflik Ditindaklanjuti", "Ormas Dibina",
                                         "Usulan Direkomendasikan")}})
    write_table(tmp_path / "konflik.xlsx", ["No", "Tanggal", "Jenis Konflik", "Status"],
                [[i, f"0{i}/03/2017", "Sengketa", "Sudah" if i <= 3 else "Belum"]
                 for i in range(1, 6)])
    write_table(tmp_path / "ormas.xlsx", ["No", "Nama Organisasi", "Dibina"],
                [[i, f"O{i}", "Ya" if i <= 7 else "Tidak"] for i in range(1, 11)])
    write_table(tmp_path / "usulan.xlsx", ["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                [[1, "Dermo", "Jalan", "Ya"], [2, "Lundo", "Saluran", "Ya"]])
    text = email_text(build(analyse(tmp_path)), "x.xlsx")
    assert ("Secara keseluruhan: 1 indikator Sangat Baik, 1 indikator Cukup, "
            "1 indikator Kurang.") in text
