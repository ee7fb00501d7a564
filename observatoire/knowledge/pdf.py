"""Small PDF documents for the demo: real, selectable text (fpdf2's core fonts, Latin-1)."""

import datetime

from fpdf import FPDF

FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)

# Characters outside Latin-1 that French text uses, written the way core fonts can print.
LATIN_1 = str.maketrans({"’": "'", "‘": "'", "œ": "oe", "Œ": "OE", "…": "...", "–": "-"})


def text_pdf(*, title: str, paragraphs: list[str]) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title(title.translate(LATIN_1))
    pdf.set_author("OVFF34")
    pdf.set_lang("fr")
    pdf.set_creation_date(FIXED_DATE)  # the same text gives the same file
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=18)
    pdf.multi_cell(0, 9, title.translate(LATIN_1))
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(
            0, 6, paragraph.translate(LATIN_1).replace("\u202f", " ").replace("\xa0", " ")
        )
        pdf.ln(3)
    return bytes(pdf.output())
