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
                  "skm_totals": [Σ answers per element U1..U9] (skm only, optional),
                  "columns": {field key: header as the tool reports it} (optional),
                  "xfail": "reason" (optional: a known package bug)}
  skipped file:  {"skipped": <finding code>}
  unrecognised:  {"unrecognised": true, "findings": [...]}
For "skm" the tool has no fraction: pembilang = Σ of all answers of the valid
questionnaires (sum of SkmResult.totals), penyebut = number of valid
questionnaires (SkmResult.n).
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
from pathlib import Path
from typing import Any, Callable

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
      data("skm", 46, 2, skm_totals=[2, 4, 6, 8, 3, 5, 7, 8, 3], absent=["skm_unsur_urutan"]))
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
#   row 10 blank (no, warned) | row 11 'mungkin' (unknown: row left out)
# -> 6 followed up of 9 usable rows.
@case("18_status_semua_kata.xlsx", data(
    "konflik_ditindaklanjuti", 6, 9,
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
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
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
