"""Sheets from a review that once gave wrong figures, each as staff write them."""


import openpyxl
import pytest

from iku_excel.cli import main
from iku_excel.indicators.capaian import compute_capaian
from iku_excel.pipeline import analyse
from iku_excel.settings import parse_target


def _book(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
        for cells in (merges or {}).get(name, []):
            ws.merge_cells(cells)
    book.save(path)
    return path


def _result(tmp_path, code, sheets, merges=None):
    _book(tmp_path / "data.xlsx", sheets, merges)
    run = analyse(tmp_path, tahun=2017)
    return run.results[code], run


def test_sub_totals_between_groups_do_not_end_the_list(tmp_path):
    rows = [["DAFTAR HADIR"], [], ["No", "Nama", "Jabatan", "Asal Desa", "Hadir"],
            ["A. UNSUR PEMERINTAH DESA"],
            [1, "Ali", "Kades", "Dermo", "Ya"], [2, "Budi", "Kades", "Lundo", "Ya"],
            [None, "Sub Total", None, None, 2], ["B. UNSUR BPD"],
            [3, "Cici", "Ketua BPD", "Dermo", "Ya"], [4, "Dedi", "Ketua BPD", "Lundo", "Tidak"],
            [None, "Sub Total", None, None, 1], [None, "JUMLAH", None, None, 3],
            [], [None, None, None, "Benjeng, 5 Februari 2017"], [None, None, None, "CAMAT BENJENG"]]
    result, _ = _result(tmp_path, "partisipasi_musrenbang", {"Hadir": rows})
    assert (result.pembilang, result.penyebut) == (3, 4)


def test_unnumbered_rows_after_the_total_count_only_when_they_look_like_records(tmp_path):
    # After JUMLAH, "Eko | Kades | Ya" fills every field the records above
    # fill: a record typed without its number (counted). "Undangan susulan"
    # leaves Jabatan blank: not a record, and said.
    rows = [["No", "Nama", "Jabatan", "Hadir"], [1, "Ali", "Kades", "Ya"],
            [None, "JUMLAH", None, 1], [None, "Eko", "Kades", "Ya"],
            [None, "Undangan susulan", None, "Ya", "lihat lampiran"]]
    result, run = _result(tmp_path, "partisipasi_musrenbang", {"Hadir": rows})
    assert (result.pembilang, result.penyebut) == (2, 2)
    assert [(f.code, f.row) for f in run.findings if f.code == "baris_tidak_dibaca"] == [
        ("baris_tidak_dibaca", 5)]


def test_nihil_rows_with_a_number_and_dashes(tmp_path):
    header = ["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"]
    sheets = {"JAN": [["BULAN JANUARI 2017"], header, [1, "-", "-", "NIHIL", "-", "-"]],
              "APR": [["BULAN APRIL 2017"], header,
                      [1, "12/04/2017", "Dermo", "Sengketa batas", "Mediasi", "Selesai"]],
              "MEI": [["BULAN MEI 2017"], header, [1, "-", "-", "NIHIL.", None, None]]}
    result, _ = _result(tmp_path, "konflik_ditindaklanjuti", sheets)
    assert (result.pembilang, result.penyebut) == (1, 1)


@pytest.mark.parametrize("first_line", ["Benjeng, 30 Desember 2017", "NIP. 19700101 199003 1 005"])
def test_signature_block_under_the_name_column(tmp_path, first_line):
    rows = [["REGISTER ORMAS"], [], ["No", "Nama Organisasi", "Ketua", "Dibina"],
            [1, "Karang Taruna Dermo", "Ali", "Ya"], [2, "PKK Lundo", "Siti", "Tidak"],
            [], [None, first_line], [None, "Kepala Seksi Pemerintahan"], [], [None, "SUGENG"]]
    result, _ = _result(tmp_path, "ormas_dibina", {"Ormas": rows})
    assert (result.pembilang, result.penyebut) == (1, 2)


def test_followed_up_column_next_to_a_free_text_keterangan(tmp_path):
    rows = [["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Keterangan"],
            [1, "02/01/2017", "Dermo", "Sengketa", "Sudah", None],
            [2, "03/01/2017", "Lundo", "Perkelahian", "Sudah", "dimediasi di balai desa"],
            [3, "04/01/2017", "Banter", "Sengketa", "Belum", None]]
    result, run = _result(tmp_path, "konflik_ditindaklanjuti", {"Konflik": rows})
    assert (result.pembilang, result.penyebut) == (2, 3)
    assert not [f for f in run.findings if f.code == "nilai_tidak_dikenal"]


def test_second_header_row_under_a_merged_parent_and_a_units_row(tmp_path):
    rows = [["DAFTAR USULAN"],
            ["No", "Desa", "Usulan Program/Kegiatan", "Volume", "Hasil Musrenbang", None],
            [None, None, None, None, "Direkomendasikan", "Keterangan"],
            [None, None, None, "(Satuan)", "(Ya/Tidak)", None],
            [1, "Dermo", "Jalan", "1", "Ya", None], [2, "Lundo", "Saluran", "1", "Tidak", "dana"]]
    result, run = _result(tmp_path, "usulan_direkomendasikan", {"Usulan": rows},
                          {"Usulan": ["E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]})
    assert (result.pembilang, result.penyebut) == (1, 2)
    # No finding about the rows of this file (the other sources are simply missing).
    assert not [f for f in run.findings if f.file == "data.xlsx"]


def test_numbering_row_after_a_blank_row(tmp_path):
    rows = [["No", "Nama Lembaga", "Jenis", "Desa", "Dibina"], [], [1, 2, 3, 4, 5],
            [1, "BUMDes Dermo", "BUMDes", "Dermo", "Ya"], [2, "KUD Lundo", "KUD", "Lundo", "Ya"]]
    result, _ = _result(tmp_path, "lembaga_ekonomi_dibina", {"Lembaga": rows})
    assert (result.pembilang, result.penyebut) == (2, 2)


def test_negative_target_range_is_measured_from_the_end_nearest_zero():
    # Penurunan as the document writes it: a fall of 15 % is -15; target -10 to -20.
    capaian = compute_capaian(-15.0, parse_target("-10 s/d -20"), "naik")
    assert capaian.nilai == pytest.approx(150.0) and capaian.kategori == "Sangat Baik"
    assert compute_capaian(85.0, parse_target("80-90"), "naik").nilai == pytest.approx(106.25)


def test_unwritable_json_keeps_exit_1_because_the_report_exists(tmp_path, capsys):
    (tmp_path / "kosong").mkdir()
    code = main(["run", "--input", str(tmp_path / "kosong"), "--output", str(tmp_path / "out"),
                 "--tanpa-pdf", "--json", str(tmp_path)])  # a folder, not a file
    assert code == 1
    assert (tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx").exists()
    assert "Ringkasan JSON TIDAK dapat ditulis" in capsys.readouterr().err


def test_template_to_an_impossible_path_is_a_plain_message(tmp_path, capsys):
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    assert main(["template", str(blocker / "isian.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "Buku kerja isian TIDAK ditulis" in err and "Traceback" not in err


def test_input_that_is_a_file_is_refused(tmp_path, capsys):
    path = tmp_path / "data.xlsx"
    path.write_text("x")
    assert main(["run", "--input", str(path), "--output", str(tmp_path / "out")]) == 2
    assert "bukan folder" in capsys.readouterr().err
