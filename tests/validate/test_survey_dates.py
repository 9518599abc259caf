"""The survey's date column as form apps head it: Google Forms in English
says 'Timestamp', in Indonesian 'Cap waktu'. Unread, a response of another
year counted in this year's index (a new user's trial, Kecamatan Kedamean)."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import BASE_SETTINGS, write_settings, write_table

from iku_excel.pipeline import analyse

ANSWERS = [f"U{i}" for i in range(1, 10)]


@pytest.mark.parametrize("heading", ["Timestamp", "Cap waktu", "Tanggal"])
def test_a_response_of_another_year_is_left_out(tmp_path, heading):
    write_settings(tmp_path / "pengaturan.xlsx", BASE_SETTINGS)
    rows = [[dt.datetime(2016, 12, 30, 14, 5, 10), "Sri", *[1] * 9],
            *[[dt.datetime(2017, 3, 1 + i, 9, 0), f"R{i}", *[4 if i % 2 else 3] * 9]
              for i in range(4)]]
    write_table(tmp_path / "Export SKM.xlsx", [heading, "Nama", *ANSWERS], rows,
                titles=())
    run = analyse(tmp_path)
    index = run.results["skm"].skm.index
    # Four 2017 responses, two of 3 and two of 4 on every element: 3,5 x 25 = 87,5.
    assert index.n == 4
    assert run.results["skm"].nilai == pytest.approx(87.5)
