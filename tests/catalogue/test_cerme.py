"""Another kecamatan's IKU from its own sheet Indikator over tables of its
own (xlsx from openpyxl and from xlsxwriter, a ';' csv, an Excel 97 .xls),
every way of counting used: figures worked out by hand (cerme.py has the
tables)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import openpyxl
import pytest

from iku_excel.cli import main
from iku_excel.messages import severity_of
from iku_excel.pipeline import analyse

sys.path.insert(0, str(Path(__file__).parent))
from cerme import make_folder  # noqa: E402

CODES = ["ikm", "pengaduan_selesai", "lama_pengaduan", "apbdes_tepat_waktu",
         "pindah_datang_lengkap", "kegiatan_pembinaan", "peserta_pembinaan",
         "penurunan_sengketa", "nilai_sakip"]
CSV = "pengaduan_masyarakat_2024.csv"
KEGIATAN = "Kegiatan Pembinaan 2024.xlsx"


@pytest.fixture(scope="module")
def cerme(tmp_path_factory):
    base = tmp_path_factory.mktemp("cerme")
    folder = make_folder(base / "input")
    summary = base / "summary.json"
    code = main(["run", "--input", str(folder), "--output", str(base / "output"), "--json",
                 str(summary), "--tanpa-pdf"])
    data = json.loads(summary.read_text(encoding="utf-8"))
    return {"code": code, "summary": data, "run": analyse(folder),
            "book": openpyxl.load_workbook(data["laporan"])}


def test_figures_by_hand(cerme):
    got = {code: (r.nilai, r.pembilang, r.penyebut) for code, r in cerme["run"].results.items()}
    assert list(got) == CODES
    # IKM: 4 respondents answering 4, 3, 4, 3 to each of 9 elements: NRR 14/4 = 3,5 each,
    # index 3,5 x 25 = 87,50 (the survey's own sheet: pembilang/penyebut are the SKM's).
    assert got["ikm"][0] == 87.5
    # Pengaduan (csv): rows of 2024 and the undated one: 1-9, 11, 12 (10 and 13 are 2023).
    # Penyebut Status <> Dibatalkan: 11 - 1 (row 6) = 10. Pembilang Status = Selesai among
    # them: 1, 2, 5, 7 (SELESAI), 8 (undated), 9 ('selesai '), 11 = 7; 'Belum Selesai'
    # (4) and Proses (3, 12) are not Selesai. 7 / 10 x 100 = 70,00.
    assert got["pengaduan_selesai"] == (70.0, 7, 10)
    # Rata-rata lama (Status = Selesai): 5 + 3 + 10 + 4 + 8 + 7,5 = 37,5 over 6 rows;
    # row 11 'dua hari' is no number (left out, warned). 37,5 / 6 = 6,25 hari.
    assert got["lama_pengaduan"] == (6.25, 37.5, 6)
    # APBDes: 25 desa; Tanggal Penetapan <= 31/12/2023 for 16 December dates, 30/11 and
    # 31/12: 18; January dates, the two February texts and the blank one are not.
    # No column headed just Tanggal or Tahun: no date filter. 18 / 25 x 100 = 72,00.
    assert got["apbdes_tepat_waktu"] == (72.0, 18, 25)
    # Pindah datang (.xls, two-row header): 16 people, 1 of 2023 left out; of 15,
    # Lengkap 9 + 'lengkap' + 'LENGKAP ' = 11 ('Belum Lengkap' x3, 'Tidak Lengkap' are not).
    # 11 / 15 x 100 = 73,333...
    assert got["pindah_datang_lengkap"][1:] == (11, 15)
    assert got["pindah_datang_lengkap"][0] == pytest.approx(1100 / 15, abs=1e-12)
    # Kegiatan (xlsxwriter, Kolom Tanggal 'Tanggal Kegiatan'): 14 of 2024 (2 of 2023 out).
    assert got["kegiatan_pembinaan"] == (14.0, 14, None)
    # Peserta: 25+30+28+45('45' as text)+40+22+35+27+33+26+31+29+24 = 395; 'tiga puluh' out.
    assert got["peserta_pembinaan"] == (395.0, 395, None)
    # Sengketa: 6 in 2024, 8 in 2023; document formula (6 - 8) / 6 x 100 = -33,333...
    assert got["penurunan_sengketa"][1:] == (-2, 6)
    assert got["penurunan_sengketa"][0] == pytest.approx(-100 / 3, abs=1e-12)
    # Nilai SAKIP: typed '72,5'.
    assert got["nilai_sakip"] == (72.5, None, None)


def test_capaian_by_hand(cerme):
    capaian = {code: (round(r.capaian.nilai, 6), r.capaian.kategori)
               for code, r in cerme["run"].results.items()}
    assert capaian["ikm"] == (round(87.5 / 85 * 100, 6), "Sangat Baik")          # 102,94
    assert capaian["pengaduan_selesai"] == (87.5, "Baik")                           # 70/80
    # Arah Turun: (2 x 7 - 6,25) / 7 x 100 = 110,714...
    assert capaian["lama_pengaduan"] == (round(7.75 / 7 * 100, 6), "Sangat Baik")
    assert capaian["apbdes_tepat_waktu"] == (80.0, "Baik")                          # 72/90
    assert capaian["kegiatan_pembinaan"] == (round(14 / 12 * 100, 6), "Sangat Baik")
    assert capaian["peserta_pembinaan"] == (98.75, "Sangat Baik")                   # 395/400
    # A penurunan's target 20 is the fall wanted: -20; -33,33 / -20 x 100 = 166,67.
    assert cerme["run"].results["penurunan_sengketa"].target.low == -20
    assert capaian["penurunan_sengketa"] == (round(100 / 3 / 20 * 100, 6), "Sangat Baik")
    assert capaian["nilai_sakip"] == (round(72.5 / 75 * 100, 6), "Sangat Baik")


def found(run, code, file=None, sheet=None, row=None, column=None):
    return [(f.file, f.sheet, f.row, f.column) for f in run.findings if f.code == code
            and (file is None or f.file == file) and (row is None or f.row == row)
            and (sheet is None or f.sheet == sheet) and (column is None or f.column == column)]


def test_findings_name_the_cells(cerme):
    run = cerme["run"]
    assert found(run, "angka_tidak_terbaca") == [
        (CSV, "pengaduan_masyarakat_2024", 14, "Lama Penyelesaian (Hari)"),
        (KEGIATAN, "Kegiatan Pembinaan", 13, "Jumlah Peserta")]
    assert [f[2] for f in found(run, "baris_tahun_lain", CSV)] == [13, 16]
    assert [f[2] for f in found(run, "baris_tahun_lain", KEGIATAN)] == [4, 5]
    assert [f[2] for f in found(run, "baris_tahun_lain", "pindah_datang_2024.xls")] == [7]
    assert found(run, "baris_tanpa_tanggal") == [(CSV, "pengaduan_masyarakat_2024", 11,
                                                   "Tanggal")]
    assert found(run, "lembar_tidak_dipakai") == [("Data Ormas.xlsx", "Ormas", None, None)]
    assert found(run, "target_perubahan_dibaca") and found(run, "perubahan_tanda")
    # The tables staff keep were read as their Tabel, not reported as unknown sheets.
    assert not found(run, "lembar_tidak_dikenali") and not found(run, "katalog_kolom_tabel")
    assert cerme["code"] == 1  # two warnings


def test_json_follows_the_catalogue(cerme):
    indikator = cerme["summary"]["indikator"]
    assert list(indikator) == CODES
    assert indikator["kegiatan_pembinaan"]["nilai"] == 14.0
    assert indikator["kegiatan_pembinaan"]["pembilang"] == 14
    assert indikator["penurunan_sengketa"]["jumlah_tahun_n"] == 6
    assert indikator["penurunan_sengketa"]["jumlah_tahun_n_1"] == 8
    # Its row names PermenPAN-RB 14/2017 and the settings choose no rule set:
    # 87,5 is B there (76,61-88,30), A only under 16/2014's bands (81,26-100).
    assert indikator["ikm"]["responden"] == 4 and indikator["ikm"]["mutu"] == "B"
    assert indikator["ikm"]["aturan"] == "14/2017"
    notes = [(m["lembar"], m["baris"]) for m in cerme["summary"]["masalah"]
             if m["kode"] == "skm_aturan_katalog"]
    assert notes == [("Indikator", 4)]
    assert not [m for m in cerme["summary"]["masalah"] if m["kode"] == "skm_aturan_lama"]
    assert cerme["summary"]["kecamatan"] == "Cerme"


def test_iku_sheet_follows_the_catalogue(cerme):
    sheet = cerme["book"]["IKU"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(cells) if row[0] == "NO")
    first = header + 2  # Excel row of the first indicator
    merged = {str(m) for m in sheet.merged_cells.ranges}
    # Sasaran 1 spans its three rows, sasaran 4 its two; the others stand alone.
    assert {f"A{first}:A{first + 2}", f"B{first}:B{first + 2}",
            f"A{first + 5}:A{first + 6}"} <= merged
    assert not any(m.startswith(f"A{first + 3}:") for m in merged)
    texts = [v for row in cells[:header] for v in row if isinstance(v, str)]
    assert "Membantu Bupati dalam penyelenggaraan pemerintahan di wilayah Kecamatan Cerme" \
        in texts
    assert "Pengkoordinasian kegiatan pemberdayaan masyarakat;" in texts  # its 'a.' dropped
    rows = {r[2]: r for r in cells[header + 1:header + 10]}
    assert "Jumlah pengaduan yang diselesaikan" in \
        rows["Persentase pengaduan masyarakat yang diselesaikan"][3]
    kegiatan = sheet.cell(first + 5, 8)  # REALISASI of the count of activities
    assert kegiatan.value.startswith("=Perhitungan!") and '" kegiatan"' in kegiatan.number_format
    lama = sheet.cell(first + 2, 8)
    assert '" hari"' in lama.number_format and "0.00" in lama.number_format


def test_perhitungan_shows_each_way(cerme):
    sheet = cerme["book"]["Perhitungan"]
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=5) if r[1].value}
    count = rows["Jumlah kegiatan pembinaan kelembagaan masyarakat"]
    assert count[2].value == 14 and count[3].value == "-"
    assert count[5].value == f"=C{count[5].row}"        # the count itself, live
    mean = rows["Rata-rata lama penyelesaian pengaduan"]
    assert (mean[2].value, mean[3].value) == (37.5, 6) and mean[5].value == f"=C{mean[5].row}/" \
        f"D{mean[5].row}"
    typed = rows["Nilai evaluasi SAKIP kecamatan"]
    assert typed[5].value == 72.5 and typed[4].value == "diisi langsung"
    detail = [r for r in sheet.iter_rows(values_only=True) if r[1] and "tahun n" in str(r[1])]
    assert [(r[1], r[2]) for r in detail] == [("Jumlah data tahun n (2024)", 6),
                                               ("Jumlah data tahun n-1 (2023)", 8)]


def test_tables_read_as_their_tabel(cerme):
    read = [(r[0], r[1], r[2]) for r in cerme["book"]["Cara Data Dibaca"].iter_rows(
        values_only=True) if r[2] and str(r[2]).startswith("tabel ")]
    assert sorted(read) == [
        ("Kegiatan Pembinaan 2024.xlsx", "Kegiatan Pembinaan", "tabel Kegiatan Pembinaan"),
        ("Keuangan Desa.xlsx", "Realisasi APBDes 2024", "tabel Realisasi APBDes"),
        ("Sengketa Tanah.xlsx", "Register", "tabel Sengketa Tanah"),
        (CSV, "pengaduan_masyarakat_2024", "tabel Pengaduan"),
        ("pindah_datang_2024.xls", "Register", "tabel Pindah Datang")]


@pytest.mark.parametrize("rumus", ["Sesuai dokumen IKU", "Penurunan biasa"])
def test_arah_turun_on_a_decrease_scores_a_bigger_fall_higher(tmp_path, rumus):
    """Staff write Arah 'Turun' on 'Persentase penurunan sengketa tanah'
    (fewer disputes are better). Counted as Turun the fall of 33,33 % against
    a wanted 20 % would score (2 x -20 + 33,33) / -20 = 33,33 %; it is a
    decrease, so the bigger fall scores higher: 166,67 % under either formula
    ((8 - 6) / 8 = 25 % against 20: 125 % with the usual one), with a note."""
    import cerme

    catalogue = [list(row) for row in cerme.CATALOGUE]
    row = next(r for r in catalogue if r[8] == "penurunan_sengketa")
    row[17] = "Turun"
    folder = tmp_path / "input"
    cerme.make_folder(folder)
    settings = folder / "Pengaturan dan IKU Cerme 2024.xlsx"
    cerme.settings_workbook(settings, catalogue=catalogue)
    book = openpyxl.load_workbook(settings)
    sheet = book["Pengaturan"]
    for cells in sheet.iter_rows():
        if cells[0].value == "Rumus Penurunan Pelanggaran Perda":
            cells[1].value = rumus
    book.save(settings)
    run = analyse(folder)
    result = run.results["penurunan_sengketa"]
    expected = 100 / 3 / 20 * 100 if rumus.startswith("Sesuai") else 125.0
    assert result.capaian.nilai == pytest.approx(expected, abs=1e-9)
    assert run.catalogue.row("penurunan_sengketa").arah == "naik"
    notes = [(f.sheet, f.column, f.value) for f in run.findings
             if f.code == "katalog_arah_penurunan"]
    assert notes == [("Indikator", "Arah", "Turun")]


def test_a_syarat_word_no_row_holds_is_warned_with_the_words_there(tmp_path):
    """A typo in a Syarat ('Selesia', 'Dibatalakan') matches nothing: counted
    as written (never guessed) and warned, naming the words the column holds."""
    import cerme

    catalogue = [list(row) for row in cerme.CATALOGUE]
    row = next(r for r in catalogue if r[8] == "pengaduan_selesai")
    row[13], row[14] = "Status = Selesia", "Status <> Dibatalakan"
    folder = cerme.make_folder(tmp_path / "input")
    cerme.settings_workbook(folder / "Pengaturan dan IKU Cerme 2024.xlsx", catalogue=catalogue)
    run = analyse(folder)
    result = run.results["pengaduan_selesai"]
    # Nothing is 'Selesia'; nothing is 'Dibatalakan', so the cancelled one stays below:
    # 2024's rows dated or undated in 2024 (11 of 13): 0 of 11.
    assert (result.pembilang, result.penyebut) == (0, 11)
    said = [(f.file, f.column, f.value, f.params["isi"]) for f in run.findings
            if f.code == "syarat_kata_tidak_ada"]
    held = "Selesai, Proses, Belum Selesai, Dibatalkan, SELESAI, selesai"
    assert said == [(CSV, "Status", "Selesia", held), (CSV, "Status", "Dibatalakan", held)]
    assert all(severity_of(f).value == "peringatan" for f in run.findings
               if f.code == "syarat_kata_tidak_ada")


def test_the_catalogues_own_words_raise_no_such_warning(cerme):
    assert not [f for f in cerme["run"].findings if f.code == "syarat_kata_tidak_ada"]


def test_a_target_typed_as_a_fraction_is_warned_where_it_was_written(tmp_path):
    """Target 0,8 for a % indicator (80 meant): 70 / 0,8 = 8.750 %, warned on
    the catalogue's Target cell, not on the settings sheet; a missing target
    says where targets go."""
    import cerme

    from iku_excel.messages import tindakan_of

    catalogue = [list(row) for row in cerme.CATALOGUE]
    row = next(r for r in catalogue if r[8] == "pengaduan_selesai")
    row[18] = 0.8
    blank = next(r for r in catalogue if r[8] == "apbdes_tepat_waktu")
    blank[18] = None
    folder = cerme.make_folder(tmp_path / "input")
    cerme.settings_workbook(folder / "Pengaturan dan IKU Cerme 2024.xlsx", catalogue=catalogue)
    run = analyse(folder)
    assert run.results["pengaduan_selesai"].capaian.nilai == pytest.approx(70 / 0.8 * 100)
    excel_row = 4 + catalogue.index(row)
    high = [f for f in run.findings if f.code == "capaian_sangat_tinggi"]
    assert [(f.file, f.sheet, f.row, f.column) for f in high] == [
        ("Pengaturan dan IKU Cerme 2024.xlsx", "Indikator", excel_row, "Target")]
    assert f"lembar Indikator baris {excel_row}, kolom Target" in tindakan_of(high[0])
    missing = run.results["apbdes_tepat_waktu"].capaian
    assert missing.sebab == "target belum diisi" and "lembar Indikator" in missing.saran


def test_a_blank_kolom_tanggal_beside_longer_date_headings_is_warned(cerme, tmp_path):
    """Cerme's APBDes table has 'Tahun Anggaran' and 'Tanggal Penetapan', no plain
    'Tanggal': with Kolom Tanggal blank every row counts, whatever its year,
    and the warning names those columns; written '-', nothing is said."""
    said = [(f.row, f.column, f.params["kolom_tanggal"]) for f in cerme["run"].findings
            if f.code == "katalog_tanpa_kolom_tanggal"]
    assert said == [(7, "Kolom Tanggal", '"Tahun Anggaran", "Tanggal Penetapan"')]
    import cerme as made

    catalogue = [list(row) for row in made.CATALOGUE]
    next(r for r in catalogue if r[8] == "apbdes_tepat_waktu")[16] = "-"
    folder = made.make_folder(tmp_path / "input")
    made.settings_workbook(folder / "Pengaturan dan IKU Cerme 2024.xlsx", catalogue=catalogue)
    run = analyse(folder)
    assert not [f for f in run.findings if f.code == "katalog_tanpa_kolom_tanggal"]
    assert run.results["apbdes_tepat_waktu"].nilai == cerme["run"].results[
        "apbdes_tepat_waktu"].nilai


def test_the_settings_rule_set_wins_over_the_catalogues_words(tmp_path):
    import cerme

    folder = cerme.make_folder(tmp_path / "input")
    settings = folder / "Pengaturan dan IKU Cerme 2024.xlsx"
    book = openpyxl.load_workbook(settings)
    book["Pengaturan"].append(["Aturan SKM", "PermenPAN-RB 16/2014"])
    book.save(settings)
    run = analyse(folder)
    assert run.results["ikm"].skm.index.rules.code == "16/2014"
    assert run.results["ikm"].skm.index.grade.mutu == "A"   # 87,5 in 81,26-100
    assert not [f for f in run.findings if f.code == "skm_aturan_katalog"]
