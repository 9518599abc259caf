"""Write the quirk corpus: one small input file per quirk staff sheets have,
and expected.json with the figures counted by hand for each.

    python tests/corpus/make_corpus.py [--out DIR] [--lo-profile DIR]

Deterministic: fixed workbook dates, fixed zip timestamps, no randomness.
Only the files LibreOffice converts (.xls, .ods) and the tool's own earlier
report carry timestamps we do not control; their *expectations* never change.

expected.json maps file name -> one of
  data file:     {"source": <indicator code>, "pembilang": int, "penyebut": int,
                  "findings": [[code, sheet|null, row|null, column|null], ...],
                  "absent": [codes that must not appear anywhere],
                  "counts": {code: exact number of findings of this file} (optional),
                  "skm_totals": [Σ answers per element U1..Un] (skm only, optional),
                  "columns": {field key: header as the tool reports it} (optional),
                  "also": [other sources the file holds, e.g. "pengaturan"] (optional),
                  "xfail": "reason" (optional: a known package bug)}
  skipped file:  {"skipped": <finding code>}
  unrecognised:  {"unrecognised": true, "findings": [...]}
  summary only:  {"summary": true, "findings": [...]} (a recap or the survey's own
                 tabulation: recognised, never read as data)
For "skm" the tool has no fraction: pembilang = Σ of all answers of the valid
questionnaires (sum of SkmResult.totals), penyebut = number of valid
questionnaires (SkmResult.n). pembilang and penyebut are null where the
indicator is not computed. A settings sheet beside the data is not counted
among the file's tables.
Every expectation is for a run with tahun=2017 and the file alone in its folder.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2017, 12, 29, 8, 0, 0)
ZIP_TIME = (2017, 12, 29, 8, 0, 0)
LO_PROFILE = Path("/tmp/corpus-lo")
# Written by LibreOffice or by the tool itself, with timestamps we do not
# control: same expectations every run, not the same bytes.
NOT_BYTE_STABLE = {"30_xls_asli.xls", "31_ods_asli.ods", "36_laporan_iku_lama.xlsx"}

# Codes that must not appear in a clean data case unless the case expects them.
COMMON_ABSENT = ("berkas_rusak", "lembar_tidak_dikenali", "nilai_tidak_dikenal",
                 "tanggal_tidak_terbaca", "skm_jawaban_tidak_sah", "skm_unsur_kurang",
                 "desa_tidak_dikenal", "rumus_tanpa_nilai")

Builder = Callable[[Path, "Context"], None]
CASES: list[tuple[str, Builder, dict[str, Any]]] = []


class Context:
    def __init__(self, lo_profile: Path) -> None:
        self.lo_profile = lo_profile


def case(name: str, expect: dict[str, Any]) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        CASES.append((name, fn, expect))
        return fn
    return register


def data(source: str, pembilang: int, penyebut: int, findings=(), absent=(),
         counts: dict[str, int] | None = None, xfail: str | None = None,
         **extra: Any) -> dict[str, Any]:
    expected_codes = {f[0] for f in findings} | set(counts or {})
    out: dict[str, Any] = {
        "source": source, "pembilang": pembilang, "penyebut": penyebut,
        "findings": [list(f) for f in findings],
        "absent": sorted((set(COMMON_ABSENT) | set(absent)) - expected_codes),
    }
    if counts:
        out["counts"] = dict(sorted(counts.items()))
    out.update(extra)
    if xfail:
        out["xfail"] = xfail
    return out


# --- writing helpers --------------------------------------------------------

def new_book(creator: str = "Staf Kecamatan Benjeng") -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    book.properties.creator = creator
    book.properties.lastModifiedBy = creator
    book.properties.created = FIXED
    book.properties.modified = FIXED
    return book


def fill(ws, rows: list[list[Any] | None], start: int = 1) -> None:
    """rows[i] goes to Excel row start+i; None or [] is a blank row."""
    for r, row in enumerate(rows, start=start):
        for c, value in enumerate(row or [], start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)


def stable_zip(data: bytes) -> bytes:
    """Same bytes every run: fixed entry times, fixed dcterms:modified."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2017-12-29T08:00:00Z\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, body)
    return out.getvalue()


def save(book: openpyxl.Workbook, path: Path) -> None:
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(stable_zip(buffer.getvalue()))


def xlsx_bytes(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return stable_zip(buffer.getvalue())


def soffice_convert(source_book: openpyxl.Workbook, stem: str, target: str, path: Path,
                    ctx: Context) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the .xls and .ods cases")
    with tempfile.TemporaryDirectory(prefix="corpus-lo-") as tmp:
        source = Path(tmp) / f"{stem}.xlsx"
        save(source_book, source)
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        subprocess.run([soffice, f"-env:UserInstallation={ctx.lo_profile.as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(outdir),
                        str(source)], check=True, capture_output=True, timeout=180)
        produced = outdir / f"{stem}.{target}"
        if not produced.exists():
            raise SystemExit(f"LibreOffice wrote no {produced.name}")
        shutil.copyfile(produced, path)


def title(ws, text: str, row: int, last_col: int) -> None:
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)


HADIR_HEADER = ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Hadir"]
PEOPLE = [
    ("Suparno", "Kepala Desa", "Desa Bulurejo"),
    ("Sri Wahyuni", "Sekretaris Desa", "Desa Metatu"),
    ("H. Abdul Rochim", "Tokoh Agama", "Desa Lundo"),
    ("Kasiyati", "Ketua TP PKK", "Desa Banter"),
    ("Moch. Ichwan", "Ketua BPD", "Desa Dermo"),
    ("Eko Prasetyo", "Kasi Pemerintahan", "Kecamatan Benjeng"),
]


# ==========================================================================
# The cases. Row numbers are Excel's (1-based); every figure counted by hand.
# ==========================================================================

# Hadir: rows 8-12 Ya, Ya, Tidak, Ya, Tidak -> 3 present of 5 invited.
@case("01_enam_baris_judul.xlsx", data("partisipasi_musrenbang", 3, 5))
def _(path: Path, ctx: Context) -> None:
    book = new_book()
    ws = book.active
    ws.title = "Daftar Hadir"
    for row, text in enumerate([
            "PEMERINTAH KABUPATEN GRESIK", "KECAMATAN BENJENG",
            "DAFTAR HADIR MUSRENBANG KECAMATAN BENJENG TAHUN 2017",
            "Hari/Tanggal : Rabu, 15 Februari 2017",
            "Tempat : Pendopo Kecamatan Benjeng", "Pukul : 08.00 WIB s/d selesai"], start=1):
        title(ws, text, row, 5)
    rows = [HADIR_HEADER]
    for i, (hadir, person) in enumerate(zip(["Ya", "Ya", "Tidak", "Ya", "Tidak"], PEOPLE), 1):
        rows.append([i, *person, hadir])
    fill(ws, rows, start=7)  # header row 7, data rows 8-12
    save(book, path)


# SKM, header rows 2-3: "Unsur Pelayanan" merged C2:K2 above U1..U9; No and
# Jenis Layanan merged down A2:A3, B2:B3. Respondents rows 4-7:
#   r4 3 3 3 3 3 3 3 3 3 = 27   r5 4 x9 = 36
#   r6 3 4 3 4 3 4 3 4 3 = 31   r7 2 3 3 3 3 3 3 3 2 = 25
# totals U1..U9 = 12 14 13 14 13 14 13 14 12 (Σ 119 = 27+36+31+25), n = 4.
@case("02_header_dua_baris_unsur.xlsx",
      data("skm", 119, 4, skm_totals=[12, 14, 13, 14, 13, 14, 13, 14, 12]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM 2017"
    title(ws, "REKAP HASIL SURVEI KEPUASAN MASYARAKAT KECAMATAN BENJENG 2017", 1, 11)
    ws["A2"], ws["B2"], ws["C2"] = "No", "Jenis Layanan", "Unsur Pelayanan"
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:K2")
    for i in range(1, 10):
        ws.cell(row=3, column=2 + i, value=f"U{i}")
    fill(ws, [
        [1, "KTP-el", 3, 3, 3, 3, 3, 3, 3, 3, 3],
        [2, "Kartu Keluarga", 4, 4, 4, 4, 4, 4, 4, 4, 4],
        [3, "KTP-el", 3, 4, 3, 4, 3, 4, 3, 4, 3],
        [4, "Akta Kelahiran", 2, 3, 3, 3, 3, 3, 3, 3, 2],
    ], start=4)
    save(book, path)


# Usulan: header row 3, numbering row 4 (1..7), proposals rows 5-8:
# Ya, Ya, Tidak, Ya -> 3 recommended of 4. A numbering row read as data
# would give "7" in Direkomendasikan (nilai_tidak_dikenal).
@case("03_baris_penomoran.xlsx", data("usulan_direkomendasikan", 3, 4))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Usulan"
    title(ws, "DAFTAR USULAN MUSRENBANG DESA TAHUN 2017", 1, 7)
    fill(ws, [
        ["No", "Desa", "Usulan Program/Kegiatan", "Bidang", "Volume", "Perkiraan Biaya (Rp)",
         "Direkomendasikan"],
        [1, 2, 3, 4, 5, 6, 7],
        [1, "Bulurejo", "Pengaspalan jalan desa", "Infrastruktur", "500 m", 150000000, "Ya"],
        [2, "Metatu", "Pembangunan saluran irigasi", "Infrastruktur", "200 m", 80000000, "Ya"],
        [3, "Lundo", "Pelatihan menjahit", "Ekonomi", "20 orang", 15000000, "Tidak"],
        [4, "Kalipadang", "Rehab posyandu", "Kesehatan", "1 unit", 50000000, "Ya"],
    ], start=3)
    save(book, path)


# Hadir (xlsxwriter, so the formula keeps its cached value): rows 4-9 with
# Hadir 1 1 0 1 1 0 -> 4 of 6; row 10 "JUMLAH" (A10:D10) and =SUM(E4:E9) = 4.
@case("04_baris_jumlah_rumus_sum.xlsx",
      data("partisipasi_musrenbang", 4, 6, absent=["rumus_dihitung"]))
def _(path: Path, ctx: Context) -> None:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"author": "Seksi Pemerintahan", "created": FIXED})
    ws = book.add_worksheet("Hadir")
    ws.merge_range("A1:E1", "DAFTAR HADIR MUSRENBANG KECAMATAN BENJENG 2017")
    ws.write_row("A3", ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Hadir (1/0)"])
    for i, (person, hadir) in enumerate(zip(PEOPLE, [1, 1, 0, 1, 1, 0])):
        ws.write_row(3 + i, 0, [i + 1, *person, hadir])
    ws.merge_range("A10:D10", "JUMLAH")
    ws.write_formula("E10", "=SUM(E4:E9)", None, 4)
    book.close()
    path.write_bytes(stable_zip(buffer.getvalue()))


# Lembaga ekonomi: rows 4-6 Dibina Ya, Tidak, Ya -> 2 of 3; row 7 blank, then
# the signature block in column D (the Desa column): D8 "Mengetahui,",
# D9 "Camat Benjeng", D12 name, D13 NIP - none of it data.
@case("05_tanda_tangan_di_bawah.xlsx", data("lembaga_ekonomi_dibina", 2, 3,
                                             absent=["nilai_kosong_dianggap_tidak"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Lembaga Ekonomi"
    title(ws, "DATA LEMBAGA EKONOMI DESA KECAMATAN BENJENG TAHUN 2017", 1, 5)
    fill(ws, [
        ["No", "Nama Lembaga", "Jenis", "Desa", "Dibina"],
        [1, "BUMDes Makmur Jaya", "BUMDes", "Bulurejo", "Ya"],
        [2, "Koperasi Tani Sejahtera", "Koperasi", "Metatu", "Tidak"],
        [3, "KUB Batik Tulis", "KUB", "Lundo", "Ya"],
        None,
        [None, None, None, "Mengetahui,"],
        [None, None, None, "Camat Benjeng"],
        None,
        None,
        [None, None, None, "NURYADI, S.Pd. MM."],
        [None, None, None, "NIP. 19671020 198803 1 009"],
    ], start=3)
    save(book, path)


# Konflik: header row 3; conflicts rows 4, 6, 9, 10 (rows 5, 7, 8 blank):
# Status Ya, Sudah, Belum, Tidak -> 2 followed up of 4.
@case("06_baris_kosong_di_tengah.xlsx", data("konflik_ditindaklanjuti", 2, 4,
                                             absent=["nilai_kosong_dianggap_tidak"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Konflik 2017"
    title(ws, "LAPORAN KEJADIAN KONFLIK KECAMATAN BENJENG TAHUN 2017", 1, 7)
    fill(ws, [
        ["No", "Tanggal", "Desa", "Jenis Konflik", "Uraian", "Tindak Lanjut", "Status"],
        [1, dt.datetime(2017, 1, 10), "Banter", "Sengketa batas tanah", "Batas sawah",
         "Mediasi oleh kecamatan", "Ya"],
        None,
        [2, dt.datetime(2017, 3, 2), "Klampok", "Perkelahian pemuda", "Saat hajatan",
         "Dipertemukan di balai desa", "Sudah"],
        None,
        None,
        [3, dt.datetime(2017, 6, 21), "Jogodalu", "Sengketa waris", "Antar saudara", "-",
         "Belum"],
        [4, dt.datetime(2017, 9, 5), "Dermo", "Perselisihan pengairan sawah", "Giliran air",
         "Rapat desa", "Tidak"],
    ], start=3)
    save(book, path)


# Hadir with group headings: A4 "A. UNSUR PEMERINTAH DESA" (merged A4:E4) and
# B7 "B. UNSUR TOKOH MASYARAKAT" (in the Nama column, as many staff type it).
# People rows 5, 6, 8, 9: Ya, Ya, Tidak, Ya -> 3 of 4.
@case("07_judul_kelompok.xlsx", data(
    "partisipasi_musrenbang", 3, 4))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Daftar Hadir"
    title(ws, "DAFTAR HADIR MUSRENBANG KECAMATAN BENJENG 2017", 1, 5)
    fill(ws, [
        HADIR_HEADER,
        None,  # A4 heading, merged below
        [1, *PEOPLE[0], "Ya"],
        [2, *PEOPLE[1], "Ya"],
        [None, "B. UNSUR TOKOH MASYARAKAT"],
        [3, *PEOPLE[2], "Tidak"],
        [4, *PEOPLE[3], "Ya"],
    ], start=3)
    title(ws, "A. UNSUR PEMERINTAH DESA", 4, 5)
    save(book, path)


# Ormas with column F (Dibina) hidden: rows 4-7 Ya, Tidak, Ya, Ya -> 3 of 4;
# kolom_tersembunyi reported as "F (Dibina)".
@case("08_kolom_tersembunyi.xlsx", data(
    "ormas_dibina", 3, 4, findings=[["kolom_tersembunyi", "Ormas", None, "F (Dibina)"]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Ormas"
    title(ws, "REGISTER ORGANISASI KEMASYARAKATAN 2017", 1, 6)
    fill(ws, [
        ["No", "Nama Organisasi", "Bidang", "Alamat", "Ketua", "Dibina"],
        [1, "Karang Taruna Tunas Bangsa", "Kepemudaan", "Desa Bulurejo", "Agus Salim", "Ya"],
        [2, "Fatayat NU Ranting Metatu", "Keagamaan", "Desa Metatu", "Siti Aminah", "Tidak"],
        [3, "Paguyuban Seni Jaranan", "Seni Budaya", "Desa Lundo", "Sukarji", "Ya"],
        [4, "LSM Peduli Lingkungan", "Lingkungan", "Desa Banter", "Hartono", "Ya"],
    ], start=3)
    ws.column_dimensions["F"].hidden = True
    save(book, path)


# Usulan on a hidden sheet "Usulan 2017" (the visible Sheet1 is empty):
# rows 2-4 Ya, Tidak, Ya -> 2 of 3.
@case("09_lembar_tersembunyi.xlsx", data(
    "usulan_direkomendasikan", 2, 3,
    findings=[["lembar_tersembunyi", "Usulan 2017", None, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    book.active.title = "Sheet1"
    ws = book.create_sheet("Usulan 2017")
    fill(ws, [
        ["No", "Desa", "Usulan Kegiatan", "Direkomendasikan"],
        [1, "Bengkelolor", "Paving jalan dusun", "Ya"],
        [2, "Jatirembe", "Pembangunan gapura", "Tidak"],
        [3, "Kedungsekar", "Sumur bor pertanian", "Ya"],
    ])
    ws.sheet_state = "hidden"
    save(book, path)


# SKM, every cell text ('1', '4', ...). Rows 2-4:
#   4 3 3 4 3 3 4 3 3 = 30   3 x9 = 27   4 x9 = 36
# totals 11 10 10 11 10 10 11 10 10 (Σ 93), n = 3.
@case("10_angka_sebagai_teks.xlsx",
      data("skm", 93, 3, skm_totals=[11, 10, 10, 11, 10, 10, 11, 10, 10]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [
        ["No"] + [f"U{i}" for i in range(1, 10)],
        ["1", "4", "3", "3", "4", "3", "3", "4", "3", "3"],
        ["2"] + ["3"] * 9,
        ["3"] + ["4"] * 9,
    ])
    save(book, path)


# SKM answered as questionnaire letters (a=1 .. d=4), upper and lower case:
#   c x9 = 27;  d d C D c d c d c = 4+4+3+4+3+4+3+4+3 = 32;
#   b c c c b c c c c = 2+3+3+3+2+3+3+3+3 = 25
# totals 9 10 9 10 8 10 9 10 9 (Σ 84), n = 3.
@case("11_skm_huruf.xlsx", data("skm", 84, 3, skm_totals=[9, 10, 9, 10, 8, 10, 9, 10, 9]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "Kuesioner"
    fill(ws, [
        ["No", "Jenis Kelamin"] + [f"U{i}" for i in range(1, 10)],
        [1, "L"] + ["c"] * 9,
        [2, "P", "d", "d", "C", "D", "c", "d", "c", "d", "c"],
        [3, "L", "b", "c", "c", "c", "b", "c", "c", "c", "c"],
    ])
    save(book, path)


# SKM answered in words (skm_rules.ANSWER_WORDS):
#   r2 Sangat Sesuai 4, Mudah 3, Cepat 3, Gratis 4, Sesuai 3, Kompeten 3,
#      Sopan dan Ramah 3, Baik 3, Baik 3                        = 29
#   r3 Sesuai 3, Sangat Mudah 4, Kurang Cepat 2, Murah 3, Sangat Sesuai 4,
#      Sangat Kompeten 4, Sangat Sopan dan Ramah 4, Sangat Baik 4, Cukup 2 = 30
#   r4 Kurang Sesuai 2, Mudah 3, Sangat Cepat 4, Gratis 4, Sesuai 3, Kompeten 3,
#      Sopan dan Ramah 3, Dikelola dengan Baik 4, Kurang Baik 2 = 28
# totals 9 10 9 11 10 10 10 11 7 (Σ 87), n = 3.
@case("12_skm_kata.xlsx", data("skm", 87, 3, skm_totals=[9, 10, 9, 11, 10, 10, 10, 11, 7]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [
        ["No"] + [f"U{i}" for i in range(1, 10)],
        [1, "Sangat Sesuai", "Mudah", "Cepat", "Gratis", "Sesuai", "Kompeten",
         "Sopan dan Ramah", "Baik", "Baik"],
        [2, "Sesuai", "Sangat Mudah", "Kurang Cepat", "Murah", "Sangat Sesuai",
         "Sangat Kompeten", "Sangat Sopan dan Ramah", "Sangat Baik", "Cukup"],
        [3, "Kurang Sesuai", "Mudah", "Sangat Cepat", "Gratis", "Sesuai", "Kompeten",
         "Sopan dan Ramah", "Dikelola dengan Baik", "Kurang Baik"],
    ])
    save(book, path)


# SKM headers named by element, shuffled. In the 16/2014 order
# (persyaratan prosedur waktu biaya produk kompetensi perilaku maklumat pengaduan):
#   r2 1 2 3 4 1 2 3 4 1 = 21     r3 1 2 3 4 2 3 4 4 2 = 25
# totals 2 4 6 8 3 5 7 8 3 (Σ 46), n = 2.
SHUFFLED = ["Waktu Pelayanan", "Persyaratan", "Biaya/Tarif", "Penanganan Pengaduan",
            "Prosedur", "Maklumat Pelayanan", "Kompetensi Pelaksana",
            "Produk Spesifikasi Jenis Pelayanan", "Perilaku Pelaksana"]


@case("13_skm_nama_unsur_acak.xlsx",
      data("skm", 46, 2, skm_totals=[2, 4, 6, 8, 3, 5, 7, 8, 3], absent=["skm_unsur_dipetakan"]))
def _(path: Path, ctx: Context) -> None:
    order = ["Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif",
             "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana",
             "Perilaku Pelaksana", "Maklumat Pelayanan", "Penanganan Pengaduan"]
    answers = [dict(zip(order, [1, 2, 3, 4, 1, 2, 3, 4, 1])),
               dict(zip(order, [1, 2, 3, 4, 2, 3, 4, 4, 2]))]
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "IKM"
    fill(ws, [["No", *SHUFFLED]] + [[i, *(a[h] for h in SHUFFLED)]
                                     for i, a in enumerate(answers, 1)])
    save(book, path)


# SKM: r2 4 x9 = 36; r3 U3 blank; r4 U7 = 5; r5 2 3 3 3 3 3 3 3 3 = 26.
# Rows 3 and 4 left out whole -> n = 2, totals 6 7 7 7 7 7 7 7 7 (Σ 62).
@case("14_skm_jawaban_kosong_dan_5.xlsx", data(
    "skm", 62, 2, skm_totals=[6, 7, 7, 7, 7, 7, 7, 7, 7],
    findings=[["skm_jawaban_tidak_sah", "SKM", 3, "U3"],
              ["skm_jawaban_tidak_sah", "SKM", 4, "U7"]],
    counts={"skm_jawaban_tidak_sah": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [
        ["No"] + [f"U{i}" for i in range(1, 10)],
        [1] + [4] * 9,
        [2, 3, 3, None, 3, 3, 3, 3, 3, 3],
        [3, 3, 3, 3, 3, 3, 3, 5, 3, 3],
        [4, 2] + [3] * 8,
    ])
    save(book, path)


# Pelanggaran, header row 3, "Hari, Tanggal" in every form:
#   r4 real date 16-01-2017, r5 serial 42800 (= 06-03-2017), r6 '12/03/2017',
#   r7 '12 Maret 2017', r8 'Senin, 13 Maret 2017'            -> n = 5 (2017)
#   r9 real date 17-08-2016, r10 '05/11/2016'                 -> n-1 = 2 (2016)
#   r11 '20 Oktober 2015'                                      -> baris_tahun_lain
# Document formula (n - (n-1)) / n: pembilang 5 - 2 = 3, penyebut 5.
@case("15_tanggal_segala_bentuk.xlsx", data(
    "penurunan_pelanggaran_perda", 3, 5,
    findings=[["baris_tahun_lain", "Register", 11, None]],
    counts={"baris_tahun_lain": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Register"
    title(ws, "REGISTER PELANGGARAN PERDA KECAMATAN BENJENG 2015-2017", 1, 7)
    perda = "Perda Kab. Gresik No. 20 Th. 2004"
    fill(ws, [
        ["No", "Hari, Tanggal", "Nama Pelanggar", "Desa", "Jenis Pelanggaran",
         "Perda yang Dilanggar", "Tindakan"],
        [1, dt.datetime(2017, 1, 16), "Slamet", "Bulurejo", "PKL di bahu jalan", perda,
         "Teguran lisan"],
        [2, 42800, "Wahyudi", "Metatu", "Bangunan tanpa IMB", perda, "Teguran tertulis"],
        [3, "12/03/2017", "Sulastri", "Lundo", "PKL di bahu jalan", perda, "Pembinaan"],
        [4, "12 Maret 2017", "Rudi", "Banter", "Reklame tanpa izin", perda, "Pembongkaran"],
        [5, "Senin, 13 Maret 2017", "Joko", "Dermo", "Minuman keras", perda, "Penyitaan"],
        [6, dt.datetime(2016, 8, 17), "Ahmad", "Klampok", "PKL di bahu jalan", perda,
         "Teguran lisan"],
        [7, "05/11/2016", "Darmaji", "Kalipadang", "Bangunan tanpa IMB", perda,
         "Teguran tertulis"],
        [8, "20 Oktober 2015", "Paimin", "Sirnoboyo", "Reklame tanpa izin", perda,
         "Pembongkaran"],
    ], start=3)
    save(book, path)


# Konflik register rows 2-6: two of 2016 (rows 2, 3: baris_tahun_lain) and
# 2017 rows 4-6 Ya, Ya, Tidak -> 2 of 3.
@case("16_konflik_tahun_lain.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["baris_tahun_lain", "Kejadian", 2, None],
              ["baris_tahun_lain", "Kejadian", 3, None]],
    counts={"baris_tahun_lain": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Kejadian"
    fill(ws, [
        ["No", "Tanggal", "Lokasi", "Kejadian", "Status"],
        [1, dt.datetime(2016, 11, 3), "Balongmojo", "Sengketa tanah", "Ya"],
        [2, dt.datetime(2016, 12, 20), "Banter", "Perkelahian antar pemuda", "Tidak"],
        [3, dt.datetime(2017, 2, 14), "Bulurejo", "Sengketa batas desa", "Ya"],
        [4, dt.datetime(2017, 5, 1), "Deliksumber", "Pencurian ternak", "Ya"],
        [5, dt.datetime(2017, 8, 9), "Sirnoboyo", "Perselisihan warga", "Tidak"],
    ])
    save(book, path)


# Konflik, one sheet per month (12 sheets: 11 months + "Petunjuk"), Oktober
# missing. Data from row 4 (title, blank, header):
#   JAN Ya | Februari NIHIL | MARET 2017 empty table | APR Sudah, Tidak |
#   Mei Ya | Juni Belum | Juli Selesai | Agustus Ya | September Proses |
#   Nopember Tidak | Des 2017 Ya
# conflicts 1+2+1+1+1+1+1+1+1 = 10; followed up: JAN, APR Sudah, Mei, Juli,
# Agustus, September, Des = 7 -> 7 of 10. The "Petunjuk" sheet (one line of
# text) is reported as not recognised.
MONTH_SHEETS = [
    ("JAN", 1, ["Ya"]), ("Februari", 2, "NIHIL"), ("MARET 2017", 3, []),
    ("APR", 4, ["Sudah", "Tidak"]), ("Mei", 5, ["Ya"]), ("Juni", 6, ["Belum"]),
    ("Juli", 7, ["Selesai"]), ("Agustus", 8, ["Ya"]), ("September", 9, ["Proses"]),
    ("Nopember", 11, ["Tidak"]), ("Des 2017", 12, ["Ya"]),
]


@case("17_konflik_bulanan_12_lembar.xlsx", data(
    "konflik_ditindaklanjuti", 7, 10,
    findings=[["bulan_tidak_ada", None, None, None],
              ["lembar_tidak_dikenali", "Petunjuk", None, None]],
    counts={"bulan_tidak_ada": 1, "lembar_tidak_dikenali": 1},
    absent=["nilai_kosong_dianggap_tidak", "baris_tahun_lain"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    book.remove(book.active)
    desa = ["Dermo", "Lundo", "Metatu", "Banter", "Klampok", "Bulurejo", "Jogodalu",
            "Sirnoboyo", "Kedungrukem", "Munggugebang", "Balongtunjung", "Punduttrate"]
    for name, month, statuses in MONTH_SHEETS:
        ws = book.create_sheet(name)
        title(ws, f"LAPORAN KEJADIAN KONFLIK BULAN {name.upper()} 2017", 1, 6)
        fill(ws, [["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"]],
             start=3)
        if statuses == "NIHIL":
            title(ws, "NIHIL", 4, 6)
            continue
        for i, status in enumerate(statuses):
            fill(ws, [[i + 1, dt.datetime(2017, month, 10 + i), desa[month - 1 + i],
                       "Perselisihan warga", "Mediasi", status]], start=4 + i)
    note = book.create_sheet("Petunjuk")
    note["A1"] = "Isi satu lembar per bulan. Bila tidak ada kejadian, tulis NIHIL."
    save(book, path)


# Konflik status in every word, rows 2-11:
#   Ya Sudah Selesai Proses Difasilitasi ✓ (yes, 6) | Tidak Belum (no, 2) |
#   row 10 blank (no, warned) | row 11 'mungkin' (unknown: kept, counted as no, warned)
# -> 6 followed up of 10 rows.
@case("18_status_semua_kata.xlsx", data(
    "konflik_ditindaklanjuti", 6, 10,
    findings=[["nilai_kosong_dianggap_tidak", "Konflik", 10, "Status"],
              ["nilai_tidak_dikenal", "Konflik", 11, "Status"]],
    counts={"nilai_kosong_dianggap_tidak": 1, "nilai_tidak_dikenal": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Konflik"
    statuses = ["Ya", "Sudah", "Selesai", "Proses", "Difasilitasi", "✓", "Tidak", "Belum",
                None, "mungkin"]
    desa = ["Dermo", "Lundo", "Metatu", "Banter", "Klampok", "Bulurejo", "Jogodalu",
            "Sirnoboyo", "Kedungrukem", "Munggugebang"]
    rows = [["No", "Tanggal", "Desa", "Jenis Konflik", "Status"]]
    for i, (status, name) in enumerate(zip(statuses, desa), 1):
        rows.append([i, dt.datetime(2017, i, 5), name, "Perselisihan warga", status])
    fill(ws, rows)
    save(book, path)


# Usulan decided in "Keterangan": Direkomendasikan, Tidak Direkomendasikan,
# Ditolak, Prioritas, Direkomendasikan -> 3 of 5.
@case("19_usulan_keputusan_kata.xlsx", data("usulan_direkomendasikan", 3, 5))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Usulan Desa"
    fill(ws, [
        ["No", "Desa", "Usulan Program/Kegiatan", "Bidang", "Keterangan"],
        [1, "Balongmojo", "Normalisasi saluran", "Infrastruktur", "Direkomendasikan"],
        [2, "Banter", "Pengadaan seragam linmas", "Trantib", "Tidak Direkomendasikan"],
        [3, "Dermo", "Pembangunan kantor desa baru", "Infrastruktur", "Ditolak"],
        [4, "Lundo", "Pelatihan pengolahan hasil tani", "Ekonomi", "Prioritas"],
        [5, "Metatu", "Rehab jembatan dusun", "Infrastruktur", "Direkomendasikan"],
    ])
    save(book, path)


# Attendance by signature only, rows 4-9: "ttd", "✓", blank, "(ttd)", "-",
# blank -> 3 signed of 6 invited.
@case("20_hadir_tanda_tangan.xlsx", data("partisipasi_musrenbang", 3, 6))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Daftar Hadir"
    title(ws, "DAFTAR HADIR MUSRENBANG KECAMATAN 2017", 1, 5)
    marks = ["ttd", "✓", None, "(ttd)", "-", None]
    fill(ws, [["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Tanda Tangan"]]
         + [[i, *p, m] for i, (p, m) in enumerate(zip(PEOPLE, marks), 1)], start=3)
    save(book, path)


# Lembaga ekonomi by Tanggal Pembinaan, rows 2-6: 12-04-2017, 05-09-2017
# (guided), 03-10-2016 (registered, not guided in 2017), blank, blank -> 2 of 5.
@case("21_lembaga_tanggal_pembinaan.xlsx", data("lembaga_ekonomi_dibina", 2, 5))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Lembaga"
    fill(ws, [
        ["No", "Nama Lembaga", "Jenis", "Desa", "Tanggal Pembinaan"],
        [1, "BUMDes Sumber Rejeki", "BUMDes", "Deliksumber", dt.datetime(2017, 4, 12)],
        [2, "Koperasi Wanita Melati", "Koperasi", "Gluranploso", dt.datetime(2017, 9, 5)],
        [3, "KUD Tani Makmur", "KUD", "Bengkelolor",
         dt.datetime(2016, 10, 3)],
        [4, "UPK Mandiri", "UPK", "Jatirembe", None],
        [5, "Pokmas Sido Rukun", "Pokmas", "Kedungsekar", None],
    ])
    for row in range(2, 5):
        ws.cell(row=row, column=5).number_format = "dd/mm/yyyy"
    save(book, path)


# Usulan, desa spelled 'Bulang Kulon' (= Bulangkulon, fine) and 'Dermoo'
# (row 3, desa_tidak_dikenal); Ya, Ya, Tidak -> 2 of 3.
@case("22_desa_ejaan.xlsx", data(
    "usulan_direkomendasikan", 2, 3,
    findings=[["desa_tidak_dikenal", "Usulan", 3, "Desa"]],
    counts={"desa_tidak_dikenal": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Usulan"
    fill(ws, [
        ["No", "Desa", "Usulan Kegiatan", "Direkomendasikan"],
        [1, "Bulang Kulon", "Paving jalan lingkungan", "Ya"],
        [2, "Dermoo", "Rehab balai dusun", "Ya"],
        [3, "Kedungsekar", "Pengadaan tenda desa", "Tidak"],
    ])
    save(book, path)


# Hadir 1, 0, =1+0 (no cached value: computed, rumus_dihitung at D4), 1
# -> 3 of 4.
@case("23_rumus_sederhana.xlsx", data(
    "partisipasi_musrenbang", 3, 4, findings=[["rumus_dihitung", "Hadir", 4, "D"]],
    counts={"rumus_dihitung": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Hadir"
    fill(ws, [["No", "Nama", "Jabatan", "Hadir"]]
         + [[i, p[0], p[1], h] for i, (p, h) in enumerate(zip(PEOPLE, [1, 0, "=1+0", 1]), 1)])
    save(book, path)


# Hadir 1, 1, =IF(A1="x",1,0) (no cached value, not computable: left blank,
# rumus_tanpa_nilai at D4, counts as absent), 0 -> 2 of 4.
@case("24_rumus_tidak_terhitung.xlsx", data(
    "partisipasi_musrenbang", 2, 4, findings=[["rumus_tanpa_nilai", "Hadir", 4, "D"]],
    counts={"rumus_tanpa_nilai": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Hadir"
    values = [1, 1, '=IF(A1="x",1,0)', 0]
    fill(ws, [["No", "Nama", "Jabatan", "Hadir"]]
         + [[i, p[0], p[1], h] for i, (p, h) in enumerate(zip(PEOPLE, values), 1)])
    save(book, path)


# CSV as Indonesian Excel saves it: ';', decimal comma, '1.234' thousands,
# Windows-1252 ('café'). Title line 1, blank line 2, header line 3,
# proposals lines 4-6: Ya, Tidak, Ya -> 2 of 3.
@case("25_csv_titik_koma_cp1252.csv", data("usulan_direkomendasikan", 2, 3))
def _(path: Path, ctx: Context) -> None:
    lines = [
        "DAFTAR USULAN MUSRENBANG DESA 2017;;;;;",
        ";;;;;",
        "No;Desa;Usulan Kegiatan;Volume (km);Perkiraan Biaya (Rp);Direkomendasikan",
        "1;Kedungrukem;Pembangunan café desa wisata;2,5;125.000.000;Ya",
        "2;Gluranploso;Pengerasan jalan usaha tani;1,75;80.500.000,50;Tidak",
        "3;Sedapurklagen;Pelatihan kerajinan anyaman;0,5;15.000.000;Ya",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


# CSV with ',' in UTF-8 with BOM, quoted fields holding commas; ormas rows
# Ya, Tidak, Ya -> 2 of 3.
@case("26_csv_koma_utf8_bom.csv", data("ormas_dibina", 2, 3))
def _(path: Path, ctx: Context) -> None:
    lines = [
        "No,Nama Organisasi,Bidang,Alamat,Ketua,Dibina",
        '1,Karang Taruna Tunas Bangsa,Kepemudaan,"Jl. Raya Benjeng No. 5, Bulurejo",'
        "Agus Salim,Ya",
        '2,Fatayat NU Ranting Metatu,Keagamaan,"Dusun Krajan, Metatu",Siti Aminah,Tidak',
        '3,Sanggar Seni Rupa "Kréasi",Seni Budaya,"RT 02 / RW 01, Lundo",Hj. Muntamah,Ya',
    ]
    path.write_bytes("\ufeff".encode() + ("\r\n".join(lines) + "\r\n").encode("utf-8"))


# An HTML table saved with an .xls name (web export). Title row spans 5
# columns; attendance Ya, Ya, Ya, Tidak -> 3 of 4.
@case("27_html_sebagai.xls", data("partisipasi_musrenbang", 3, 4,
                                  absent=["berkas_ekstensi_lain"]))
def _(path: Path, ctx: Context) -> None:
    rows = "".join(
        f"<tr><td>{i}</td><td>{p[0]}</td><td>{p[1]}</td><td>{p[2]}</td><td>{h}</td></tr>\n"
        for i, (p, h) in enumerate(zip(PEOPLE, ["Ya", "Ya", "Ya", "Tidak"]), 1))
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>Daftar Hadir</title></head>\n<body>\n<table border=\"1\">\n"
        '<tr><td colspan="5"><b>DAFTAR HADIR MUSRENBANG KECAMATAN BENJENG 2017</b></td></tr>\n'
        "<tr><th>No</th><th>Nama</th><th>Jabatan</th><th>Asal Desa/Instansi</th>"
        "<th>Hadir</th></tr>\n" + rows + "</table>\n</body>\n</html>\n")
    path.write_bytes(html.encode("utf-8"))


# Excel 2003 XML (SpreadsheetML) with an .xls name; title row 1, header
# row 3 (ss:Index), lembaga Dibina Ya, Tidak, Ya, Ya -> 3 of 4.
@case("28_excel2003_xml.xls", data("lembaga_ekonomi_dibina", 3, 4,
                                   absent=["berkas_ekstensi_lain"]))
def _(path: Path, ctx: Context) -> None:
    def cell(value: Any) -> str:
        kind = "Number" if isinstance(value, int) else "String"
        return f'<Cell><Data ss:Type="{kind}">{value}</Data></Cell>'

    body = [
        [1, "BUMDes Maju Bersama", "BUMDes", "Punduttrate", "Ya"],
        [2, "Koperasi Simpan Pinjam Rukun", "Koperasi", "Sirnoboyo", "Tidak"],
        [3, "UPK Sejahtera", "UPK", "Klampok", "Ya"],
        [4, "KUB Tenun Ikat", "KUB", "Metatu", "Ya"],
    ]
    rows = ['<Row><Cell ss:MergeAcross="4"><Data ss:Type="String">DATA LEMBAGA EKONOMI '
            "DESA 2017</Data></Cell></Row>",
            '<Row ss:Index="3">' + "".join(cell(h) for h in
                                           ["No", "Nama Lembaga", "Jenis", "Desa", "Dibina"])
            + "</Row>"]
    rows += ["<Row>" + "".join(cell(v) for v in r) + "</Row>" for r in body]
    xml = (
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        ' xmlns:x="urn:schemas-microsoft-com:office:excel"\n'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:html="http://www.w3.org/TR/REC-html40">\n'
        ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">'
        "<Author>Seksi PMD</Author><Created>2017-12-29T08:00:00Z</Created>"
        "</DocumentProperties>\n"
        ' <Worksheet ss:Name="Lembaga Ekonomi">\n  <Table>\n   '
        + "\n   ".join(rows) + "\n  </Table>\n </Worksheet>\n</Workbook>\n")
    path.write_bytes(xml.encode("utf-8"))


# A real xlsx named .xls: read as xlsx, noted berkas_ekstensi_lain.
# Ormas Ya, Tidak, Ya -> 2 of 3.
@case("29_xlsx_bernama_xls.xls", data(
    "ormas_dibina", 2, 3, findings=[["berkas_ekstensi_lain", None, None, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Ormas"
    fill(ws, [
        ["No", "Nama Organisasi", "Alamat", "Dibina"],
        [1, "Muslimat NU Ranting Dermo", "Desa Dermo", "Ya"],
        [2, "Pemuda Pancasila Ranting Benjeng", "Desa Bulurejo", "Tidak"],
        [3, "Kelompok Sadar Wisata", "Desa Lundo", "Ya"],
    ])
    path.write_bytes(xlsx_bytes(book))


# A real Excel 97-2003 .xls (LibreOffice "MS Excel 97"), real dates of 2017;
# konflik Ya, Ya, Tidak, Selesai -> 3 of 4.
@case("30_xls_asli.xls", data("konflik_ditindaklanjuti", 3, 4,
                              absent=["berkas_ekstensi_lain", "baris_tahun_lain"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Konflik"
    fill(ws, [
        ["No", "Tanggal", "Desa", "Jenis Konflik", "Status"],
        [1, dt.datetime(2017, 2, 3), "Dermo", "Sengketa tanah", "Ya"],
        [2, dt.datetime(2017, 4, 18), "Lundo", "Perkelahian", "Ya"],
        [3, dt.datetime(2017, 7, 7), "Banter", "Perselisihan warga", "Tidak"],
        [4, dt.datetime(2017, 11, 30), "Metatu", "Sengketa waris", "Selesai"],
    ])
    for row in range(2, 6):
        ws.cell(row=row, column=2).number_format = "dd/mm/yyyy"
    soffice_convert(book, "30_xls_asli", "xls", path, ctx)


# A real .ods (LibreOffice calc8): SKM 3 x9 = 27 and 4 x9 = 36 -> n = 2,
# totals 7 x9 (Σ 63).
@case("31_ods_asli.ods", data("skm", 63, 2, skm_totals=[7] * 9))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [["No"] + [f"U{i}" for i in range(1, 10)], [1] + [3] * 9, [2] + [4] * 9])
    soffice_convert(book, "31_ods_asli", "ods", path, ctx)


# Excel's lock file: 165 bytes, the owner's name in ASCII and UTF-16.
@case("~$32_kunci_excel.xlsx", {"skipped": "berkas_kunci"})
def _(path: Path, ctx: Context) -> None:
    user = "staf-trantib"
    head = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ")
    tail = len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    path.write_bytes((head + tail).ljust(165, b"\x00"))


@case("desktop.ini", {"skipped": "berkas_bukan_data"})
def _(path: Path, ctx: Context) -> None:
    text = "\r\n[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-184\r\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))


@case("Thumbs.db", {"skipped": "berkas_bukan_data"})
def _(path: Path, ctx: Context) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))


@case("35_pindaian_surat.pdf", {"skipped": "berkas_bukan_data"})
def _(path: Path, ctx: Context) -> None:
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)


# The tool's own earlier report (run on the bundled example data).
@case("36_laporan_iku_lama.xlsx", {"skipped": "berkas_laporan_sendiri"})
def _(path: Path, ctx: Context) -> None:
    from iku_excel.cli import main

    with tempfile.TemporaryDirectory(prefix="corpus-report-") as tmp:
        empty, out = Path(tmp) / "input", Path(tmp) / "output"
        empty.mkdir()
        with contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            main(["run", "--input", str(empty), "--output", str(out), "--tanpa-pdf"])
        reports = sorted(out.glob("*.xlsx"))
        if len(reports) != 1:
            raise SystemExit(f"expected one report from the CLI, found {reports}")
        shutil.copyfile(reports[0], path)


# An inventory list: no IKU table.
@case("37_inventaris_barang.xlsx", {
    "unrecognised": True,
    "findings": [["lembar_tidak_dikenali", "Inventaris", None, None]]})
def _(path: Path, ctx: Context) -> None:
    book = new_book("Subbag Umum")
    ws = book.active
    ws.title = "Inventaris"
    title(ws, "DAFTAR INVENTARIS BARANG KECAMATAN BENJENG 2017", 1, 7)
    fill(ws, [
        ["No", "Nama Barang", "Merk/Type", "Tahun Pembelian", "Jumlah", "Kondisi",
         "Keterangan"],
        [1, "Laptop", "Acer Aspire E5", 2015, 2, "Baik", "Seksi Pemerintahan"],
        [2, "Printer", "Epson L360", 2016, 1, "Baik", None],
        [3, "Meja kerja", "Olympic", 2012, 6, "Rusak ringan", "Ruang pelayanan"],
    ], start=3)
    save(book, path)


# Ormas with odd headers: 'No.', 'NAMA  ORGANISASI (ORMAS)', 'Bidang Kegiatan',
# 'ALAMAT / SEKRETARIAT', 'Dibina?'; answers Ya, ya, TIDAK, Sudah -> 3 of 4.
@case("38_judul_kolom_aneh.xlsx", data("ormas_dibina", 3, 4))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "ORMAS"
    fill(ws, [
        ["No.", "NAMA  ORGANISASI (ORMAS)", "Bidang Kegiatan", "ALAMAT / SEKRETARIAT",
         "Ketua", "Dibina?"],
        [1, "GP Ansor Ranting Klampok", "Kepemudaan", "Desa Klampok", "M. Faizin", "Ya"],
        [2, "Aisyiyah Ranting Benjeng", "Keagamaan", "Desa Bulurejo", "Hj. Sutini", "ya"],
        [3, "Forum Kerukunan Umat", "Sosial", "Desa Metatu", "Drs. Harun", "TIDAK"],
        [4, "Paguyuban Pedagang Pasar", "Ekonomi", "Desa Benjeng", "Sugeng", "Sudah"],
    ])
    save(book, path)


# Hadir with a header split over two rows (not merged): "Asal" in D3 above
# "Desa/Instansi" in D4; rows 5-7 Ya, Tidak, Ya -> 2 of 3.
@case("39_judul_terbelah_asal.xlsx", data("partisipasi_musrenbang", 2, 3))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Daftar Hadir"
    title(ws, "DAFTAR HADIR MUSRENBANG 2017", 1, 5)
    fill(ws, [
        ["No", "Nama", "Jabatan", "Asal", "Hadir"],
        [None, None, None, "Desa/Instansi", None],
        [1, *PEOPLE[0], "Ya"],
        [2, *PEOPLE[1], "Tidak"],
        [3, *PEOPLE[2], "Ya"],
    ], start=3)
    save(book, path)


# Ormas rows 2-4 Ya, Tidak, Ya -> 2 of 3, then the usual signing block:
# row 6 "Benjeng, 29 Desember 2017" in E (the Ketua column), row 7
# "Mengetahui,", row 8 "Camat Benjeng". The place-and-date line (a lone cell
# before the signature words) is not data.
@case("40_tempat_tanggal_ttd.xlsx", data("ormas_dibina", 2, 3,
                                          absent=["nilai_kosong_dianggap_tidak"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Ormas"
    fill(ws, [
        ["No", "Nama Organisasi", "Bidang", "Alamat", "Ketua", "Dibina"],
        [1, "Karang Taruna Bina Remaja", "Kepemudaan", "Desa Jogodalu", "Slamet", "Ya"],
        [2, "PKK Desa Lundo", "Sosial", "Desa Lundo", "Sri Utami", "Tidak"],
        [3, "LPMD Deliksumber", "Pembangunan", "Desa Deliksumber", "H. Masrukan", "Ya"],
        None,
        [None, None, None, None, "Benjeng, 29 Desember 2017"],
        [None, None, None, None, "Mengetahui,"],
        [None, None, None, None, "Camat Benjeng"],
        None,
        None,
        [None, None, None, None, "NURYADI, S.Pd. MM."],
    ])
    save(book, path)


# Hadir with a two-row header where the second row holds two cells: "Asal"
# above "Desa/Instansi" and "Hadir" above "(Ya/Tidak)" (row 4). People rows
# 5-8: Ya, Ya, Tidak, Ya -> 3 of 4; row 4 is header, not a person.
@case("41_judul_dua_baris_dua_sel.xlsx", data(
    "partisipasi_musrenbang", 3, 4,
    columns={"asal": "Asal Desa/Instansi", "hadir": "Hadir (Ya/Tidak)"}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Daftar Hadir"
    title(ws, "DAFTAR HADIR MUSRENBANG 2017", 1, 5)
    fill(ws, [
        ["No", "Nama", "Jabatan", "Asal", "Hadir"],
        [None, None, None, "Desa/Instansi", "(Ya/Tidak)"],
        [1, *PEOPLE[0], "Ya"],
        [2, *PEOPLE[1], "Ya"],
        [3, *PEOPLE[2], "Tidak"],
        [4, *PEOPLE[3], "Ya"],
    ], start=3)
    save(book, path)


# ==========================================================================
# Survey traps (issue 15): cases 150-199.
# ==========================================================================

def _xlsxwriter_book(creator: str) -> tuple[io.BytesIO, xlsxwriter.Workbook]:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"author": creator, "created": FIXED})
    return buffer, book


# A survey app's export of the KepMenPAN 25/2004 questionnaire: U1..U14, an
# id, date-times as real dates. Scored by 25/2004 on its 14 elements (never
# on U1..U9), chosen automatically with a note. Respondents rows 2-7:
#   r2 4 x14 = 56                          r3 3 x14 = 42
#   r4 3 4 3 4 3 4 3 4 3 4 3 4 3 4 = 49    r5 2 3 3 3 3 3 3 3 3 3 3 3 3 2 = 40
#   r6 4 3 4 3 4 3 4 3 4 3 4 3 4 3 = 49    r7 1 2 3 4 1 2 3 4 1 2 3 4 1 2 = 33
# totals 17 19 20 21 18 19 20 21 18 19 20 21 18 18 (Σ 269), n = 6;
# SKM = 269 / (6 x 14) x 25 = 80.0595... -> 80,06, mutu B. (The first nine
# columns alone would give 173 / 54 x 25 = 80,09.) Six respondents are fewer
# than the 150 of 25/2004.
APP_14 = [[4] * 14, [3] * 14, [3, 4] * 7, [2] + [3] * 12 + [2], [4, 3] * 7,
          [1, 2, 3, 4] * 3 + [1, 2]]


@case("150_skm_ekspor_aplikasi_u1_u14.xlsx", data(
    "skm", 269, 6, skm_totals=[17, 19, 20, 21, 18, 19, 20, 21, 18, 19, 20, 21, 18, 18],
    findings=[["skm_aturan_otomatis", "Export", None, None],
              ["skm_sampel_kurang_2004", "Export", None, None],
              ["skm_aturan_2004", "Export", None, None]],
    absent=["skm_unsur_lebih", "skm_unsur_dipetakan"]))
def _(path: Path, ctx: Context) -> None:
    buffer, book = _xlsxwriter_book("e-SKM")
    ws = book.add_worksheet("Export")
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    ws.write_row(0, 0, ["No", "Kode Peserta", "Tanggal Pengisian", "Jenis Layanan",
                        "Jenis Kelamin", *[f"U{i}" for i in range(1, 15)], "Saran"])
    services = ["KTP-el", "Kartu Keluarga", "KTP-el", "Akta Kelahiran", "Surat Pindah", "IMB"]
    for i, answers in enumerate(APP_14):
        row = i + 1
        ws.write_number(row, 0, row)
        ws.write_string(row, 1, f"KPS-2017-{row:04d}")
        ws.write_datetime(row, 2, dt.datetime(2017, 3, 1 + i, 8, 15 + i), when)
        ws.write_row(row, 3, [services[i], "LP"[i % 2], *answers])
        if i == 1:
            ws.write_string(row, 19, "Antrian agar lebih tertib")
    book.close()
    path.write_bytes(stable_zip(buffer.getvalue()))


# The 14 elements named as KepMenPAN 25/2004 names them, in another order,
# one respondent answering in the questionnaire's words. In the 25/2004
# order (prosedur persyaratan kejelasan kedisiplinan tanggung-jawab
# kemampuan kecepatan keadilan kesopanan kewajaran-biaya kepastian-biaya
# kepastian-jadwal kenyamanan keamanan):
#   r5 4 3 3 4 3 3 2 3 4 3 3 2 3 4 = 44     r6 3 x14 = 42
#   r7 Mudah 3, Sangat Sesuai 4, Jelas 3, Sangat Disiplin 4, Bertanggung
#      Jawab 3, Kurang Mampu 2, Cepat 3, Adil 3, Sangat Sopan dan Ramah 4,
#      Wajar 3, Selalu Sesuai 4, Banyak Tepatnya 3, Nyaman 3, Sangat Aman 4 = 46
#   r8 2 2 3 3 2 3 3 2 3 3 2 3 3 2 = 36
# totals 12 12 12 14 11 11 11 11 14 12 12 11 12 13 (Σ 168), n = 4;
# SKM = 168 / 56 x 25 = 75,00, mutu B.
NAMES_2004 = ["Prosedur Pelayanan", "Persyaratan Pelayanan", "Kejelasan Petugas",
              "Kedisiplinan Petugas", "Tanggung Jawab Petugas", "Kemampuan Petugas",
              "Kecepatan Pelayanan", "Keadilan Mendapatkan Pelayanan",
              "Kesopanan dan Keramahan Petugas", "Kewajaran Biaya", "Kepastian Biaya",
              "Kepastian Jadwal", "Kenyamanan Lingkungan", "Keamanan Pelayanan"]
SHUFFLED_2004 = [6, 0, 13, 1, 9, 2, 11, 3, 12, 4, 10, 5, 8, 7]  # sheet column -> element


@case("151_skm_nama_unsur_kepmenpan_acak.xlsx", data(
    "skm", 168, 4, skm_totals=[12, 12, 12, 14, 11, 11, 11, 11, 14, 12, 12, 11, 12, 13],
    findings=[["skm_aturan_otomatis", "IKM 2017", None, None]],
    absent=["skm_unsur_lebih", "skm_unsur_dipetakan"]))
def _(path: Path, ctx: Context) -> None:
    answers = [
        [4, 3, 3, 4, 3, 3, 2, 3, 4, 3, 3, 2, 3, 4],
        [3] * 14,
        ["Mudah", "Sangat Sesuai", "Jelas", "Sangat Disiplin", "Bertanggung Jawab",
         "Kurang Mampu", "Cepat", "Adil", "Sangat Sopan dan Ramah", "Wajar", "Selalu Sesuai",
         "Banyak Tepatnya", "Nyaman", "Sangat Aman"],
        [2, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2],
    ]
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "IKM 2017"
    title(ws, "INDEKS KEPUASAN MASYARAKAT KECAMATAN BENJENG", 1, 16)
    title(ws, "TAHUN 2017", 2, 16)
    fill(ws, [["No", "Pekerjaan", *(NAMES_2004[e] for e in SHUFFLED_2004)]] + [
        [i, job, *(a[e] for e in SHUFFLED_2004)]
        for i, (job, a) in enumerate(zip(["Petani", "Swasta", "PNS", "Wiraswasta"], answers), 1)
    ], start=4)
    save(book, path)


# U1..U12: neither nine elements nor fourteen. The index is not computed
# (the first nine are never scored alone); the finding lists what was found.
@case("152_skm_dua_belas_unsur.xlsx", data(
    "skm", None, None,
    findings=[["skm_unsur_lebih", "SKM", 1, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [["No", *[f"U{i}" for i in range(1, 13)]],
              [1, *[3] * 12], [2, *[4] * 12], [3, *[2, 3] * 6]])
    save(book, path)


# Element names of the PermenPAN-RB 14/2017 list (Sarana, no Maklumat), in
# an order of the office's own, read under the default 16/2014: each column
# by its name, Sarana counted in the place of 16/2014's Maklumat (U8) with a
# note. Sheet order: Pengaduan, Persyaratan, Prosedur, Waktu, Sarana, Biaya,
# Produk, Kompetensi, Perilaku. In the 16/2014 order (persyaratan prosedur
# waktu biaya produk kompetensi perilaku maklumat<-sarana pengaduan):
#   r2 4 3 3 4 3 3 4 2 1 = 27   r3 3 3 2 4 3 4 4 3 2 = 28   r4 2 4 3 4 2 3 3 1 3 = 25
# totals 9 10 8 12 8 10 11 6 6 (Σ 80), n = 3. (In sheet order, as U1..U9,
# they would be 6 9 10 8 6 12 8 10 11.)
ORDER_2017 = ["Penanganan Pengaduan", "Persyaratan", "Sistem, Mekanisme, dan Prosedur",
              "Waktu Penyelesaian", "Sarana dan Prasarana", "Biaya/Tarif",
              "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana"]
SLOT_2014 = [8, 0, 1, 2, 7, 3, 4, 5, 6]  # sheet column -> U of 16/2014


@case("153_skm_nama_unsur_2017_urutan_kantor.xlsx", data(
    "skm", 80, 3, skm_totals=[9, 10, 8, 12, 8, 10, 11, 6, 6],
    findings=[["skm_unsur_dipetakan", "Rekap IKM", 1, "Sarana dan Prasarana"]],
    counts={"skm_unsur_dipetakan": 1}))
def _(path: Path, ctx: Context) -> None:
    by_slot = [[4, 3, 3, 4, 3, 3, 4, 2, 1], [3, 3, 2, 4, 3, 4, 4, 3, 2],
               [2, 4, 3, 4, 2, 3, 3, 1, 3]]
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "Rekap IKM"
    fill(ws, [["No", *ORDER_2017]] + [[i, *(a[slot] for slot in SLOT_2014)]
                                      for i, a in enumerate(by_slot, 1)])
    save(book, path)


# A printed form typed back: eight numbered lines under the header (row 3),
# three of them with no answer at all (rows 6, 9 blank; row 10 a dash in
# every answer) - no respondents, one note; row 8 partly answered (U4-U9
# blank) - left out, each blank cell named; row 11 only its number (not a
# record). Respondents r4 3 x9 = 27, r5 4 x9 = 36, r7 2 3 3 3 3 3 3 3 4 = 27:
# totals 9 10 10 10 10 10 10 10 11 (Σ 90), n = 3.
@case("154_skm_formulir_baris_kosong.xlsx", data(
    "skm", 90, 3, skm_totals=[9, 10, 10, 10, 10, 10, 10, 10, 11],
    findings=[["skm_tanpa_jawaban", "Kuesioner", 6, None],
              ["skm_jawaban_tidak_sah", "Kuesioner", 8, "U4"],
              ["skm_jawaban_tidak_sah", "Kuesioner", 8, "U9"]],
    counts={"skm_tanpa_jawaban": 1, "skm_jawaban_tidak_sah": 6}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "Kuesioner"
    title(ws, "KUESIONER SKM KECAMATAN BENJENG 2017", 1, 12)
    fill(ws, [
        ["No", "Jenis Layanan", "Jenis Kelamin", *[f"U{i}" for i in range(1, 10)]],
        [1, "KTP-el", "L", *[3] * 9],
        [2, "Kartu Keluarga", "P", *[4] * 9],
        [3, "Akta Kelahiran", "L"],
        [4, "KTP-el", "P", 2, *[3] * 7, 4],
        [5, "Kartu Keluarga", "L", 3, 3, 3],
        [6, "Legalisir", "P"],
        [7, "KTP-el", None, *["-"] * 9],
        [8],
    ], start=3)
    save(book, path)


# The same respondents in two sheets of an app's exports (January-June, then
# January-December), told apart by Kode Peserta. Sheet "Jan-Jun" rows 2-5:
#   KP-001 3 x9 = 27, KP-002 4 x9 = 36, KP-003 3 4 3 4 3 4 3 4 3 = 31,
#   KP-004 2 3 3 3 3 3 3 3 2 = 25.
# Sheet "Jan-Des" rows 2-7: KP-001..KP-003 again with the same answers
# (counted once, a note), KP-004 with other answers 3 x9 = 27 (both counted,
# a warning: one person may answer for two services), KP-005 4 4 4 4 3 3 3 3 3
# = 31, KP-006 2 x9 = 18. n = 4 + 3 = 7;
# totals 21 23 22 23 21 22 21 22 20 (Σ 195 = 119 + 27 + 31 + 18).
@case("155_skm_dua_lembar_kode_peserta.xlsx", data(
    "skm", 195, 7, skm_totals=[21, 23, 22, 23, 21, 22, 21, 22, 20],
    findings=[["skm_ganda_id", "Jan-Des", 2, "Kode Peserta"],
              ["skm_id_beda_jawaban", "Jan-Des", 5, "Kode Peserta"]],
    counts={"skm_ganda_id": 1, "skm_id_beda_jawaban": 1}))
def _(path: Path, ctx: Context) -> None:
    first = {"KP-001": [3] * 9, "KP-002": [4] * 9, "KP-003": [3, 4] * 4 + [3],
             "KP-004": [2] + [3] * 7 + [2]}
    later = {**first, "KP-004": [3] * 9, "KP-005": [4] * 4 + [3] * 5, "KP-006": [2] * 9}
    buffer, book = _xlsxwriter_book("e-SKM")
    for name, rows in (("Jan-Jun", first), ("Jan-Des", later)):
        ws = book.add_worksheet(name)
        ws.write_row(0, 0, ["No", "Kode Peserta", "Jenis Layanan",
                            *[f"U{i}" for i in range(1, 10)]])
        for i, (code, answers) in enumerate(rows.items(), 1):
            ws.write_row(i, 0, [i, code, "KTP-el", *answers])
    book.close()
    path.write_bytes(stable_zip(buffer.getvalue()))


# The survey sheet copied whole into the same workbook ("SKM (2)", as Excel
# names a copied sheet): no id, no date, but every row of the copy is in the
# first sheet, so it is counted once, with a note. Rows 2-5 as case 02:
# totals 12 14 13 14 13 14 13 14 12 (Σ 119), n = 4 (not 8).
@case("156_skm_lembar_disalin.xlsx", data(
    "skm", 119, 4, skm_totals=[12, 14, 13, 14, 13, 14, 13, 14, 12],
    findings=[["skm_ganda_baris", "SKM (2)", 2, None]],
    counts={"skm_ganda_baris": 1}, absent=["skm_baris_sama_ragu"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    rows = [["No", "Jenis Kelamin", "Pendidikan", *[f"U{i}" for i in range(1, 10)]],
            [1, "L", "SMA", *[3] * 9], [2, "P", "S1", *[4] * 9],
            [3, "L", "SMP", *[3, 4] * 4, 3], [4, "P", "SMA", 2, *[3] * 7, 2]]
    for index, name in enumerate(("SKM", "SKM (2)")):
        ws = book.active if index == 0 else book.create_sheet(name)
        ws.title = name
        fill(ws, rows)
    save(book, path)


# One sheet a month, each numbered from 1, nothing but the number and the
# answers. FEB row 2 equals JAN row 2 (No 1, all 3): two people may well
# answer alike, and nothing (a date, an id, a suggestion) says they are one:
# both counted, with a warning naming both rows.
#   JAN 3 x9 = 27, 4 x9 = 36, 2 3 3 3 3 3 3 3 3 = 26
#   FEB 3 x9 = 27, 4 4 4 4 4 4 4 4 3 = 35, 3 3 3 3 3 3 3 3 2 = 26
# totals 19 20 20 20 20 20 20 20 18 (Σ 177), n = 6.
@case("157_skm_bulanan_jawaban_sama.xlsx", data(
    "skm", 177, 6, skm_totals=[19, 20, 20, 20, 20, 20, 20, 20, 18],
    findings=[["skm_baris_sama_ragu", "FEB", 2, None]],
    counts={"skm_baris_sama_ragu": 1}, absent=["skm_ganda_baris"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    months = {"JAN": [[3] * 9, [4] * 9, [2] + [3] * 8],
              "FEB": [[3] * 9, [4] * 8 + [3], [3] * 8 + [2]]}
    for index, (name, answers) in enumerate(months.items()):
        ws = book.active if index == 0 else book.create_sheet(name)
        ws.title = name
        fill(ws, [["No", *[f"U{i}" for i in range(1, 10)]]]
             + [[i, *a] for i, a in enumerate(answers, 1)])
    save(book, path)


# A small survey beside its settings: 1.000 service users need 278
# respondents (Krejcie and Morgan); five answered: a warning with the numbers.
#   r2 4 x9 = 36, r3 3 x9 = 27, r4 3 x9 = 27, r5 4 3 4 3 4 3 4 3 4 = 32,
#   r6 2 2 3 3 3 3 3 3 3 = 25
# totals 16 15 17 16 17 16 17 16 17 (Σ 147), n = 5.
@case("158_skm_sampel_kecil.xlsx", data(
    "skm", 147, 5, skm_totals=[16, 15, 17, 16, 17, 16, 17, 16, 17],
    findings=[["skm_sampel_kurang", "SKM", None, None]],
    also=["pengaturan"], absent=["skm_sampel_tanpa_populasi"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [["No", *[f"U{i}" for i in range(1, 10)]], [1, *[4] * 9], [2, *[3] * 9],
              [3, *[3] * 9], [4, *[4, 3] * 4, 4], [5, 2, 2, *[3] * 7]])
    settings = book.create_sheet("Pengaturan")
    # "Populasi ...": a label beginning "Jumlah" is read as a totals row until
    # issue 15's settings part lands (branch i15-read).
    fill(settings, [["Uraian", "Isi"], ["Tahun", 2017],
                    ["Populasi Pengguna Layanan", 1000]])
    save(book, path)


# ==========================================================================
# Issue 15: what is not a record (cases 100-149). Figures counted by hand.
# ==========================================================================

KONFLIK_HEADER = ["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"]
ORMAS_ROWS = [["No", "Nama Organisasi", "Alamat", "Dibina"],
              [1, "Karang Taruna Bina Remaja", "Desa Jogodalu", "Ya"],
              [2, "PKK Desa Lundo", "Desa Lundo", "Tidak"],
              [3, "LPMD Deliksumber", "Desa Deliksumber", "Ya"]]
SKM_HEADER = ["No", "Tanggal"] + [f"U{i}" for i in range(1, 10)]
# Four questionnaires; every element's NRR is a whole number or .25/.5/.75.
SKM_ANSWERS = [[3] * 9, [4] * 9, [3, 3, 3, 3, 4, 4, 4, 4, 2], [2, 3, 3, 3, 3, 3, 3, 3, 3]]
SKM_TOTALS = [sum(a[j] for a in SKM_ANSWERS) for j in range(9)]   # 12,13,13,13,14,14,14,14,12


def sheets(book: openpyxl.Workbook, named: dict[str, list[list[Any] | None]]) -> None:
    book.remove(book.active)
    for name, rows in named.items():
        fill(book.create_sheet(name), rows)


def perda_row(i: int, date: Any, name: str = "") -> list[Any]:
    return [i, date, name or f"Pelanggar {i}", "PKL di bahu jalan",
            "Perda Kab. Gresik No. 22 Tahun 2004"]


PERDA_HEADER = ["No", "Tanggal", "Nama Pelanggar", "Jenis Pelanggaran", "Perda yang Dilanggar"]


# Monthly conflicts JAN (Sudah, Belum) and FEB (Selesai) -> 2 of 3; the REKAP
# sheet counts them per month (Januari 2 1 1, Februari 1 1 0, Maret 0 0 0,
# JUMLAH 3 2 1): a summary, named, never three more "conflicts".
@case("100_konflik_rekap_bulanan.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["lembar_ringkasan", "REKAP", None, None]],
    counts={"lembar_ringkasan": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {
        "JAN": [["LAPORAN KEJADIAN JANUARI 2017"], None, KONFLIK_HEADER,
                [1, dt.datetime(2017, 1, 5), "Dermo", "Sengketa tanah", "Mediasi", "Sudah"],
                [2, dt.datetime(2017, 1, 9), "Lundo", "Perkelahian", "-", "Belum"]],
        "FEB": [["LAPORAN KEJADIAN FEBRUARI 2017"], None, KONFLIK_HEADER,
                [1, dt.datetime(2017, 2, 3), "Banter", "Sengketa batas", "Musyawarah",
                 "Selesai"]],
        "REKAP": [["REKAPITULASI KONFLIK TAHUN 2017"], None,
                  ["No", "Bulan", "Jumlah Konflik", "Ditindaklanjuti", "Belum"],
                  [1, "Januari", 2, 1, 1], [2, "Februari", 1, 1, 0], [3, "Maret", 0, 0, 0],
                  [None, "JUMLAH", 3, 2, 1]],
    })
    save(book, path)


# Ormas register rows 2-4 Ya, Tidak, Ya -> 2 of 3; sheet "Per Desa" counts
# organisations per desa (Nama Organisasi 4/2/5, Dibina 3/0/2): a summary.
@case("101_ormas_rekap_per_desa.xlsx", data(
    "ormas_dibina", 2, 3, findings=[["lembar_ringkasan", "Per Desa", None, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Ormas": ORMAS_ROWS,
                  "Per Desa": [["No", "Desa", "Nama Organisasi", "Dibina"],
                               [1, "Dermo", 4, 3], [2, "Lundo", 2, 0], [3, "Banter", 5, 2]]})
    save(book, path)


# Attendance rows 2-3 Ya, Tidak -> 1 of 2; "Sheet2" has the same header but
# counts per desa in Hadir (4 of 5, 3 of 6): counts in a yes/no column.
@case("102_hadir_kolom_berisi_jumlah.xlsx", data(
    "partisipasi_musrenbang", 1, 2, findings=[["lembar_ringkasan", "Sheet2", None, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Hadir": [["No", "Nama", "Jabatan", "Hadir"],
                            [1, "Suyanto", "Kepala Desa", "Ya"],
                            [2, "Marlikah", "Kepala Desa", "Tidak"]],
                  "Sheet2": [["No", "Nama", "Jabatan", "Hadir"],
                             [1, "Desa Dermo", "Undangan 5", 4],
                             [2, "Desa Lundo", "Undangan 6", 3]]})
    save(book, path)


# Survey "Data": questionnaires rows 4-7; numbered footers rows 8-12 (Jumlah
# Nilai, NRR written as whole numbers 3, Nilai IKM, Mutu Pelayanan, Kinerja):
# never respondents. "Olah Data" tabulates Jumlah/NRR/NRR Tertimbang per
# unsur: a summary. n = 4, totals 12 13 13 13 14 14 14 14 12 (Σ 119).
@case("103_skm_olah_data_dan_footer.xlsx", data(
    "skm", sum(SKM_TOTALS), 4, skm_totals=SKM_TOTALS,
    findings=[["lembar_ringkasan", "Olah Data", None, None],
              ["baris_bukan_data", "Data", 9, None], ["baris_bukan_data", "Data", 12, None]],
    counts={"baris_bukan_data": 5}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Petugas PATEN")
    data_rows = [[i + 1, dt.datetime(2017, 3, 1 + i), *a] for i, a in enumerate(SKM_ANSWERS)]
    sheets(book, {
        "Data": [["DATA SURVEI KEPUASAN MASYARAKAT 2017"], None, SKM_HEADER, *data_rows,
                 [5, "Jumlah Nilai", *SKM_TOTALS], [6, "NRR", *[3] * 9],
                 [7, "Nilai IKM", 82.64], [8, "Mutu Pelayanan", "B"],
                 [9, "Kinerja Unit Pelayanan", "Baik"]],
        "Olah Data": [["PENGOLAHAN DATA SKM"], None, ["No", "Uraian", *SKM_HEADER[2:]],
                      [1, "Jumlah Nilai", *SKM_TOTALS],
                      [2, "NRR", *[t / 4 for t in SKM_TOTALS]],
                      [3, "NRR Tertimbang", *[t / 4 / 9 for t in SKM_TOTALS]]],
    })
    save(book, path)


# Only the survey's tabulation, element by element (NRR per unsur): no
# answers, so no index; the finding says the answers per respondent are needed.
@case("104_skm_ringkasan_nrr_per_unsur.xlsx", {
    "summary": True, "findings": [["skm_hanya_ringkasan", "Hasil SKM", None, None]]})
def _(path: Path, ctx: Context) -> None:
    book = new_book("Petugas PATEN")
    names = ["Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif", "Produk Layanan",
             "Kompetensi Pelaksana", "Perilaku Pelaksana", "Sarana dan Prasarana",
             "Penanganan Pengaduan"]
    sheets(book, {"Hasil SKM": [
        ["HASIL PENGOLAHAN SKM KECAMATAN BENJENG 2017"], None,
        ["No", "Unsur Pelayanan", "Nilai Rata-rata (NRR)", "NRR Tertimbang"],
        *[[i, name, 3.0 + i / 10, round((3.0 + i / 10) / 9, 3)]
          for i, name in enumerate(names, 1)],
        [None, "Nilai IKM", None, 87.5]]})
    save(book, path)


# Only the index, as an app's dashboard export gives it.
@case("105_skm_nilai_indeks_saja.xlsx", {
    "summary": True, "findings": [["skm_hanya_ringkasan", "IKM", None, None]]})
def _(path: Path, ctx: Context) -> None:
    book = new_book("Aplikasi SKM")
    sheets(book, {"IKM": [["NILAI INDEKS KEPUASAN MASYARAKAT 2017"], None,
                          ["Nilai IKM", 80.5], ["Mutu", "B"], ["Kinerja", "Baik"]]})
    save(book, path)


# Proposals rows 2-3 Direkomendasikan, Ditolak -> 1 of 2, and a pivot table of
# them (Row Labels / Count of Usulan / Grand Total): a summary.
@case("106_usulan_tabel_pivot.xlsx", data(
    "usulan_direkomendasikan", 1, 2, findings=[["lembar_ringkasan", "Pivot", None, None]],
    absent=["lembar_tidak_dikenali"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                             [1, "Dermo", "Normalisasi saluran", "Direkomendasikan"],
                             [2, "Lundo", "Gapura desa", "Ditolak"]],
                  "Pivot": [["Row Labels", "Count of Usulan"], ["Dermo", 1], ["Lundo", 1],
                            ["Grand Total", 2]]})
    save(book, path)


# The register and its copy sheet "Ormas (2)" (Excel's name for a copied
# sheet): counted once -> 2 of 3; rows 2-4 of the copy noted.
@case("107_ormas_lembar_salinan.xlsx", data(
    "ormas_dibina", 2, 3, findings=[["baris_ganda", "Ormas (2)", r, None] for r in (2, 3, 4)],
    counts={"baris_ganda": 3}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Ormas (2)": ORMAS_ROWS, "Ormas": ORMAS_ROWS})
    save(book, path)


# JAN (Sudah, Belum) and a year list "Semua 2017" repeating them renumbered
# (rows 2-3) plus one of June (Selesai): 2 of 3, not 3 of 5.
@case("108_konflik_daftar_setahun_dan_bulanan.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["baris_ganda", "Semua 2017", 2, None], ["baris_ganda", "Semua 2017", 3, None]],
    counts={"baris_ganda": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    jan = [[dt.datetime(2017, 1, 5), "Dermo", "Sengketa tanah", "Mediasi", "Sudah"],
           [dt.datetime(2017, 1, 9), "Lundo", "Perkelahian", "-", "Belum"]]
    sheets(book, {"JAN": [KONFLIK_HEADER, [1, *jan[0]], [2, *jan[1]]],
                  "Semua 2017": [KONFLIK_HEADER, [10, *jan[0]], [11, *jan[1]],
                                 [12, dt.datetime(2017, 6, 1), "Banter", "Sengketa batas",
                                  "Mediasi", "Selesai"]]})
    save(book, path)


# An app's export of the register "2016-2017": rows 4-8 of 2017, row 9 of 2016,
# then "Total" numbered 7 with the count 6 (row 10) and "Rata-rata per bulan"
# numbered 8 (row 11): footers. n = 5, n-1 = 1 -> (5 - 1) / 5.
@case("109_pelanggaran_total_bernomor.xlsx", data(
    "penurunan_pelanggaran_perda", 4, 5,
    findings=[["baris_bukan_data", "Data", 10, None], ["baris_bukan_data", "Data", 11, None]],
    counts={"baris_bukan_data": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Aplikasi Trantib")
    sheets(book, {"Data": [
        ["REGISTER PELANGGARAN PERDA 2016-2017"], None, PERDA_HEADER,
        *[perda_row(i, dt.datetime(2017, i, 3)) for i in range(1, 6)],
        perda_row(6, dt.datetime(2016, 7, 1)),
        [7, "Total", None, 6, None], [8, "Rata-rata per bulan", None, "0,5", None]]})
    save(book, path)


# A survey typed into the template under its example line (row 2, "Nama
# Responden", all 4s): the example is no respondent. n = 2, totals 5 x 9.
@case("110_skm_baris_contoh.xlsx", data(
    "skm", 45, 2, skm_totals=[5] * 9,
    findings=[["baris_bukan_data", "Survei", 2, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Petugas PATEN")
    sheets(book, {"Survei": [["No", "Nama Responden", *SKM_HEADER[2:]],
                             [1, "Nama Responden", *[4] * 9],
                             [1, "Sri", *[3] * 9], [2, "Budi", *[2] * 9]]})
    save(book, path)


# Proposals under a "Contoh:" line (row 2): Ditolak, Prioritas -> 1 of 2.
@case("111_usulan_baris_contoh.xlsx", data(
    "usulan_direkomendasikan", 1, 2, findings=[["baris_bukan_data", "Usulan", 2, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                             [1, "Contoh: Dermo", "Contoh: Pengaspalan jalan desa",
                              "Direkomendasikan"],
                             [1, "Dermo", "Saluran", "Ditolak"],
                             [2, "Lundo", "Posyandu", "Prioritas"]]})
    save(book, path)


# Settings read whole: "Jumlah Pelanggaran Perda Tahun 2016" = 30 (year n-1,
# no totals row), "Camat" (no signature line), targets after them, an unknown
# row (noted). Register "2017": 24 violations -> (24 - 30) / 24.
@case("112_pengaturan_jumlah_dan_tahun.xlsx", data(
    "penurunan_pelanggaran_perda", -6, 24,
    findings=[["pelanggaran_tahun_lalu_pengaturan", "Pengaturan", None, None],
              ["pengaturan_tidak_dikenal", "Pengaturan", 10, None]],
    counts={"pengaturan_tidak_dikenal": 1}, absent=["capaian_tidak_dihitung"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {
        "Pengaturan": [["PENGATURAN IKU"], None, ["Uraian", "Isi"],
                       ["Tahun", 2017], ["Jumlah Pelanggaran Perda Tahun 2016", 30],
                       ["Jumlah Pengguna Layanan", 500], ["Camat", "NURYADI, S.Pd. MM."],
                       ["Target Penurunan Pelanggaran Perda (%)", -20],
                       ["Target SKM", 80], ["Catatan Staf", "dibuat Seksi Trantib"]],
        "2017": [PERDA_HEADER, *[perda_row(i, dt.datetime(2017, 1 + i % 12, 1))
                                 for i in range(1, 25)]]})
    save(book, path)


# A settings value saved as a formula without its result (openpyxl, as some
# apps): "=12+18" is computed (30); "=COUNTA(Data!A2:A9)" names another sheet
# and is told, not guessed. Register: 24 of 2017 -> (24 - 30) / 24.
@case("113_pengaturan_rumus_tanpa_nilai.xlsx", data(
    "penurunan_pelanggaran_perda", -6, 24,
    findings=[["rumus_dihitung", "Pengaturan", 5, "B"],
              ["rumus_tanpa_nilai", "Pengaturan", 6, "B"]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {
        "Pengaturan": [["PENGATURAN IKU"], None, ["Uraian", "Isi"], ["Tahun", 2017],
                       ["Jumlah Pelanggaran Perda Tahun 2016", "=12+18"],
                       ["Jumlah Pengguna Layanan", "=COUNTA(Data!A2:A9)"]],
        "Data": [PERDA_HEADER, *[perda_row(i, dt.datetime(2017, 1 + i % 12, 1))
                                 for i in range(1, 25)]]})
    save(book, path)


# An "Uraian | Isi" sheet of meeting notes is no settings sheet (no known
# setting in it): noted, not read as settings. Proposals Ya, Tidak -> 1 of 2.
@case("114_bukan_pengaturan.xlsx", data(
    "usulan_direkomendasikan", 1, 2,
    findings=[["pengaturan_tanpa_isian", "Catatan Rapat", None, None]],
    absent=["pengaturan_tidak_dikenal", "pengaturan_ganda"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Catatan Rapat": [["Uraian", "Isi"], ["Rapat", "Senin, 6 Maret 2017"],
                                    ["Ruang", "Aula Kecamatan"], ["Peserta", "Kades se-Kecamatan"]],
                  "Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Direkomendasikan"],
                             [1, "Dermo", "Jalan", "Ya"], [2, "Lundo", "Saluran", "Tidak"]]})
    save(book, path)


# The 2017 register ("TAHUN 2017") starts with two cases of December 2016
# carried over (rows 4-5): not the record of 2016. n = 4, n-1 unknown -> "-".
@case("115_pelanggaran_tahun_lalu_terbawa.xlsx", data(
    "penurunan_pelanggaran_perda", None, None,
    findings=[["pelanggaran_tahun_lalu_terbawa", "Register", 4, None],
              ["pelanggaran_tahun_lalu_terbawa", "Register", 5, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    dates = [dt.datetime(2016, 12, 28), dt.datetime(2016, 12, 30)] + [
        dt.datetime(2017, m, 10) for m in (1, 3, 5, 8)]
    sheets(book, {"Register": [["REGISTER PELANGGARAN PERDA TAHUN 2017"], None, PERDA_HEADER,
                               *[perda_row(i, d) for i, d in enumerate(dates, 1)]]})
    save(book, path)


# One sheet per year: "2016" (April, December x2 = 3) and "2017" (4 of 2017
# after the same two December rows, carried over and left out): (4 - 3) / 4.
@case("116_pelanggaran_lembar_per_tahun.xlsx", data(
    "penurunan_pelanggaran_perda", 1, 4,
    counts={"pelanggaran_tahun_lalu_terbawa": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    dec = [dt.datetime(2016, 12, 28), dt.datetime(2016, 12, 30)]
    sheets(book, {
        "2016": [PERDA_HEADER, *[perda_row(i, d, f"Lama {i}") for i, d in
                                 enumerate([dt.datetime(2016, 4, 2), *dec], 1)]],
        "2017": [PERDA_HEADER, *[perda_row(i, d) for i, d in enumerate(
            [*dec, *[dt.datetime(2017, m, 10) for m in (1, 3, 5, 8)]], 1)]]})
    save(book, path)


# A register naming no year at all (title "REGISTER PELANGGARAN", sheet
# "Sheet1"): its 2016 rows are only of October-December, the tail carried
# over. n = 3, n-1 unknown -> "-".
@case("117_pelanggaran_tanpa_tahun_ekor_desember.xlsx", data(
    "penurunan_pelanggaran_perda", None, None,
    counts={"pelanggaran_tahun_lalu_terbawa": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    dates = [dt.datetime(2016, 10, 20), dt.datetime(2016, 12, 30),
             dt.datetime(2017, 2, 1), dt.datetime(2017, 4, 1), dt.datetime(2017, 9, 1)]
    sheets(book, {"Sheet1": [["REGISTER PELANGGARAN"], None, PERDA_HEADER,
                             *[perda_row(i, d) for i, d in enumerate(dates, 1)]]})
    save(book, path)


# A web app's export, header "Tgl. Kejadian", dates as text with times:
# rows 2-4 of 2017 (Sudah, Belum, Selesai) -> 2 of 3; rows 5-6 of 2016 left out.
@case("118_konflik_tanggal_aplikasi.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["baris_tahun_lain", "Export", 5, None], ["baris_tahun_lain", "Export", 6, None]],
    counts={"baris_tahun_lain": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Aplikasi Trantib")
    sheets(book, {"Export": [
        ["No", "Tgl. Kejadian", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"],
        [1, "Sabtu, 01 April 2017 - 00:00", "Dermo", "Sengketa", "Mediasi", "Sudah"],
        [2, "01/04/2017 08:15", "Lundo", "Perkelahian", "-", "Belum"],
        [3, "2017-05-02T10:30:00", "Banter", "Sengketa", "Mediasi", "Selesai"],
        [4, "2016-12-30 08:00:00", "Metatu", "Sengketa", "Mediasi", "Sudah"],
        [5, "Jumat, 30 Desember 2016 - 21:00", "Metatu", "Sengketa", "Mediasi", "Sudah"]]})
    save(book, path)


# Header "Tanggal/Waktu", weekdays as staff type them, misspelled too
# ("Sbtu", "Jumaat", "Rebo"): all of 2017 -> Ya, Tidak, Ya -> 2 of 3.
@case("119_konflik_tanggal_waktu_hari.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3, absent=["baris_tahun_lain"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Konflik": [
        ["No", "Tanggal/Waktu", "Desa", "Jenis Konflik", "Status"],
        [1, "Sbtu, 01 April 2017 - 09:00", "Dermo", "Sengketa", "Ya"],
        [2, "Jumaat 17 Maret 2017", "Lundo", "Perkelahian", "Tidak"],
        [3, "Rebo, 15-03-2017 13.30 WIB", "Banter", "Sengketa", "Ya"]]})
    save(book, path)


# Unreadable dates (row 3 "32/13/2017", row 4 "kemarin") are never the report
# year: left out, named. Row 5 blank = year n, row 6 "-" = blank.
# Rows 2, 5, 6: Sudah, Belum, Sudah -> 2 of 3.
@case("120_konflik_tanggal_tak_terbaca.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["tanggal_tidak_terbaca", "Konflik", 3, "Tanggal"],
              ["tanggal_tidak_terbaca", "Konflik", 4, "Tanggal"]],
    counts={"tanggal_tidak_terbaca": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Konflik": [
        KONFLIK_HEADER,
        [1, "12/03/2017", "Dermo", "Sengketa", "Mediasi", "Sudah"],
        [2, "32/13/2017", "Lundo", "Perkelahian", "Mediasi", "Sudah"],
        [3, "kemarin", "Banter", "Sengketa", "Mediasi", "Sudah"],
        [4, None, "Banter", "Sengketa", "Mediasi", "Belum"],
        [5, "-", "Metatu", "Sengketa", "Mediasi", "Sudah"]]})
    save(book, path)


# Status in abbreviations: Sdh, Blm, Tdk, "Sudah dimediasi" -> 2 of 4, no
# unknown word.
@case("121_konflik_singkatan.xlsx", data(
    "konflik_ditindaklanjuti", 2, 4, absent=["nilai_kosong_dianggap_tidak"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Konflik": [
        KONFLIK_HEADER,
        [1, "05/01/2017", "Dermo", "Sengketa", "Mediasi", "Sdh"],
        [2, "06/01/2017", "Lundo", "Sengketa", "-", "Blm"],
        [3, "07/01/2017", "Banter", "Sengketa", "-", "Tdk"],
        [4, "08/01/2017", "Metatu", "Sengketa", "Mediasi", "Sudah dimediasi"]]})
    save(book, path)


# Decisions: Direkomendasikan, Tidak direkomendasikan, Tdk direkomendasikan,
# Belum direkomendasikan, Blm direkomendasikan, Prioritas -> 2 of 6.
@case("122_usulan_tdk_direkomendasikan.xlsx", data("usulan_direkomendasikan", 2, 6))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    words = ["Direkomendasikan", "Tidak direkomendasikan", "Tdk direkomendasikan",
             "Belum direkomendasikan", "Blm direkomendasikan", "Prioritas"]
    sheets(book, {"Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                             *[[i, "Dermo", f"Usulan {i}", w] for i, w in enumerate(words, 1)]]})
    save(book, path)


# No status column; "Tindaklanjut" holds what was done: two actions described
# (rows 2, 5) and "Sudah" (row 7) are follow-ups; "-" (row 3), blank (row 4),
# "Belum ada" (row 6) are not -> 3 of 6.
@case("123_konflik_tindaklanjut_uraian.xlsx", data(
    "konflik_ditindaklanjuti", 3, 6,
    findings=[["tindak_lanjut_uraian", "Konflik", 2, "Tindaklanjut"],
              ["tindak_lanjut_uraian", "Konflik", 5, "Tindaklanjut"],
              ["nilai_kosong_dianggap_tidak", "Konflik", 3, "Tindaklanjut"],
              ["nilai_kosong_dianggap_tidak", "Konflik", 4, "Tindaklanjut"]],
    counts={"tindak_lanjut_uraian": 2, "nilai_kosong_dianggap_tidak": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Konflik": [
        ["No", "Tanggal", "Desa", "Jenis Konflik", "Tindaklanjut"],
        [1, "05/01/2017", "Dermo", "Sengketa tanah", "Mediasi oleh Camat dan Muspika"],
        [2, "06/01/2017", "Lundo", "Perkelahian", "-"],
        [3, "07/01/2017", "Banter", "Sengketa batas", None],
        [4, "08/01/2017", "Metatu", "Perselisihan", "Dilaporkan ke Polsek Benjeng"],
        [5, "09/01/2017", "Dermo", "Perselisihan", "Belum ada"],
        [6, "10/01/2017", "Dermo", "Perselisihan", "Sudah"]]})
    save(book, path)


# "Dipertimbangkan" is no word the tool knows: the row stays, counted as not
# recommended, with a warning. Direkomendasikan, ?, Ditolak -> 1 of 3.
@case("124_usulan_kata_tak_dikenal.xlsx", data(
    "usulan_direkomendasikan", 1, 3,
    findings=[["nilai_tidak_dikenal", "Usulan", 3, "Keterangan"]],
    counts={"nilai_tidak_dikenal": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                             [1, "Dermo", "Jalan", "Direkomendasikan"],
                             [2, "Dermo", "Saluran", "Dipertimbangkan"],
                             [3, "Lundo", "Gapura", "Ditolak"]]})
    save(book, path)


# The printed attendance form typed back: numbered dotted lines where nobody
# signed (rows 3, 5, 6) are absences; "1. ttd", a name, a tick came; "Izin"
# did not -> 3 of 7.
@case("125_hadir_formulir_cetak.xlsx", data(
    "partisipasi_musrenbang", 3, 7,
    findings=[["tanda_tangan_kosong", "Daftar Hadir", r, "Tanda Tangan"] for r in (3, 5, 6)],
    counts={"tanda_tangan_kosong": 3}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Daftar Hadir": [
        ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Tanda Tangan"],
        [1, "Suyanto", "Kepala Desa", "Dermo", "1. ttd"],
        [2, "Marlikah", "Kepala Desa", "Lundo", "2. .........."],
        [3, "H. Abdul Rochim", "Tokoh Agama", "Banter", "3. Abdul"],
        [4, "Slamet", "Ketua BPD", "Metatu", "4. .........."],
        [5, "Wati", "Ketua TP PKK", "Dermo", "...."],
        [6, "Joko", "Ketua LPMD", "Klampok", "✓"],
        [7, "Darmaji", "Ketua LPMD", "Klampok", "Izin"]]})
    save(book, path)


# An ormas register whose status header has a typing slip ("Dibnia"): not
# recognised, and the finding suggests Dibina.
@case("126_ormas_judul_mirip.xlsx", {
    "unrecognised": True, "findings": [["lembar_tidak_dikenali", "Ormas", None, None]]})
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Ormas": [["No", "Nama Organisasi", "Alamat", "Dibnia"],
                            [1, "Karang Taruna", "Dermo", "Ya"], [2, "PKK", "Lundo", "Tidak"]]})
    save(book, path)


# An app's csv without its header row: refused, and the finding says so.
@case("127_hadir_tanpa_judul_kolom.csv", {
    "unrecognised": True, "findings": [["lembar_tanpa_judul_kolom", None, None, None]]})
def _(path: Path, ctx: Context) -> None:
    path.write_bytes(b"1;Suyanto;Kepala Desa;Ya\r\n2;Marlikah;Kepala Desa;Tidak\r\n"
                     b"3;Slamet;Ketua BPD;Ya\r\n")


# Lembaga: "Total Usaha Bersama" (row 2) is a KUB's name, a record; rows 4-5
# "Jumlah" / "Rata-rata" carry numbers in No (3, 4): footers. Ya, Tidak -> 1 of 2.
@case("128_lembaga_jumlah_bernomor.xlsx", data(
    "lembaga_ekonomi_dibina", 1, 2,
    findings=[["baris_bukan_data", "Lembaga", 4, None], ["baris_bukan_data", "Lembaga", 5, None]],
    counts={"baris_bukan_data": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Lembaga": [["No", "Nama Lembaga", "Jenis", "Desa", "Dibina"],
                              [1, "Total Usaha Bersama", "KUB", "Dermo", "Ya"],
                              [2, "BUMDes Lundo Makmur", "BUMDes", "Lundo", "Tidak"],
                              [3, "Jumlah", None, None, 1],
                              [4, "Rata-rata", None, None, "50%"]]})
    save(book, path)


# A survey app's "Excel" export, really an HTML table: every cell text, the
# footers numbered on (7 Total, 8 NRR Per Unsur, 9 NRR Tertimbang, 10 IKM Unit
# Pelayanan; Excel rows 9-12 under a title row and the header). 6 respondents
# answering 3 4 3 3 4 3 3 4 3: totals 18 24 18 18 24 18 18 24 18 (Σ 180).
@case("129_skm_ekspor_aplikasi_html.xls", data(
    "skm", 180, 6, skm_totals=[18, 24, 18, 18, 24, 18, 18, 24, 18],
    findings=[["baris_bukan_data", None, r, None] for r in (9, 10, 11, 12)],
    counts={"baris_bukan_data": 4}, absent=["berkas_ekstensi_lain"]))
def _(path: Path, ctx: Context) -> None:
    answers = [3, 4, 3, 3, 4, 3, 3, 4, 3]
    rows = [[i, f"Responden {i}", "L" if i % 2 else "P", *answers] for i in range(1, 7)]
    totals = [a * 6 for a in answers]
    footers = [[7, "Total", "", *totals],
               [8, "NRR Per Unsur", "", *[f"{t / 6:.2f}".replace(".", ",") for t in totals]],
               [9, "NRR Tertimbang", "", *[f"{t / 54:.3f}".replace(".", ",") for t in totals]],
               [10, "IKM Unit Pelayanan", "", "83,33"]]
    html = ['<html><head><meta charset="utf-8"></head><body><table border="1">',
            '<tr><th colspan="12">REKAP HASIL SURVEI KEPUASAN MASYARAKAT</th></tr>',
            "<tr><th>No</th><th>Nama</th><th>JK</th>"
            + "".join(f"<th>U{i}</th>" for i in range(1, 10)) + "</tr>"]
    html += ["<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows + footers]
    html.append("</table></body></html>")
    path.write_bytes(("\n".join(html) + "\n").encode("utf-8"))


# ==========================================================================
# Issue 17: encodings and far-away cells (cases 250-299).
# ==========================================================================

# Excel's "Unicode Text" (UTF-16, byte-order mark, tabs) saved with a .csv
# name: ormas rows Ya, Ya, Tidak, Ya -> 3 of 4. It was skipped as "not a
# spreadsheet" because of its zero bytes.
@case("250_csv_utf16_tab.csv", data("ormas_dibina", 3, 4))
def _(path: Path, ctx: Context) -> None:
    lines = [
        "No\tNama Organisasi\tBidang\tKetua\tDibina",
        "1\tKarang Taruna Tunas Bangsa\tKepemudaan\tAgus Salim\tYa",
        "2\tFatayat NU Ranting Metatu\tKeagamaan\tSiti Aminah\tYa",
        "3\tSanggar Seni Kréasi\tSeni Budaya\tHj. Muntamah\tTidak",
        "4\tKelompok Tani Sumber Rejeki\tPertanian\tKasiyo\tYa",
    ]
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))


# The same without the byte-order mark, ';' between fields (a web export in
# UTF-16LE): usulan Ya, Tidak, Ya -> 2 of 3.
@case("251_csv_utf16_tanpa_bom.csv", data("usulan_direkomendasikan", 2, 3))
def _(path: Path, ctx: Context) -> None:
    lines = [
        "No;Desa;Usulan Kegiatan;Direkomendasikan",
        "1;Kedungrukem;Pembangunan jalan desa;Ya",
        "2;Gluranploso;Pengerasan jalan usaha tani;Tidak",
        "3;Sedapurklagen;Pelatihan kerajinan anyaman;Ya",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16-le"))


# A CSV copied badly from a flash disk: three NUL bytes, two at the end of the
# header line and one inside "Y\0a" of row 3. Read without them, with a
# warning: hadir Ya, Tidak, Ya, Ya -> 3 of 4 (row 3 counts as Ya).
@case("252_csv_byte_nul.csv", data("partisipasi_musrenbang", 3, 4,
                                   findings=[("teks_nul_dibuang", None, None, None)],
                                   counts={"teks_nul_dibuang": 1}))
def _(path: Path, ctx: Context) -> None:
    rows = [f"{i};{p[0]};{p[1]};{p[2]};{h}"
            for i, (p, h) in enumerate(zip(PEOPLE, ["Ya", "Tidak", "Y\0a", "Ya"]), 1)]
    text = "No;Nama;Jabatan;Asal Desa/Instansi;Hadir\0\0\r\n" + "\r\n".join(rows) + "\r\n"
    path.write_bytes(text.encode("utf-8"))


# Konflik rows 3-6: Ya, Ya, Tidak, Selesai -> 3 of 4, and one stray value far to
# the right (XFD1000) that made the old reader refuse the whole file; now it
# is set aside with a warning and the table is read.
@case("253_sel_jauh_di_kanan.xlsx", data(
    "konflik_ditindaklanjuti", 3, 4, findings=[("sel_jauh_diabaikan", "Konflik", 1000, "XFD")],
    counts={"sel_jauh_diabaikan": 1}, absent=["lembar_terlalu_besar"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Konflik"
    fill(ws, [
        ["No", "Tanggal", "Desa", "Jenis Konflik", "Status"],
        None,
        [1, dt.datetime(2017, 2, 3), "Dermo", "Sengketa tanah", "Ya"],
        [2, dt.datetime(2017, 4, 18), "Lundo", "Perkelahian", "Ya"],
        [3, dt.datetime(2017, 7, 7), "Banter", "Perselisihan warga", "Tidak"],
        [4, dt.datetime(2017, 11, 30), "Metatu", "Sengketa waris", "Selesai"],
    ])
    for row in range(3, 7):
        ws.cell(row=row, column=2).number_format = "dd/mm/yyyy"
    ws["XFD1000"] = "catatan lama"
    save(book, path)


# --------------------------------------------------------------------------

def generate(out: Path, lo_profile: Path = LO_PROFILE) -> dict[str, Any]:
    files = out / "files"
    if files.exists():
        shutil.rmtree(files)
    files.mkdir(parents=True)
    ctx = Context(lo_profile)
    expected: dict[str, Any] = {}
    for name, build, expect in CASES:
        if name in expected:
            raise SystemExit(f"duplicate case {name}")
        build(files / name, ctx)
        expected[name] = expect
    (out / "expected.json").write_text(
        json.dumps(dict(sorted(expected.items())), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    return expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--lo-profile", type=Path, default=LO_PROFILE)
    args = parser.parse_args(argv)
    expected = generate(args.out, args.lo_profile.resolve())
    print(f"{len(expected)} cases written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
