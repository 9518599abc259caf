"""The registers of organisations (ormas) and village economic institutions."""

from __future__ import annotations

import random
from pathlib import Path

from .common import (
    DATE_FORMAT,
    DESA,
    as_datetime,
    new_workbook,
    person_name,
    save_deterministic,
    set_widths,
    unique_names,
    working_days,
    write_header,
    write_numbering,
    write_row,
    write_signature,
    write_titles,
)

ORMAS = [
    ("PKK Kecamatan Benjeng", "Pemberdayaan Perempuan", "Kantor Kecamatan Benjeng", "Ya"),
    ("Ranting NU Benjeng", "Keagamaan", "Desa Karangankidul", "Ya"),
    ("Pemuda Pancasila PAC Benjeng", "Kepemudaan", "Desa Bulurejo", "Tidak"),
    ("Gerakan Pemuda Ansor PAC Benjeng", "Kepemudaan", "Desa Deliksumber", "Ya"),
    ("Muslimat NU PAC Benjeng", "Keagamaan", "Desa Kedungrukem", "Ya"),
    ("Fatayat NU PAC Benjeng", "Keagamaan", "Desa Metatu", "Ya"),
    ("Pimpinan Ranting Muhammadiyah Benjeng", "Keagamaan", "Desa Lundo", "Tidak"),
    ("Karang Taruna Kecamatan Benjeng", "Kepemudaan", "Kantor Kecamatan Benjeng", "Ya"),
    ("Karang Taruna Desa Dermo", "Kepemudaan", "Desa Dermo", "Ya"),
    ("Karang Taruna Desa Bengkelolor", "Kepemudaan", "Desa Bengkelolor", "Ya"),
    ("Karang Taruna Desa Sirnoboyo", "Kepemudaan", "Desa Sirnoboyo", "Tidak"),
    ("LPMD Bulurejo", "Pemberdayaan Masyarakat", "Desa Bulurejo", "Ya"),
    ("LPMD Kalipadang", "Pemberdayaan Masyarakat", "Desa Kalipadang", "Ya"),
    ("LPMD Munggugianti", "Pemberdayaan Masyarakat", "Desa Munggugianti", "Tidak"),
    ("Gapoktan Sri Rejeki Balongmojo", "Pertanian", "Desa Balongmojo", "Ya"),
    ("Gapoktan Tani Makmur Jogodalu", "Pertanian", "Desa Jogodalu", "Ya"),
    ("HIPPA Tirto Agung Klampok", "Pertanian", "Desa Klampok", "Tidak"),
    ("Persatuan Guru Republik Indonesia (PGRI) Ranting Benjeng", "Pendidikan",
     "Desa Banter", "Ya"),
    ("Ikatan Pencak Silat NU Pagar Nusa Benjeng", "Seni dan Olahraga",
     "Desa Gluranploso", "Ya"),
    ("Persaudaraan Setia Hati Terate Ranting Benjeng", "Seni dan Olahraga",
     "Desa Jatirembe", "Tidak"),
    ("Paguyuban Seni Jaranan Turonggo Sakti", "Seni Budaya", "Desa Munggugebang", "Ya"),
    ("Forum Kesehatan Desa Kedungsekar", "Kesehatan", "Desa Kedungsekar", "Ya"),
    ("Linmas Kecamatan Benjeng", "Ketertiban", "Kantor Kecamatan Benjeng", "Ya"),
    ("Paguyuban Kepala Desa Kecamatan Benjeng", "Pemerintahan", "Desa Punduttrate", "Ya"),
    ("LSM Gerakan Peduli Lingkungan Benjeng", "Lingkungan Hidup", "Desa Sedapurklagen",
     "Tidak"),
]


ORMAS_GUIDED = 18  # the "Ya" rows of ORMAS


def make_ormas(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Ormas"
    headers = ["No", "Nama Organisasi", "Bidang", "Alamat", "Ketua", "Dibina",
               "Tanggal Pembinaan"]
    ncols = len(headers)
    row = write_titles(ws, ["DATA ORGANISASI KEMASYARAKATAN (ORMAS)",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2017"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)
    ketua = unique_names(rng, len(ORMAS), female_every=4)
    guided = 0
    for i, (nama, bidang, alamat, dibina) in enumerate(ORMAS):
        if nama.startswith(("PKK", "Muslimat", "Fatayat")):
            ketua[i] = person_name(rng, female=True)
        tanggal = None
        if dibina == "Ya":
            # Guidance spread over the year, so every quarter has its own
            # figure (cycle.md); no draw from rng: later files stay as they were.
            tanggal = as_datetime(working_days(2017, 1 + guided * 12 // ORMAS_GUIDED)[7])
            guided += 1
        row = write_row(ws, row, [i + 1, nama, bidang, alamat, ketua[i], dibina, tanggal])
        ws.cell(row=row - 1, column=7).number_format = DATE_FORMAT
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 46, 24, 26, 24, 9, 14])
    path = outdir / "Data_Ormas_Kecamatan_Benjeng.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 7. Lembaga ekonomi desa
# --------------------------------------------------------------------------

BUMDES_PATTERNS = [
    "BUMDes {desa} Sejahtera", "BUMDes Maju Makmur {desa}", "BUMDes Tirta Mandiri {desa}",
    "BUMDes {desa} Berdikari", "BUMDes Sumber Rejeki {desa}", "BUMDes Karya Bersama {desa}",
    "BUMDes {desa} Jaya", "BUMDes Mitra Usaha {desa}",
]
LEMBAGA_LAIN = [
    ("Koperasi Wanita Srikandi Benjeng", "Koperasi", "Bengkelolor"),
    ("Koperasi Simpan Pinjam Sejahtera Bersama", "Koperasi", "Kedungrukem"),
    ("KUD Sri Tani Benjeng", "KUD", "Deliksumber"),
    ("UPK DAPM Mandiri Sejahtera Benjeng", "UPK", "Bulurejo"),
    ("KUB Sumber Rejeki Metatu", "KUB", "Metatu"),
    ("KUB Kerupuk Ikan Makmur Lundo", "KUB", "Lundo"),
    ("Pokmas Ternak Kambing Kedungsekar", "Pokmas", "Kedungsekar"),
]
PEMBINAAN_COUNTS = {2017: 21, 2016: 3, None: 6}
KETERANGAN_PEMBINAAN = [
    "Pembinaan administrasi dan pembukuan",
    "Monitoring penyertaan modal dari Dana Desa",
    "Fasilitasi penyusunan AD/ART",
    "Pembinaan rencana usaha",
    "Evaluasi laporan keuangan",
]


def make_lembaga_ekonomi(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Lembaga Ekonomi"
    headers = ["No", "Nama Lembaga", "Jenis", "Desa", "Tanggal Pembinaan", "Keterangan"]
    ncols = len(headers)
    row = write_titles(ws, ["DATA LEMBAGA EKONOMI DESA",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2017"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)

    lembaga = [(BUMDES_PATTERNS[i % len(BUMDES_PATTERNS)].format(desa=d), "BUMDes", d)
               for i, d in enumerate(DESA)] + LEMBAGA_LAIN
    years = [y for y, n in PEMBINAAN_COUNTS.items() for _ in range(n)]
    rng.shuffle(years)
    for i, (nama, jenis, desa) in enumerate(lembaga):
        year = years[i]
        if year is None:
            tanggal = None
            ket = rng.choice(["Belum dibina", "Belum aktif", None])
        else:
            tanggal = as_datetime(rng.choice(working_days(year)))
            ket = rng.choice(KETERANGAN_PEMBINAAN + [None])
        row = write_row(ws, row, [i + 1, nama, jenis, desa, tanggal, ket])
        ws.cell(row=row - 1, column=5).number_format = DATE_FORMAT
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 38, 10, 16, 14, 40])
    path = outdir / "Lembaga_Ekonomi_Desa_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 8. Pengaturan laporan
