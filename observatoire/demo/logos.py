"""Placeholder logos for the demo: a coloured band with the partner's short name.

The partners' real logos are uploaded by editors; these only show where they go. Drawn at
twice the size they are shown (a 2× rendition for sharp screens), in a subset of DejaVu Sans
Bold shipped with the code (Latin letters with French accents; `fonts/LICENSE-DejaVu.txt`), so
that « État » and « Département » come out right on any machine.
"""

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path(__file__).with_name("fonts") / "DejaVuSans-Bold-latin.ttf"
SIZE = (960, 320)


def placeholder_logo(*, text: str, colour: str) -> bytes:
    image = Image.new("RGB", SIZE, colour)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), size=84)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    position = ((SIZE[0] - (right - left)) / 2 - left, (SIZE[1] - (bottom - top)) / 2 - top)
    draw.text(position, text, fill="white", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
