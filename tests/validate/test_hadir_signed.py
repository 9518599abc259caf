"""An attendance list with both a Hadir column and a signature column: a
signature is a presence (inputs.md) where the Hadir word is unknown ('Sdh')
or blank; a known word decides. A new user's messy folder counted five
signed 'Sdh' rows absent: 70 % where 80 % by hand."""

from __future__ import annotations

from builders import BASE_SETTINGS, write_settings, write_table

from iku_excel.pipeline import analyse

HEADER = ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Hadir", "Tanda Tangan"]
ROWS = [[1, "Andi", "Kades", "Dermo", "Ya", "ttd"],
        [2, "Budi", "Kades", "Lundo", "Sdh", "ttd"],         # unknown word, signed: present
        [3, "Citra", "Kades", "Metatu", None, "Citra"],      # blank, a name signed: present
        [4, "Dedi", "Kades", "Banter", "Tidak", "ttd"],      # a known no decides
        [5, "Eka", "Kades", "Klampok", "Sdh", None],         # unknown, unsigned: no, warned
        [6, "Fajar", "Kades", "Jogodalu", None, "6. ........"]]  # the form's dotted line


def test_a_signature_beside_an_unknown_word_is_a_presence(tmp_path):
    write_settings(tmp_path / "pengaturan.xlsx", BASE_SETTINGS)
    write_table(tmp_path / "hadir.xlsx", HEADER, ROWS)
    run = analyse(tmp_path)
    result = run.results["partisipasi_musrenbang"]
    assert (result.pembilang, result.penyebut) == (3, 6)
    unknown = [(f.row, f.value) for f in run.findings if f.code == "nilai_tidak_dikenal"]
    assert unknown == [(8, "Sdh")]   # only the unsigned one (header row 3, data from 4)
