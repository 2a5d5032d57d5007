"""Line and column numbers of code-point offsets."""

from attribution.prepare.positions import LineIndex


def test_first_line_first_column():
    assert LineIndex("abc").line_col(0) == (1, 1)


def test_lf_crlf_and_cr_all_break_lines():
    index = LineIndex("a\nb\r\nc\rd")
    assert [index.line_col(i) for i in (2, 5, 7)] == [(2, 1), (3, 1), (4, 1)]


def test_columns_count_code_points_not_utf16_units():
    text = "🙂🙂 said"
    assert LineIndex(text).line_col(text.index("said")) == (1, 4)


def test_offset_at_the_end_of_the_text():
    assert LineIndex("ab\n").line_col(3) == (2, 1)
