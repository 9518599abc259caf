"""The survey (SKM): 60 respondents whose element totals are fixed."""

from __future__ import annotations

import random
from pathlib import Path

from .common import (
    as_datetime,
    col_range,
    new_workbook,
    save_deterministic,
    set_widths,
    style_header_cell,
    working_days,
    write_numbering,
    write_row,
    write_signature,
    write_titles,
    write_total_row,
)

SKM_TOTALS = [190, 185, 178, 170, 195, 188, 192, 180, 175]
SKM_RESPONDENTS = 60


def skm_column(rng: random.Random, total: int, n: int = SKM_RESPONDENTS,
               spread: int = 4) -> list[int]:
    """``n`` answers in 2..4 summing to ``total``: all 3s, ``spread`` +1/-1
    pairs for variety, then enough 4s (or 2s) to reach the total."""
    diff = total - 3 * n
    ups = spread + max(diff, 0)
    downs = spread + max(-diff, 0)
    answers = [4] * ups + [2] * downs + [3] * (n - ups - downs)
    rng.shuffle(answers)
    assert sum(answers) == total
    return answers


def make_skm(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Data SKM"
    fixed_headers = ["No", "Tanggal", "Jenis Layanan", "Jenis Kelamin", "Umur",
                     "Pendidikan", "Pekerjaan"]
    n_unsur = len(SKM_TOTALS)
    first_u = len(fixed_headers) + 1
    saran_col = first_u + n_unsur
    ncols = saran_col

    row = write_titles(ws, ["HASIL SURVEI KEPUASAN MASYARAKAT (SKM)",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2017"], ncols)
    # Two-row header: fixed columns and Saran merged vertically,
    # "Unsur Pelayanan" merged horizontally above U1..U9.
    top, sub = row, row + 1
    for col in range(1, ncols + 1):
        style_header_cell(ws.cell(row=top, column=col))
        style_header_cell(ws.cell(row=sub, column=col))
    for col, text in enumerate(fixed_headers, start=1):
        ws.cell(row=top, column=col, value=text)
        ws.merge_cells(start_row=top, start_column=col, end_row=sub, end_column=col)
    ws.cell(row=top, column=first_u, value="Unsur Pelayanan")
    ws.merge_cells(start_row=top, start_column=first_u, end_row=top, end_column=saran_col - 1)
    for i in range(n_unsur):
        ws.cell(row=sub, column=first_u + i, value=f"U{i + 1}")
    ws.cell(row=top, column=saran_col, value="Saran")
    ws.merge_cells(start_row=top, start_column=saran_col, end_row=sub, end_column=saran_col)
    row = write_numbering(ws, sub + 1, ncols)

    columns = [skm_column(rng, total) for total in SKM_TOTALS]
    dates = sorted(rng.sample(working_days(2017), SKM_RESPONDENTS))
    layanan = ["KTP-el", "Kartu Keluarga", "Surat Pindah", "IMB", "Legalisir",
               "Surat Keterangan"]
    pendidikan = ["SD", "SMP", "SMA", "SMA", "SMA", "D3", "S1", "S1", "S2"]
    pekerjaan = ["PNS", "TNI", "POLRI", "Swasta", "Swasta", "Wiraswasta",
                 "Wiraswasta", "Petani", "Petani", "Pelajar", "Lainnya"]
    saran_texts = [
        "Antrean KTP-el agar dipercepat",
        "Ruang tunggu ditambah kursi dan kipas angin",
        "Petugas pelayanan agar datang tepat waktu",
        "Informasi persyaratan ditempel di papan pengumuman",
        "Mohon disediakan nomor antrean",
        "Blangko KTP-el agar selalu tersedia",
        "Pelayanan sudah baik, dipertahankan",
        "Tempat parkir diperluas",
        "Biaya dan waktu penyelesaian agar diumumkan",
        "Perlu kotak saran di ruang pelayanan",
    ]
    saran_rows = set(rng.sample(range(SKM_RESPONDENTS), len(saran_texts)))
    saran_iter = iter(saran_texts)

    first_data = row
    for i in range(SKM_RESPONDENTS):
        saran = next(saran_iter) if i in saran_rows else None
        values = [i + 1, as_datetime(dates[i]), rng.choice(layanan),
                  rng.choice("LP"), rng.randint(18, 70), rng.choice(pendidikan),
                  rng.choice(pekerjaan)]
        values += [columns[u][i] for u in range(n_unsur)]
        values.append(saran)
        row = write_row(ws, row, values)
    last_data = row - 1

    unsur_cols = range(first_u, first_u + n_unsur)
    row = write_total_row(ws, row, ncols, 1, "JUMLAH", {
        c: f"=SUM({col_range(c, first_data, last_data)})" for c in unsur_cols})
    ws.merge_cells(start_row=row - 1, start_column=1, end_row=row - 1, end_column=first_u - 1)
    row = write_total_row(ws, row, ncols, 1, "NRR", {
        c: f"=AVERAGE({col_range(c, first_data, last_data)})" for c in unsur_cols},
        number_format="0.00")
    ws.merge_cells(start_row=row - 1, start_column=1, end_row=row - 1, end_column=first_u - 1)
    write_signature(ws, row, saran_col - 3)

    set_widths(ws, [5, 12, 16, 9, 7, 11, 12] + [6] * n_unsur + [40])
    ws.freeze_panes = ws.cell(row=first_data, column=1)
    path = outdir / "SKM_Kecamatan_Benjeng_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 2. Register pelanggaran Perda
# --------------------------------------------------------------------------
