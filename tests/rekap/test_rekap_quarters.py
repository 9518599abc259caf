"""The regency's rekap of quarterly reports made by `run --triwulan` (cycle.md,
rekap.md): named _TW<N>, the period chosen from the reports, every report
received (none taken as edited by hand), and an annual report of the same
folder listed as another period."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from builders import BASE_SETTINGS, write_settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "indicators"))
from test_quarters import dated_folder  # noqa: E402

from iku_excel.cli import main  # noqa: E402


def test_rekap_of_quarterly_reports(tmp_path):
    base = tmp_path / "in"
    for name in ("Benjeng", "Cerme"):
        folder = dated_folder(base / name)
        write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Kecamatan": name})
    made = tmp_path / "made"
    code = main(["run", "--per-kecamatan", "--triwulan", "2", "--input", str(base),
                 "--output", str(made), "--tanpa-pdf", "--json", str(tmp_path / "s.json")])
    assert code in (0, 1)
    assert (made / "IKU_Kecamatan_Cerme_2017_TW2.xlsx").exists()
    rekap = json.loads((tmp_path / "s_rekap.json").read_text(encoding="utf-8"))
    assert rekap["triwulan"] == 2 and rekap["tahun"] == 2017
    assert (made / "Rekap_IKU_Kabupaten_Gresik_2017_TW2.xlsx").exists()
    status = {k["nama"]: k["status"] for k in rekap["kecamatan"]}
    assert status["Benjeng"] == status["Cerme"] == "diterima"
    konflik = {k["nama"]: k["indikator"]["konflik_ditindaklanjuti"]["realisasi"]
               for k in rekap["kecamatan"] if k["status"] == "diterima"}
    assert konflik == {"Benjeng": 200 / 3, "Cerme": 200 / 3}

    # An annual report among them is another period: listed, not counted.
    main(["run", "--input", str(base / "Cerme"), "--output", str(made), "--tanpa-pdf"])
    mail = tmp_path / "mail"
    mail.mkdir()
    for path in made.glob("IKU_Kecamatan_*.xlsx"):
        shutil.copy(path, mail / path.name)
    out = tmp_path / "rekap"
    main(["rekap", "--input", str(mail), "--output", str(out), "--triwulan", "2",
          "--json", str(tmp_path / "r.json")])
    again = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert again["triwulan"] == 2
    assert {k["nama"]: k["status"] for k in again["kecamatan"]
            if k["nama"] in ("Benjeng", "Cerme")} == {"Benjeng": "diterima", "Cerme": "diterima"}
    assert any(m["kode"] == "rekap_periode_lain" for m in again["masalah"])


def _reports(tmp_path):
    """The tester's mailbox: Benjeng 2016, 2017, TW1, TW2, TW3; Cerme TW1, TW2."""
    base = tmp_path / "in"
    for name in ("Benjeng", "Cerme"):
        folder = dated_folder(base / name)
        write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Kecamatan": name})
    old = dated_folder(tmp_path / "old" / "Benjeng", shift=-1)
    write_settings(old / "pengaturan.xlsx", {**BASE_SETTINGS, "Kecamatan": "Benjeng",
                                             "Tahun": 2016})
    made, mail = tmp_path / "made", tmp_path / "mail"
    for args in (["--per-kecamatan", "--triwulan", "1", "--input", str(base)],
                 ["--per-kecamatan", "--triwulan", "2", "--input", str(base)],
                 ["--triwulan", "3", "--input", str(base / "Benjeng")],
                 ["--input", str(base / "Benjeng")], ["--input", str(old)]):
        assert main(["run", *args, "--output", str(made), "--tanpa-pdf"]) in (0, 1)
    mail.mkdir()
    for path in made.glob("IKU_Kecamatan_*.xlsx"):
        shutil.copy(path, mail / path.name)
    assert len(list(mail.iterdir())) == 7
    return mail


def _rekap(tmp_path, mail, *args):
    out, summary = tmp_path / "rekap", tmp_path / "r.json"
    code = main(["rekap", "--input", str(mail), "--output", str(out), "--json", str(summary),
                 *args])
    return code, (json.loads(summary.read_text(encoding="utf-8"))
                  if summary.exists() else None)


def test_rekap_of_a_year_is_the_annual_rekap_when_an_annual_report_came(tmp_path, capsys):
    mail = _reports(tmp_path)
    code, rekap = _rekap(tmp_path, mail, "--tahun", "2017")
    assert code in (0, 1) and rekap["tahun"] == 2017 and rekap["triwulan"] is None
    assert (tmp_path / "rekap" / "Rekap_IKU_Kabupaten_Gresik_2017.xlsx").exists()
    codes = [m["kode"] for m in rekap["masalah"]]
    assert "rekap_periode_tahunan" in codes and "rekap_periode_dipilih" not in codes
    status = {k["nama"]: k["status"] for k in rekap["kecamatan"]}
    assert status["Benjeng"] == "diterima" and status["Cerme"] == "periode lain"

    # Only quarterly reports of 2017 left: TW1 and TW2 two each, TW3 one: a
    # tie, said as one, and the later quarter chosen.
    for path in mail.glob("IKU_Kecamatan_Benjeng_2017.xlsx"):
        path.unlink()
    (tmp_path / "r.json").unlink()
    code, rekap = _rekap(tmp_path, mail, "--tahun", "2017")
    assert rekap["triwulan"] == 2
    codes = [m["kode"] for m in rekap["masalah"]]
    assert "rekap_periode_seri" in codes and "rekap_periode_dipilih" not in codes

    # --triwulan as staff write it, like `run`.
    (tmp_path / "r.json").unlink()
    code, rekap = _rekap(tmp_path, mail, "--tahun", "2017", "--triwulan", "I")
    assert code in (0, 1) and rekap["triwulan"] == 1
    capsys.readouterr()
    code, rekap = _rekap(tmp_path, mail, "--triwulan", "5")
    assert code == 2 and "Triwulan \"5\" tidak dikenal" in capsys.readouterr().err
