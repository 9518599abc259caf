"""iku_excel.validate.periods: which years a register names as its own."""

import pytest

from iku_excel.validate.periods import years_named


@pytest.mark.parametrize("texts, expected", [
    (("REGISTER PELANGGARAN PERDA TAHUN 2017",), {2017}),
    (("TAHUN 2016 - 2017",), {2016, 2017}),
    (("Register_Pelanggaran_Perda_2016-2017",), {2016, 2017}),
    (("REGISTER 2015 s.d. 2017",), {2015, 2016, 2017}),
    (("Data 2016/2017",), {2016, 2017}),
    (("REGISTER PELANGGARAN PERDA NO. 22 TAHUN 2004 KECAMATAN BENJENG",), set()),
    (("Pelanggaran Perda 22/2004 tahun 2017",), {2017}),
    (("Register", "Sheet1", "pelanggaran"), set()),
    (("Register", "2016", "data"), {2016}),
    (("NIP 19671020 198803 1 009",), set()),
])
def test_years_named(texts, expected):
    assert years_named(*texts) == expected
