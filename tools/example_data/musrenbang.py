"""The Musrenbang: the attendance list and the desa's proposals."""

from __future__ import annotations

import random
from pathlib import Path

from openpyxl.styles import Alignment

from .common import (
    BOLD,
    BORDER,
    DESA,
    col_range,
    new_workbook,
    save_deterministic,
    set_widths,
    unique_names,
    write_header,
    write_numbering,
    write_row,
    write_signature,
    write_titles,
    write_total_row,
)

MUSRENBANG_UNDANGAN = 80
MUSRENBANG_TIDAK_HADIR = 12


def musrenbang_groups(rng: random.Random) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(heading, [(nama, jabatan, asal)]) for the four groups, 80 people."""
    names = iter(unique_names(rng, MUSRENBANG_UNDANGAN, female_every=6))
    pemdes = [(next(names), "Kepala Desa", f"Desa {d}") for d in DESA]
    bpd = [(next(names), "Ketua BPD", f"Desa {d}") for d in DESA]
    tokoh_jabatan = ["Tokoh Agama", "Tokoh Masyarakat", "Tokoh Pemuda",
                     "Tokoh Perempuan", "Ketua LPMD"]
    tokoh_desa = rng.sample(DESA, 14)
    tokoh = [(next(names), tokoh_jabatan[i % len(tokoh_jabatan)], f"Desa {d}")
             for i, d in enumerate(tokoh_desa)]
    instansi_list = [
        ("Kepala Bidang", "Bappeda Kab. Gresik"),
        ("Staf Perencana", "Bappeda Kab. Gresik"),
        ("Kepala Seksi", "Dinas Pekerjaan Umum dan Tata Ruang"),
        ("Kepala Seksi", "Dinas Pemberdayaan Masyarakat dan Desa"),
        ("Kapolsek", "Polsek Benjeng"),
        ("Danramil", "Koramil Benjeng"),
        ("Kepala Puskesmas", "Puskesmas Benjeng"),
        ("Koordinator", "UPT Dinas Pendidikan Kec. Benjeng"),
        ("Koordinator PPL", "BPP Kecamatan Benjeng"),
        ("Kepala KUA", "KUA Kecamatan Benjeng"),
        ("Kepala UPT", "UPT Pengairan Benjeng"),
        ("Sekretaris Kecamatan", "Kecamatan Benjeng"),
        ("Kasi Pemerintahan", "Kecamatan Benjeng"),
        ("Kasi Pemberdayaan Masyarakat", "Kecamatan Benjeng"),
        ("Kasi Kesejahteraan Sosial", "Kecamatan Benjeng"),
        ("Kasi Trantib", "Kecamatan Benjeng"),
        ("Kasubag Perencanaan dan Keuangan", "Kecamatan Benjeng"),
        ("Ketua TP PKK", "TP PKK Kecamatan Benjeng"),
        ("Pendamping Desa", "P3MD Kecamatan Benjeng"),
        ("Ketua", "UPK DAPM Benjeng"),
    ]
    instansi = [(next(names), jab, asal) for jab, asal in instansi_list]
    return [
        ("A. UNSUR PEMERINTAH DESA", pemdes),
        ("B. UNSUR BPD", bpd),
        ("C. UNSUR TOKOH MASYARAKAT", tokoh),
        ("D. UNSUR INSTANSI / SKPD", instansi),
    ]


def make_daftar_hadir(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Daftar Hadir"
    headers = ["No", "Nama", "Jabatan/Unsur", "Asal Desa/Instansi", "Hadir",
               "Tanda Tangan"]
    ncols = len(headers)
    row = write_titles(ws, ["DAFTAR HADIR",
                            "MUSYAWARAH PERENCANAAN PEMBANGUNAN (MUSRENBANG) KECAMATAN BENJENG",
                            "TAHUN 2017",
                            "Hari/Tanggal: Kamis, 9 Februari 2017"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)

    absent = set(rng.sample(range(MUSRENBANG_UNDANGAN), MUSRENBANG_TIDAK_HADIR))
    no = 0
    for heading, people in musrenbang_groups(rng):
        cell = ws.cell(row=row, column=1, value=heading)
        cell.font = BOLD
        for col in range(1, ncols + 1):
            ws.cell(row=row, column=col).border = BORDER
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        row += 1
        for nama, jabatan, asal in people:
            present = no not in absent
            no += 1  # numbering continues across groups
            ttd = f"{no}. ........" if present else None
            row = write_row(ws, row, [no, nama, jabatan, asal,
                                      "Ya" if present else "Tidak", ttd])
            # Signature marks alternate left / right as on a printed list.
            ws.cell(row=row - 1, column=6).alignment = Alignment(
                horizontal="left" if no % 2 else "right")
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 26, 28, 36, 8, 18])
    path = outdir / "Daftar_Hadir_Musrenbang_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 5. Usulan Musrenbang desa
# --------------------------------------------------------------------------

USULAN_KETERANGAN = {"Direkomendasikan": 24, "Prioritas": 7,
                     "Tidak Direkomendasikan": 11, "Ditolak": 4}

USULAN = [
    ("Pavingisasi jalan dusun", "Infrastruktur", "450 m x 3 m", (120, 250)),
    ("Pembangunan saluran drainase", "Infrastruktur", "600 m", (150, 300)),
    ("Rehabilitasi saluran irigasi tersier", "Infrastruktur", "800 m", (100, 200)),
    ("Pembangunan tembok penahan tanah (TPT)", "Infrastruktur", "200 m", (80, 160)),
    ("Peningkatan jalan poros desa (aspal)", "Infrastruktur", "1.200 m x 4 m", (300, 600)),
    ("Pembangunan jembatan desa", "Infrastruktur", "1 unit", (200, 400)),
    ("Rehabilitasi gedung PAUD", "Pendidikan", "1 unit", (60, 120)),
    ("Pengadaan alat peraga TK/PAUD", "Pendidikan", "1 paket", (20, 40)),
    ("Pembangunan Polindes", "Kesehatan", "1 unit", (150, 250)),
    ("Pengadaan sarana Posyandu", "Kesehatan", "5 paket", (15, 35)),
    ("Pemberian makanan tambahan balita", "Kesehatan", "120 balita", (20, 40)),
    ("Pelatihan keterampilan UMKM", "Ekonomi", "40 orang", (25, 50)),
    ("Penguatan modal BUMDes", "Ekonomi", "1 paket", (50, 150)),
    ("Pembangunan pasar desa", "Ekonomi", "1 unit", (250, 500)),
    ("Pengadaan alat pertanian (hand traktor)", "Ekonomi", "4 unit", (80, 140)),
    ("Rehabilitasi balai desa", "Sosial Budaya", "1 unit", (100, 200)),
    ("Pembinaan kesenian tradisional", "Sosial Budaya", "1 paket", (15, 30)),
    ("Pembangunan lapangan olahraga", "Sosial Budaya", "1 unit", (100, 180)),
]
DUSUN = ["Krajan", "Kauman", "Tegalsari", "Sumberejo", "Ngampel", "Kedungsari",
         "Sidomulyo", "Karanganyar"]


def make_usulan(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Usulan"
    headers = ["No", "Desa", "Usulan Program/Kegiatan", "Bidang", "Volume", "Lokasi",
               "Perkiraan Biaya (Rp)", "Keterangan"]
    ncols = len(headers)
    biaya_col = 7
    row = write_titles(ws, ["REKAPITULASI USULAN MUSRENBANG DESA",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2017 (UNTUK RKPD TAHUN 2018)"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)

    keterangan = [k for k, n in USULAN_KETERANGAN.items() for _ in range(n)]
    rng.shuffle(keterangan)
    first_data = row
    no = 0
    for desa in DESA:
        for usulan, bidang, volume, (lo, hi) in rng.sample(USULAN, 2):
            biaya = rng.randint(lo // 5, hi // 5) * 5_000_000
            lokasi = f"Dusun {rng.choice(DUSUN)}"
            row = write_row(ws, row, [no + 1, desa, usulan, bidang, volume, lokasi,
                                      biaya, keterangan[no]], {biaya_col: "#,##0"})
            no += 1
    last_data = row - 1
    row = write_total_row(ws, row, ncols, 1, "JUMLAH", {
        biaya_col: f"=SUM({col_range(biaya_col, first_data, last_data)})"},
        number_format="#,##0")
    ws.merge_cells(start_row=row - 1, start_column=1, end_row=row - 1, end_column=biaya_col - 1)
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 16, 40, 14, 14, 18, 18, 24])
    path = outdir / "Usulan_Musrenbang_Desa_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 6. Organisasi kemasyarakatan
# --------------------------------------------------------------------------
