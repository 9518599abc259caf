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
