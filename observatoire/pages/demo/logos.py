"""Placeholder logos for the demo: a coloured band with the partner's short name.

The partners' real logos are uploaded by editors; these only show where they go.
"""

import io

from PIL import Image, ImageDraw, ImageFont


def placeholder_logo(*, text: str, colour: str) -> bytes:
    image = Image.new("RGB", (480, 160), colour)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=44)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    position = ((480 - (right - left)) / 2 - left, (160 - (bottom - top)) / 2 - top)
    draw.text(position, text, fill="white", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
