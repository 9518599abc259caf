"""The columns of the sheet Indikator and the words staff write in them, as
data: the header words read (normalised, see values.norm_text), which are
needed, and how the template (template.py) heads, sizes and explains each.

Adding a word staff use is a one-line change here, not new code.
"""

from __future__ import annotations

from dataclasses import dataclass

from iku_excel.catalogue.model import (
    HIGHER_IS_BETTER,
    INDEKS_SKM,
    JUMLAH,
    KUMULATIF,
    KUMULATIF_PEMBILANG,
    LOWER_IS_BETTER,
    NILAI,
    NILAI_AKHIR,
    PERSENTASE,
    PERUBAHAN,
    RATA_RATA,
)
from iku_excel.values import norm_text


@dataclass(frozen=True)
class CatalogueColumn:
    key: str
    header: str                   # as the template writes it
    aliases: tuple[str, ...]      # whole normalised headers that name it
    required: bool = False        # the sheet must have the column
    width: float = 14
    message: str | None = None    # the template's note on the column (at most 255 characters)
    choices: tuple[str, ...] = ()  # the template's dropdown


def _c(key: str, header: str, *aliases: str, required: bool = False, width: float = 14,
       message: str | None = None, choices: tuple[str, ...] = ()) -> CatalogueColumn:
    words = tuple(dict.fromkeys(norm_text(a) for a in (header, *aliases)))
    return CatalogueColumn(key, header, words, required, width, message, choices)


CARA_CHOICES = ("Persentase", "Jumlah", "Rata-rata", "Perubahan", "Indeks SKM", "Nilai")
ARAH_CHOICES = ("Naik", "Turun")
SATUAN_CHOICES = ("%", "indeks", "desa", "orang", "kegiatan", "dokumen", "hari", "kali")
TRIWULAN_CHOICES = ("kumulatif", "kumulatif pembilang", "nilai akhir")
# The built-in sources' names, as the template's sheets are named: a Tabel dropdown.
TABEL_CHOICES = ("Survei SKM", "Pelanggaran Perda", "Konflik", "Hadir Musrenbang",
                 "Usulan Musrenbang", "Ormas", "Lembaga Ekonomi")

# The official six first, as on the IKU sheet; then how each is counted;
# then the cycle's columns (cycle.md).
COLUMNS: tuple[CatalogueColumn, ...] = (
    _c("no", "No", "no.", "nomor", "no sasaran", "nmr", required=True, width=5,
       message="Nomor sasaran. Baris berurutan dengan nomor sama digabung menjadi satu "
               "sel NO dan SASARAN pada lembar IKU."),
    _c("sasaran", "Sasaran Strategis", "sasaran", "sasaran strategis kecamatan",
       required=True, width=28),
    _c("indikator", "Indikator Kinerja Utama", "indikator kinerja utama iku", "indikator",
       "indikator kinerja", "iku", required=True, width=34,
       message="Nama indikator seperti pada dokumen IKU. Baris tanpa nama indikator "
               "dilewati."),
    _c("penjelasan", "Penjelasan / Formulasi Penghitungan", "penjelasan",
       "formulasi penghitungan", "formulasi perhitungan", "penjelasan formulasi perhitungan",
       "formulasi", "definisi operasional", width=34,
       message="Dicetak bila Uraian Pembilang kosong (misalnya untuk SKM)."),
    _c("uraian_pembilang", "Uraian Pembilang", "pembilang", width=30,
       message="Kata-kata di atas garis pecahan pada lembar IKU."),
    _c("uraian_penyebut", "Uraian Penyebut", "penyebut", width=30,
       message="Kata-kata di bawah garis pecahan pada lembar IKU."),
    _c("sumber_data", "Sumber Data", "sumber", required=True, width=24),
    _c("penanggung_jawab", "Penanggung Jawab", "penanggungjawab", "pj", required=True,
       width=14),
    _c("kode", "Kode", "kode indikator", required=True, width=22,
       message="Kode singkat, unik: huruf kecil, angka dan garis bawah (misalnya "
               "apbdes_tepat_waktu). Tetap sama dari tahun ke tahun."),
    _c("nama_singkat", "Nama Singkat", "label", "nama pendek", width=24,
       message="Nama pendek untuk layar, grafik dan email. Boleh kosong."),
    _c("satuan", "Satuan", required=True, width=10, choices=SATUAN_CHOICES,
       message="%, indeks, atau kata satuan (desa, orang, kegiatan, dokumen, hari)."),
    _c("cara", "Cara Hitung", "cara penghitungan", "cara perhitungan", "jenis perhitungan",
       required=True, width=13, choices=CARA_CHOICES,
       message="Persentase, Jumlah, Rata-rata, Perubahan, Indeks SKM, atau Nilai (diisi "
               "langsung di kolom Realisasi)."),
    _c("tabel", "Tabel", "tabel data", "nama tabel", "lembar data", "sumber tabel", width=20,
       choices=TABEL_CHOICES,
       message="Nama tabel data: salah satu lembar bawaan (Konflik, Ormas ...) atau nama "
               "lembar/berkas/judul tabel kantor sendiri, misalnya Realisasi APBDes."),
    _c("syarat_pembilang", "Syarat Pembilang", "kriteria pembilang", width=24,
       message="Baris yang dihitung di atas garis, misalnya: Status = Selesai. Beberapa "
               "syarat dipisah titik koma: Tepat Waktu = Ya; Desa terisi"),
    _c("syarat_penyebut", "Syarat Penyebut", "kriteria penyebut", width=20,
       message="Baris yang menjadi penyebut. Kosong: semua baris tabel."),
    _c("kolom_nilai", "Kolom Nilai", width=14,
       message="Untuk Jumlah (menjumlah angka kolom ini) dan Rata-rata."),
    _c("kolom_tanggal", "Kolom Tanggal", width=14,
       message="Kolom tanggal yang menentukan tahun baris. Kosong: kolom berjudul Tanggal "
               "atau Tahun bila ada. Tanda - : tanpa saring tanggal."),
    _c("arah", "Arah", "arah kinerja", "polaritas", required=True, width=8,
       choices=ARAH_CHOICES,
       message="Naik: makin tinggi makin baik. Turun: makin rendah makin baik."),
    _c("target", "Target", "target tahun ini", "target tahun n", width=10,
       message="Target tahun ini (angka atau rentang 80-90). Kosong: dari lembar "
               "Pengaturan."),
    _c("realisasi", "Realisasi", "nilai realisasi", width=10,
       message="Hanya untuk Cara Hitung Nilai: angka yang diterima dari instansi lain."),
    _c("per_triwulan", "Per Triwulan", "triwulan", "sifat triwulan", width=16,
       choices=TRIWULAN_CHOICES,
       message="kumulatif, kumulatif pembilang, atau nilai akhir (untuk laporan "
               "triwulan)."),
    *(_c(f"target_tw{i}", f"Target TW {roman}", f"target tw{i}", f"target tw {i}",
         f"target triwulan {roman}", f"target triwulan {i}", width=9)
      for i, roman in enumerate(("I", "II", "III", "IV"), start=1)),
    _c("realisasi_tahun_lalu", "Realisasi Tahun Lalu", "realisasi tahun sebelumnya",
       "realisasi n 1", "realisasi tahun n 1", width=11),
    _c("target_renstra", "Target Akhir Renstra", "target renstra", width=11),
    _c("tahun_renstra", "Tahun Akhir Renstra", "tahun renstra", width=10),
)
BY_KEY = {c.key: c for c in COLUMNS}
# The header words that make a sheet the catalogue (catalogue.md).
MARKS = ("indikator", "cara")

# The words staff write, normalised -> the catalogue's own word.
CARA_WORDS: dict[str, str] = {
    **dict.fromkeys(("indeks skm", "indeks", "ikm", "skm", "nilai skm", "nilai ikm",
                     "indeks kepuasan masyarakat", "survei skm", "survey skm"), INDEKS_SKM),
    **dict.fromkeys(("persentase", "prosentase", "persen", "persentase %", "rasio"),
                    PERSENTASE),
    **dict.fromkeys(("perubahan", "persentase perubahan", "perubahan %", "penurunan",
                     "peningkatan", "persentase penurunan", "persentase peningkatan"),
                    PERUBAHAN),
    **dict.fromkeys(("jumlah", "total", "banyaknya", "hitung", "jumlah baris"), JUMLAH),
    **dict.fromkeys(("rata rata", "rerata", "rata", "rata2", "mean"), RATA_RATA),
    **dict.fromkeys(("nilai", "input langsung", "diisi langsung", "input", "manual",
                     "nilai langsung", "isian langsung", "angka langsung"), NILAI),
}
ARAH_WORDS: dict[str, str] = {
    **dict.fromkeys(("naik", "positif", "maksimal", "maksimum", "makin tinggi makin baik",
                     "semakin tinggi semakin baik", "tinggi", "meningkat", "naik makin "
                     "tinggi makin baik"), HIGHER_IS_BETTER),
    **dict.fromkeys(("turun", "negatif", "minimal", "minimum", "makin rendah makin baik",
                     "semakin rendah semakin baik", "rendah", "menurun", "turun makin "
                     "rendah makin baik"), LOWER_IS_BETTER),
}
TRIWULAN_WORDS: dict[str, str] = {
    "kumulatif": KUMULATIF, "akumulatif": KUMULATIF,
    "kumulatif pembilang": KUMULATIF_PEMBILANG, "pembilang kumulatif": KUMULATIF_PEMBILANG,
    "nilai akhir": NILAI_AKHIR, "akhir": NILAI_AKHIR, "tetap": NILAI_AKHIR,
}
# Satuan words read as the two units the report knows apart.
SATUAN_WORDS: dict[str, str] = {
    **dict.fromkeys(("persen", "persentase", "prosentase"), "%"),
    **dict.fromkeys(("indeks", "nilai indeks", "indeks skm", "ikm"), "indeks"),
}


def unit_of(written: str) -> str:
    """'%', 'indeks', or the unit word as written ('desa', 'kegiatan')."""
    text = " ".join(written.split())
    if text in {"%", "(%)"}:
        return "%"
    return SATUAN_WORDS.get(norm_text(text), text)
