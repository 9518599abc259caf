"""Cases 250-299 (issue 17): encodings and cells far away from the table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .kit import PEOPLE, Context, case, data, fill, new_book, save

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
