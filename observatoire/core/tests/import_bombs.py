"""Pathological import files for tests, written streaming: the test itself stays light."""

import zlib
from pathlib import Path

MB = 1024 * 1024


def write_gzip(path: Path, *, size: int, block: bytes = b"0", head: bytes = b"") -> Path:
    """A gzip file expanding to `head` then `size` bytes of `block` repeated (compressed about
    1,000 times when `block` is short): at most 1 MB is in memory while it is written."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: the gzip container
    with path.open("wb") as out:
        out.write(compressor.compress(head))
        for piece in _pieces(size=size, block=block):
            out.write(compressor.compress(piece))
        out.write(compressor.flush())
    return path


def write_plain(path: Path, *, size: int, block: bytes = b"x", head: bytes = b"") -> Path:
    """The same, not compressed (a file with no line break when `block` has none)."""
    with path.open("wb") as out:
        out.write(head)
        for piece in _pieces(size=size, block=block):
            out.write(piece)
    return path


def _pieces(*, size: int, block: bytes):
    chunk = block * max(1, MB // len(block))
    while size > 0:
        piece = chunk[:size]
        size -= len(piece)
        yield piece
