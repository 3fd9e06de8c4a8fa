"""The QR code on a decision letter: the decision's id and the hash of its signed statement.

Anyone holding the letter can scan it and compare the hash with the registry's copy of the
decision bundle (or, once synced, with the registry receipt carried in the code).
"""

from __future__ import annotations

import hashlib

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

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
    widget = QrCodeWidget(text, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    # Drawings start on Helvetica unless told otherwise, which would put an unembedded font in the file.
    drawing = Drawing(
        size,
        size,
        transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0],
        initialFontName=cjk_font_name(),
    )
    drawing.add(widget)
    return drawing
