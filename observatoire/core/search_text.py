"""Text as the site search compares it: without accents, case or the commonest French endings.

Pure functions. Pages and records index `plain_text()` of what they show, and a query goes
through `plain_query()`: « Violences conjugales » and « violence conjugale » meet, and so do
« évènement » and « evenements ». PostgreSQL's French configuration stems again on top, which
changes nothing for words already reduced; SQLite's fallback has no French stemmer, so this is
what makes it work there.
"""

import re
import unicodedata
from html import unescape

TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[a-z0-9]+")
# Longest first; a word keeps at least 4 letters. Enough to meet plurals, feminines and the
# usual derived forms; not a full Snowball stemmer.
ENDINGS = (
    "issements",
    "issement",
    "ements",
    "ement",
    "ations",
    "ation",
    "euses",
    "euse",
    "eaux",
    "aux",
    "ees",
    "es",
    "ee",
    "s",
    "x",
    "e",
)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unescape(TAG.sub(" ", text)).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("œ", "oe")


def stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def folded_words(text: str) -> list[str]:
    """The words of a text without accents or case, not reduced (the back-office search)."""
    return WORD.findall(fold(text))


def plain_words(text: str) -> list[str]:
    return [stem(word) for word in WORD.findall(fold(text))]


def plain_text(*parts: str | None) -> str:
    return " ".join(" ".join(plain_words(str(part))) for part in parts if part)


def plain_query(query: str) -> str:
    return " ".join(plain_words(query))
