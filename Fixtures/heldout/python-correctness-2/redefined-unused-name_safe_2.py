import re

import pytest


def normalize(text):
    return re.sub(r"\s+", " ", text).strip()


def test_normalize_spaces():
    assert normalize("a   b") == "a b"


def test_normalize_tabs():
    assert normalize("a\t\tb") == "a b"


normalize_v1 = normalize


def normalize(text):  # second version keeps case folding; the first is kept as normalize_v1
    return normalize_v1(text).casefold()


@pytest.mark.parametrize("raw", ["A  B", "a b"])
def test_normalize_casefold(raw):
    assert normalize(raw) == "a b"
