"""The sentences of findings about the input folder and its files: what is
read, what is skipped, and what is refused as hostile or broken."""

from iku_excel.messages.message import C, G, Message, P

FILES: dict[str, Message] = {
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
        C, "Berkas {berkas} tidak dibaca sebagai data: ini laporan IKU hasil aplikasi ini sendiri. Bila ini laporan satu tahun penuh tahun sebelumnya dari kecamatan yang sama, angkanya dipakai sebagai realisasi tahun lalu (lembar Analisis Capaian); selain itu tidak dipakai.",
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
        C, "Ada lebih dari satu lembar pengaturan; isinya tidak bertentangan. Yang dipakai: {dipakai}; {lain} tidak memuat isian lain.",
        "Simpan satu lembar pengaturan saja di folder masukan."),
    "pengaturan_kosong": Message(
        C, "Lembar {lembar} di berkas {berkas} adalah lembar pengaturan yang belum diisi (semua isian kosong); tidak dipakai sebagai pengaturan.",
        "Tidak perlu tindakan bila berkas itu salinan buku kerja isian yang tidak dipakai. Bila pengaturannya memang di situ, isi kolom Isi, lalu jalankan lagi."),
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
}
