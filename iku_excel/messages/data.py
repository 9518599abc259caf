"""The sentences of findings about the data: settings, rows and values,
indicators."""

from iku_excel.messages.message import C, G, Message, P

DATA: dict[str, Message] = {
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
    "capaian_sangat_tinggi": Message(
        P, "Capaian \"{indikator}\" {capaian}% (realisasi {realisasi}, target {target}), lebih dari {batas}%: periksa targetnya.",
        "Bila target salah tulis (misalnya 0,85 untuk 85%, atau penurunan yang ditulis tanpa tanda), perbaiki di lembar {lembar}{baris_ke}, lalu jalankan lagi. Bila angkanya benar, tidak perlu tindakan."),
    "target_pecahan": Message(
        C, "Target \"{kolom}\" tertulis {nilai} ({alasan}); dibaca sebagai {dipakai}%.",
        "Bila yang dimaksud memang {dipakai}%, tidak perlu tindakan; agar jelas, tulis targetnya sebagai angka persen (misalnya 85, bukan 0,85)."),
    "nip_tidak_sah": Message(
        P, "NIP \"{nilai}\" di lembar {lembar} baris {baris} tidak sah: {masalah}. NIP tetap dicetak seperti tertulis.",
        "Salin NIP dari SK atau kartu pegawai: 18 angka, boleh dikelompokkan 8-6-1-3 (contoh 19671020 198803 1 009: tanggal lahir, tahun dan bulan pengangkatan, jenis kelamin, nomor urut). Ketik sebagai teks (awali dengan tanda petik ') agar Excel tidak mengubahnya menjadi angka dan memotongnya."),
    "pangkat_tidak_dikenal": Message(
        P, "Pangkat \"{nilai}\" di lembar {lembar} baris {baris} {masalah}. Pangkat tetap dicetak seperti tertulis.",
        "Tulis pangkat dan golongan yang sesuai, misalnya \"Pembina Tingkat I\" atau \"Pembina Tk. I (IV/b)\". Daftar: {daftar}."),
    "kecamatan_ejaan": Message(
        C, "Nama kecamatan ditulis \"{nilai}\"; di laporan dicetak \"{resmi}\" (ejaan resmi).",
        "Tidak perlu tindakan."),
    "kecamatan_mirip": Message(
        P, "Nama kecamatan \"{nilai}\" tidak ada di daftar Kabupaten {kabupaten}; dianggap Kecamatan {resmi} yang ejaannya paling mirip.",
        "Periksa nama kecamatan di lembar Pengaturan; tulis \"{resmi}\" bila memang itu yang dimaksud."),
    "desa_tanpa_daftar": Message(
        C, "Daftar desa Kecamatan {kecamatan} (Kabupaten {kabupaten}) tidak dikenal aplikasi, sehingga nama desa di data tidak diperiksa ejaannya.",
        "Tidak perlu tindakan. Periksa sendiri ejaan nama desa di data."),
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
    "tahun_mungkin_salah": Message(
        P, "Laporan ini untuk tahun {tahun}, tetapi sebagian besar baris data bertanggal tahun {tahun_lain} ({jumlah_lain} baris, tidak dihitung), sedangkan baris tahun {tahun} hanya {jumlah}.",
        "Periksa baris Tahun di lembar Pengaturan (atau --tahun): bila laporannya untuk tahun {tahun_lain}, tulis {tahun_lain} lalu jalankan lagi."),
    "baris_bukan_data": Message(
        C, "Baris berlabel \"{nilai}\" di lembar {lembar} tidak dihitung sebagai data: {jenis}.",
        "Tidak perlu tindakan bila baris itu memang bukan data."),
    "baris_ganda": Message(
        C, "{jumlah} baris di lembar {lembar} (baris {baris}) sama persis dengan baris {baris_asal} di {tempat}; masing-masing dihitung sekali saja.",
        "Tidak perlu tindakan bila memang salinan; hapus salinannya agar tidak membingungkan."),
    "baris_tidak_dibaca": Message(
        P, "Baris {baris} di lembar {lembar} tidak dihitung: {alasan}.",
        "Bila baris itu memang data, beri nomor urut dan isi kolom pokoknya; bila bukan, abaikan."),
    "kolom_ganda": Message(
        P, "Di lembar {lembar} dua kolom sama-sama dapat dibaca sebagai kolom {kolom}: yang dibaca kolom {dipakai}, bukan {lain}.",
        "Periksa kolom mana yang benar. Hapus atau ganti judul kolom yang tidak dipakai, atau tulis tahunnya di judul kolom (misalnya \"Dibina 2017\"), lalu jalankan lagi."),
    "kolom_tahun_lain": Message(
        C, "Kolom {huruf} ({kolom}) di lembar {lembar} untuk tahun {tahun_kolom}, bukan tahun laporan {tahun}; tidak dibaca. Yang dibaca: {dipakai}.",
        "Tidak perlu tindakan bila kolom itu memang data tahun lain."),
    "kolom_tanpa_tahun": Message(
        C, "Kolom {huruf} ({kolom}) di lembar {lembar} tidak menyebut tahun, sedangkan ada kolom untuk tahun {tahun}; yang dibaca {dipakai}.",
        "Tidak perlu tindakan bila kolom itu bukan data tahun {tahun}."),
    "kolom_tahun_n_tidak_ada": Message(
        P, "Lembar {lembar} hanya memuat kolom tahun lain ({kolom}), tidak ada kolom untuk tahun {tahun}: {akibat}.",
        "Tambahkan kolom tahun {tahun} (misalnya \"Dibina {tahun}\") dan isi, lalu jalankan lagi."),
    "tanggal_tidak_terbaca": Message(
        G, "Tanggal \"{nilai}\" di kolom {kolom} tidak dapat dibaca, sehingga tahunnya tidak diketahui dan baris ini tidak dihitung.",
        "Perbaiki tanggalnya (misalnya 12/03/2017 atau 12 Maret 2017), lalu jalankan lagi."),
    "dibina_tahun_lain": Message(
        C, "Dibina \"{dibina}\", tetapi tanggal pembinaannya ({nilai}) tahun {tahun_bina}: dihitung belum dibina pada tahun {tahun}.",
        "Tidak perlu tindakan bila pembinaan tahun {tahun} memang belum ada. Bila ada, tulis tanggal pembinaan tahun {tahun}."),
    "dibina_bertentangan": Message(
        P, "Dibina \"{dibina}\", tetapi ada tanggal pembinaan tahun {tahun} ({nilai}); dihitung belum dibina.",
        "Periksa baris ini: bila memang dibina, isi Dibina dengan Ya; bila tidak, hapus tanggalnya."),
    "tanggal_pembinaan_tidak_terbaca": Message(
        P, "Tanggal pembinaan \"{nilai}\" tidak dapat dibaca; baris dihitung sebagai belum dibina pada tahun {tahun}.",
        "Tulis tanggal seperti 12/03/2017 atau 12 Maret 2017, atau isi kolom Dibina dengan Ya/Tidak."),
    "nilai_tidak_dikenal": Message(
        P, "Isi \"{nilai}\" di kolom {kolom} tidak dikenali; baris tetap dihitung, sebagai \"Tidak\".",
        "Gunakan salah satu isian: {pilihan}."),
    "status_kosong": Message(
        P, "Kolom {kolom} kosong (Tindak Lanjut: \"{tindak_lanjut}\"); baris dihitung belum ditindaklanjuti.",
        "Isi kolom {kolom} dengan salah satu isian: {pilihan}."),
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
    # --- the indicator catalogue (sheet Indikator) ---------------------------
    "katalog_kolom_tidak_ada": Message(
        G, "Lembar Indikator ({lembar}, berkas {berkas}) tidak memiliki {jumlah} kolom yang diperlukan: {kolom}. Indikator yang memerlukannya ditulis - pada laporan.",
        "Tambahkan kolom itu pada baris judul lembar Indikator (lihat lembar Indikator di buku kerja isian: klik dua kali buat_template.bat)."),
    "katalog_kolom_lain": Message(
        C, "Lembar Indikator memuat {jumlah} kolom yang tidak dikenal ({kolom}); kolom itu tidak dipakai dan tidak dicetak.",
        "Tidak perlu tindakan bila kolom itu catatan kantor sendiri. Bila maksudnya kolom katalog, samakan judulnya dengan buku kerja isian."),
    "katalog_isian_kosong": Message(
        G, "Kolom {kolom} indikator \"{indikator}\" kosong, padahal {perlu}; indikator ini ditulis - pada laporan.",
        "Isi kolom {kolom} di lembar {lembar} baris {baris}, lalu jalankan lagi."),
    "triwulan_beda": Message(
        C, "Perintah meminta laporan s.d. Triwulan {perintah}, sedangkan baris Triwulan di lembar Pengaturan berisi {pengaturan}; yang dipakai perintah (Triwulan {perintah}).",
        "Kosongkan baris Triwulan di lembar Pengaturan bila triwulan dipilih lewat perintah."),
    "katalog_kolom_tanggal_bawaan": Message(
        P, "Kolom Tanggal \"{nilai}\" indikator \"{indikator}\" tidak ada di {sumber}; baris-barisnya ditempatkan menurut kolom tanggal sumber itu sendiri ({dipakai}).",
        "Tulis nama kolom tanggal seperti pada buku kerja isian (misalnya {dipakai}) di lembar {lembar} baris {baris}, atau kosongkan Kolom Tanggal."),
    "katalog_tanpa_kolom_tanggal": Message(
        P, "Kolom Tanggal indikator \"{indikator}\" kosong dan tabel {tabel} ({letak}) tidak punya kolom berjudul Tanggal saja, sehingga semua barisnya dihitung, dari tahun berapa pun. Kolom bertanggal di tabel itu: {kolom_tanggal}.",
        "Tulis nama kolom tanggalnya (misalnya {kolom_tanggal}) di Kolom Tanggal lembar {lembar} baris {baris}, atau tulis - bila tabel itu memang tidak perlu dipilah per tahun."),
    "katalog_cetak_kosong": Message(
        P, "Kolom {kolom} indikator \"{indikator}\" kosong; angkanya tetap dihitung, tetapi kolom itu kosong pada tabel IKU yang ditandatangani.",
        "Isi kolom {kolom} di lembar {lembar} baris {baris}, lalu jalankan lagi."),
    "katalog_cara_hitung": Message(
        G, "Cara Hitung \"{nilai}\" indikator \"{indikator}\" tidak dikenal; indikator ini ditulis - pada laporan.",
        "Isi Cara Hitung di lembar {lembar} baris {baris} dengan salah satu: {pilihan}."),
    "katalog_arah": Message(
        G, "Arah \"{nilai}\" indikator \"{indikator}\" tidak dikenal; indikator ini ditulis - pada laporan.",
        "Isi Arah di lembar {lembar} baris {baris} dengan {pilihan} (Naik: makin tinggi makin baik; Turun: makin rendah makin baik)."),
    "katalog_per_triwulan": Message(
        P, "Isi Per Triwulan \"{nilai}\" indikator \"{indikator}\" tidak dikenal; dipakai seperti bila kosong: cara tabel bawaan (ormas dan lembaga: kumulatif pembilang; Musrenbang: nilai akhir), atau kumulatif untuk tabel bertanggal dan nilai akhir untuk tabel tanpa tanggal.",
        "Isi kolom Per Triwulan di lembar {lembar} baris {baris} dengan salah satu: {pilihan}, atau kosongkan."),
    "katalog_kode": Message(
        G, "Kode \"{nilai}\" indikator \"{indikator}\" tidak sah: Kode hanya boleh berisi huruf kecil, angka dan garis bawah; indikator ini ditulis - pada laporan.",
        "Ganti Kode di lembar {lembar} baris {baris}, misalnya menjadi {saran}. Kode yang sama dipakai setiap tahun, agar rekap kabupaten dapat membandingkannya."),
    "katalog_kode_ganda": Message(
        G, "Kode \"{nilai}\" indikator \"{indikator}\" sudah dipakai di baris {baris_asal}; indikator ini ditulis - pada laporan.",
        "Beri setiap indikator Kode sendiri di lembar {lembar} (kolom {kolom}), lalu jalankan lagi."),
    "katalog_syarat": Message(
        G, "{kolom} indikator \"{indikator}\" tidak dapat dibaca: {masalah} (karakter ke-{posisi} dari \"{nilai}\"); indikator ini ditulis - pada laporan.",
        "{saran}"),
    "katalog_angka": Message(
        G, "Isi {kolom} \"{nilai}\" indikator \"{indikator}\" bukan angka; indikator ini ditulis - pada laporan.",
        "Tulis angka di lembar {lembar} baris {baris}, misalnya 85 atau 85,5."),
    "katalog_angka_diabaikan": Message(
        P, "Isi {kolom} \"{nilai}\" indikator \"{indikator}\" bukan angka dan tidak dipakai.",
        "Tulis angka (misalnya 85, 85,5 atau rentang 80-90) di lembar {lembar} baris {baris}, atau kosongkan."),
    "katalog_tabel_tidak_ada": Message(
        G, "Tabel \"{tabel}\" indikator \"{indikator}\" tidak ditemukan: tidak ada lembar, nama berkas atau judul tabel yang memuat kata-kata itu; indikator ini ditulis - pada laporan. Lembar yang dibaca: {lembar_dilihat}.",
        "Tulis di kolom Tabel (lembar {lembar} baris {baris}) kata-kata dari nama lembar, nama berkas atau judul tabelnya, atau salah satu tabel bawaan (Survei SKM, Pelanggaran Perda, Konflik, Hadir Musrenbang, Usulan Musrenbang, Ormas, Lembaga Ekonomi); atau letakkan berkas tabel itu di folder masukan."),
    "katalog_tabel_tanpa_judul": Message(
        G, "Tabel \"{tabel}\" indikator \"{indikator}\" ditemukan ({lembar_tabel}), tetapi tidak ada baris judul kolom untuk dibaca; indikator ini ditulis - pada laporan.",
        "Beri tabel itu satu baris judul kolom (No, Tanggal, ...) di atas datanya, lalu jalankan lagi."),
    "katalog_kolom_tabel": Message(
        G, "Kolom \"{kolom_tabel}\" yang disebut {kolom} indikator \"{indikator}\" tidak ada di {tabel}; indikator ini ditulis - pada laporan. Kolom yang ada: {ada}. {mirip}",
        "Samakan nama kolom di lembar {lembar} baris {baris} dengan judul kolom tabelnya (huruf besar/kecil dan tanda baca tidak berpengaruh)."),
    "katalog_skm_tabel": Message(
        G, "Cara Hitung Indeks SKM indikator \"{indikator}\" hanya dapat dihitung dari tabel Survei SKM, bukan \"{nilai}\"; indikator ini ditulis - pada laporan.",
        "Isi kolom Tabel di lembar {lembar} baris {baris} dengan Survei SKM, atau pilih Cara Hitung lain."),
    "katalog_skm_cara": Message(
        G, "Tabel Survei SKM indikator \"{indikator}\" hanya dihitung dengan Cara Hitung Indeks SKM, bukan \"{nilai}\"; indikator ini ditulis - pada laporan.",
        "Isi Cara Hitung di lembar {lembar} baris {baris} dengan Indeks SKM."),
    "katalog_tanpa_tugas_fungsi": Message(
        C, "Lembar Indikator di berkas {berkas} dipakai, tetapi tidak ada lembar Tugas Fungsi; lembar IKU dicetak tanpa bagian Tugas Fungsi.",
        "Bila Tugas Fungsi perlu dicetak, tambahkan lembar bernama \"Tugas Fungsi\" berisi satu baris per kalimat: baris pertama tugas pokok, lalu fungsi a, b, c ... (lihat buku kerja isian)."),
    "katalog_salinan": Message(
        C, "Lembar Indikator di berkas {berkas} tidak dipakai: isinya sama dengan lembar lain atau masih contoh bawaan dari buku kerja isian. Yang dipakai: {dipakai}.",
        "Tidak perlu tindakan; bila berkas itu salinan yang tidak terpakai, boleh dipindahkan dari folder masukan."),
    "syarat_kata_tidak_ada": Message(
        P, "Syarat \"{syarat}\" indikator \"{indikator}\": tidak ada satu baris pun di kolom {kolom} ({berkas}, lembar {lembar}) yang berisi \"{nilai}\", sehingga syarat ini tidak pernah terpenuhi. Isi kolom itu: {isi}.",
        "Periksa ejaan kata di Syarat pada lembar Indikator (harus sama dengan isi kolom), misalnya salah satu dari: {isi}."),
    "skm_aturan_katalog": Message(
        C, "Indikator \"{indikator}\" di lembar Indikator menyebut {aturan}; survei dinilai menurut aturan itu (mutu dan bobotnya), karena \"Aturan SKM\" di lembar Pengaturan kosong.",
        "Bila survei memakai aturan lain, isi \"Aturan SKM\" di lembar Pengaturan."),
    "katalog_arah_penurunan": Message(
        C, "Arah \"{nilai}\" indikator \"{indikator}\" dibaca Naik: pada indikator penurunan, makin besar penurunannya makin baik (realisasi melebihi target memberi capaian di atas 100%).",
        "Tidak perlu tindakan; untuk indikator penurunan isi Arah Naik agar tidak membingungkan."),
    "katalog_target_beda": Message(
        C, "Target indikator \"{indikator}\" di lembar Indikator ({katalog}) berbeda dengan baris Target di lembar pengaturan ({pengaturan}); dipakai target lembar Indikator.",
        "Kosongkan salah satu target agar tidak membingungkan."),
    "lembar_tabel_katalog": Message(
        C, "Lembar {lembar} di berkas {berkas} dibaca sebagai tabel \"{tabel}\" yang disebut lembar Indikator, bukan sebagai {sumber}.",
        "Tidak perlu tindakan bila memang begitu maksudnya; bila tidak, ubah isi kolom Tabel di lembar Indikator."),
    "lembar_tidak_dipakai": Message(
        C, "Lembar {lembar} di berkas {berkas} dikenali sebagai {sumber}, tetapi tidak ada indikator di lembar Indikator yang memakainya; lembar ini tidak dihitung.",
        "Tidak perlu tindakan bila indikator itu memang tidak termasuk IKU kecamatan ini."),
    "baris_tanpa_tanggal": Message(
        C, "Baris {tabel} tanpa tanggal di kolom {kolom} dihitung sebagai data tahun {tahun}.",
        "Isi tanggalnya bila baris itu bukan data tahun {tahun}."),
    "syarat_bukan_angka": Message(
        P, "Isi \"{nilai}\" di kolom {kolom} bukan angka atau tanggal, sehingga baris ini tidak memenuhi syarat \"{syarat}\".",
        "Tulis angka (misalnya 12 atau 80,5) atau tanggal (misalnya 31/01/2024) di sel itu."),
    "angka_tidak_terbaca": Message(
        P, "Isi \"{nilai}\" di kolom {kolom} bukan angka; baris ini tidak ikut dijumlah atau dirata-rata.",
        "Tulis angkanya saja di sel itu (misalnya 1.500 atau 80,5), lalu jalankan lagi."),
    "angka_kosong": Message(
        C, "Kolom {kolom} kosong; baris ini tidak ikut dijumlah atau dirata-rata.",
        "Isi angkanya bila baris itu semestinya ikut dihitung (0 bila memang nol)."),
    "perubahan_tanda": Message(
        C, "Indikator \"{indikator}\" dihitung dengan rumus dokumen IKU: (n - (n-1)) / n x 100%. Hasil negatif berarti angkanya TURUN; positif berarti NAIK.",
        "Bila ingin rumus yang lazim ((n-1) - n) / (n-1) x 100%, ubah pengaturan \"Rumus Penurunan Pelanggaran Perda\" menjadi \"Penurunan biasa\" (berlaku untuk semua indikator perubahan)."),
    "target_perubahan_dibaca": Message(
        C, "Target indikator \"{indikator}\" ditulis {ditulis}: dibaca sebagai turun {ditulis}%, yaitu {dipakai}% pada {rumus} (penurunan bernilai negatif). Capaian dihitung dengan target {dipakai}%.",
        "Tidak perlu tindakan bila maksudnya memang turun {ditulis}%."),
    "target_perubahan_naik": Message(
        P, "Target indikator \"{indikator}\" ({ditulis}) meminta angkanya NAIK menurut {rumus}, sehingga capaian tidak dihitung.",
        "Tulis target sebagai besar penurunan yang diinginkan, misalnya 20 untuk turun 20%."),
    # --- quarters (cycle.md) ---------------------------------------------
    "triwulan_tanpa_tanggal": Message(
        C, "{jumlah} baris di lembar {lembar} tidak bertanggal (baris {daftar}), sehingga tidak dihitung pada angka triwulan ({indikator}); tanggal tidak pernah ditebak. Pada angka setahun baris itu tetap dihitung.",
        "Isi tanggalnya bila baris itu semestinya masuk angka triwulan."),
    "triwulan_sesudah_periode": Message(
        C, "{jumlah} baris di lembar {lembar} bertanggal sesudah {akhir}, akhir periode laporan ini (baris {daftar}); baris itu tidak dihitung pada laporan ini ({indikator}) dan akan masuk laporan triwulan berikutnya.",
        "Tidak perlu tindakan bila tanggalnya benar."),
    "target_triwulan_kosong": Message(
        P, "Target Triwulan {triwulan} belum diisi untuk {jumlah} indikator ({indikator}); capaian triwulan itu tidak dihitung (tidak pernah diukur dengan target tahunan).",
        "Isi kolom Target TW {triwulan} di lembar Indikator (buat dengan buat_template.bat), lalu jalankan lagi."),
    "tahun_lalu_laporan": Message(
        C, "Realisasi tahun {tahun} diambil dari laporan IKU Kecamatan {kecamatan} tahun {tahun} ({periode}) ini, lewat lembar Data-nya.",
        "Tidak perlu tindakan bila laporan itu memang laporan tahun lalu yang benar."),
    "tahun_lalu_triwulan": Message(
        C, "Laporan tahun {tahun} yang ada ({berkas}) hanya sampai suatu triwulan, bukan laporan satu tahun; angkanya tidak dipakai sebagai realisasi tahun {tahun}.",
        "Letakkan laporan tahunan {tahun} di folder masukan atau folder keluaran, atau isi kolom Realisasi Tahun Lalu di lembar Indikator."),
    "tahun_lalu_penurunan_dibaca": Message(
        C, "Realisasi Tahun Lalu \"{indikator}\" ditulis {nilai}: dibaca sebagai turun {nilai}%, yaitu {dipakai}% menurut rumus dokumen IKU (penurunan bernilai negatif), seperti targetnya.",
        "Bila tahun lalu jumlahnya justru naik, kosongkan kolom ini dan letakkan laporan tahun lalu di folder masukan."),
    "tahun_lalu_beda": Message(
        C, "Realisasi Tahun Lalu \"{indikator}\" ditulis {nilai} di lembar Indikator, sedangkan laporan tahun lalu ({berkas_laporan}) mencatat {laporan}; yang dipakai isian lembar Indikator.",
        "Periksa mana yang benar; kosongkan kolom Realisasi Tahun Lalu bila angka laporan tahun lalu yang benar."),
    "triwulan_bulan_lembar": Message(
        C, "Konflik di lembar {lembar} yang tanggalnya kosong ditempatkan pada bulan lembar itu ({bulan}) untuk angka triwulan.",
        "Tidak perlu tindakan bila lembar itu memang laporan bulan tersebut."),
}
