import pytest
from hypothesis import given
from hypothesis import strategies as st

from observatoire.directory.search_keys import looks_like_postcode, search_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Saint-Pons-de-Thomières", "saint pons de thomieres"),
        ("st pons", "saint pons"),
        ("Ste-Croix", "sainte croix"),
        ("L’Île-Saint-Denis", "l ile saint denis"),
        ("Cœur", "coeur"),
    ],
)
def test_search_key(text, key):
    assert search_key(text) == key


@given(st.text())
def test_search_key_is_stable_and_plain(text):
    key = search_key(text)
    assert search_key(key) == key
    assert key == key.strip() and "  " not in key


def test_postcodes_are_five_digits():
    assert looks_like_postcode(" 34000 ")
    assert not looks_like_postcode("3400") and not looks_like_postcode("34 000")
