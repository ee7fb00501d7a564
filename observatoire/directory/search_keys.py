"""How place names are compared in searches. Pure: no Django import.

"Béziers", "BEZIERS" and "beziers" share one key; "st pons" and "Saint-Pons-de-Thomières" too.
"""

import re
import unicodedata

ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def search_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_only = ascii_only.replace("œ", "oe").replace("æ", "ae")
    words = re.findall(r"[a-z0-9]+", ascii_only)
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


def looks_like_postcode(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{5}\s*", text))
