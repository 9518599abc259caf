"""rows_text: the row list staff read in the report ('4-6, 9')."""

from hypothesis import given
from hypothesis import strategies as st

from iku_excel.report.model import rows_text


def _by_hand(rows: list[int]) -> str:
    """Row by row, as one would write it out: a run of consecutive rows is 'a-b'."""
    if not rows:
        return "-"
    spans = [[rows[0], rows[0]]]
    for row in rows[1:]:
        if row == spans[-1][1] + 1:
            spans[-1][1] = row
        else:
            spans.append([row, row])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def test_examples():
    assert rows_text([]) == "-"
    assert rows_text([7]) == "7"
    assert rows_text([4, 5, 6, 9]) == "4-6, 9"
    assert rows_text((4, 6, 7, 8, 10, 11)) == "4, 6-8, 10-11"
    assert rows_text(range(5, 100_005)) == "5-100004"


@given(st.lists(st.integers(1, 60), max_size=40))
def test_same_as_row_by_row(rows):
    # Sorted, unsorted and repeated rows alike (a repeat is its own span).
    assert rows_text(rows) == _by_hand(rows)
    assert rows_text(sorted(set(rows))) == _by_hand(sorted(set(rows)))
