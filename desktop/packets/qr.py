"""An enrolment request as a QR code: a PNG file or text for a terminal.

The PNG is written directly (grayscale, zlib-compressed rows; PNG spec, W3C) so no imaging
library is needed; the matrix comes from the qrcode library.
"""

from __future__ import annotations

import struct
import zlib

import qrcode


def matrix(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png(text: str, scale: int = 6) -> bytes:
    """The code as a black-on-white PNG, ``scale`` pixels per module."""
    rows = matrix(text)
    width = len(rows[0]) * scale
    raw = bytearray()
    for row in rows:
        line = b"\x00" + b"".join((b"\x00" if dark else b"\xff") * scale for dark in row)
        raw += line * scale
    header = struct.pack(">IIBBBBB", width, len(rows) * scale, 8, 0, 0, 0, 0)  # 8-bit grayscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + _chunk(b"IEND", b"")
    )


def terminal(text: str) -> str:
    """Two module rows per text line with half blocks (dark modules as spaces on light text)."""
    rows = matrix(text)
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    glyph = {(False, False): "\u2588", (True, False): "\u2584", (False, True): "\u2580", (True, True): " "}
    return "\n".join(
        "".join(glyph[(top, bottom)] for top, bottom in zip(rows[i], rows[i + 1], strict=True))
        for i in range(0, len(rows), 2)
    )
