"""The blank input workbook staff can fill (`iku-excel template`).

Its sheets carry the same header words the reader looks for, so a filled
copy dropped into the input folder is read like any staff file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlsxwriter

from iku_excel.catalogue.bundled import bundled_cells, bundled_tugas_lines
from iku_excel.catalogue.columns import COLUMNS as CATALOGUE_COLUMNS
from iku_excel.reading.own_sheets import MARK
from iku_excel.report.placing import move_new, new_temporary, remove_quietly
from iku_excel.report.styles import FONT
from iku_excel.schema import (
    HADIR,
    KONFLIK,
    LEMBAGA,
    ORMAS,
    PELANGGARAN,
    SKM,
    USULAN,
    Source,
    template_header,
)
from iku_excel.settings_keys import KEYS as SETTING_KEYS
from iku_excel.settings_keys import template_rows
from iku_excel.wilayah import known_desa

# The desa dropdown of the example kecamatan (data/wilayah.json holds its list).
DESA_BENJENG = known_desa("Benjeng")
ROWS = 500  # rows prepared with dropdowns
_LISTS_TOP = 2  # the lists sheet's header row (0-based), under its mark

YA_TIDAK = ["Ya", "Tidak"]
LISTS = {
    "ya_tidak": YA_TIDAK,
    "status_konflik": ["Sudah", "Proses", "Selesai", "Belum"],
    "rekomendasi": ["Direkomendasikan", "Prioritas", "Tidak Direkomendasikan", "Ditolak"],
    "jawaban": ["1", "2", "3", "4"],
    "kelamin": ["L", "P"],
}

# (sheet, title, source, [(field key, width, list name or None, input message)]):
# each column is one of the source's fields, headed as schema.py names it,
# so a filled copy is read like any staff file. A column that is no field
# ("Lokasi": read by nobody, kept for the offices' own use) is (None, header).
SHEETS = (
    ("Survei SKM", "HASIL SURVEI KEPUASAN MASYARAKAT (SKM)", SKM,
     [("no", 5, None, None), ("tanggal", 12, "tanggal", "Tanggal pengisian kuesioner."),
      ("jenis_layanan", 18, None, None), ("jenis_kelamin", 9, "kelamin", "L atau P"),
      ("umur", 7, None, None), ("pendidikan", 11, None, None), ("pekerjaan", 12, None, None)]
     + [(f"u{i}", 6, "jawaban", "Jawaban 1 (terburuk) sampai 4 (terbaik).")
        for i in range(1, 10)]
     + [("saran", 30, None, None)]),
    ("Pelanggaran Perda", "REGISTER PELANGGARAN PERDA", PELANGGARAN,
     [("no", 5, None, None),
      ("tanggal", 12, "tanggal", "Tanggal pelanggaran; tahun lalu juga dicatat."),
      ("nama_pelanggar", 22, None, None), ("desa", 16, "desa", None),
      ("jenis_pelanggaran", 28, None, None), ("perda", 30, None, None),
      ("tindakan", 18, None, None)]),
    ("Konflik", "LAPORAN KEJADIAN / KONFLIK", KONFLIK,
     [("no", 5, None, None), ("tanggal", 12, "tanggal", None), ("desa", 16, "desa", None),
      ("jenis_konflik", 26, None, None), ("uraian", 34, None, None),
      ("tindak_lanjut", 28, None, None),
      ("status", 12, "status_konflik", "Sudah/Proses/Selesai = ditindaklanjuti; Belum = belum.")]),
    ("Hadir Musrenbang", "DAFTAR HADIR MUSRENBANG KECAMATAN", HADIR,
     [("no", 5, None, None), ("nama", 26, None, None), ("jabatan", 22, None, None),
      ("asal", 22, None, None), ("hadir", 8, "ya_tidak", "Ya bila hadir.")]),
    ("Usulan Musrenbang", "DAFTAR USULAN MUSRENBANG DESA", USULAN,
     [("no", 5, None, None), ("desa", 16, "desa", None),
      ("usulan", 34, None, None), ("bidang", 14, None, None),
      ("volume", 10, None, None), ((None, "Lokasi"), 16, None, None),
      ("biaya", 16, None, None),
      ("direkomendasikan", 22, "rekomendasi", "Keputusan kecamatan atas usulan ini.")]),
    ("Ormas", "REGISTER ORGANISASI KEMASYARAKATAN", ORMAS,
     [("no", 5, None, None), ("nama", 30, None, None), ("bidang", 16, None, None),
      ("alamat", 20, None, None), ("ketua", 20, None, None),
      ("dibina", 8, "ya_tidak", "Ya bila dibina kecamatan pada tahun laporan.")]),
    ("Lembaga Ekonomi", "REGISTER LEMBAGA EKONOMI DESA", LEMBAGA,
     [("no", 5, None, None), ("nama", 30, None, None), ("jenis", 14, None, None),
      ("desa", 16, "desa", None),
      ("tanggal_pembinaan", 14, "tanggal",
       "Tanggal pembinaan pada tahun laporan; kosong bila belum dibina.")]),
)


def _header(source: Source, key: str | tuple[None, str]) -> str:
    return key[1] if isinstance(key, tuple) else template_header(source, key)


# The Pengaturan sheet, its dropdowns and notes: one table (settings_keys.py).
# The signer's rows stay empty: a name filled in here would sign every
# report made from an unedited copy (the notes say what goes there).
SETTINGS_ROWS = tuple(template_rows())
SETTINGS_CHOICES = {row.label: list(row.choices) for row in SETTING_KEYS if row.choices}
SETTINGS_MESSAGES = {row.label: row.message for row in SETTING_KEYS if row.message}

PETUNJUK = (
    f"PETUNJUK PENGISIAN {MARK}",
    "",
    "1. Isi lembar Pengaturan: nama kecamatan, tahun, Camat, NIP dan target setiap indikator.",
    "2. Isi lembar data yang diperlukan. Lembar yang tidak dipakai boleh dibiarkan kosong.",
    "3. Jangan mengubah judul kolom (baris berwarna). Baris di bawahnya diisi satu baris per data.",
    "4. Pilihan isian (Ya/Tidak, 1-4, nama desa) tersedia sebagai daftar pilihan di selnya.",
    "5. Tanggal ditulis sebagai tanggal Excel atau seperti 12/03/2017 atau 12 Maret 2017.",
    "6. Simpan berkas ini di folder input, lalu klik dua kali jalankan.bat (Windows) atau run.sh.",
    "",
    "Survei SKM: satu baris per responden; U1-U9 berisi jawaban 1 sampai 4 untuk sembilan unsur.",
    "Pelanggaran Perda: catat juga pelanggaran tahun sebelumnya (untuk rumus penurunan),",
    "    atau isi jumlahnya di Pengaturan.",
    "Konflik: satu baris per konflik; Status Sudah/Proses/Selesai berarti ditindaklanjuti.",
    "Hadir Musrenbang: semua yang diundang; Hadir = Ya bila datang.",
    "Usulan Musrenbang: semua usulan desa; Keterangan = keputusan kecamatan.",
    "Ormas dan Lembaga Ekonomi: seluruh register; tandai yang dibina pada tahun laporan.",
    "",
    "Indikator: daftar indikator IKU dan cara menghitungnya (contohnya IKU Kecamatan Benjeng).",
    "    Ubah bila IKU kecamatan Anda berbeda; petunjuk setiap kolom ada di README dan di selnya.",
    "Tugas Fungsi: dicetak di atas tabel IKU; baris pertama tugas pokok, lalu fungsi a, b, c ...",
)
ROWS_INDIKATOR = 100  # catalogue rows prepared with dropdowns


def write_template(path: Path) -> Path:
    """Write the workbook at `path`, or, when a file of that name exists
    (perhaps already filled in), at the next free name `name (2).xlsx`.
    Returns the path written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = new_temporary(path.parent, ".xlsx.tmp")
    try:
        _build(temp)
        return _place(temp, path)
    finally:
        remove_quietly(temp)


def _place(temp: Path, wanted: Path) -> Path:
    """Give `temp` the first free name of `wanted`, `wanted (2)`, ...; an
    existing file is never replaced (move_new refuses a taken name, even
    one another run took a moment ago)."""
    counter = 1
    while True:
        candidate = wanted if counter == 1 else \
            wanted.with_name(f"{wanted.stem} ({counter}){wanted.suffix}")
        counter += 1
        try:
            move_new(temp, candidate)
            return candidate
        except FileExistsError:
            continue


def _build(path: Path) -> None:
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                               "strings_to_formulas": False,
                                               "strings_to_urls": False,
                                               "default_format_properties": dict(FONT)})
    workbook.set_properties({"title": "Isian data IKU Kecamatan", "author": "iku-excel",
                             "created": dt.datetime(2017, 1, 1, tzinfo=dt.timezone.utc)})
    header = workbook.add_format({**FONT, "bold": True, "border": 1, "bg_color": "#D9E1F2",
                                  "align": "center", "valign": "vcenter", "text_wrap": True})
    title = workbook.add_format({**FONT, "bold": True, "font_size": 13})
    bold = workbook.add_format({**FONT, "bold": True})
    date_fmt = workbook.add_format({**FONT, "num_format": "dd/mm/yyyy"})

    petunjuk = workbook.add_worksheet("Petunjuk")
    petunjuk.set_column(0, 0, 110)
    for row, line in enumerate(PETUNJUK):
        petunjuk.write_string(row, 0, line, title if row == 0 else None)

    settings = workbook.add_worksheet("Pengaturan")
    lists = workbook.add_worksheet("Daftar")
    # The mark in A1 keeps the reader from taking the lists for data
    # (reading/own_sheets.py); the lists start under it.
    lists.write_string(0, 0, f"Daftar pilihan isian {MARK}")
    lists.write_string(_LISTS_TOP, 0, "Desa")
    choice_ranges = _choice_lists(lists)
    settings.set_column(0, 0, 48)
    settings.set_column(1, 1, 32)
    settings.write_string(0, 0, "PENGATURAN LAPORAN IKU KECAMATAN", title)
    settings.write_string(2, 0, "Uraian", header)
    settings.write_string(2, 1, "Isi", header)
    # Every value left empty: a copy nobody filled is no settings sheet. The
    # notes on the cells give the examples.
    for row, (label, _) in enumerate(SETTINGS_ROWS, start=3):
        settings.write_string(row, 0, label, bold if label.startswith("Target") else None)
        options = ({"validate": "list", "source": choice_ranges[label]}
                   if label in SETTINGS_CHOICES else {"validate": "any"})
        if label in SETTINGS_MESSAGES:
            message_title, message = SETTINGS_MESSAGES[label]
            options.update({"input_title": message_title, "input_message": message})
        if len(options) > 1:
            settings.data_validation(row, 1, row, 1, options)
    settings.freeze_panes(3, 0)

    first = _LISTS_TOP + 2  # Excel's row of the first choice
    desa_range = f"=Daftar!$A${first}:$A${first + len(DESA_BENJENG) - 1}"
    for row, desa in enumerate(DESA_BENJENG, start=_LISTS_TOP + 1):
        lists.write_string(row, 0, desa)
    lists.hide()

    for name, heading, source, columns in SHEETS:
        sheet = workbook.add_worksheet(name)
        sheet.write_string(0, 0, heading, title)
        for col, (key, width, choice, message) in enumerate(columns):
            sheet.write_string(2, col, _header(source, key), header)
            sheet.set_column(col, col, width, date_fmt if choice == "tanggal" else None)
            options = _validation(choice, desa_range, message)
            if options:
                sheet.data_validation(3, col, ROWS + 2, col, options)
        sheet.freeze_panes(3, 0)
        sheet.set_row(2, 30)
    _indikator_sheet(workbook, header, title, _catalogue_lists(lists, len(SETTINGS_CHOICES) + 1))
    _tugas_fungsi_sheet(workbook, title)
    workbook.get_worksheet_by_name("Petunjuk").activate()
    workbook.close()


def _catalogue_lists(lists, first: int) -> dict[str, str]:
    """The catalogue's dropdowns as ranges of the hidden Daftar sheet, beside
    the settings' (catalogue/columns.py has the words)."""
    ranges = {}
    columns = [c for c in CATALOGUE_COLUMNS if c.choices]
    for col, column in enumerate(columns, start=first):
        lists.write_string(0, col, column.header)
        for row, choice in enumerate(column.choices, start=1):
            lists.write_string(row, col, choice)
        ranges[column.key] = (f"=Daftar!${_letter(col)}$2:${_letter(col)}"
                              f"${len(column.choices) + 1}")
    return ranges


def _indikator_sheet(workbook, header, title, ranges: dict[str, str]) -> None:
    """The sheet Indikator, prefilled with the bundled catalogue (the example
    to edit), each column explained in its cells' note, with dropdowns where
    the words are few; other words stay allowed (a unit, a table of one's own)."""
    sheet = workbook.add_worksheet("Indikator")
    wrap = workbook.add_format({**FONT, "text_wrap": True, "valign": "top"})
    small = workbook.add_format({**FONT, "italic": True, "font_size": 9})
    sheet.write_string(0, 0, "DAFTAR INDIKATOR KINERJA UTAMA (IKU) DAN CARA MENGHITUNGNYA",
                       title)
    sheet.write_string(1, 0, "Contoh: IKU Kecamatan Benjeng 2017. Ubah, tambah atau hapus "
                             "baris sesuai IKU kecamatan Anda; petunjuk setiap kolom muncul "
                             "saat selnya dipilih.", small)
    head, *body = bundled_cells()
    for col, column in enumerate(CATALOGUE_COLUMNS):
        assert head[col] == column.header  # the file is in the sheet's shape
        sheet.write_string(2, col, column.header, header)
        sheet.set_column(col, col, column.width, wrap)
        if column.key in ranges:
            options = {"validate": "list", "source": ranges[column.key],
                       "error_type": "warning",
                       "error_message": "Isian ini tidak ada di daftar pilihan; periksa lagi."}
        elif column.message:
            options = {"validate": "any"}
        else:
            continue
        if column.message:
            options.update({"input_title": column.header[:32], "input_message": column.message})
        sheet.data_validation(3, col, ROWS_INDIKATOR + 2, col, options)
    for row, cells in enumerate(body, start=3):
        for col, value in enumerate(cells):
            if value.isdigit():
                sheet.write_number(row, col, int(value))
            elif value:
                sheet.write_string(row, col, value)
    sheet.set_row(2, 30)
    sheet.freeze_panes(3, 3)


def _tugas_fungsi_sheet(workbook, title) -> None:
    """The sheet Tugas Fungsi: the tugas pokok, then one function a line."""
    sheet = workbook.add_worksheet("Tugas Fungsi")
    sheet.set_column(0, 0, 120, workbook.add_format({**FONT, "text_wrap": True}))
    sheet.write_string(0, 0, "Tugas Fungsi", title)
    for row, line in enumerate(bundled_tugas_lines(), start=1):
        sheet.write_string(row, 0, line)


def _choice_lists(lists) -> dict[str, str]:
    """The settings' choices as ranges of the hidden Daftar sheet: written
    inline, a list is split at every comma, and "0,111" became "0" and "111"."""
    ranges = {}
    first = _LISTS_TOP + 2  # Excel's row of the first choice
    for col, (label, choices) in enumerate(SETTINGS_CHOICES.items(), start=1):
        lists.write_string(_LISTS_TOP, col, label)
        for row, choice in enumerate(choices, start=_LISTS_TOP + 1):
            lists.write_string(row, col, choice)
        ranges[label] = (f"=Daftar!${_letter(col)}${first}:"
                         f"${_letter(col)}${first + len(choices) - 1}")
    return ranges


def _letter(col: int) -> str:
    return chr(ord("A") + col)


def _validation(choice: str | None, desa_range: str, message: str | None) -> dict | None:
    if choice is None:
        return None
    options: dict = {}
    if choice == "desa":
        options = {"validate": "list", "source": desa_range, "error_type": "warning",
                   "error_message": "Nama desa tidak ada di daftar; periksa ejaannya."}
    elif choice == "tanggal":
        options = {"validate": "date", "criteria": "between",
                   "minimum": dt.date(2000, 1, 1), "maximum": dt.date(2100, 12, 31),
                   "error_type": "warning", "error_message": "Isi tanggal, misalnya 12/03/2017."}
    else:
        options = {"validate": "list", "source": LISTS[choice]}
    if message:
        options.update({"input_title": "Petunjuk", "input_message": message[:250]})
    return options
