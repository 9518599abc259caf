"""What each source table looks like, as data: its fields, the header words
that name them (normalised, see values.norm_text), and which fields must be
present for a sheet to be taken as that source.

Adding a synonym staff use is a one-line change here, not new code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from iku_excel.values import norm_text


@dataclass(frozen=True)
class Field:
    key: str
    aliases: tuple[str, ...]          # whole normalised header texts
    pattern: str | None = None        # or a regex on the normalised text

    def score(self, header: str) -> float:
        """1.0 exact, up to 0.8 when the header contains an alias as whole words, else 0."""
        return _score(self.aliases, self.pattern, header) if header else 0.0


@lru_cache(maxsize=1 << 16)
def _score(aliases: tuple[str, ...], pattern: str | None, header: str) -> float:
    # Cached: detection tries every field on the first rows of every sheet,
    # and those rows repeat the same few words.
    if header in aliases or (pattern and re.fullmatch(pattern, header)):
        return 1.0
    padded = f" {header} "
    best = 0.0
    for alias in aliases:
        if len(alias) > 3 and f" {alias} " in padded:
            best = max(best, 0.5 + 0.3 * len(alias) / len(header))
    return best


@dataclass(frozen=True)
class Source:
    code: str
    label: str                         # Indonesian name shown to staff
    fields: tuple[Field, ...]
    required: tuple[tuple[str, ...], ...]  # each group: at least one of these keys
    example_headers: str               # shown when the source is missing
    # A record needs one of these filled (the first is the one that names it);
    # a row without any is not counted.
    key_fields: tuple[str, ...] = ()

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


def _f(key: str, *aliases: str, pattern: str | None = None) -> Field:
    return Field(key, tuple(norm_text(a) for a in aliases), pattern)


NO = _f("no", "no", "nomor", "no urut", "no responden", "nomor responden", "no.", "nmr")
TANGGAL = _f("tanggal", "tanggal", "tgl", "hari tanggal", "hari tgl", "waktu",
             "tanggal kejadian", "tanggal pelanggaran", "tanggal survei", "tanggal survey",
             "tanggal pengisian", "hari", "tanggal penindakan",
             # As apps and staff head a date-time column.
             "tgl kejadian", "waktu kejadian", "tanggal waktu", "tanggal waktu kejadian",
             "hari tanggal waktu", "tgl pelanggaran", "waktu pelanggaran", "tgl survei",
             "tgl survey", "tgl pengisian", "tanggal jam", "tgl jam", "waktu pengisian",
             # Google Forms' first column, in English and in Indonesian.
             "timestamp", "cap waktu")
DESA = _f("desa", "desa", "asal desa", "alamat", "alamat desa", "desa kelurahan",
          "lokasi", "lokasi desa", "lokasi kejadian", "tempat kejadian", "tempat", "kelurahan")

# The survey's elements: nine (PermenPAN-RB 16/2014, 14/2017) or fourteen
# (KepMenPAN 25/2004). Columns are named U1..U14 / Unsur 1.. (by position)
# or by the element's name; names are resolved per rule set in
# validate/skm_elements.py, so here every name is a field of its own. Names
# the regulations share a meaning under are one field ("Kecepatan
# pelayanan" of 25/2004 is the time element, "Kemampuan petugas" the
# competence one).
SKM_POSITION_FIELDS = tuple(
    _f(f"u{i}", f"u{i}", f"u {i}", f"unsur {i}", f"unsur{i}", f"unsur pelayanan {i}",
       f"unsur pelayanan u{i}", f"unsur u{i}", f"p{i}", f"q{i}")
    for i in range(1, 15)
)
# The survey's elements by name: the header staff write (in messages), the
# regulation's own name (skm_rules.RuleSet.names, findings), and the header
# words read as that element. One table: the words of the survey live here.
SKM_ELEMENTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "persyaratan": ("Persyaratan", "Persyaratan", (
        "persyaratan", "persyaratan pelayanan", "kesesuaian persyaratan",)),
    "prosedur": ("Prosedur", "Prosedur", (
        "prosedur", "prosedur pelayanan", "sistem mekanisme dan prosedur",
        "sistem mekanisme prosedur", "kemudahan prosedur",)),
    "waktu": ("Waktu Pelayanan", "Waktu Pelayanan", (
        "waktu pelayanan", "waktu penyelesaian", "kecepatan pelayanan", "kecepatan waktu",
        "waktu", "kecepatan",)),
    "biaya": ("Biaya/Tarif", "Biaya/Tarif", (
        "biaya tarif", "biaya", "tarif", "kewajaran biaya", "biaya tarif pelayanan",
        "kewajaran biaya pelayanan",)),
    "produk": ("Produk Layanan", "Produk Spesifikasi Jenis Pelayanan", (
        "produk layanan", "produk spesifikasi jenis pelayanan",
        "produk spesifikasi jenis layanan", "produk", "kesesuaian produk",)),
    "kompetensi": ("Kompetensi Pelaksana", "Kompetensi Pelaksana", (
        "kompetensi pelaksana", "kompetensi petugas", "kompetensi", "kemampuan petugas",
        "kemampuan petugas pelayanan", "kemampuan pelaksana",)),
    "perilaku": ("Perilaku Pelaksana", "Perilaku Pelaksana", (
        "perilaku pelaksana", "perilaku petugas", "perilaku", "kesopanan dan keramahan",
        "kesopanan dan keramahan petugas", "kesopanan keramahan petugas",
        "kesopanan dan keramahan petugas pelayanan",)),
    "maklumat": ("Maklumat Pelayanan", "Maklumat Pelayanan", (
        "maklumat pelayanan", "maklumat",)),
    "pengaduan": ("Penanganan Pengaduan", "Penanganan Pengaduan, Saran dan Masukan", (
        "penanganan pengaduan", "penanganan pengaduan saran dan masukan", "pengaduan",
        "penanganan pengaduan saran masukan",)),
    "sarana": ("Sarana dan Prasarana", "Sarana dan Prasarana", (
        "sarana dan prasarana", "sarana prasarana", "sarana",)),
    # The elements only KepMenPAN 25/2004 asks about.
    "kejelasan": ("Kejelasan", "Kejelasan Petugas Pelayanan", (
        "kejelasan petugas pelayanan", "kejelasan petugas", "kejelasan",)),
    "kedisiplinan": ("Kedisiplinan", "Kedisiplinan Petugas Pelayanan", (
        "kedisiplinan petugas pelayanan", "kedisiplinan petugas", "kedisiplinan",)),
    "tanggung_jawab": ("Tanggung Jawab", "Tanggung Jawab Petugas Pelayanan", (
        "tanggung jawab petugas pelayanan", "tanggung jawab petugas",
        "tanggungjawab petugas pelayanan", "tanggungjawab petugas", "tanggung jawab",
        "tanggungjawab",)),
    "keadilan": ("Keadilan", "Keadilan Mendapatkan Pelayanan", (
        "keadilan mendapatkan pelayanan", "keadilan memperoleh pelayanan", "keadilan pelayanan",
        "keadilan",)),
    "kepastian_biaya": ("Kepastian Biaya", "Kepastian Biaya Pelayanan", (
        "kepastian biaya pelayanan", "kepastian biaya",)),
    "kepastian_jadwal": ("Kepastian Jadwal", "Kepastian Jadwal Pelayanan", (
        "kepastian jadwal pelayanan", "kepastian jadwal", "ketepatan jadwal pelayanan",)),
    "kenyamanan": ("Kenyamanan", "Kenyamanan Lingkungan", (
        "kenyamanan lingkungan", "kenyamanan lingkungan pelayanan", "kenyamanan",)),
    "keamanan": ("Keamanan", "Keamanan Pelayanan", (
        "keamanan pelayanan", "keamanan lingkungan pelayanan", "keamanan",)),
}
SKM_NAME_FIELDS = tuple(_f(key, *words) for key, (_, _, words) in SKM_ELEMENTS.items())

SKM = Source(
    "skm", "hasil Survei Kepuasan Masyarakat (SKM)",
    (NO, TANGGAL, *SKM_POSITION_FIELDS, *SKM_NAME_FIELDS,
     # Who answered: an app's questionnaire code or the respondent's NIK. The
     # same respondent in two sheets or files is counted once by it.
     _f("id_responden", "kode peserta", "kode responden", "id responden", "id peserta",
        "id", "nik", "nik responden", "no kuesioner", "nomor kuesioner", "kode kuesioner",
        "no peserta", "nomor peserta", "no identitas", "nomor identitas",
        # Beside a "No" column (inputs.md lists both): the respondent's own number.
        "no responden", "nomor responden"),
     _f("jenis_layanan", "jenis layanan", "jenis pelayanan", "layanan", "pelayanan"),
     _f("jenis_kelamin", "jenis kelamin", "jk", "l p", "kelamin", "gender"),
     _f("umur", "umur", "usia", "umur tahun", "usia tahun"),
     _f("pendidikan", "pendidikan", "pendidikan terakhir"),
     _f("pekerjaan", "pekerjaan", "pekerjaan utama"),
     _f("saran", "saran", "saran dan masukan", "kritik dan saran", "masukan", "saran masukan")),
    # Recognised from five element columns on; the rest are reported missing.
    required=(),
    example_headers="No, U1, U2, ... U9 (jawaban 1-4; U1-U14 untuk kuesioner 14 unsur)",
)

PELANGGARAN = Source(
    "pelanggaran", "register pelanggaran perda",
    (NO, TANGGAL, DESA,
     _f("nama_pelanggar", "nama pelanggar", "pelanggar", "nama", "identitas pelanggar"),
     _f("jenis_pelanggaran", "jenis pelanggaran", "pelanggaran", "bentuk pelanggaran",
        "jenis pelanggaran perda", "uraian pelanggaran"),
     _f("perda", "perda yang dilanggar", "perda dilanggar", "perda", "dasar hukum",
        "peraturan yang dilanggar", "pasal yang dilanggar"),
     _f("tindakan", "tindakan", "tindakan yang diambil", "penindakan", "sanksi", "tindak lanjut"),
     _f("tahun", "tahun")),
    required=(("jenis_pelanggaran", "perda"),),
    example_headers="No, Tanggal, Nama Pelanggar, Desa, Jenis Pelanggaran, Perda yang Dilanggar",
    key_fields=("jenis_pelanggaran", "perda", "nama_pelanggar"),
)

KONFLIK = Source(
    "konflik", "laporan kejadian/konflik bulanan",
    (NO, TANGGAL, DESA,
     _f("jenis_konflik", "jenis konflik", "konflik", "kejadian", "jenis kejadian",
        "bentuk konflik", "permasalahan", "jenis permasalahan", "nama kejadian"),
     _f("uraian", "uraian", "uraian kejadian", "kronologi", "keterangan kejadian"),
     _f("tindak_lanjut", "tindak lanjut", "penanganan", "upaya penanganan", "tindakan",
        "tindaklanjut", "tl", "tindak lanjut yang dilakukan", "upaya tindak lanjut"),
     _f("status", "status", "ditindaklanjuti", "difasilitasi", "ditindaklanjuti difasilitasi",
        "status tindak lanjut", "status penanganan", "keterangan", "ket",
        "status tindaklanjut", "status tl")),
    required=(("jenis_konflik",), ("status", "tindak_lanjut")),
    example_headers="No, Tanggal, Desa, Jenis Konflik, Tindak Lanjut, Status (Ya/Tidak)",
    key_fields=("jenis_konflik", "uraian"),
)

HADIR = Source(
    "hadir", "daftar hadir Musrenbang kecamatan",
    (NO,
     _f("nama", "nama", "nama peserta", "nama undangan", "nama lengkap", "peserta", "undangan"),
     _f("jabatan", "jabatan", "unsur", "jabatan unsur", "jabatan/unsur", "unsur jabatan"),
     _f("asal", "asal", "asal desa", "instansi", "asal desa instansi", "asal instansi",
        "desa instansi", "lembaga", "desa"),
     _f("hadir", "hadir", "kehadiran", "hadir ya tidak", "keterangan hadir", "status kehadiran",
        "hadir tidak"),
     _f("tanda_tangan", "tanda tangan", "ttd", "paraf", "tandatangan")),
    required=(("nama",), ("hadir", "tanda_tangan")),
    example_headers="No, Nama, Jabatan, Asal Desa/Instansi, Hadir (Ya/Tidak) atau Tanda Tangan",
    key_fields=("nama",),
)

USULAN = Source(
    "usulan", "daftar usulan Musrenbang desa",
    (NO, DESA,
     _f("usulan", "usulan program kegiatan", "usulan", "usulan kegiatan", "program kegiatan",
        "nama kegiatan", "kegiatan", "usulan program", "jenis kegiatan", "uraian kegiatan"),
     _f("bidang", "bidang", "bidang urusan", "urusan"),
     _f("volume", "volume", "vol"),
     _f("biaya", "perkiraan biaya", "perkiraan biaya rp", "biaya", "anggaran", "pagu",
        "biaya rp", "jumlah biaya"),
     _f("direkomendasikan", "direkomendasikan", "rekomendasi", "keterangan", "status",
        "ket", "hasil", "keputusan", "rekomendasi kecamatan", "hasil musrenbang")),
    required=(("usulan",), ("direkomendasikan",)),
    example_headers=("No, Desa, Usulan Program/Kegiatan, Direkomendasikan (Ya/Tidak) atau "
                     "Keterangan"),
    key_fields=("usulan",),
)

ORMAS = Source(
    "ormas", "register organisasi kemasyarakatan",
    (NO,
     _f("nama", "nama organisasi", "nama ormas", "organisasi", "ormas",
        "nama organisasi kemasyarakatan", "organisasi kemasyarakatan"),
     _f("bidang", "bidang", "bidang kegiatan", "jenis"),
     _f("alamat", "alamat", "alamat sekretariat", "desa", "sekretariat"),
     _f("ketua", "ketua", "nama ketua", "pimpinan"),
     _f("dibina", "dibina", "pembinaan", "sudah dibina", "status pembinaan", "dibina ya tidak"),
     _f("tanggal_pembinaan", "tanggal pembinaan", "tgl pembinaan", "waktu pembinaan")),
    required=(("nama",), ("dibina", "tanggal_pembinaan")),
    example_headers="No, Nama Organisasi, Alamat, Ketua, Dibina (Ya/Tidak) atau Tanggal Pembinaan",
    key_fields=("nama",),
)

LEMBAGA = Source(
    "lembaga", "register lembaga ekonomi desa",
    (NO, DESA,
     _f("nama", "nama lembaga", "lembaga", "nama lembaga ekonomi", "lembaga ekonomi",
        "nama lembaga ekonomi desa", "nama bumdes", "nama usaha"),
     _f("jenis", "jenis", "jenis lembaga", "bentuk lembaga", "jenis lembaga ekonomi"),
     _f("dibina", "dibina", "pembinaan", "sudah dibina", "status pembinaan", "dibina ya tidak"),
     _f("tanggal_pembinaan", "tanggal pembinaan", "tgl pembinaan", "waktu pembinaan"),
     _f("keterangan", "keterangan", "ket")),
    required=(("nama",), ("dibina", "tanggal_pembinaan")),
    example_headers="No, Nama Lembaga, Jenis, Desa, Dibina (Ya/Tidak) atau Tanggal Pembinaan",
    key_fields=("nama",),
)

SETTINGS = Source(
    "pengaturan", "lembar pengaturan",
    (_f("uraian", "uraian", "pengaturan", "keterangan", "nama isian", "isian"),
     _f("isi", "isi", "nilai", "data", "isian")),
    required=(("uraian",), ("isi",)),
    example_headers="Uraian | Isi",
)

DATA_SOURCES: tuple[Source, ...] = (SKM, PELANGGARAN, KONFLIK, HADIR, USULAN, ORMAS, LEMBAGA)
ALL_SOURCES: tuple[Source, ...] = (*DATA_SOURCES, SETTINGS)
SOURCES_BY_CODE = {s.code: s for s in ALL_SOURCES}
SKM_ELEMENT_KEYS = tuple(f.key for f in SKM_NAME_FIELDS)
SKM_POSITION_KEYS = tuple(f.key for f in SKM_POSITION_FIELDS)


# How a field is named to staff (messages, suggestions): never its key.
FIELD_LABELS: dict[str, str] = {
    **{f"u{i}": f"U{i}" for i in range(1, 10)},
    **{key: label for key, (label, _, _) in SKM_ELEMENTS.items()},
    "no": "No", "tanggal": "Tanggal", "desa": "Desa",
    "jenis_layanan": "Jenis Layanan", "jenis_kelamin": "Jenis Kelamin", "umur": "Umur",
    "pendidikan": "Pendidikan", "pekerjaan": "Pekerjaan", "saran": "Saran",
    "nama_pelanggar": "Nama Pelanggar", "jenis_pelanggaran": "Jenis Pelanggaran",
    "perda": "Perda yang Dilanggar", "tindakan": "Tindakan", "tahun": "Tahun",
    "jenis_konflik": "Jenis Konflik", "uraian": "Uraian", "tindak_lanjut": "Tindak Lanjut",
    "status": "Status", "nama": "Nama", "jabatan": "Jabatan", "asal": "Asal Desa/Instansi",
    "hadir": "Hadir", "tanda_tangan": "Tanda Tangan", "usulan": "Usulan Program/Kegiatan",
    "bidang": "Bidang", "volume": "Volume", "direkomendasikan": "Direkomendasikan",
    "alamat": "Alamat", "ketua": "Ketua", "dibina": "Dibina",
    "tanggal_pembinaan": "Tanggal Pembinaan", "jenis": "Jenis", "keterangan": "Keterangan",
    "isi": "Isi",
}


def field_label(source: Source, key: str) -> str:
    """The header staff would write for a field ('Nama Organisasi' for an ormas's nama)."""
    if source.code == "ormas" and key == "nama":
        return "Nama Organisasi"
    if source.code == "lembaga" and key == "nama":
        return "Nama Lembaga"
    if source.code == "usulan" and key == "biaya":
        return "Perkiraan Biaya (Rp)"
    if source.code == "pengaturan" and key == "uraian":
        return "Uraian"
    return FIELD_LABELS.get(key, key.replace("_", " ").title())


# Where the blank template (template.py) heads a column otherwise than the
# field's name in messages: the wording the offices' own forms use.
_TEMPLATE_HEADERS = {("konflik", "uraian"): "Uraian Kejadian",
                     ("hadir", "jabatan"): "Jabatan/Unsur",
                     ("usulan", "direkomendasikan"): "Keterangan"}


def template_header(source: Source, key: str) -> str:
    """The header the blank template writes for a field of `source`."""
    source.field(key)  # a field the source has: the reader will know the column
    return _TEMPLATE_HEADERS.get((source.code, key), field_label(source, key))
