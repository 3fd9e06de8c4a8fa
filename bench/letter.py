"""A signed decision letter vs a bare one-page reportlab PDF plus one signature.

Both embed the same CJK font and are signed by the same member's key and certificate
with pyHanko. The letter's figure includes unsealing the chair's key with the PIN; the
demo vault here uses a cheap key derivation, so that cost is mostly left out (a real
PIN derivation adds ~0.12 s by design). Paired runs in CPU time (both are single-threaded).
"""

from __future__ import annotations

import io

from bench.common import Figure, cheap_kdf, paired, ratio_figure, timed

REPEATS = 9


def _bare(creds) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.documents.pdf_sign import _signer
    from desktop.fonts import cjk_font_name

    font = cjk_font_name()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, initialFontName=font, initialFontSize=12)
    pdf.drawString(72, 760, "审查意见：批准。Decision: approve.")
    pdf.showPage()
    pdf.save()
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    signers.sign_pdf(
        writer, signers.PdfSignatureMetadata(field_name="Signature"), signer=_signer(creds), output=out
    )
    return out.getvalue()


def run() -> list[Figure]:
    from desktop.documents import api
    from desktop.services.reports import signing_credentials
    from desktop.vault import Vault
    from tests.sync.harness import demo_source

    cheap_kdf()  # else the PIN's key is re-sealed with the full Argon2id (~1 s), whatever ran before
    demo = demo_source()
    chair, pin = demo["member_ids"]["王建国"], demo["pins"]["王建国"]
    with Vault.open(demo["vault"], demo["passphrase"]) as vault:
        creds = signing_credentials(vault, chair, pin)
        _bare(creds)  # warm up fonts and imports for both
        decision = demo["decision_ids"][0]
        api.decision_letter(vault, decision, chair, pin)
        letter = timed(lambda: api.decision_letter(vault, decision, chair, pin))
        pairs = paired(timed(lambda: _bare(creds)), letter, REPEATS)
    fig = ratio_figure(
        "signed decision letter vs bare page + signature",
        [(o * 1000, b * 1000) for o, b in pairs],
        "ms CPU",
        "<= 3x",
    )
    fig.met = fig.ratio <= 3.0
    return [fig]


if __name__ == "__main__":
    for figure in run():
        print(figure)
