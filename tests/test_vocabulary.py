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


@pytest.mark.parametrize("word", ["Tidak", "Absen", "-", "0", 0, 0.0,
                                  # the attendance book's letters: Izin, Sakit, Tidak Hadir
                                  "I", "S", "TH", "T.H", "t.h."])
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


# --- abbreviations, phrases, free text and signatures (issue 15) ------------

@pytest.mark.parametrize("vocab, word, expected", [
    (FOLLOWED_UP, "Sdh", True), (FOLLOWED_UP, "Blm", False), (FOLLOWED_UP, "Tdk", False),
    (FOLLOWED_UP, "Sudah dimediasi", True), (FOLLOWED_UP, "Sdh dimediasi", True),
    (FOLLOWED_UP, "Dimediasi", True), (FOLLOWED_UP, "Belum ditindak lanjuti", False),
    (FOLLOWED_UP, "tidak ada", False), (FOLLOWED_UP, "Sudah di tindak lanjuti", True),
    (RECOMMENDED, "Tdk direkomendasikan", False), (RECOMMENDED, "Belum direkomendasikan", False),
    (RECOMMENDED, "Blm direkomendasikan", False), (RECOMMENDED, "Sdh direkomendasikan", True),
    (RECOMMENDED, "Tidak/Tdk", False),
    (GUIDED, "Sdh", True), (GUIDED, "Blm dibina", False), (GUIDED, "Tdk", False),
    (PRESENT, "Tdk hadir", False), (PRESENT, "Sdh hadir", True),
    # Phrases a tester met: a follow-up named after Sudah, a process begun,
    # the police handling it; a negation followed by a wait.
    (FOLLOWED_UP, "Sudah (mediasi)", True), (FOLLOWED_UP, "Proses hukum", True),
    (FOLLOWED_UP, "Ditangani Polsek", True), (FOLLOWED_UP, "Selesai secara kekeluargaan", True),
    (FOLLOWED_UP, "Belum, menunggu jadwal mediasi", False),
    (RECOMMENDED, "Prioritas II", True), (RECOMMENDED, "Non Prioritas", False),
    (PRESENT, "ttd", True), (PRESENT, "TTD", True),
])
def test_abbreviations_and_phrases(vocab, word, expected):
    assert vocab.classify(word) is expected


@pytest.mark.parametrize("vocab, word", [
    # 'Sudah <action>' is yes for a follow-up only: an invitation is no attendance,
    # a proposal put forward no recommendation.
    (PRESENT, "Sudah diundang"), (RECOMMENDED, "Sudah diusulkan"), (GUIDED, "Sudah didata"),
    (FOLLOWED_UP, "tidak jelas"), (RECOMMENDED, "Dipertimbangkan"), (FOLLOWED_UP, "Mediasi"),
    # A lead word with a doubt after it stays unknown (warned, counted as no).
    (FOLLOWED_UP, "Selesai tapi belum damai"), (FOLLOWED_UP, "Ditunda"),
])
def test_phrases_that_stay_unknown(vocab, word):
    assert vocab.classify(word) is None


@pytest.mark.parametrize("value, expected", [
    ("Mediasi oleh Camat dan Muspika", True), ("Dilaporkan ke Polsek", True), ("Sdh", True),
    ("Belum ada", False), ("Menunggu hasil musyawarah", False), ("Tdk ada", False),
    ("Belum", False), ("✓", True), ("-", None), ("", None), (None, None), ("  ", None),
])
def test_action_taken_from_free_text(value, expected):
    from iku_excel.vocabulary import action_taken

    assert action_taken(value) is expected


@pytest.mark.parametrize("value, expected", [
    ("4. ..........", False), ("....", False), ("1.", False), ("12)", False), (3, False),
    ("-", False), ("x", False), ("Izin", False), ("2. Sakit", False), (None, False),
    ("1. ttd", True), ("ttd", True), ("Abdul", True), ("✓", True), ("3. ✓", True),
    ("V", True), ("paraf", True), ("Xaverius", True),
])
def test_signed(value, expected):
    from iku_excel.vocabulary import signed

    assert signed(value) is expected


def test_choices_name_the_template_words_first():
    from iku_excel.template import LISTS

    assert FOLLOWED_UP.choices().startswith("Sudah, Proses, Selesai")
    shown = {vocab.name: set(vocab.yes_shown) | set(vocab.no_shown)
             for vocab in (FOLLOWED_UP, RECOMMENDED, GUIDED, PRESENT)}
    assert set(LISTS["status_konflik"]) <= shown["tindak lanjut"]
    assert set(LISTS["rekomendasi"]) <= shown["rekomendasi"]
    assert set(LISTS["ya_tidak"]) <= shown["pembinaan"] & shown["kehadiran"]
    # every word offered is one the tool reads the way it is offered
    for vocab in (FOLLOWED_UP, RECOMMENDED, GUIDED, PRESENT):
        assert all(vocab.classify(w) is True for w in vocab.yes_shown)
        assert all(vocab.classify(w) is False for w in vocab.no_shown)
