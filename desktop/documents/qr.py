"""The QR code on a decision letter: the decision's id and the hash of its signed statement.

Anyone holding the letter can scan it and compare the hash with the registry's copy of the
decision bundle (or, once synced, with the registry receipt carried in the code).
"""

from __future__ import annotations

import hashlib

import qrcode
from reportlab.graphics.shapes import Drawing, Rect
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
    """The code as vector squares, ``size`` points wide with a quiet zone of four modules."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()  # rows top to bottom, the border included
    cell = size / len(matrix)
    # Drawings start on Helvetica unless told otherwise, which would put an unembedded font in the file.
    drawing = Drawing(size, size, initialFontName=cjk_font_name())
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                y = size - (r + 1) * cell
                drawing.add(
                    Rect(c * cell, y, cell, cell, fillColor=colors.black, strokeColor=None, strokeWidth=0)
                )
    return drawing
