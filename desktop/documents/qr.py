"""The QR code on a decision letter: the decision's id and the hash of its signed statement.

Anyone holding the letter can scan it and compare the hash with the registry's copy of the
decision bundle (or, once synced, with the registry receipt carried in the code).
"""

from __future__ import annotations

import hashlib

import qrcode
from reportlab.graphics.shapes import Drawing, Path
from reportlab.lib import colors

from desktop.fonts import cjk_font_name
from desktop.signing import canonical

FORMAT = "quorum.decision/1"


def receipt_summary(receipt: dict) -> dict:
    """What of a registry receipt fits in a code: where the bundle sits in the log, when, and the
    hash of the whole receipt (its inclusion proof is too long to carry)."""
    summary = {
        "bundle_sha256": receipt.get("bundle_hash"),
        "leaf": receipt.get("leaf_index"),
        "at": receipt.get("accepted_at"),
        "sha256": hashlib.sha256(canonical(receipt)).hexdigest(),
    }
    return {k: v for k, v in summary.items() if v is not None}


def payload(decision_id: str, statement_sha256: str, receipt: dict | None = None) -> str:
    """Canonical JSON text carried by the code."""
    body: dict = {"v": FORMAT, "decision": decision_id, "sha256": statement_sha256}
    if receipt:
        body["receipt"] = receipt_summary(receipt)
    return canonical(body).decode("utf-8")


def qr_drawing(text: str, size: float) -> Drawing:
    """The code as one vector path, ``size`` points wide with a quiet zone of four modules."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()  # rows top to bottom, the border included
    cell = size / len(matrix)
    # Drawings start on Helvetica unless told otherwise, which would put an unembedded font in the file.
    drawing = Drawing(size, size, initialFontName=cjk_font_name())
    # One path of a rectangle per run of dark modules: a shape per module took a third of a letter.
    modules = Path(fillColor=colors.black, strokeColor=None, strokeWidth=0)
    for r, row in enumerate(matrix):
        y = size - (r + 1) * cell
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            end = c
            while end < len(row) and row[end]:
                end += 1
            modules.moveTo(c * cell, y)
            modules.lineTo(end * cell, y)
            modules.lineTo(end * cell, y + cell)
            modules.lineTo(c * cell, y + cell)
            modules.closePath()
            c = end
    drawing.add(modules)
    return drawing
