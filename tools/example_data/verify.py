"""Reopen what was written and assert the hand-computed counts the tests rely on."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from .common import BULAN, DESA, tanggal_indonesia
from .musrenbang import USULAN_KETERANGAN
from .pengaturan import PENGATURAN
from .registers import BULAN_SHEETS, KONFLIK_PER_BULAN, NIHIL_SHEETS, STATUS_FOLLOWED
from .skm import SKM_TOTALS

# --------------------------------------------------------------------------
# Verification: reopen what was written and assert the hand-computed counts
# --------------------------------------------------------------------------

def data_rows(ws, first: int, key_col: int = 1):
    """Rows from ``first`` until the first row whose ``key_col`` is empty."""
    row = first
    while ws.cell(row=row, column=key_col).value not in (None, ""):
        yield [c.value for c in ws[row]]
        row += 1


def tanggal_key(value) -> date:
    """A register date, either a datetime or text like "Senin, 13 Maret 2017"."""
    if isinstance(value, datetime):
        return value.date()
    _, day, month, year = value.replace(",", "").split()
    d = date(int(year), BULAN.index(month) + 1, int(day))
    assert value == tanggal_indonesia(d), value  # weekday name must be right
    return d


def verify(outdir: Path) -> list[str]:
    summary = []

    ws = load_workbook(outdir / "SKM_Kecamatan_Benjeng_2017.xlsx")["Data SKM"]
    assert ws["H6"].value == "U1" and ws["P6"].value == "U9" and ws["H5"].value == "Unsur Pelayanan"
    rows = [r for r in data_rows(ws, 8) if isinstance(r[0], int)]
    assert len(rows) == 60 and ws["A68"].value == "JUMLAH" and ws["A69"].value == "NRR"
    totals = [sum(r[7 + u] for r in rows) for u in range(9)]
    assert totals == SKM_TOTALS and sum(totals) == 1653, totals
    assert all(r[1].year == 2017 for r in rows)
    assert sum(1 for r in rows if r[16]) == 10
    summary.append(f"SKM: 60 respondents, element totals {totals} = {sum(totals)}")

    ws = load_workbook(outdir / "Register_Pelanggaran_Perda_2016-2017.xlsx")["Register"]
    rows = list(data_rows(ws, 7))
    years = [r[1].year if isinstance(r[1], datetime) else int(r[1][-4:]) for r in rows]
    texts = [r[1] for r in rows if isinstance(r[1], str)]
    assert len(rows) == 56
    assert (years.count(2015), years.count(2016), years.count(2017)) == (2, 30, 24)
    assert len(texts) == 6 and all(t.endswith("2017") for t in texts)
    assert [tanggal_key(r[1]) for r in rows] == sorted(tanggal_key(r[1]) for r in rows)
    summary.append(f"Perda: 2015=2, 2016=30, 2017=24 (6 text dates, e.g. {texts[0]!r})")

    wb = load_workbook(outdir / "Laporan_Kejadian_Bulanan_2017.xlsx")
    assert wb.sheetnames == BULAN_SHEETS
    statuses, per_month = [], {}
    for code in BULAN_SHEETS:
        rows = list(data_rows(wb[code], 7, key_col=5))  # Uraian is never empty
        real = [r for r in rows if r[4] != "NIHIL"]
        assert all(r[1].month == BULAN_SHEETS.index(code) + 1 for r in real)
        assert (len(rows) - len(real) == 1) == (code in NIHIL_SHEETS)
        per_month[code] = len(real)
        statuses += [r[6] for r in real]
    assert {k: v for k, v in per_month.items() if v} == KONFLIK_PER_BULAN
    assert per_month["MEI"] == 0 and wb["MEI"]["E7"].value is None
    followed = sum(s in STATUS_FOLLOWED for s in statuses)
    assert len(statuses) == 14 and followed == 12, statuses
    assert {s: statuses.count(s) for s in set(statuses)} == {
        "Sudah": 4, "Selesai": 3, "Proses": 2, "Ya": 2, "Difasilitasi": 1,
        "Belum": 1, "Tidak": 1}
    summary.append("Konflik: 14 conflicts, 12 followed up, 2 not")

    ws = load_workbook(outdir / "Daftar_Hadir_Musrenbang_2017.xlsx")["Daftar Hadir"]
    rows = list(data_rows(ws, 8))
    people = [r for r in rows if isinstance(r[0], int)]
    assert len(rows) == 84 and len(people) == 80
    hadir = [r[4] for r in people]
    assert hadir.count("Ya") == 68 and hadir.count("Tidak") == 12
    assert all((r[5] is None) == (r[4] == "Tidak") for r in people)
    summary.append("Musrenbang: 80 invited, 68 present, 12 absent")

    ws = load_workbook(outdir / "Usulan_Musrenbang_Desa_2017.xlsx")["Usulan"]
    rows = list(data_rows(ws, 7))
    usulan = [r for r in rows if isinstance(r[0], int)]
    assert len(usulan) == 46 and rows[-1][0] == "JUMLAH"
    assert all([r[1] for r in usulan].count(d) == 2 for d in DESA)
    ket = [r[7] for r in usulan]
    assert {k: ket.count(k) for k in USULAN_KETERANGAN} == USULAN_KETERANGAN
    assert ket.count("Direkomendasikan") + ket.count("Prioritas") == 31
    biaya = sum(r[6] for r in usulan)
    summary.append(f"Usulan: 46 proposals, 31 recommended (24+7), 15 not (11+4), "
                   f"total cost Rp {biaya:,}")

    ws = load_workbook(outdir / "Data_Ormas_Kecamatan_Benjeng.xlsx")["Ormas"]
    rows = list(data_rows(ws, 7))
    dibina = [r[5] for r in rows]
    assert len(rows) == 25 and dibina.count("Ya") == 18 and dibina.count("Tidak") == 7
    quarters = [(r[6].month - 1) // 3 + 1 for r in rows if r[5] == "Ya"]
    assert all(isinstance(r[6], datetime) == (r[5] == "Ya") for r in rows)
    assert [quarters.count(q) for q in (1, 2, 3, 4)] == [5, 4, 5, 4]
    summary.append("Ormas: 25 organisations, 18 dibina (dated: 5, 4, 5, 4 per quarter), 7 not")

    ws = load_workbook(outdir / "Lembaga_Ekonomi_Desa_2017.xlsx")["Lembaga Ekonomi"]
    rows = list(data_rows(ws, 7))
    jenis = [r[2] for r in rows]
    tahun = [r[4].year if isinstance(r[4], datetime) else r[4] for r in rows]
    assert len(rows) == 30 and jenis.count("BUMDes") == 23
    assert sorted({r[3] for r in rows if r[2] == "BUMDes"}) == sorted(DESA)
    assert (tahun.count(2017), tahun.count(2016), tahun.count(None)) == (21, 3, 6)
    summary.append("Lembaga ekonomi: 30 (23 BUMDes), pembinaan 2017=21, 2016=3, empty=6")

    ws = load_workbook(outdir / "Pengaturan_IKU_2017.xlsx")["Pengaturan"]
    assert (ws["A3"].value, ws["B3"].value) == ("Uraian", "Isi")
    got = [(ws.cell(row=r, column=1).value, ws.cell(row=r, column=2).value)
           for r in range(4, 4 + len(PENGATURAN))]
    assert got == PENGATURAN, got
    assert ws.cell(row=4 + len(PENGATURAN), column=1).value is None
    summary.append(f"Pengaturan: {len(PENGATURAN)} rows")
    return summary
