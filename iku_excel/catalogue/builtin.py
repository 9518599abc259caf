"""The built-in sources as a catalogue row names them (catalogue.md,
"Tables"): their Tabel names (the template's sheet names, with the variants
staff write), the field a condition's column means, the yes/no field whose
validated answer `Field = Ya` asks for, and the words the report uses for
their rows.

The sources keep their own detection and special rules (schema.py,
validate/); this table only says how a catalogue row reaches them.
"""

from __future__ import annotations

from dataclasses import dataclass

from iku_excel.catalogue.model import KUMULATIF, KUMULATIF_PEMBILANG, NILAI_AKHIR
from iku_excel.schema import SOURCES_BY_CODE, Source, field_label, template_header
from iku_excel.values import norm_text

# Source code -> the Tabel names that mean it, the template's sheet name first.
NAMES: dict[str, tuple[str, ...]] = {
    "skm": ("Survei SKM", "Survey SKM", "SKM", "IKM", "Survei IKM", "Survey IKM",
            "Survei Kepuasan Masyarakat", "Survey Kepuasan Masyarakat", "Hasil Survei SKM",
            "Hasil Survey SKM", "Hasil Survei Kepuasan Masyarakat"),
    "pelanggaran": ("Pelanggaran Perda", "Pelanggaran", "Register Pelanggaran Perda",
                    "Pelanggaran Peraturan Daerah", "Data Pelanggaran Perda"),
    "konflik": ("Konflik", "Laporan Kejadian", "Laporan Kejadian Bulanan", "Kejadian Konflik",
                "Laporan Konflik", "Data Konflik"),
    "hadir": ("Hadir Musrenbang", "Daftar Hadir Musrenbang", "Kehadiran Musrenbang",
              "Undangan Musrenbang", "Daftar Hadir Musrenbang Kecamatan"),
    "usulan": ("Usulan Musrenbang", "Usulan Musrenbang Desa", "Daftar Usulan Musrenbang",
               "Usulan Desa", "Daftar Usulan Musrenbang Desa"),
    "ormas": ("Ormas", "Organisasi Kemasyarakatan", "Register Ormas", "Data Ormas",
              "Register Organisasi Kemasyarakatan"),
    "lembaga": ("Lembaga Ekonomi", "Lembaga Ekonomi Desa", "Register Lembaga Ekonomi",
                "Register Lembaga Ekonomi Desa", "Data Lembaga Ekonomi"),
}
_BY_WORDS = {norm_text(name).replace("survey", "survei"): code
             for code, names in NAMES.items() for name in names}

# The field whose validated yes/no answer (its source's special rules
# applied) a condition `Field = Ya` asks for, and the fields that name it.
FLAG = "__ya__"  # where a built-in row keeps that answer (validate/table_rows.py)
FLAG_FIELDS: dict[str, tuple[str, frozenset[str]]] = {
    "konflik": ("ditindaklanjuti", frozenset({"status", "tindak_lanjut"})),
    "hadir": ("hadir", frozenset({"hadir", "tanda_tangan"})),
    "usulan": ("direkomendasikan", frozenset({"direkomendasikan"})),
    "ormas": ("dibina", frozenset({"dibina"})),
    "lembaga": ("dibina", frozenset({"dibina"})),
}
# The date that places a built-in row in time (cycle.md): its own field.
DATE_FIELDS = {"skm": "tanggal", "pelanggaran": "tanggal", "konflik": "tanggal",
               "ormas": "tanggal_pembinaan", "lembaga": "tanggal_pembinaan"}
# How each source's figure moves through the year when a row's Per Triwulan
# is blank (cycle.md): events up to the quarter's end; the Musrenbang as it
# stands; lists of bodies, all of them below the bar and those guided so far above.
QUARTER_MODES = {"skm": KUMULATIF, "pelanggaran": KUMULATIF, "konflik": KUMULATIF,
                 "hadir": NILAI_AKHIR, "usulan": NILAI_AKHIR,
                 "ormas": KUMULATIF_PEMBILANG, "lembaga": KUMULATIF_PEMBILANG}


@dataclass(frozen=True)
class RowWords:
    """How the report names a built-in source's rows (Sumber sheet, reasons)."""
    yes: str          # the rows its flag says yes to ('konflik ditindaklanjuti')
    every: str        # all its rows ('seluruh konflik')
    empty: str        # why a zero denominator ('{tahun}' is the report's year)
    advice: str


WORDS: dict[str, RowWords] = {
    "konflik": RowWords("konflik ditindaklanjuti", "seluruh konflik",
                        "tidak ada konflik tercatat pada tahun {tahun} (penyebut nol)",
                        "Bila memang tidak ada konflik, indikator ini tidak dapat dihitung; "
                        "jelaskan pada laporan."),
    "hadir": RowWords("hadir", "seluruh undangan",
                      "daftar undangan Musrenbang kosong (penyebut nol)",
                      "Isi daftar undangan beserta kehadirannya."),
    "usulan": RowWords("usulan direkomendasikan", "seluruh usulan",
                       "tidak ada usulan tercatat (penyebut nol)",
                       "Isi daftar usulan desa beserta keputusan kecamatan."),
    "ormas": RowWords("organisasi dibina tahun {tahun}", "seluruh organisasi",
                      "register organisasi kosong (penyebut nol)",
                      "Isi register organisasi beserta pembinaannya."),
    "lembaga": RowWords("lembaga ekonomi dibina tahun {tahun}", "seluruh lembaga ekonomi",
                        "register lembaga ekonomi kosong (penyebut nol)",
                        "Isi register lembaga ekonomi beserta pembinaannya."),
}


def builtin_source(tabel: str | None) -> Source | None:
    """The built-in source a Tabel names ('Konflik', 'laporan kejadian'), or None."""
    if not tabel:
        return None
    code = _BY_WORDS.get(norm_text(tabel).replace("survey", "survei"))
    return SOURCES_BY_CODE[code] if code else None


def field_of(source: Source, column: str) -> str | None:
    """The field of `source` a condition's column names: by the name the
    template shows ('Status', 'Keterangan', 'Tanggal Pembinaan') or any
    header word the reader takes for it; None when none."""
    words = norm_text(column)
    for field in source.fields:
        if words in {norm_text(field_label(source, field.key)),
                     norm_text(template_header(source, field.key))}:
            return field.key
    for field in source.fields:
        if field.score(words) >= 1.0:
            return field.key
    return None


def shown_fields(source: Source) -> list[str]:
    """A source's fields as staff name them, for a finding listing them."""
    names = [template_header(source, f.key) for f in source.fields]
    flag = FLAG_FIELDS.get(source.code)
    if flag and flag[0] not in {norm_text(n) for n in names}:
        names.append(field_label(source, flag[0]))
    return list(dict.fromkeys(names))
