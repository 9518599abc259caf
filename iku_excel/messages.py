"""Every Indonesian sentence a finding can produce, in one catalogue.

Templates may use {berkas}, {lembar}, {baris}, {kolom}, {nilai} and the
finding's own params. `tindakan` says what the staff member should do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iku_excel.findings import Finding, Severity
from iku_excel.rounding import count_id

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
        "Bila lembar ini memang data IKU, beri judul kolom seperti {harus} (contoh lengkapnya ada di buku kerja isian: klik dua kali buat_template.bat)."),
    "lembar_tanpa_judul_kolom": Message(
        P, "Lembar {lembar} di berkas {berkas} tidak dibaca: baris pertamanya sudah berisi data ({contoh}), tanpa baris judul kolom, sehingga isinya tidak dapat dikenali.",
        "Bila lembar ini data IKU, sisipkan satu baris judul kolom di atas data (misalnya {harus}), lalu jalankan lagi."),
    "lembar_ringkasan": Message(
        C, "Lembar {lembar} di berkas {berkas} adalah {jenis}, bukan daftar satu baris per data; tidak dihitung sebagai {sumber}.",
        "Tidak perlu tindakan bila daftar per barisnya ada di lembar atau berkas lain: angka IKU dihitung dari daftar itu, bukan dari rekap."),
    "judul_kolom_mirip": Message(
        P, "Judul kolom \"{kolom}\" (kolom {huruf}) di lembar {lembar} tidak dikenali, sehingga kolom itu tidak dibaca; mungkin maksudnya {saran}.",
        "Bila kolom itu berisi {saran}, ubah judulnya menjadi {saran}, lalu jalankan lagi."),
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
        P, "Lembar pengaturan (Uraian | Isi) tidak ditemukan; kecamatan dan aturan perhitungan memakai nilai bawaan dokumen IKU Kecamatan Benjeng, sedangkan penanda tangan dan target kosong.",
        "Tambahkan lembar Pengaturan (lihat templates/IKU_template.xlsx) berisi nama kecamatan, tahun, Camat, NIP dan target."),
    "pengaturan_tidak_dikenal": Message(
        C, "Baris pengaturan \"{kolom}\" di lembar {lembar} tidak dikenali dan diabaikan.",
        "Periksa ejaan uraian; lihat daftar uraian di templates/IKU_template.xlsx."),
    "pengaturan_tanpa_isian": Message(
        C, "Lembar {lembar} di berkas {berkas} berjudul kolom seperti lembar pengaturan, tetapi tidak memuat satu pun pengaturan yang dikenal; lembar ini tidak dibaca sebagai pengaturan.",
        "Tidak perlu tindakan bila lembar ini bukan pengaturan. Bila memang pengaturan, tulis uraiannya seperti pada lembar Pengaturan di buku kerja isian (Kecamatan, Tahun, Nama Camat, Target SKM, ...)."),
    "pengaturan_tahun_lain": Message(
        C, "Baris pengaturan \"{kolom}\" untuk tahun {tahun_baris} tidak dipakai pada laporan tahun {tahun}.",
        "Tidak perlu tindakan bila memang angka tahun lain."),
    "pengaturan_tanpa_tahun": Message(
        P, "Baris pengaturan \"{kolom}\" tidak menyebut tahunnya, sehingga tidak dipakai.",
        "Tulis tahunnya, misalnya \"Jumlah Pelanggaran Perda Tahun 2016\", atau tulis \"Jumlah Pelanggaran Perda Tahun Sebelumnya\"."),
    "pengaturan_nilai_salah": Message(
        P, "Isi pengaturan \"{kolom}\" tidak dapat dibaca: \"{nilai}\". Dipakai: {dipakai}.",
        "Perbaiki isi pengaturan itu di lembar {lembar} baris {baris}. {contoh}"),
    "nip_tidak_sah": Message(
        P, "NIP \"{nilai}\" di lembar {lembar} baris {baris} tidak sah: {masalah}. NIP tetap dicetak seperti tertulis.",
        "Salin NIP dari SK atau kartu pegawai: 18 angka, boleh dikelompokkan 8-6-1-3 (contoh 19671020 198803 1 009: tanggal lahir, tahun dan bulan pengangkatan, jenis kelamin, nomor urut). Ketik sebagai teks (awali dengan tanda petik ') agar Excel tidak mengubahnya menjadi angka dan memotongnya."),
    "pangkat_tidak_dikenal": Message(
        P, "Pangkat \"{nilai}\" di lembar {lembar} baris {baris} {masalah}. Pangkat tetap dicetak seperti tertulis.",
        "Tulis pangkat dan golongan yang sesuai, misalnya \"Pembina Tingkat I\" atau \"Pembina Tk. I (IV/b)\". Daftar: {daftar}."),
    "penandatangan_kosong": Message(
        P, "Penanda tangan laporan belum diisi di lembar pengaturan: {kosong}. Blok tanda tangan di lembar IKU menunjukkan tempat menuliskannya, dan laporan ditandai BELUM FINAL.",
        "Isi baris \"Nama Camat\", \"Pangkat\" dan \"NIP\" di lembar Pengaturan (lihat templates/IKU_template.xlsx), lalu jalankan lagi."),
    "tanggal_ttd_bawaan": Message(
        C, "Tanggal penandatanganan tidak diisi; dipakai {tanggal}, bulan sesudah periode laporan tahun {tahun} berakhir.",
        "Bila laporan ditandatangani pada tanggal lain, isi \"Tanggal Penandatanganan\" di lembar Pengaturan."),
    # --- rows and values ------------------------------------------------
    "baris_tahun_lain": Message(
        C, "Baris {sumber} bertanggal tahun {tahun_baris} tidak dihitung untuk laporan tahun {tahun}.",
        "Tidak perlu tindakan bila memang data tahun lain."),
    "baris_bukan_data": Message(
        C, "Baris berlabel \"{nilai}\" di lembar {lembar} tidak dihitung sebagai data: {jenis}.",
        "Tidak perlu tindakan bila baris itu memang bukan data."),
    "baris_ganda": Message(
        C, "Baris ini sama persis dengan baris {baris_asal} di {tempat}; dihitung sekali saja.",
        "Tidak perlu tindakan bila memang salinan; hapus salinannya agar tidak membingungkan."),
    "baris_tidak_dibaca": Message(
        P, "Baris {baris} di lembar {lembar} tidak dihitung: {alasan}.",
        "Bila baris itu memang data, beri nomor urut dan isi kolom pokoknya; bila bukan, abaikan."),
    "tanggal_tidak_terbaca": Message(
        G, "Tanggal \"{nilai}\" di kolom {kolom} tidak dapat dibaca, sehingga tahunnya tidak diketahui dan baris ini tidak dihitung.",
        "Perbaiki tanggalnya (misalnya 12/03/2017 atau 12 Maret 2017), lalu jalankan lagi."),
    "tanggal_pembinaan_tidak_terbaca": Message(
        P, "Tanggal pembinaan \"{nilai}\" tidak dapat dibaca; baris dihitung sebagai belum dibina pada tahun {tahun}.",
        "Tulis tanggal seperti 12/03/2017 atau 12 Maret 2017, atau isi kolom Dibina dengan Ya/Tidak."),
    "nilai_tidak_dikenal": Message(
        P, "Isi \"{nilai}\" di kolom {kolom} tidak dikenali; baris tetap dihitung, sebagai \"Tidak\".",
        "Gunakan salah satu isian: {pilihan}."),
    "tindak_lanjut_uraian": Message(
        C, "Kolom {kolom} berisi uraian tindakan (\"{nilai}\") dan tidak ada kolom Status; konflik ini dihitung sudah ditindaklanjuti.",
        "Tidak perlu tindakan. Agar pasti, tambahkan kolom Status (Sudah, Proses, Selesai atau Belum)."),
    "tanda_tangan_kosong": Message(
        C, "Kolom {kolom} hanya berisi \"{nilai}\" (nomor atau garis titik formulir, tanpa nama, paraf atau tanda centang); dihitung tidak hadir.",
        "Tidak perlu tindakan bila orang itu memang tidak hadir."),
    "nilai_kosong_dianggap_tidak": Message(
        P, "Kolom {kolom} kosong; baris dihitung sebagai \"{dianggap}\".",
        "Isi kolom {kolom} (misalnya {pilihan})."),
    "skm_hanya_ringkasan": Message(
        G, "Data survei hanya berupa {jenis} (lembar {lembar} di berkas {berkas}); nilai SKM tidak dapat dihitung dari ringkasan, sehingga indikator \"{indikator}\" tidak dihitung.",
        "Tambahkan jawaban setiap responden: satu baris per responden, kolom U1 sampai U9 berisi jawaban 1-4 (lihat lembar Survei SKM di buku kerja isian, klik dua kali buat_template.bat)."),
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
        G, "Lembar survei {lembar} memuat {jumlah} kolom unsur ({ditemukan}), sedangkan {aturan} memakai {harus} unsur; tidak ditemukan: {hilang}. SKM tidak dihitung dari lembar ini.",
        "Beri judul kolom U1 sampai U{harus} (atau nama unsurnya) untuk setiap unsur kuesioner, atau pilih \"Aturan SKM\" yang sesuai di lembar Pengaturan (9 unsur: PermenPAN-RB 16/2014 atau 14/2017; 14 unsur: KepMenPAN 25/2004)."),
    "skm_unsur_lebih": Message(
        G, "Lembar survei {lembar} memuat {jumlah} kolom unsur ({ditemukan}), lebih dari {harus} unsur menurut {aturan}. SKM tidak dihitung dari lembar ini, agar tidak dihitung dari sebagian unsur saja.",
        "Pilih \"Aturan SKM\" yang sesuai dengan kuesioner di lembar Pengaturan (9 unsur: PermenPAN-RB 16/2014 atau 14/2017; 14 unsur: KepMenPAN 25/2004), atau hapus kolom yang bukan jawaban unsur."),
    "skm_unsur_dipetakan": Message(
        C, "Kolom {kolom} di lembar {lembar} ({nama}) bukan unsur {aturan}; kolom ini dihitung sebagai unsur U{nomor} {unsur}, yang tidak ada di lembar ini.",
        "Periksa bahwa \"Aturan SKM\" di lembar Pengaturan sesuai dengan kuesioner yang dipakai."),
    "skm_aturan_otomatis": Message(
        C, "Survei memuat {jumlah} unsur ({lembar}), sehingga SKM dihitung menurut {aturan}: bobot tiap unsur 1/{jumlah}, tabel mutunya di lembar SKM.",
        "Bila kuesioner memakai aturan lain, isi \"Aturan SKM\" di lembar Pengaturan."),
    "skm_aturan_2004": Message(
        C, "KepMenPAN 25/2004 (14 unsur) telah diganti PermenPAN-RB 16/2014 dan kemudian PermenPAN-RB 14/2017 (9 unsur); laporan tahun {tahun} ini tetap dihitung menurut kuesioner 14 unsur yang dipakai.",
        "Untuk survei berikutnya, pertimbangkan kuesioner 9 unsur PermenPAN-RB 14/2017."),
    "skm_bobot_dibulatkan": Message(
        C, "Bobot SKM \"{bobot_pengaturan}\" di lembar Pengaturan dibaca sebagai bobot yang dibulatkan {desimal} desimal; survei ini memakai {jumlah} unsur, sehingga dipakai 1/{jumlah} yang dibulatkan {desimal} desimal: {bobot}.",
        "Bila ingin bobot tepat, isi \"Bobot SKM\" dengan \"Tepat\"."),
    "skm_tanpa_jawaban": Message(
        C, "{jumlah} baris di lembar {lembar} tidak berisi satu jawaban pun (baris {daftar}); baris itu bukan responden dan tidak dihitung.",
        "Tidak perlu tindakan bila baris itu memang formulir kosong; bila kuesionernya ada, isi jawabannya."),
    "skm_ganda_id": Message(
        C, "{jumlah} kuesioner di lembar {lembar} baris {baris} sudah tercatat di {asal} baris {baris_asal} dengan {kolom} dan jawaban yang sama; masing-masing dihitung sekali.",
        "Tidak perlu tindakan. Agar rapi, hapus salinan berkas atau baris itu."),
    "skm_ganda_baris": Message(
        C, "{jumlah} kuesioner di lembar {lembar} baris {baris} sama persis (seluruh isi baris) dengan {asal} baris {baris_asal}; masing-masing dihitung sekali.",
        "Tidak perlu tindakan bila itu salinan. Agar rapi, hapus salinan berkas atau lembar itu."),
    "skm_id_beda_jawaban": Message(
        P, "{jumlah} kuesioner di lembar {lembar} baris {baris} memakai {kolom} yang sama dengan {asal} baris {baris_asal}, tetapi jawabannya berbeda; keduanya dihitung.",
        "Periksa apakah responden itu memang mengisi dua kuesioner; bila salah satu keliru, hapus atau perbaiki barisnya."),
    "skm_baris_sama_ragu": Message(
        P, "{jumlah} baris di lembar {lembar} ({baris}) sama persis dengan {asal} baris {baris_asal}, tetapi tidak ada tanggal, kode responden atau saran yang menunjukkan bahwa itu responden yang sama; semuanya dihitung.",
        "Bila baris itu salinan, hapus salah satunya. Bila respondennya berbeda, tidak perlu tindakan (kolom Tanggal atau Kode Responden membantu membedakannya)."),
    "skm_sampel_kurang": Message(
        P, "Jumlah responden SKM ({n}) kurang dari sampel minimal {minimum} untuk {populasi} pengguna layanan (tabel Krejcie dan Morgan).",
        "Tambah responden survei hingga sedikitnya {minimum}, atau periksa isian \"Jumlah Pengguna Layanan\" di Pengaturan."),
    "skm_sampel_kurang_2004": Message(
        P, "Jumlah responden SKM ({n}) kurang dari {minimum}, jumlah responden minimal menurut KepMenPAN 25/2004 ((14 unsur + 1) x 10 = 150, atau seluruh pengguna layanan bila kurang dari itu).",
        "Tambah responden survei hingga sedikitnya {minimum}, atau periksa isian \"Jumlah Pengguna Layanan\" di Pengaturan."),
    "skm_sampel_tanpa_populasi": Message(
        C, "\"Jumlah Pengguna Layanan\" tidak diisi, sehingga sampel minimal SKM tidak dapat dihitung. {n} responden memenuhi tabel Krejcie dan Morgan (PermenPAN-RB 14/2017) hanya bila pengguna layanan paling banyak {populasi_maks} orang; untuk jumlah pengguna berapa pun diperlukan {minimum} responden.",
        "Isi \"Jumlah Pengguna Layanan\" (jumlah pengguna layanan pada periode survei) di lembar Pengaturan agar kecukupan sampel diperiksa."),
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
    "pelanggaran_tahun_lalu_terbawa": Message(
        C, "Baris pelanggaran bertanggal tahun {tahun_lalu} tidak dihitung sebagai jumlah pelanggaran tahun {tahun_lalu}: {alasan}.",
        "Jumlah tahun {tahun_lalu} diambil dari register tahun itu (judul, nama lembar atau nama berkasnya menyebut tahun {tahun_lalu}) atau dari baris \"Jumlah Pelanggaran Perda Tahun {tahun_lalu}\" di lembar Pengaturan."),
    "pelanggaran_tahun_ini_pengaturan": Message(
        C, "Jumlah pelanggaran perda tahun {tahun} diambil dari lembar pengaturan: {jumlah}.",
        "Tidak perlu tindakan."),
    "pelanggaran_tahun_ini_ganda": Message(
        P, "Jumlah pelanggaran tahun {tahun} ada di register ({dari_baris} baris) dan di pengaturan ({dari_pengaturan}); dipakai jumlah baris register.",
        "Periksa mana yang benar, lalu kosongkan baris pengaturan itu."),
    # --- indicators -----------------------------------------------------
    "indikator_penyebut_nol": Message(
        P, "Indikator \"{indikator}\" tidak dapat dihitung: {sebab}.",
        "{saran}"),
    "penurunan_tanda": Message(
        C, "Rumus penurunan pelanggaran perda dihitung sesuai dokumen IKU: (n - (n-1)) / n x 100%. Hasil negatif berarti pelanggaran TURUN; positif berarti NAIK.",
        "Bila ingin rumus penurunan yang lazim ((n-1) - n) / (n-1) x 100%, ubah pengaturan \"Rumus Penurunan Pelanggaran Perda\" menjadi \"Penurunan biasa\"."),
    "target_penurunan_dibaca": Message(
        C, "Target penurunan pelanggaran perda ditulis {ditulis}: dibaca sebagai turun {ditulis}%, yaitu {dipakai}% pada {rumus} (penurunan bernilai negatif). Capaian dihitung dengan target {dipakai}%.",
        "Tidak perlu tindakan bila maksudnya memang pelanggaran turun {ditulis}%."),
    "target_penurunan_naik": Message(
        P, "Target penurunan pelanggaran perda ({ditulis}) meminta jumlah pelanggaran NAIK menurut {rumus}, sehingga capaian tidak dihitung.",
        "Tulis target sebagai besar penurunan yang diinginkan, misalnya 20 untuk turun 20%, di lembar Pengaturan."),
    "capaian_tidak_dihitung": Message(
        P, "Capaian \"{indikator}\" tidak dihitung: {sebab}.",
        "{saran}"),
    # --- the Data sheet of a report, read back (report/data_sheet.py) ----------
    "data_rumus": Message(
        G, "Sel {kolom}{baris} lembar Data berkas {berkas} berisi rumus; lembar Data hanya berisi angka yang ditulis aplikasi, jadi isinya tidak dipakai.",
        "Minta kecamatan mengirim laporan hasil iku-excel apa adanya, atau membuat laporannya lagi."),
    "data_tanpa_tabel": Message(
        G, "Lembar Data berkas {berkas} tidak berisi tabel indikator (judul kolom {judul}); laporan ini tidak dapat direkap.",
        "Minta kecamatan mengirim laporan hasil iku-excel apa adanya, atau membuat laporannya lagi."),
    "data_label_kosong": Message(
        G, "Lembar Data berkas {berkas} tidak menyebut {label}; laporan ini tidak dapat direkap.",
        "Minta kecamatan mengirim laporan hasil iku-excel apa adanya, atau membuat laporannya lagi."),
    "data_isi_salah": Message(
        G, "Isi \"{label}\" di lembar Data berkas {berkas} tidak terbaca (\"{nilai}\"; seharusnya {harus}); tidak dipakai.",
        "Minta kecamatan mengirim laporan hasil iku-excel apa adanya, atau membuat laporannya lagi."),
    "data_kode_kosong": Message(
        P, "Baris {baris} lembar Data berkas {berkas} berisi angka tanpa Kode indikator; baris itu tidak dipakai.",
        "Minta kecamatan mengirim laporan hasil iku-excel apa adanya, atau membuat laporannya lagi."),
    "data_kode_ganda": Message(
        G, "Kode \"{nilai}\" tertulis dua kali di lembar Data berkas {berkas} (baris {baris_pertama} dan {baris}); yang dipakai baris {baris_pertama}.",
        "Minta kecamatan mengirim laporan hasil iku-excel apa adanya, atau membuat laporannya lagi."),
    "data_bukan_angka": Message(
        G, "Sel {sel} ({kolom}) lembar Data berkas {berkas} berisi \"{nilai}\", bukan angka; tidak dipakai.",
        "Minta kecamatan mengirim laporan hasil iku-excel apa adanya, atau membuat laporannya lagi."),
    # --- the regency rekap (rekap/) ---------------------------------------------
    "rekap_tanpa_data": Message(
        G, "Berkas {berkas} tampak seperti laporan IKU{kecamatan}, tetapi tidak memiliki lembar Data (dibuat dengan iku-excel versi lama, atau diketik ulang), sehingga tidak direkap.",
        "Minta kecamatan itu membuat laporannya lagi dengan iku-excel versi terbaru dan mengirim berkas .xlsx hasilnya apa adanya (jangan diketik ulang atau disalin ke berkas lain)."),
    "rekap_bukan_laporan": Message(
        C, "Berkas {berkas} dilewati: bukan laporan IKU kecamatan.",
        "Tidak perlu tindakan bila berkas ini memang bukan laporan."),
    "rekap_berkas_rekap": Message(
        C, "Berkas {berkas} dilewati: ini rekap kabupaten, bukan laporan kecamatan.",
        "Tidak perlu tindakan."),
    "rekap_iku_hilang": Message(
        P, "Berkas {berkas} (Kecamatan {kecamatan}) tidak memiliki lembar IKU, sehingga tidak dapat diperiksa apakah laporannya diubah sesudah dibuat; angkanya diambil dari lembar Data.",
        "Minta kecamatan itu mengirim laporan hasil iku-excel apa adanya."),
    "rekap_daftar_dipakai": Message(
        C, "Daftar kecamatan diambil dari lembar {lembar} di berkas {berkas} ({jumlah} kecamatan).",
        "Tidak perlu tindakan."),
    "rekap_daftar_bawaan": Message(
        C, "Daftar kecamatan: daftar bawaan aplikasi untuk Kabupaten {kabupaten} ({jumlah} kecamatan).",
        "Bila daftarnya berbeda, tambahkan lembar \"Daftar Kecamatan\" (satu kolom berjudul Kecamatan) di sebuah berkas Excel dalam folder yang sama, lalu jalankan lagi."),
    "rekap_daftar_tidak_ada": Message(
        P, "Daftar kecamatan Kabupaten {kabupaten} tidak dikenal aplikasi dan tidak ada lembar Daftar Kecamatan, sehingga kecamatan yang belum mengirim tidak dapat diketahui; yang direkap hanya kecamatan yang laporannya diterima.",
        "Tambahkan lembar \"Daftar Kecamatan\" (satu kolom berjudul Kecamatan) di sebuah berkas Excel dalam folder yang sama, lalu jalankan lagi."),
    "rekap_daftar_ganda": Message(
        C, "Lembar {lembar} di berkas {berkas} tidak dipakai: daftar kecamatan sudah diambil dari {dipakai}.",
        "Simpan satu lembar Daftar Kecamatan saja di folder ini."),
    "rekap_daftar_kosong": Message(
        P, "Lembar {lembar} di berkas {berkas} tidak berisi nama kecamatan; tidak dipakai.",
        "Tulis nama kecamatan di bawah judul kolom Kecamatan, satu per baris."),
    "rekap_daftar_nama_ganda": Message(
        C, "Kecamatan \"{nilai}\" tertulis dua kali di lembar {lembar} (baris {baris_pertama} dan {baris}); dihitung sekali.",
        "Hapus salah satunya."),
    "rekap_pengaturan_ganda": Message(
        C, "Lembar {lembar} di berkas {berkas} tidak dipakai: pengaturan rekap sudah diambil dari {dipakai}.",
        "Simpan satu lembar pengaturan rekap saja di folder ini."),
    "rekap_pengaturan_kecamatan": Message(
        C, "Lembar {lembar} di berkas {berkas} adalah pengaturan Kecamatan {nilai}, bukan pengaturan rekap kabupaten; tidak dipakai untuk tanda tangan rekap.",
        "Tidak perlu tindakan. Pengaturan rekap kabupaten tidak berisi baris Kecamatan."),
    "rekap_penandatangan_kosong": Message(
        P, "Pengaturan rekap ({berkas} / {lembar}) belum mengisi {kosong}; blok tanda tangan menunjukkan tempat menuliskannya.",
        "Isi baris Jabatan, Nama Penandatangan, Pangkat dan NIP di lembar pengaturan itu, lalu jalankan lagi."),
    "rekap_periode_dipilih": Message(
        C, "Rekap dibuat untuk {periode}: periode terbanyak di antara laporan ({jumlah} dari {dari} laporan).",
        "Untuk periode lain, jalankan dengan --tahun (dan --triwulan)."),
    "rekap_periode_lain": Message(
        C, "Berkas {berkas} adalah laporan Kecamatan {kecamatan} {periode_laporan}, bukan {periode}; tidak direkap di sini.",
        "Untuk merekap periode itu, jalankan dengan --tahun (dan --triwulan)."),
    "rekap_nama_disesuaikan": Message(
        C, "Nama kecamatan \"{nilai}\" di berkas {berkas} dicocokkan dengan Kecamatan {kecamatan}.",
        "Tidak perlu tindakan bila memang kecamatan itu."),
    "rekap_kecamatan_tidak_dikenal": Message(
        P, "Kecamatan \"{nilai}\" (berkas {berkas}) tidak ada di daftar kecamatan.{mirip} Laporannya tetap direkap, di bawah daftar.",
        "Periksa nama kecamatan di laporan itu, atau tambahkan namanya ke lembar Daftar Kecamatan."),
    "rekap_kabupaten_lain": Message(
        P, "Berkas {berkas} adalah laporan Kecamatan {kecamatan} dari Kabupaten {nilai}, bukan Kabupaten {kabupaten}; tidak direkap.",
        "Pindahkan berkas itu dari folder ini, atau periksa nama kabupaten di pengaturan kecamatan itu."),
    "rekap_data_contoh": Message(
        P, "Berkas {berkas} bertanda DATA CONTOH (dibuat dari data contoh aplikasi, bukan data Kecamatan {kecamatan}); tidak direkap.",
        "Minta kecamatan itu membuat laporan dari datanya sendiri dan mengirimnya lagi."),
    "rekap_ganda": Message(
        C, "Berkas {berkas} adalah laporan Kecamatan {kecamatan} yang juga ada sebagai {dipakai}{sama}; yang direkap {dipakai} (dibuat paling akhir).",
        "Tidak perlu tindakan."),
    "rekap_ganda_sama_waktu": Message(
        P, "Berkas {berkas} dan {dipakai} sama-sama laporan Kecamatan {kecamatan} dengan waktu dibuat yang sama, tetapi isinya berbeda; yang direkap {dipakai}.",
        "Tanyakan ke kecamatan itu laporan mana yang benar, lalu hapus yang lain dari folder."),
    "rekap_diubah": Message(
        P, "Laporan Kecamatan {kecamatan} diubah sesudah dibuat: sel {sel} lembar IKU ({kolom}, indikator {kode}) berisi \"{nilai}\", sedangkan lembar Data mencatat {data}. Yang direkap angka lembar Data.",
        "Tanyakan ke kecamatan itu. Bila angkanya memang berubah, laporan harus dibuat lagi dengan iku-excel dari data yang diperbaiki."),
    "rekap_diubah_baris": Message(
        P, "Laporan Kecamatan {kecamatan} diubah sesudah dibuat: baris indikator {kode} tidak ada lagi di lembar IKU. Yang direkap angka lembar Data.",
        "Tanyakan ke kecamatan itu. Bila angkanya memang berubah, laporan harus dibuat lagi dengan iku-excel dari data yang diperbaiki."),
    "rekap_laporan_belum_final": Message(
        P, "Laporan Kecamatan {kecamatan} belum final: mencatat {jumlah} kesalahan data. Angkanya tetap direkap.",
        "Minta kecamatan itu memperbaiki datanya (lihat lembar Catatan Data laporannya) dan mengirim laporan baru."),
    "rekap_belum_mengirim": Message(
        P, "Kecamatan {kecamatan} belum mengirim laporan {periode}.",
        "Hubungi kecamatan itu; simpan laporannya di folder ini, lalu jalankan rekap lagi."),
    "rekap_indikator_satu_laporan": Message(
        C, "Indikator {kode} ({indikator}) hanya ada di satu laporan, sehingga tidak dibandingkan di rekap.",
        "Tidak perlu tindakan."),
    "rekap_indikator_tidak_ada": Message(
        C, "Laporan Kecamatan {kecamatan} tidak memuat indikator {kode} yang ada di laporan lain; rata-ratanya dihitung tanpa indikator itu.",
        "Tidak perlu tindakan bila indikator itu memang bukan IKU kecamatan tersebut."),
    "rekap_kode_berbeda": Message(
        P, "Indikator {kode} ditulis dengan arah/satuan berbeda di laporan-laporan: {ragam}. Capaiannya tetap dibandingkan.",
        "Samakan katalog indikator antarkecamatan."),
    "rekap_rata_sebagian": Message(
        P, "Capaian {kode} Kecamatan {kecamatan} tidak dihitung di laporannya, sehingga rata-rata capaiannya dihitung dari {dihitung} dari {dari} indikator dan tidak diberi peringkat.",
        "Minta kecamatan itu melengkapi data atau target indikator tersebut."),
}


def render(finding: Finding, template: str, nilai: str | None = None) -> str:
    """The sentence of a finding. `nilai`: the values of a grouped line, each
    quoted already ('"Blm", "Tdk"'), in place of the one quoted value."""
    fields: dict[str, Any] = {
        "berkas": finding.file or "-",
        "lembar": finding.sheet or "-",
        "baris": finding.row if finding.row is not None else "",
        "kolom": finding.column or "-",
        "nilai": "" if finding.value is None else finding.value,
    }
    fields.update((key, _shown(key, value)) for key, value in finding.params.items())
    if nilai is not None:
        template = template.replace('"{nilai}"', "{nilai}")
        fields["nilai"] = nilai
    return template.format_map(_Lenient(fields))


def _shown(key: str, value: Any) -> Any:
    """Counts in Indonesian notation (1.234); years stay as written (2017)."""
    if type(value) is int and not key.startswith("tahun"):
        return count_id(value)
    return value


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "-"


def severity_of(finding: Finding) -> Severity:
    """How serious a finding is: its code's, in the catalogue."""
    return CATALOGUE[finding.code].severity


def text_of(finding: Finding, nilai: str | None = None) -> str:
    return render(finding, CATALOGUE[finding.code].text, nilai)


def tindakan_of(finding: Finding) -> str:
    return render(finding, CATALOGUE[finding.code].tindakan)
