"""Cases 25-41: what files staff have: CSV as Excel writes it, .xls and .ods,
HTML and XML saved as .xls, lock files, the tool's own report, files that
are no data."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .kit import (
    PEOPLE,
    Context,
    case,
    data,
    fill,
    new_book,
    save,
    soffice_convert,
    title,
    xlsx_bytes,
)


# CSV as Indonesian Excel saves it: ';', decimal comma, '1.234' thousands,
# Windows-1252 ('café'). Title line 1, blank line 2, header line 3,
# proposals lines 4-6: Ya, Tidak, Ya -> 2 of 3.
@case("25_csv_titik_koma_cp1252.csv", data("usulan_direkomendasikan", 2, 3))
def _(path: Path, ctx: Context) -> None:
    lines = [
        "DAFTAR USULAN MUSRENBANG DESA 2017;;;;;",
        ";;;;;",
        "No;Desa;Usulan Kegiatan;Volume (km);Perkiraan Biaya (Rp);Direkomendasikan",
        "1;Kedungrukem;Pembangunan café desa wisata;2,5;125.000.000;Ya",
        "2;Gluranploso;Pengerasan jalan usaha tani;1,75;80.500.000,50;Tidak",
        "3;Sedapurklagen;Pelatihan kerajinan anyaman;0,5;15.000.000;Ya",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


# CSV with ',' in UTF-8 with BOM, quoted fields holding commas; ormas rows
# Ya, Tidak, Ya -> 2 of 3.
@case("26_csv_koma_utf8_bom.csv", data("ormas_dibina", 2, 3))
def _(path: Path, ctx: Context) -> None:
    lines = [
        "No,Nama Organisasi,Bidang,Alamat,Ketua,Dibina",
        '1,Karang Taruna Tunas Bangsa,Kepemudaan,"Jl. Raya Benjeng No. 5, Bulurejo",'
        "Agus Salim,Ya",
        '2,Fatayat NU Ranting Metatu,Keagamaan,"Dusun Krajan, Metatu",Siti Aminah,Tidak',
        '3,Sanggar Seni Rupa "Kréasi",Seni Budaya,"RT 02 / RW 01, Lundo",Hj. Muntamah,Ya',
    ]
    path.write_bytes("\ufeff".encode() + ("\r\n".join(lines) + "\r\n").encode("utf-8"))


# An HTML table saved with an .xls name (web export). Title row spans 5
# columns; attendance Ya, Ya, Ya, Tidak -> 3 of 4.
@case("27_html_sebagai.xls", data("partisipasi_musrenbang", 3, 4,
                                  absent=["berkas_ekstensi_lain"]))
def _(path: Path, ctx: Context) -> None:
    rows = "".join(
        f"<tr><td>{i}</td><td>{p[0]}</td><td>{p[1]}</td><td>{p[2]}</td><td>{h}</td></tr>\n"
        for i, (p, h) in enumerate(zip(PEOPLE, ["Ya", "Ya", "Ya", "Tidak"]), 1))
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>Daftar Hadir</title></head>\n<body>\n<table border=\"1\">\n"
        '<tr><td colspan="5"><b>DAFTAR HADIR MUSRENBANG KECAMATAN BENJENG 2017</b></td></tr>\n'
        "<tr><th>No</th><th>Nama</th><th>Jabatan</th><th>Asal Desa/Instansi</th>"
        "<th>Hadir</th></tr>\n" + rows + "</table>\n</body>\n</html>\n")
    path.write_bytes(html.encode("utf-8"))


# Excel 2003 XML (SpreadsheetML) with an .xls name; title row 1, header
# row 3 (ss:Index), lembaga Dibina Ya, Tidak, Ya, Ya -> 3 of 4.
@case("28_excel2003_xml.xls", data("lembaga_ekonomi_dibina", 3, 4,
                                   absent=["berkas_ekstensi_lain"]))
def _(path: Path, ctx: Context) -> None:
    def cell(value: Any) -> str:
        kind = "Number" if isinstance(value, int) else "String"
        return f'<Cell><Data ss:Type="{kind}">{value}</Data></Cell>'

    body = [
        [1, "BUMDes Maju Bersama", "BUMDes", "Punduttrate", "Ya"],
        [2, "Koperasi Simpan Pinjam Rukun", "Koperasi", "Sirnoboyo", "Tidak"],
        [3, "UPK Sejahtera", "UPK", "Klampok", "Ya"],
        [4, "KUB Tenun Ikat", "KUB", "Metatu", "Ya"],
    ]
    rows = ['<Row><Cell ss:MergeAcross="4"><Data ss:Type="String">DATA LEMBAGA EKONOMI '
            "DESA 2017</Data></Cell></Row>",
            '<Row ss:Index="3">' + "".join(cell(h) for h in
                                           ["No", "Nama Lembaga", "Jenis", "Desa", "Dibina"])
            + "</Row>"]
    rows += ["<Row>" + "".join(cell(v) for v in r) + "</Row>" for r in body]
    xml = (
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        ' xmlns:x="urn:schemas-microsoft-com:office:excel"\n'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:html="http://www.w3.org/TR/REC-html40">\n'
        ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">'
        "<Author>Seksi PMD</Author><Created>2017-12-29T08:00:00Z</Created>"
        "</DocumentProperties>\n"
        ' <Worksheet ss:Name="Lembaga Ekonomi">\n  <Table>\n   '
        + "\n   ".join(rows) + "\n  </Table>\n </Worksheet>\n</Workbook>\n")
    path.write_bytes(xml.encode("utf-8"))


# A real xlsx named .xls: read as xlsx, noted berkas_ekstensi_lain.
# Ormas Ya, Tidak, Ya -> 2 of 3.
@case("29_xlsx_bernama_xls.xls", data(
    "ormas_dibina", 2, 3, findings=[["berkas_ekstensi_lain", None, None, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Ormas"
    fill(ws, [
        ["No", "Nama Organisasi", "Alamat", "Dibina"],
        [1, "Muslimat NU Ranting Dermo", "Desa Dermo", "Ya"],
        [2, "Pemuda Pancasila Ranting Benjeng", "Desa Bulurejo", "Tidak"],
        [3, "Kelompok Sadar Wisata", "Desa Lundo", "Ya"],
    ])
    path.write_bytes(xlsx_bytes(book))


# A real Excel 97-2003 .xls (LibreOffice "MS Excel 97"), real dates of 2017;
# konflik Ya, Ya, Tidak, Selesai -> 3 of 4.
@case("30_xls_asli.xls", data("konflik_ditindaklanjuti", 3, 4,
                              absent=["berkas_ekstensi_lain", "baris_tahun_lain"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Konflik"
    fill(ws, [
        ["No", "Tanggal", "Desa", "Jenis Konflik", "Status"],
        [1, dt.datetime(2017, 2, 3), "Dermo", "Sengketa tanah", "Ya"],
        [2, dt.datetime(2017, 4, 18), "Lundo", "Perkelahian", "Ya"],
        [3, dt.datetime(2017, 7, 7), "Banter", "Perselisihan warga", "Tidak"],
        [4, dt.datetime(2017, 11, 30), "Metatu", "Sengketa waris", "Selesai"],
    ])
    for row in range(2, 6):
        ws.cell(row=row, column=2).number_format = "dd/mm/yyyy"
    soffice_convert(book, "30_xls_asli", "xls", path, ctx)


# A real .ods (LibreOffice calc8): SKM 3 x9 = 27 and 4 x9 = 36 -> n = 2,
# totals 7 x9 (Σ 63).
@case("31_ods_asli.ods", data("skm", 63, 2, skm_totals=[7] * 9))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [["No"] + [f"U{i}" for i in range(1, 10)], [1] + [3] * 9, [2] + [4] * 9])
    soffice_convert(book, "31_ods_asli", "ods", path, ctx)


# Excel's lock file: 165 bytes, the owner's name in ASCII and UTF-16.
@case("~$32_kunci_excel.xlsx", {"skipped": "berkas_kunci"})
def _(path: Path, ctx: Context) -> None:
    user = "staf-trantib"
    head = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ")
    tail = len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    path.write_bytes((head + tail).ljust(165, b"\x00"))


@case("desktop.ini", {"skipped": "berkas_bukan_data"})
def _(path: Path, ctx: Context) -> None:
    text = "\r\n[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-184\r\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))


@case("Thumbs.db", {"skipped": "berkas_bukan_data"})
def _(path: Path, ctx: Context) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))


@case("35_pindaian_surat.pdf", {"skipped": "berkas_bukan_data"})
def _(path: Path, ctx: Context) -> None:
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)


# The tool's own earlier report (run on the bundled example data).
@case("36_laporan_iku_lama.xlsx", {"skipped": "berkas_laporan_sendiri"})
def _(path: Path, ctx: Context) -> None:
    from iku_excel.cli import main

    with tempfile.TemporaryDirectory(prefix="corpus-report-") as tmp:
        empty, out = Path(tmp) / "input", Path(tmp) / "output"
        empty.mkdir()
        with contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            main(["run", "--input", str(empty), "--output", str(out), "--tanpa-pdf"])
        reports = sorted(out.glob("*.xlsx"))
        if len(reports) != 1:
            raise SystemExit(f"expected one report from the CLI, found {reports}")
        shutil.copyfile(reports[0], path)


# An inventory list: no IKU table.
@case("37_inventaris_barang.xlsx", {
    "unrecognised": True,
    "findings": [["lembar_tidak_dikenali", "Inventaris", None, None]]})
def _(path: Path, ctx: Context) -> None:
    book = new_book("Subbag Umum")
    ws = book.active
    ws.title = "Inventaris"
    title(ws, "DAFTAR INVENTARIS BARANG KECAMATAN BENJENG 2017", 1, 7)
    fill(ws, [
        ["No", "Nama Barang", "Merk/Type", "Tahun Pembelian", "Jumlah", "Kondisi",
         "Keterangan"],
        [1, "Laptop", "Acer Aspire E5", 2015, 2, "Baik", "Seksi Pemerintahan"],
        [2, "Printer", "Epson L360", 2016, 1, "Baik", None],
        [3, "Meja kerja", "Olympic", 2012, 6, "Rusak ringan", "Ruang pelayanan"],
    ], start=3)
    save(book, path)


# Ormas with odd headers: 'No.', 'NAMA  ORGANISASI (ORMAS)', 'Bidang Kegiatan',
# 'ALAMAT / SEKRETARIAT', 'Dibina?'; answers Ya, ya, TIDAK, Sudah -> 3 of 4.
@case("38_judul_kolom_aneh.xlsx", data("ormas_dibina", 3, 4))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "ORMAS"
    fill(ws, [
        ["No.", "NAMA  ORGANISASI (ORMAS)", "Bidang Kegiatan", "ALAMAT / SEKRETARIAT",
         "Ketua", "Dibina?"],
        [1, "GP Ansor Ranting Klampok", "Kepemudaan", "Desa Klampok", "M. Faizin", "Ya"],
        [2, "Aisyiyah Ranting Benjeng", "Keagamaan", "Desa Bulurejo", "Hj. Sutini", "ya"],
        [3, "Forum Kerukunan Umat", "Sosial", "Desa Metatu", "Drs. Harun", "TIDAK"],
        [4, "Paguyuban Pedagang Pasar", "Ekonomi", "Desa Benjeng", "Sugeng", "Sudah"],
    ])
    save(book, path)


# Hadir with a header split over two rows (not merged): "Asal" in D3 above
# "Desa/Instansi" in D4; rows 5-7 Ya, Tidak, Ya -> 2 of 3.
@case("39_judul_terbelah_asal.xlsx", data("partisipasi_musrenbang", 2, 3))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Daftar Hadir"
    title(ws, "DAFTAR HADIR MUSRENBANG 2017", 1, 5)
    fill(ws, [
        ["No", "Nama", "Jabatan", "Asal", "Hadir"],
        [None, None, None, "Desa/Instansi", None],
        [1, *PEOPLE[0], "Ya"],
        [2, *PEOPLE[1], "Tidak"],
        [3, *PEOPLE[2], "Ya"],
    ], start=3)
    save(book, path)


# Ormas rows 2-4 Ya, Tidak, Ya -> 2 of 3, then the usual signing block:
# row 6 "Benjeng, 29 Desember 2017" in E (the Ketua column), row 7
# "Mengetahui,", row 8 "Camat Benjeng". The place-and-date line (a lone cell
# before the signature words) is not data.
@case("40_tempat_tanggal_ttd.xlsx", data("ormas_dibina", 2, 3,
                                          absent=["nilai_kosong_dianggap_tidak"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Ormas"
    fill(ws, [
        ["No", "Nama Organisasi", "Bidang", "Alamat", "Ketua", "Dibina"],
        [1, "Karang Taruna Bina Remaja", "Kepemudaan", "Desa Jogodalu", "Slamet", "Ya"],
        [2, "PKK Desa Lundo", "Sosial", "Desa Lundo", "Sri Utami", "Tidak"],
        [3, "LPMD Deliksumber", "Pembangunan", "Desa Deliksumber", "H. Masrukan", "Ya"],
        None,
        [None, None, None, None, "Benjeng, 29 Desember 2017"],
        [None, None, None, None, "Mengetahui,"],
        [None, None, None, None, "Camat Benjeng"],
        None,
        None,
        [None, None, None, None, "NURYADI, S.Pd. MM."],
    ])
    save(book, path)


# Hadir with a two-row header where the second row holds two cells: "Asal"
# above "Desa/Instansi" and "Hadir" above "(Ya/Tidak)" (row 4). People rows
# 5-8: Ya, Ya, Tidak, Ya -> 3 of 4; row 4 is header, not a person.
@case("41_judul_dua_baris_dua_sel.xlsx", data(
    "partisipasi_musrenbang", 3, 4,
    columns={"asal": "Asal Desa/Instansi", "hadir": "Hadir (Ya/Tidak)"}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Daftar Hadir"
    title(ws, "DAFTAR HADIR MUSRENBANG 2017", 1, 5)
    fill(ws, [
        ["No", "Nama", "Jabatan", "Asal", "Hadir"],
        [None, None, None, "Desa/Instansi", "(Ya/Tidak)"],
        [1, *PEOPLE[0], "Ya"],
        [2, *PEOPLE[1], "Ya"],
        [3, *PEOPLE[2], "Tidak"],
        [4, *PEOPLE[3], "Ya"],
    ], start=3)
    save(book, path)
