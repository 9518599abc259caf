"""The sentences of findings about reports read back (their Data sheet)
and the regency's rekap."""

from iku_excel.messages.message import C, G, Message, P

REKAP: dict[str, Message] = {
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
    "rekap_periode_tahunan": Message(
        C, "Rekap dibuat untuk {periode}: ada {jumlah} laporan satu tahun {tahun}, dan tanpa --triwulan rekap tahunan yang dipilih. Laporan triwulan tahun itu ({lain}) tidak direkap di sini.",
        "Untuk rekap triwulan, jalankan dengan --tahun dan --triwulan."),
    "rekap_periode_seri": Message(
        C, "Rekap dibuat untuk {periode}: periode laporan sama banyak ({seri}), jadi dipilih yang terakhir.",
        "Bila yang dimaksud periode lain, jalankan dengan --tahun (dan --triwulan)."),
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
        P, "Laporan Kecamatan {kecamatan} diubah sesudah dibuat: lembar IKU dan lembar Data tidak sama lagi: sel {sel} lembar IKU ({kolom}, indikator {kode}) berisi \"{nilai}\", lembar Data {data}; tidak dapat diketahui lembar mana yang diubah. Yang direkap angka lembar Data.",
        "Tanyakan ke kecamatan itu. Bila angkanya memang berubah, laporan harus dibuat lagi dengan iku-excel dari data yang diperbaiki."),
    "rekap_diubah_baris": Message(
        P, "Laporan Kecamatan {kecamatan} diubah sesudah dibuat: baris indikator {kode} tidak ada lagi di lembar IKU. Yang direkap angka lembar Data.",
        "Tanyakan ke kecamatan itu. Bila angkanya memang berubah, laporan harus dibuat lagi dengan iku-excel dari data yang diperbaiki."),
    "rekap_data_tidak_cocok": Message(
        P, "Lembar Data laporan Kecamatan {kecamatan} tidak cocok dengan dirinya sendiri: {kolom} indikator {kode} tercatat {nilai}, padahal {dari} memberi {seharusnya}. Angka itu tidak dipakai: capaian indikator ini tidak dibandingkan dan kecamatan ini tidak diberi peringkat.",
        "Tanyakan ke kecamatan itu; laporan harus dibuat lagi dengan iku-excel dan dikirim apa adanya (jangan diubah sesudah dibuat)."),
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
