"""Small PDF documents for the demo: real, selectable text (core fonts, `core/pdf.py`)."""

from observatoire.core.pdf import document, latin_1


def text_pdf(*, title: str, paragraphs: list[str]) -> bytes:
    pdf = document(title=title, fixed_date=True)
    pdf.set_font("Helvetica", style="B", size=18)
    pdf.multi_cell(0, 9, latin_1(title))
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, latin_1(paragraph))
        pdf.ln(3)
    return bytes(pdf.output())
