"""PDF documents with fpdf2's core fonts: real, selectable text, no font file, nothing fetched.

Core fonts print Latin-1 only: `latin_1()` writes the few other characters French text uses
the way they can print. Every document of the site starts from `document()`.
"""

import datetime

from fpdf import FPDF

from observatoire.core.territory import current

FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
LATIN_1 = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "œ": "oe",
        "Œ": "OE",
        "…": "...",
        "–": "-",
        "\u202f": " ",  # narrow no-break space
        "\xa0": " ",
    }
)


def latin_1(text: str) -> str:
    return str(text).translate(LATIN_1).encode("latin-1", "replace").decode("latin-1")


def document(*, title: str, fixed_date: bool = False) -> FPDF:
    """An A4 document by the observatory, in French; `fixed_date`: the same text always gives
    the same file (demo documents)."""
    pdf = FPDF(format="A4")
    pdf.set_title(latin_1(title))
    pdf.set_author(current().acronym)
    pdf.set_lang("fr")
    if fixed_date:
        pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    return pdf
