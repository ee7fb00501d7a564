"""What the indicators' pages read beyond their fields (core/page_context.py)."""

from observatoire.core.page_context import provides

from . import comparison
from .models import LetterPage


@provides(LetterPage)
def letter(page: LetterPage, request) -> dict:
    chosen = [(block.value["indicator"], block.value["note"]) for block in page.key_figures]
    return {"figures": comparison.key_figures(codes=chosen, year=str(page.year))}
