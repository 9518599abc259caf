"""iku_excel.vocabulary: the yes/no words of inputs.md, "What the words mean"."""

import pytest

from iku_excel.vocabulary import FOLLOWED_UP, GUIDED, PRESENT, RECOMMENDED

TICKS = ["✓", "v", "V", "✔", "√"]


# Conflict followed up: Ya, Sudah, Selesai, Proses, Difasilitasi, Ditindaklanjuti, a tick.
# Not: Tidak, Belum.
@pytest.mark.parametrize("word", ["Ya", "Sudah", "Selesai", "Proses", "Difasilitasi",
                                  "Ditindaklanjuti", *TICKS])
def test_followed_up_yes(word):
    assert FOLLOWED_UP.classify(word) is True


@pytest.mark.parametrize("word", ["Tidak", "Belum", "BELUM"])
def test_followed_up_no(word):
    assert FOLLOWED_UP.classify(word) is False


# Proposal recommended: Ya, Direkomendasikan, Prioritas.  Not: Tidak,
# Tidak Direkomendasikan, Ditolak.
@pytest.mark.parametrize("word", ["Ya", "Direkomendasikan", "Prioritas", "DIREKOMENDASIKAN"])
def test_recommended_yes(word):
    assert RECOMMENDED.classify(word) is True


@pytest.mark.parametrize("word", ["Tidak", "Tidak Direkomendasikan", "Ditolak",
                                  "TIDAK  DIREKOMENDASIKAN!", "tidak direkomendasikan."])
def test_recommended_no_including_negation(word):
    # 'Tidak Direkomendasikan' contains 'Direkomendasikan' and must still be False
    assert RECOMMENDED.classify(word) is False


# Guided: Ya, Sudah, Dibina.
@pytest.mark.parametrize("word, expected", [
    ("Ya", True), ("Sudah", True), ("Dibina", True), ("✓", True),
    ("Tidak", False), ("Belum", False),
])
def test_guided(word, expected):
    assert GUIDED.classify(word) is expected


# Present: Ya, Hadir, H, a tick, 1.  Not: Tidak, Absen, -, 0.
@pytest.mark.parametrize("word", ["Ya", "Hadir", "H", "h", "1", 1, 1.0, *TICKS])
def test_present_yes(word):
    assert PRESENT.classify(word) is True


@pytest.mark.parametrize("word", ["Tidak", "Absen", "-", "0", 0, 0.0])
def test_present_no(word):
    assert PRESENT.classify(word) is False


@pytest.mark.parametrize("vocab", [FOLLOWED_UP, RECOMMENDED, GUIDED, PRESENT],
                         ids=lambda v: v.name)
def test_unknown_word_is_none_not_a_guess(vocab):
    assert vocab.classify("mungkin") is None
    assert vocab.classify("x") is None
    assert vocab.classify(2) is None          # a number other than 1/0 is no answer


@pytest.mark.parametrize("vocab", [FOLLOWED_UP, RECOMMENDED, GUIDED, PRESENT],
                         ids=lambda v: v.name)
def test_blank_is_left_to_the_caller(vocab):
    # classify() says "no word"; validate/rows.flag decides that blank counts as no
    assert vocab.classify(None) is None
    assert vocab.classify("") is None
    assert vocab.classify("   ") is None


@pytest.mark.parametrize("variant", ["  SUDAH. ", "sudah", "Sudah!", "SUDAH", "(Sudah)"])
def test_case_space_punctuation_insensitive(variant):
    assert FOLLOWED_UP.classify(variant) is True
    assert GUIDED.classify(variant) is True


def test_words_do_not_leak_between_vocabularies():
    # 'Hadir' is attendance, not follow-up; 'Direkomendasikan' is not guidance
    assert FOLLOWED_UP.classify("Hadir") is None
    assert GUIDED.classify("Direkomendasikan") is None
    assert PRESENT.classify("Sudah") is None
    assert RECOMMENDED.classify("Sudah") is None


def test_real_booleans_pass_through():
    assert PRESENT.classify(True) is True
    assert PRESENT.classify(False) is False
