"""Sheet Perhitungan: numerator, denominator and result of every indicator as
live Excel formulas, each written with the value the tool computed, so a
viewer without a calculation engine shows the right number and a reader
who changes a count sees the result follow."""

from __future__ import annotations

from dataclasses import dataclass

from xlsxwriter.utility import xl_rowcol_to_cell

from iku_excel.catalogue.builtin import builtin_source
from iku_excel.catalogue.model import (
    HIGHER_IS_BETTER,
    INDEKS_SKM,
    JUMLAH,
    NILAI,
    PERUBAHAN,
    RATA_RATA,
    CatalogueRow,
)
from iku_excel.indicators.capaian import CATEGORY_BANDS
from iku_excel.indicators.skm_rules import weight_formula
from iku_excel.report.layout import row_height
from iku_excel.report.model import ROMAN, ReportModel
from iku_excel.report.page import banner, new_sheet, setup_page, title
from iku_excel.report.styles import Styles

SHEET = "Perhitungan"
HEADERS = ("NO", "INDIKATOR", "PEMBILANG", "PENYEBUT", "RUMUS", "REALISASI", "TARGET",
           "CAPAIAN (%)", "KATEGORI", "KETERANGAN")
WIDTHS = (5, 40, 12, 12, 26, 12, 12, 12, 16, 60)
C_PEMBILANG, C_PENYEBUT, C_REALISASI, C_TARGET, C_CAPAIAN, C_KATEGORI = 2, 3, 5, 6, 7, 8


def _ref(row: int, col: int) -> str:
    return xl_rowcol_to_cell(row, col)


def kategori_formula(cell: str) -> str:
    """The LKjIP bands as one nested IF on the rounded capaian."""
    formula = f'"{CATEGORY_BANDS[-1][1]}"'
    for lower, name in reversed(CATEGORY_BANDS[:-1]):
        formula = f'IF(ROUND({cell},2)>={lower:g},"{name}",{formula})'
    return f'=IF(ISNUMBER({cell}),{formula},"-")'


@dataclass
class PerhitunganRefs:
    """Where each indicator's figures sit on Perhitungan, decided before any
    sheet is written so the IKU sheet can point at them."""
    model: ReportModel
    first_row: int
    header_row: int
    detail_row: int   # first row of the first change's detail block (n, n-1)

    @classmethod
    def plan(cls, model: ReportModel) -> PerhitunganRefs:
        top = 1 if model.example else 0
        header = top + 4
        first = header + 1
        return cls(model, first, header, first + len(model.rows) + 2)

    def row_of(self, code: str) -> int:
        return self.first_row + [r.indicator.code for r in self.model.rows].index(code)

    @property
    def changes(self) -> list[CatalogueRow]:
        """The rows counting a change (perubahan): each has a block of its two years' counts."""
        return [r.indicator for r in self.model.rows if r.indicator.cara == PERUBAHAN]

    def detail_of(self, code: str) -> int:
        """The row of year n's count in the block of a change; n-1's is the next."""
        return self.detail_row + 4 * [r.code for r in self.changes].index(code)

    @property
    def bands_row(self) -> int:
        return self.detail_row + 4 * len(self.changes) if self.changes else self.detail_row

    def kategori_text(self, code: str) -> str:
        result = self.model.results[code]
        if result.nilai is None:
            return f"Tidak dapat dihitung: {result.sebab}"
        if result.capaian is None or result.capaian.nilai is None:
            return f"Capaian tidak dihitung: {result.capaian.sebab if result.capaian else '-'}"
        return result.capaian.kategori or "-"

    def _row(self, code: str) -> CatalogueRow:
        return next(r.indicator for r in self.model.rows if r.indicator.code == code)

    def write_result_cells(self, sheet, styles: Styles, row: int, col: int, code: str) -> None:
        """TARGET | REALISASI | CAPAIAN | KATEGORI on the IKU sheet, linked here."""
        result = self.model.results[code]
        r = self.row_of(code)
        indicator = self._row(code)
        satuan, fine = indicator.satuan, indicator.cara != INDEKS_SKM
        number = styles.figure(satuan, result.nilai, fine)
        target = result.target
        if target is None:
            sheet.write_string(row, col, "-", styles["dash"])
        elif target.is_range:
            sheet.write_string(row, col, target.text, styles["cell_center"])
        else:
            sheet.write_formula(row, col, f"={SHEET}!{_ref(r, C_TARGET)}",
                                styles.figure(satuan, target.low, fine), target.low)
        if result.nilai is None:
            sheet.write_string(row, col + 1, "-", styles["dash"])
        else:
            sheet.write_formula(row, col + 1, f"={SHEET}!{_ref(r, C_REALISASI)}", number,
                                result.nilai)
        capaian = result.capaian.nilai if result.capaian else None
        if capaian is None:
            sheet.write_string(row, col + 2, "-", styles["dash"])
            sheet.write_string(row, col + 3, self.kategori_text(code), styles["cell"])
        else:
            sheet.write_formula(row, col + 2, f"={SHEET}!{_ref(r, C_CAPAIAN)}",
                                styles["pct2"], capaian)
            sheet.write_formula(row, col + 3, f"={SHEET}!{_ref(r, C_KATEGORI)}",
                                styles["cell_center"], result.capaian.kategori)


def write_perhitungan(workbook, styles: Styles, refs: PerhitunganRefs) -> None:
    model = refs.model
    sheet = new_sheet(workbook, SHEET, WIDTHS)
    row = banner(sheet, model, styles, 0, len(HEADERS) - 1)
    title(sheet, styles, row, len(HEADERS) - 1, "PERHITUNGAN INDIKATOR KINERJA UTAMA")
    title(sheet, styles, row + 1, len(HEADERS) - 1,
          f"Kecamatan {model.kecamatan} - {model.period_text}", "subtitle")
    sheet.merge_range(row + 2, 0, row + 2, len(HEADERS) - 1,
                      "Kolom REALISASI, CAPAIAN dan KATEGORI berisi rumus Excel: bila angka "
                      "PEMBILANG atau PENYEBUT diubah, hasilnya ikut berubah.", styles["small"])
    for col, text in enumerate(HEADERS):
        sheet.write_string(refs.header_row, col, text, styles["header"])
    for no, item in enumerate(model.rows, start=1):
        _indicator_row(sheet, styles, refs, no, item)
    for row in refs.changes:
        _change_detail(sheet, styles, refs, row)
    _bands(sheet, styles, refs.bands_row)
    setup_page(sheet, model, repeat_rows=(refs.header_row, refs.header_row))


def _indicator_row(sheet, styles: Styles, refs: PerhitunganRefs, no: int, item) -> None:
    model = refs.model
    row: CatalogueRow = item.indicator
    code = row.code
    result = model.results[code]
    r = refs.row_of(code)
    sheet.write_number(r, 0, no, styles["cell_center"])
    sheet.write_string(r, 1, row.nama, styles["cell"])
    notes: list[str] = []
    formula, rumus = _counts(sheet, styles, refs, r, item, notes)
    sheet.write_string(r, 4, rumus, styles["cell"])
    number = styles.figure(row.satuan, result.nilai, row.cara != INDEKS_SKM)
    if result.nilai is None:
        sheet.write_string(r, C_REALISASI, "-", styles["dash"])
        notes.insert(0, f"Tidak dapat dihitung: {result.sebab}.")
    elif formula is None:
        sheet.write_number(r, C_REALISASI, result.nilai, number)
    else:
        sheet.write_formula(r, C_REALISASI, formula, number, result.nilai)
    _target_and_capaian(sheet, styles, refs, r, code, number, notes)
    text = " ".join(notes)
    sheet.write_string(r, 9, text, styles["cell"])
    sheet.set_row(r, row_height([(text, WIDTHS[9]), (row.nama, WIDTHS[1])]))


def _counts(sheet, styles: Styles, refs: PerhitunganRefs, r: int, item,
            notes: list[str]) -> tuple[str | None, str]:
    """PEMBILANG and PENYEBUT of one row, as its way of counting has them;
    the realisation's formula over them (None: a figure typed in) and the
    formula in words."""
    model, row = refs.model, item.indicator
    result = model.results[row.code]
    c, d = _ref(r, C_PEMBILANG), _ref(r, C_PENYEBUT)
    if row.cara == INDEKS_SKM:
        skm = result.skm.index if result.skm else None
        _number_or_dash(sheet, styles, r, C_PEMBILANG, sum(skm.totals) if skm else None)
        _number_or_dash(sheet, styles, r, C_PENYEBUT, skm.n if skm else None)
        count = skm.count if skm else 9
        weight = weight_formula(skm.weight_mode if skm else model.settings.bobot_skm, count)
        notes.append(f"Pembilang: jumlah seluruh nilai jawaban {count} unsur; penyebut: jumlah "
                     "responden. Rincian di lembar SKM.")
        if skm:
            notes.append(f"Mutu {skm.grade.mutu} ({skm.grade.kinerja}) menurut {skm.rules.nama}.")
        return f"=ROUND({c}/{d}*{weight}*25,2)", f"ROUND(C / D x {weight} x 25; 2)"
    if row.cara == PERUBAHAN:
        n_cell = _ref(refs.detail_of(row.code), 2)
        n1_cell = _ref(refs.detail_of(row.code) + 1, 2)
        if model.settings.rumus_penurunan == "biasa":
            num, den, rumus = f"={n1_cell}-{n_cell}", f"={n1_cell}", "(n-1 - n) / (n-1) x 100"
        else:
            num, den, rumus = f"={n_cell}-{n1_cell}", f"={n_cell}", "(n - (n-1)) / n x 100"
        if result.pembilang is not None:
            sheet.write_formula(r, C_PEMBILANG, num, styles["int"], result.pembilang)
            sheet.write_formula(r, C_PENYEBUT, den, styles["int"], result.penyebut)
        else:
            sheet.write_string(r, C_PEMBILANG, "-", styles["dash"])
            sheet.write_string(r, C_PENYEBUT, "-", styles["dash"])
        notes.append("Hasil negatif berarti pelanggaran turun (rumus sesuai dokumen IKU)."
                     if model.settings.rumus_penurunan == "dokumen" and _violations(row) else
                     "Hasil negatif berarti angkanya turun (rumus sesuai dokumen IKU)."
                     if model.settings.rumus_penurunan == "dokumen" else
                     "Rumus penurunan biasa (dipilih di Pengaturan).")
        return f"={c}/{d}*100", rumus
    _number_or_dash(sheet, styles, r, C_PEMBILANG, result.pembilang)
    if row.cara in (JUMLAH, NILAI):
        sheet.write_string(r, C_PENYEBUT, "-", styles["dash"])
    else:
        _number_or_dash(sheet, styles, r, C_PENYEBUT, result.penyebut)
    syarat = "; ".join(c.text for c in row.syarat_pembilang)
    if row.cara == NILAI:
        notes.append("Angka diisi langsung di lembar Indikator (kolom Realisasi).")
        return None, "diisi langsung"
    if row.cara == JUMLAH:
        counted = (f"baris yang memenuhi {syarat}" if syarat else "baris") + \
            f" tabel {row.tabel} tahun {model.tahun}"
        notes.append(f"Pembilang: jumlah angka kolom {row.kolom_nilai} pada {counted}."
                     if row.kolom_nilai else f"Pembilang: banyaknya {counted}.")
        return f"={c}", "C"
    if row.cara == RATA_RATA:
        notes.append(f"Pembilang: jumlah angka kolom {row.kolom_nilai}; penyebut: banyaknya "
                     "baris yang angkanya dijumlah" + (f" (syarat {syarat})." if syarat else "."))
        return f"={c}/{d}", "C / D"
    above = item.pembilang_text or f"baris yang memenuhi {syarat}"
    below = item.penyebut_text or "; ".join(c.text for c in row.syarat_penyebut) or \
        "seluruh baris tabel"
    notes.append(f"Pembilang: {above}. Penyebut: {below}.")
    return f"={c}/{d}*100", "C / D x 100"


def _violations(row: CatalogueRow) -> bool:
    source = builtin_source(row.tabel)
    return source is not None and source.code == "pelanggaran"


def _target_and_capaian(sheet, styles, refs, r, code, number, notes) -> None:
    result = refs.model.results[code]
    indicator = next(i.indicator for i in refs.model.rows if i.indicator.code == code)
    target = result.target
    if target is None:
        sheet.write_string(r, C_TARGET, "-", styles["dash"])
    else:
        reference = target.reference(indicator.arah)
        sheet.write_number(r, C_TARGET, reference, number if indicator.satuan in ("%", "indeks")
                           else styles.figure(indicator.satuan, reference,
                                              indicator.cara != INDEKS_SKM))
        if target.is_range:
            notes.append(f"Target rentang {target.text}; capaian dihitung terhadap "
                         f"{_id(target.reference(indicator.arah))}.")
    capaian = result.capaian
    f_cell, g_cell = _ref(r, C_REALISASI), _ref(r, C_TARGET)
    if capaian is None or capaian.nilai is None:
        sheet.write_string(r, C_CAPAIAN, "-", styles["dash"])
        sheet.write_string(r, C_KATEGORI, "-", styles["dash"])
        if result.nilai is not None and capaian is not None:
            notes.append(f"Capaian tidak dihitung: {capaian.sebab}.")
        return
    if indicator.arah == HIGHER_IS_BETTER:
        formula = f"={f_cell}/{g_cell}*100"
    else:
        formula = f"=(2*{g_cell}-{f_cell})/{g_cell}*100"
    sheet.write_formula(r, C_CAPAIAN, formula, styles["pct2"], capaian.nilai)
    sheet.write_formula(r, C_KATEGORI, kategori_formula(_ref(r, C_CAPAIAN)),
                        styles["cell_center"], capaian.kategori)


def _id(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _number_or_dash(sheet, styles, row, col, value) -> None:
    if value is None:
        sheet.write_string(row, col, "-", styles["dash"])
    else:
        whole = float(value).is_integer()
        sheet.write_number(row, col, value, styles["int" if whole else "num2_4"])


def _change_detail(sheet, styles: Styles, refs: PerhitunganRefs, row: CatalogueRow) -> None:
    """The two years' counts a change is computed from, under its own heading."""
    model = refs.model
    result = model.results[row.code]
    r = refs.detail_of(row.code)
    label = row.label[:1].lower() + row.label[1:] if row.label[1:2].islower() else row.label
    sheet.write_string(r - 1, 1, f"Rincian {label}", styles["heading"])
    noun = "pelanggaran perda" if _violations(row) else "data"
    # A quarterly report compares like periods: both years up to the quarter's end.
    upto = f" s.d. Triwulan {ROMAN[model.triwulan - 1]}" if model.triwulan else ""
    for offset, (text, key) in enumerate(((f"Jumlah {noun} tahun n ({model.tahun}){upto}",
                                           "jumlah_tahun_n"),
                                          (f"Jumlah {noun} tahun n-1 ({model.tahun - 1})"
                                           f"{upto}", "jumlah_tahun_n_1"))):
        sheet.write_string(r + offset, 1, text, styles["cell"])
        # '... s.d. Triwulan II' wraps: a one-line row would hide the second line.
        sheet.set_row(r + offset, row_height([(text, WIDTHS[1] * 0.95)]))
        value = getattr(result.penurunan, key) if result.penurunan else None
        _number_or_dash(sheet, styles, r + offset, 2, value)


def _bands(sheet, styles: Styles, row: int) -> None:
    sheet.write_string(row, 1, "Kategori capaian (LKjIP)", styles["heading"])
    sheet.write_string(row + 1, 1, "Capaian (dibulatkan 2 desimal)", styles["header"])
    sheet.write_string(row + 1, 2, "Kategori", styles["header"])
    previous = None
    for i, (lower, name) in enumerate(CATEGORY_BANDS):
        if lower == float("-inf"):
            text = f"< {previous:g}"
        else:
            text = f">= {lower:g}"
        previous = lower
        sheet.write_string(row + 2 + i, 1, text, styles["cell"])
        sheet.write_string(row + 2 + i, 2, name, styles["cell"])
