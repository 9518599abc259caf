"""The violations register (two years and a carried-over one) and the monthly
reports of conflicts (one sheet per month, NIHIL months, a month missing)."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from .common import (
    BULAN,
    DESA,
    as_datetime,
    new_workbook,
    save_deterministic,
    set_widths,
    tanggal_indonesia,
    unique_names,
    working_days,
    write_header,
    write_numbering,
    write_row,
    write_signature,
    write_titles,
)

PELANGGARAN = [
    ("Pedagang Kaki Lima di bahu jalan",
     "Perda Kab. Gresik No. 22 Tahun 2004 tentang Ketertiban Umum"),
    ("Bangunan tanpa IMB",
     "Perda Kab. Gresik No. 15 Tahun 2011 tentang Izin Mendirikan Bangunan"),
    ("Reklame tanpa izin",
     "Perda Kab. Gresik No. 2 Tahun 2012 tentang Penyelenggaraan Reklame"),
    ("Penjualan minuman keras",
     "Perda Kab. Gresik No. 15 Tahun 2002 tentang Larangan Peredaran Minuman Beralkohol"),
    ("Membuang sampah sembarangan",
     "Perda Kab. Gresik No. 22 Tahun 2004 tentang Ketertiban Umum"),
    ("Berjualan di atas saluran air",
     "Perda Kab. Gresik No. 22 Tahun 2004 tentang Ketertiban Umum"),
]
TINDAKAN = ["Teguran lisan", "Teguran tertulis", "Penertiban", "Penyitaan barang"]
PERDA_PER_YEAR = {2015: 2, 2016: 30, 2017: 24}
PERDA_TEXT_DATES_2017 = 6


def make_register_perda(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Register"
    headers = ["No", "Hari, Tanggal", "Nama Pelanggar", "Alamat/Desa",
               "Jenis Pelanggaran", "Perda yang Dilanggar", "Tindakan"]
    ncols = len(headers)
    row = write_titles(ws, ["REGISTER PELANGGARAN PERATURAN DAERAH (PERDA)",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2016 - 2017"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)

    dates: list[date] = []
    for year, count in PERDA_PER_YEAR.items():
        # 2015 entries are the tail of the previous register, in December.
        pool = [d for d in working_days(year) if year != 2015 or d.month == 12]
        dates += sorted(rng.sample(pool, count))
    idx_2017 = [i for i, d in enumerate(dates) if d.year == 2017]
    text_rows = set(rng.sample(idx_2017, PERDA_TEXT_DATES_2017))
    names = unique_names(rng, len(dates), female_every=5)

    for i, d in enumerate(dates):
        jenis, perda = rng.choice(PELANGGARAN)
        tanggal = tanggal_indonesia(d) if i in text_rows else as_datetime(d)
        row = write_row(ws, row, [i + 1, tanggal, names[i], f"Desa {rng.choice(DESA)}",
                                  jenis, perda, rng.choice(TINDAKAN)])
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 24, 24, 22, 34, 50, 18])
    path = outdir / "Register_Pelanggaran_Perda_2016-2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 3. Laporan kejadian (konflik) bulanan
# --------------------------------------------------------------------------

BULAN_SHEETS = ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU",
                "SEP", "OKT", "NOV", "DES"]
KONFLIK_PER_BULAN = {"JAN": 2, "MAR": 3, "APR": 1, "JUN": 2, "AGU": 1,
                     "SEP": 2, "OKT": 1, "NOV": 1, "DES": 1}
NIHIL_SHEETS = {"FEB", "JUL"}  # one row saying NIHIL; MEI has no rows at all
# Status in order of the 14 conflicts through the year.
KONFLIK_STATUS = ["Sudah", "Selesai", "Proses", "Sudah", "Ya", "Belum", "Selesai",
                  "Difasilitasi", "Sudah", "Tidak", "Proses", "Ya", "Selesai", "Sudah"]
STATUS_FOLLOWED = {"Sudah", "Selesai", "Proses", "Ya", "Difasilitasi"}

KONFLIK = [
    ("Sengketa batas tanah",
     "Sengketa batas tanah sawah antara dua warga Desa {desa}",
     "Mediasi oleh Camat dan Muspika"),
    ("Perselisihan antarwarga",
     "Perselisihan warga terkait saluran air irigasi di Desa {desa}",
     "Musyawarah di balai Desa {desa} difasilitasi Kecamatan"),
    ("Konflik pengelolaan tanah kas desa",
     "Warga memprotes penyewaan tanah kas Desa {desa}",
     "Klarifikasi kepada Kepala Desa dan BPD {desa}"),
    ("Perkelahian pemuda",
     "Perkelahian pemuda saat acara orkes di Desa {desa}",
     "Dilaporkan ke Polsek Benjeng"),
    ("Perselisihan pembagian bantuan",
     "Protes warga atas daftar penerima bantuan di Desa {desa}",
     "Verifikasi ulang data oleh Kasi Kesos"),
]


def make_laporan_kejadian(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    wb.remove(wb.active)
    headers = ["No", "Tanggal", "Lokasi (Desa)", "Jenis Konflik", "Uraian Kejadian",
               "Tindak Lanjut", "Status"]
    ncols = len(headers)
    status_iter = iter(KONFLIK_STATUS)
    for month, code in enumerate(BULAN_SHEETS, start=1):
        ws = wb.create_sheet(code)
        row = write_titles(ws, ["LAPORAN KEJADIAN BULANAN", "KECAMATAN BENJENG",
                                f"BULAN {BULAN[month - 1].upper()} 2017"], ncols)
        row = write_header(ws, row, headers)
        row = write_numbering(ws, row, ncols)

        count = KONFLIK_PER_BULAN.get(code, 0)
        dates = sorted(rng.sample(working_days(2017, month), count))
        for i, d in enumerate(dates):
            desa = rng.choice(DESA)
            jenis, uraian, tindak = rng.choice(KONFLIK)
            status = next(status_iter)
            if status not in STATUS_FOLLOWED:
                tindak = "-"
            row = write_row(ws, row, [i + 1, as_datetime(d), desa, jenis,
                                      uraian.format(desa=desa), tindak.format(desa=desa),
                                      status])
        if code in NIHIL_SHEETS:
            row = write_row(ws, row, [None, None, None, None, "NIHIL", None, None])
        write_signature(ws, row, ncols - 1)
        set_widths(ws, [5, 12, 16, 30, 48, 40, 12])
    assert next(status_iter, None) is None

    path = outdir / "Laporan_Kejadian_Bulanan_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 4. Daftar hadir Musrenbang
# --------------------------------------------------------------------------
