from __future__ import annotations

import pytest

from articleparse.extractors.language import detect_language

CASES = [
    ("The minister said on Monday that the talks would resume after the holiday.", "en"),
    ("Menteri mengatakan bahwa pembicaraan itu akan dilanjutkan karena sudah disepakati.", "id"),
    ("Menteri berkata bahawa kerajaan akan membantu rakyat kerana keadaan semasa sahaja.", "ms"),
]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_detects(text, code):
    assert detect_language(text).code == code


@pytest.mark.parametrize("text", [
    "Der Vorstand hat die Zahlen am Montag in Berlin vorgelegt.",
    "12345 67890",
    "",
])
def test_unsupported_or_empty_is_none(text):
    assert detect_language(text) is None


def test_hint_wins():
    assert detect_language("The minister said that.", "id").code == "id"
