"""Every Indonesian sentence a finding can produce, in one catalogue.

Templates may use {berkas}, {lembar}, {baris}, {kolom}, {nilai} and the
finding's own params. `tindakan` says what the staff member should do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iku_excel.findings import Finding, Severity

G, P, C = Severity.GALAT, Severity.PERINGATAN, Severity.CATATAN


@dataclass(frozen=True)
class Message:
    severity: Severity
    text: str
    tindakan: str


CATALOGUE: dict[str, Message] = {
    # --- the folder and its files ---------------------------------------
    "contoh_data": Message(
        C, "Folder masukan {folder} {keadaan}, sehingga laporan ini dibuat dari DATA CONTOH, bukan data kantor.",
        "Letakkan berkas Excel kantor di folder {folder}, lalu jalankan lagi."),
    "berkas_kunci": Message(
        C, "Berkas {berkas} dilewati: ini berkas penanda sementara Excel (~$), bukan data.",
        "Tidak perlu tindakan. Berkas ini hilang sendiri bila Excel ditutup."),
    "berkas_bukan_data": Message(
        C, "Berkas {berkas} dilewati: bukan lembar kerja ({jenis}).",
        "Tidak perlu tindakan bila berkas ini memang bukan data IKU."),
    "berkas_laporan_sendiri": Message(
        C, "Berkas {berkas} dilewati: ini laporan IKU hasil aplikasi ini sendiri.",
        "Tidak perlu tindakan. Hapus dari folder masukan bila tidak diperlukan."),
    "berkas_rusak": Message(
        G, "Berkas {berkas} tidak dapat dibuka ({alasan}).",
        "Buka berkas itu di Excel, simpan ulang sebagai .xlsx (File > Save As), lalu jalankan lagi."),
    "berkas_kosong": Message(
        G, "Berkas {berkas} kosong (0 byte atau tanpa isi).",
        "Salin ulang berkas aslinya; mungkin penyalinan dari flashdisk atau email belum selesai."),
    "berkas_terkunci_sandi": Message(
        G, "Berkas {berkas} dilindungi kata sandi, sehingga tidak dapat dibaca.",
        "Buka berkas di Excel dengan kata sandinya, lalu File > Info > Protect Workbook > Encrypt with Password, kosongkan kata sandi, simpan, dan jalankan lagi."),
    "rumus_dihitung": Message(
        C, "Sel {kolom}{baris} berisi rumus ={nilai} tanpa hasil tersimpan; hasilnya dihitung oleh aplikasi.",
        "Tidak perlu tindakan. Membuka dan menyimpan berkas di Excel akan menyimpan hasil rumusnya."),
    "rumus_tanpa_nilai": Message(
        P, "Sel {kolom}{baris} berisi rumus ={nilai} tanpa hasil tersimpan, dan rumus ini tidak dapat dihitung aplikasi; sel dianggap kosong.",
        "Buka berkas di Excel, biarkan rumusnya dihitung, simpan, lalu jalankan lagi."),
    "kolom_tersembunyi": Message(
        C, "Kolom {kolom} di lembar {lembar} tersembunyi, tetapi tetap dibaca.",
        "Periksa bahwa kolom tersembunyi itu memang berisi data yang benar."),
    "lembar_tidak_dikenali": Message(
        C, "Lembar {lembar} di berkas {berkas} tidak dikenali sebagai data IKU. Judul kolom yang ditemukan: {judul}. {mirip}",
        "Bila lembar ini memang data IKU, beri judul kolom seperti contoh di README (misalnya {harus})."),
    "lembar_tersembunyi": Message(
        C, "Lembar {lembar} di berkas {berkas} tersembunyi, tetapi tetap dibaca sebagai {sumber}.",
        "Periksa apakah lembar itu memang ingin dihitung."),
    "sumber_tidak_ada": Message(
        G, "Data {sumber} tidak ditemukan di folder masukan, sehingga indikator \"{indikator}\" tidak dapat dihitung.",
        "Tambahkan berkas Excel berisi {sumber} dengan judul kolom {harus}, lalu jalankan lagi."),
    "sumber_gabungan": Message(
        C, "Data {sumber} diambil dari {jumlah} tabel (berkas/lembar) dan dijumlahkan.",
        "Periksa di lembar Cara Data Dibaca bahwa tidak ada tabel yang terhitung dua kali."),
    "tahun_ditebak": Message(
        P, "Tahun laporan tidak diisi; dipakai tahun {tahun} ({dari}).",
        "Isi \"Tahun\" di lembar Pengaturan atau jalankan dengan --tahun."),
    "pengaturan_ganda": Message(
        C, "Ada lebih dari satu lembar pengaturan; yang dipakai: {dipakai}.",
        "Simpan satu lembar pengaturan saja di folder masukan."),
    # --- hostile and broken files (reading/guard.py) ----------------------
    "berkas_tidak_terbaca": Message(
        G, "Berkas {berkas} tidak dapat dibaca dari disk ({alasan}).",
        "Pastikan berkas tidak sedang dipakai program lain dan Anda berhak membukanya (klik kanan > Properties > Security), atau salin ulang berkas itu ke folder masukan, lalu jalankan lagi."),
    "berkas_terlalu_besar": Message(
        G, "Berkas {berkas} terlalu besar ({ukuran}; batas aplikasi ini {batas}), sehingga tidak dibaca.",
        "Pastikan ini memang berkas data IKU. Bila benar, hapus lembar, gambar atau data tahun lain yang tidak diperlukan, simpan, lalu jalankan lagi."),
    "berkas_isi_terlalu_besar": Message(
        G, "Berkas {berkas} tidak dibaca: isinya bila dibuka menjadi {ukuran} ({alasan}), melebihi batas {batas}. Berkas seperti ini biasanya rusak atau sengaja dibuat untuk membuat komputer macet.",
        "Bila asal berkas tidak jelas, hapus dari folder masukan. Bila berkas ini data kantor, buka di Excel, salin datanya ke buku kerja baru, simpan sebagai .xlsx, lalu jalankan lagi."),
    "lembar_terlalu_besar": Message(
        G, "Berkas {berkas} tidak dibaca: {isi}, melebihi batas {batas}.",
        "Hapus baris dan kolom yang tidak diperlukan di bawah dan di kanan tabel (pilih, klik kanan > Delete), simpan, lalu jalankan lagi."),
    "lembar_terlalu_besar_dilewati": Message(
        G, "Lembar {lembar} di berkas {berkas} tidak dibaca: lembar itu {isi}, melebihi batas {batas}. Lembar lain di berkas ini tetap dibaca.",
        "Hapus baris dan kolom yang tidak diperlukan di bawah dan di kanan tabel di lembar itu (pilih, klik kanan > Delete), simpan, lalu jalankan lagi."),
    "sel_jauh_diabaikan": Message(
        P, "Sel {kolom}{baris} di lembar {lembar} berkas {berkas} berisi \"{nilai}\", jauh di bawah atau di kanan tabelnya; sel itu diabaikan (yang dibaca hanya {tabel}) agar lembarnya tetap terbaca. Ada {jumlah} sel seperti ini di lembar itu.",
        "Bila sel itu bukan data, hapus isinya di Excel (Ctrl+End menuju sel terakhir), simpan, lalu jalankan lagi. Bila itu data, pindahkan ke dalam tabel."),
    "batas_proses_terlampaui": Message(
        G, "Berkas {berkas} tidak dibaca: bersama berkas lain yang sudah dibaca, isinya ({sel} sel) melebihi batas {batas} sel untuk satu kali proses. Berkas lainnya tetap dihitung.",
        "Pastikan berkas ini memang data IKU. Bila benar, hapus lembar, baris atau kolom yang tidak diperlukan, atau pindahkan berkas besar lain yang bukan data IKU dari folder masukan, lalu jalankan lagi."),
    "berkas_xml_berbahaya": Message(
        G, "Berkas {berkas} tidak dibaca: bagian {bagian} di dalamnya memuat deklarasi DOCTYPE/ENTITY XML yang tidak pernah dibuat Excel dan dapat dipakai untuk membuat komputer macet atau membocorkan berkas lain.",
        "Jangan buka berkas ini. Minta berkas aslinya dari pengirim, atau ketik ulang datanya di buku kerja baru dan simpan sebagai .xlsx."),
    "buku_kerja_kosong": Message(
        G, "Berkas {berkas} dapat dibuka, tetapi semua lembarnya kosong.",
        "Periksa apakah ini berkas yang benar (mungkin tersimpan sebelum diisi). Isi datanya atau hapus berkas itu dari folder masukan, lalu jalankan lagi."),
    "sel_terpotong": Message(
        P, "Sel {kolom}{baris} di lembar {lembar} berisi teks lebih panjang dari {batas} karakter, batas satu sel Excel; yang dibaca hanya {batas} karakter pertamanya.",
        "Periksa isi sel itu di berkas aslinya: teks sepanjang itu biasanya hasil salah tempel. Perbaiki atau pindahkan teksnya, simpan, lalu jalankan lagi."),
    "teks_nul_dibuang": Message(
        P, "Berkas {berkas} memuat {jumlah} karakter NUL (byte 0) yang bukan bagian dari teks; karakter itu dibuang dan isi lainnya dibaca.",
        "Berkas mungkin rusak saat disalin atau diekspor. Buka berkas di Excel, periksa bahwa datanya lengkap, simpan ulang (File > Save As > CSV), lalu jalankan lagi."),
    "berkas_ekstensi_lain": Message(
        C, "Berkas {berkas} bernama {ekstensi}, tetapi isinya {jenis}; berkas tetap dibaca sebagai {jenis}.",
        "Tidak perlu tindakan. Agar rapi, buka berkas di Excel dan simpan ulang sebagai .xlsx (File > Save As > Excel Workbook)."),
    # --- what lies around the files (reading/files.py) -------------------
    "tautan_ke_luar": Message(
        C, "{berkas} adalah tautan (shortcut, symlink atau junction) ke berkas atau folder di luar folder masukan, sehingga tidak dibaca.",
        "Bila datanya memang diperlukan, salin berkas aslinya (bukan tautannya) ke folder masukan, lalu jalankan lagi."),
    "tautan_rusak": Message(
        C, "{berkas} adalah tautan yang tujuannya sudah tidak ada, sehingga dilewati.",
        "Hapus tautan itu, atau salin berkas aslinya ke folder masukan."),
    "tautan_ganda": Message(
        C, "{berkas} adalah tautan ke {tujuan} di folder masukan ini; datanya dibaca sekali saja, dari {tujuan}.",
        "Tidak perlu tindakan. Hapus tautan itu agar folder masukan tetap rapi."),
    "berkas_khusus": Message(
        C, "{berkas} dilewati: bukan berkas biasa ({jenis}).",
        "Tidak perlu tindakan bila memang bukan data IKU."),
    "folder_tidak_terbaca": Message(
        P, "Folder {berkas} di dalam folder masukan tidak dapat dibuka ({alasan}); berkas di dalamnya tidak dibaca.",
        "Periksa izin folder itu (klik kanan > Properties > Security) atau salin berkasnya ke folder masukan, lalu jalankan lagi."),
    # --- settings -------------------------------------------------------
    "pengaturan_tidak_ada": Message(
        P, "Lembar pengaturan (Uraian | Isi) tidak ditemukan; dipakai nilai bawaan dokumen IKU Kecamatan Benjeng.",
        "Tambahkan lembar Pengaturan (lihat templates/IKU_template.xlsx) berisi nama kecamatan, tahun, Camat, NIP dan target."),
    "pengaturan_tidak_dikenal": Message(
        C, "Baris pengaturan \"{kolom}\" di lembar {lembar} tidak dikenali dan diabaikan.",
        "Periksa ejaan uraian; lihat daftar uraian di templates/IKU_template.xlsx."),
    "pengaturan_nilai_salah": Message(
        P, "Isi pengaturan \"{kolom}\" tidak dapat dibaca: \"{nilai}\". Dipakai: {dipakai}.",
        "Perbaiki isi pengaturan itu di lembar {lembar} baris {baris}. {contoh}"),
    "nip_tidak_sah": Message(
        P, "NIP \"{nilai}\" di lembar {lembar} baris {baris} tidak sah: {masalah}. NIP tetap dicetak seperti tertulis.",
        "Salin NIP dari SK atau kartu pegawai: 18 angka, boleh dikelompokkan 8-6-1-3 (contoh 19671020 198803 1 009: tanggal lahir, tahun dan bulan pengangkatan, jenis kelamin, nomor urut). Ketik sebagai teks (awali dengan tanda petik ') agar Excel tidak mengubahnya menjadi angka dan memotongnya."),
    "pangkat_tidak_dikenal": Message(
        P, "Pangkat \"{nilai}\" di lembar {lembar} baris {baris} {masalah}. Pangkat tetap dicetak seperti tertulis.",
        "Tulis pangkat dan golongan yang sesuai, misalnya \"Pembina Tingkat I\" atau \"Pembina Tk. I (IV/b)\". Daftar: {daftar}."),
    # --- rows and values ------------------------------------------------
    "baris_tahun_lain": Message(
        C, "Baris {sumber} bertanggal tahun {tahun_baris} tidak dihitung untuk laporan tahun {tahun}.",
        "Tidak perlu tindakan bila memang data tahun lain."),
    "baris_tidak_dibaca": Message(
        P, "Baris {baris} di lembar {lembar} tidak dihitung: {alasan}.",
        "Bila baris itu memang data, beri nomor urut dan isi kolom pokoknya; bila bukan, abaikan."),
    "tanggal_tidak_terbaca": Message(
        P, "Tanggal \"{nilai}\" tidak dapat dibaca; baris dihitung sebagai tahun {tahun}.",
        "Tulis tanggal seperti 12/03/2017 atau 12 Maret 2017."),
    "nilai_tidak_dikenal": Message(
        G, "Isi \"{nilai}\" di kolom {kolom} tidak dikenali, sehingga baris ini tidak dihitung.",
        "Gunakan salah satu isian: {pilihan}."),
    "nilai_kosong_dianggap_tidak": Message(
        P, "Kolom {kolom} kosong; baris dihitung sebagai \"{dianggap}\".",
        "Isi kolom {kolom} (misalnya {pilihan})."),
    "skm_jawaban_tidak_sah": Message(
        G, "Jawaban responden tidak sah (\"{nilai}\") di kolom {kolom}; seluruh kuesioner baris ini tidak dihitung.",
        "Isi jawaban dengan 1, 2, 3 atau 4 (atau huruf a-d) di sel {huruf}{baris}."),
    "desa_tidak_dikenal": Message(
        C, "Nama desa \"{nilai}\" tidak ada dalam daftar desa Kecamatan {kecamatan}. {saran}",
        "Periksa ejaan nama desa di kolom {kolom}."),
    "bulan_tidak_ada": Message(
        P, "Laporan kejadian bulanan tidak memuat lembar untuk {jumlah} bulan: {bulan}.",
        "Tambahkan lembar bulan itu; bila tidak ada kejadian, tulis NIHIL di lembarnya."),
    "skm_unsur_kurang": Message(
        G, "Lembar survei {lembar} hanya memuat {jumlah} dari 9 unsur; tidak ditemukan: {hilang}. SKM tidak dihitung dari lembar ini.",
        "Beri judul kolom U1 sampai U9 (atau nama unsurnya) untuk kesembilan unsur."),
    "skm_unsur_urutan": Message(
        C, "Nama unsur di lembar {lembar} tidak sama dengan daftar unsur {aturan}; kolom dipakai menurut urutannya sebagai U1-U9.",
        "Periksa bahwa aturan SKM di lembar Pengaturan sesuai dengan kuesioner yang dipakai."),
    "skm_sampel_kurang": Message(
        P, "Jumlah responden SKM ({n}) kurang dari sampel minimal {minimum} untuk {populasi} pengguna layanan (tabel Krejcie dan Morgan).",
        "Tambah responden survei hingga sedikitnya {minimum}, atau periksa isian \"Jumlah Pengguna Layanan\" di Pengaturan."),
    "skm_dekat_batas": Message(
        P, "Nilai SKM {nilai} berada dalam 0,05 dari batas mutu {batas} ({aturan}); satu kuesioner dapat mengubah mutunya.",
        "Periksa kembali data survei sebelum laporan dikirim."),
    "skm_aturan_lama": Message(
        C, "Laporan tahun {tahun} masih memakai PermenPAN-RB 16/2014 sesuai dokumen IKU; aturan itu telah diganti PermenPAN-RB 14/2017.",
        "Bila perlu, ubah \"Aturan SKM\" di lembar Pengaturan menjadi PermenPAN-RB 14/2017."),
    "pelanggaran_tahun_lalu_pengaturan": Message(
        C, "Jumlah pelanggaran perda tahun {tahun_lalu} diambil dari lembar pengaturan: {jumlah}.",
        "Tidak perlu tindakan."),
    "pelanggaran_tahun_lalu_ganda": Message(
        P, "Jumlah pelanggaran tahun {tahun_lalu} ada di register ({dari_baris} baris) dan di pengaturan ({dari_pengaturan}); dipakai angka pengaturan.",
        "Kosongkan salah satu agar tidak membingungkan."),
    # --- indicators -----------------------------------------------------
    "indikator_penyebut_nol": Message(
        P, "Indikator \"{indikator}\" tidak dapat dihitung: {sebab}.",
        "{saran}"),
    "penurunan_tanda": Message(
        C, "Rumus penurunan pelanggaran perda dihitung sesuai dokumen IKU: (n - (n-1)) / n x 100%. Hasil negatif berarti pelanggaran TURUN; positif berarti NAIK.",
        "Bila ingin rumus penurunan yang lazim ((n-1) - n) / (n-1) x 100%, ubah pengaturan \"Rumus Penurunan Pelanggaran Perda\" menjadi \"Penurunan biasa\"."),
    "capaian_tidak_dihitung": Message(
        P, "Capaian \"{indikator}\" tidak dihitung: {sebab}.",
        "{saran}"),
}


def render(finding: Finding, template: str) -> str:
    fields: dict[str, Any] = {
        "berkas": finding.file or "-",
        "lembar": finding.sheet or "-",
        "baris": finding.row if finding.row is not None else "",
        "kolom": finding.column or "-",
        "nilai": "" if finding.value is None else finding.value,
    }
    fields.update(finding.params)
    return template.format_map(_Lenient(fields))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "-"


def text_of(finding: Finding) -> str:
    return render(finding, CATALOGUE[finding.code].text)


def tindakan_of(finding: Finding) -> str:
    return render(finding, CATALOGUE[finding.code].tindakan)
