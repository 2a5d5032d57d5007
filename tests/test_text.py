"""Step 1: decoding and normalization keep every offset mappable to the original."""

from __future__ import annotations

import pytest

from attribution.errors import EmptyInputError, FileMissingError, NotAFileError, UndecodableError
from attribution.prepare.text import normalize
from attribution.read.input import decode_bytes, read_text_file


def _roundtrip(original: str, needle: str) -> str:
    norm = normalize(original)
    i = norm.text.index(needle)
    start, end = norm.to_original(i, i + len(needle))
    return original[start:end]


def test_plain_ascii_text_is_not_copied():
    norm = normalize("He said it was fine.")
    assert norm.text == norm.original
    assert norm.to_original(3, 7) == (3, 7)


def test_non_breaking_space_becomes_space_and_maps_back():
    original = "a\u00a0“harsh revenge”"
    norm = normalize(original)
    assert norm.text == "a “harsh revenge”"
    assert _roundtrip(original, "harsh revenge") == "harsh revenge"


def test_crlf_becomes_lf_and_offsets_survive():
    original = "First line.\r\n\r\n“Quote here,” he said.\r\n"
    norm = normalize(original)
    assert "\r" not in norm.text
    assert _roundtrip(original, "Quote here") == "Quote here"


def test_zero_width_characters_are_dropped_for_matching_only():
    original = "The min\u200bister said\u200d it."
    norm = normalize(original)
    assert norm.text == "The minister said it."
    assert _roundtrip(original, "minister said") == "min\u200bister said"


def test_decomposed_accents_are_composed():
    original = "Ingrid Sæther and Jose\u0301 Mari\u0301a said so."
    norm = normalize(original)
    assert "José María" in norm.text
    assert _roundtrip(original, "José María") == "Jose\u0301 Mari\u0301a"


def test_guillemets_and_low_marks_become_curly_quotes():
    norm = normalize("« Non », dit-il. „Ja“, sagte er.")
    assert norm.text == "“ Non ”, dit-il. “Ja”, sagte er."
    assert len(norm.text) == len(norm.original)


def test_low_high_quotation_closes_with_the_high_mark():
    norm = normalize("„Es wird spät“, sagte er.\n“Next,” she said. „Nie”.")
    assert norm.text == "“Es wird spät”, sagte er.\n“Next,” she said. “Nie”."


def test_double_apostrophes_are_one_quote_mark():
    original = "''This isn't tax reform,'' said Douglas."
    norm = normalize(original)
    assert norm.text.startswith('"This isn\'t tax reform,"')
    assert _roundtrip(original, '"This') == "''This"


def test_mark_after_a_quote_mark_or_a_mapped_space_composes_as_before():
    original = "“\u0308x\u00a0\u0301y"  # a mark on a quote mark; a mark after a space that was mapped
    norm = normalize(original)
    assert norm.text == "“\u0308x \u0301y"
    assert norm.to_original(0, 1) == (0, 2) and norm.to_original(1, 2) == (0, 2)  # the cluster, as one
    assert norm.to_original(3, 4) == (3, 4) and norm.to_original(4, 5) == (4, 5)  # the mark alone


def test_long_text_with_a_few_changes_maps_every_stretch():
    original = ("The council met on Monday. " * 2000) + "\u00a0“Fine,” she said.\r\n" + ("More text here. " * 2000)
    norm = normalize(original)
    assert len(norm.text) == len(original) - 1  # CR LF became one LF
    for needle in ("Fine", "she said", "More text"):
        assert _roundtrip(original, needle) == needle
    start, end = norm.to_original(0, len(norm.text))
    assert (start, end) == (0, len(original))


def test_decode_utf8_with_bom():
    assert decode_bytes("\ufeffHello “world”".encode("utf-8")) == "Hello “world”"


def test_decode_utf16_with_bom():
    assert decode_bytes("Der Minister sagte „ja“.".encode("utf-16")) == "Der Minister sagte „ja“."


def test_decode_windows_1252_is_detected():
    text = "The minister said the deal was “final” and would cost €40 million, a spokesman confirmed."
    assert decode_bytes(text.encode("cp1252")) == text


def test_empty_and_binary_input_are_refused(tmp_path):
    with pytest.raises(EmptyInputError):
        decode_bytes(b"  \n ")
    with pytest.raises(UndecodableError):
        decode_bytes(bytes(range(256)) * 4)


def test_read_text_file_errors_name_the_file(tmp_path):
    with pytest.raises(FileMissingError) as missing:
        read_text_file(str(tmp_path / "nope.txt"))
    assert "nope.txt" in str(missing.value)
    with pytest.raises(NotAFileError):
        read_text_file(str(tmp_path))
