"""The official IKU table of Kecamatan Benjeng, as data.

Wording is copied from the IKU document (shared/seed) and must not be
edited: auditors compare it word for word with the signed document.
"""

from __future__ import annotations

from dataclasses import dataclass

HIGHER_IS_BETTER = "naik"
LOWER_IS_BETTER = "turun"


@dataclass(frozen=True)
class Indicator:
    code: str
    sasaran_no: int
    sasaran: str
    nama: str                 # INDIKATOR KINERJA UTAMA, official wording
    pembilang: str | None     # formula numerator, official wording
    penyebut: str | None      # formula denominator
    penjelasan: str | None    # explanation when there is no fraction (SKM)
    sumber_data: str
    penanggung_jawab: str
    source: str               # code of the input source (schema.py)
    satuan: str               # "%" or "indeks"
    arah: str                 # HIGHER_IS_BETTER or LOWER_IS_BETTER
    target_words: tuple[str, ...]  # words that name it in a "Target ..." setting
    label: str                # short name for messages and charts


SASARAN = {
    1: "Meningkatnya kualitas pelayanan publik",
    2: "Meningkatnya ketentraman dan ketertiban masyarakat",
    3: "Meningkatnya kualitas dan kuantitas perencanaan pembangunan",
    4: "Meningkatnya pemberdayaan masyarakat dan kelompok masyarakat desa/kelurahan",
    5: "Meningkatnya pembinaan perekonomian masyarakat",
}

# The two penurunan formulas (domain.md): as the document writes it, and the
# usual percent decrease offered as a setting.
PENURUNAN_DOKUMEN = (
    "Jumlah pelanggaran perda di Kecamatan (n) - Jumlah pelanggaran perda di Kecamatan tahun (n-1)",
    "Jumlah pelanggaran perda di Kecamatan tahun (n)",
)
PENURUNAN_BIASA = (
    "Jumlah pelanggaran perda di Kecamatan tahun (n-1) - "
    "Jumlah pelanggaran perda di Kecamatan tahun (n)",
    "Jumlah pelanggaran perda di Kecamatan tahun (n-1)",
)

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "skm", 1, SASARAN[1],
        "Nilai Survey Kepuasan Masyarakat Pelayanan Publik di tingkat Kecamatan",
        None, None,
        "Survey Kepuasan Masyarakat sesuai Permenpan No. 16 Tahun 2014 tentang Pedoman "
        "Pelaksanaan Survey Kepuasan Masyarakat",
        "Hasil Survey Kepuasan Masyarakat (SKM)", "Kecamatan", "skm", "indeks",
        HIGHER_IS_BETTER, ("skm", "ikm", "kepuasan"), "Nilai SKM"),
    Indicator(
        "penurunan_pelanggaran_perda", 2, SASARAN[2],
        "Persentase penurunan pelanggaran perda di Kecamatan",
        *PENURUNAN_DOKUMEN, None,
        "Report base data tindak kriminal", "Kecamatan", "pelanggaran", "%",
        HIGHER_IS_BETTER, ("pelanggaran", "perda"), "Penurunan pelanggaran perda"),
    Indicator(
        "konflik_ditindaklanjuti", 2, SASARAN[2],
        "Persentase konflik yang ditindaklanjuti/difasilitasi",
        "Jumlah konflik yang ditindaklanjuti/difasilitasi", "Jumlah konflik", None,
        "Report base laporan kejadian bulanan", "Kecamatan", "konflik", "%",
        HIGHER_IS_BETTER, ("konflik",), "Konflik ditindaklanjuti"),
    Indicator(
        "partisipasi_musrenbang", 3, SASARAN[3],
        "Tingkat partisipasi masyarakat dalam penyusunan perencanaan pembangunan kecamatan",
        "Jumlah masyarakat yang hadir dalam Musrenbang kecamatan",
        "Jumlah seluruh masyarakat yang diundang pada kegiatan Musrenbang kecamatan", None,
        "Daftar Hadir Musrenbang kecamatan", "Kecamatan", "hadir", "%",
        HIGHER_IS_BETTER, ("partisipasi", "hadir", "kehadiran"), "Partisipasi Musrenbang"),
    Indicator(
        "usulan_direkomendasikan", 3, SASARAN[3],
        "Persentase usulan masyarakat (kelurahan/desa) yang direkomendasikan di tingkat kecamatan",
        "Jumlah program/kegiatan usulan masyarakat (kelurahan/desa) yang direkomendasikan",
        "Jumlah seluruh program/kegiatan yang diusulkan", None,
        "Dokumen musrenbang kecamatan", "Kecamatan", "usulan", "%",
        HIGHER_IS_BETTER, ("usulan", "rekomendasi", "direkomendasikan"), "Usulan direkomendasikan"),
    Indicator(
        "ormas_dibina", 4, SASARAN[4],
        "Persentase organisasi kemasyarakatan di tingkat kecamatan yang dibina",
        "Jumlah organisasi kemasyarakatan yang dibina", "Jumlah organisasi kemasyarakatan", None,
        "Report base data pembinaan organisasi masyarakat", "Kecamatan", "ormas", "%",
        HIGHER_IS_BETTER, ("ormas", "organisasi"), "Ormas dibina"),
    Indicator(
        "lembaga_ekonomi_dibina", 5, SASARAN[5],
        "Persentase lembaga ekonomi desa yang dibina",
        "Jumlah lembaga ekonomi desa yang dibina", "Jumlah lembaga ekonomi desa", None,
        "Report base data pembinaan lembaga ekonomi", "Kecamatan", "lembaga", "%",
        HIGHER_IS_BETTER, ("lembaga", "ekonomi"), "Lembaga ekonomi dibina"),
)

BY_CODE = {i.code: i for i in INDICATORS}
CODES = tuple(i.code for i in INDICATORS)

TUGAS_POKOK = (
    "Membantu Bupati dalam penyelenggaraan tugas umum pemerintahan di wilayah kerja "
    "kecamatan dan melaksanakan kewenangan pemerintahan yang dilimpahkan oleh Bupati untuk "
    "menangani sebagian urusan"
)
TUGAS_FUNGSI = (
    "Pengkoordinasian penyelenggaraan kegiatan pemerintahan di tingkat kecamatan;",
    "Pengkoordinasian dan penyelenggaraan kegiatan pemberdayaan masyarakat;",
    "Pengkoordinasian dan penyelenggaraan ketentraman dan ketertiban umum;",
    "Pengkoordinasian penerapan dan penegakan peraturan perundang-undangan;",
    "Pengkoordinasian dan penyelenggaraan pemeliharaan sarana prasarana fasilitas umum;",
    "Pengkoordinasian penyelenggaraan pemerintahan di tingkat kecamatan;",
    "Pembinaan penyelenggaraan pemerintahan desa dan/atau kelurahan;",
    "Pelaksanaan pelayanan masyarakat yang menjadi ruang lingkup tugasnya dan/atau belum "
    "dapat dilaksanakan desa dan/atau kelurahan;",
    "Pengkoordinasian pencegahan, penanggulangan dan penanganan pasca bencana;",
    "Pengkoordinasian dan penyelenggaraan pelayanan di bidang administrasi pertanahan dan "
    "kependudukan di kecamatan;",
    "Pelaksanaan pelaporan hasil monitoring kegiatan pemerintahan, pembangunan dan "
    "kemasyarakatan di wilayah kerja kecamatan;",
    "Pelaksanaan tugas kedinasan lain yang diberikan oleh Bupati sesuai dengan bidang tugasnya.",
)
