"""Adding long-term validation to a signed decision letter vs signing it.

Ours: a fresh CRL from the committee CA, the DSS (CA, member and timestamp-authority
certificates, the CRL) and a document timestamp from the registry's timestamp authority, served
on 127.0.0.1 (so one local HTTP round trip is in the figure; a remote registry adds its network
delay). Baseline: signing the same rendered letter (PAdES B-B) with a P-256 member key.
Paired runs in CPU time of the whole process (the local registry's thread included).
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from bench.common import Figure, paired, ratio_figure, timed


def _p256_credentials(vault, chair_id: str):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from desktop import custody, pki
    from desktop.models import Committee, Member
    from desktop.services.reports import SigningCredentials

    key = ec.generate_private_key(ec.SECP256R1())
    point = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    with vault.session() as s:
        committee, member = s.query(Committee).one(), s.get(Member, chair_id)
        cert = pki.issue_member_certificate(
            committee.ca_certificate_pem,
            committee.ca_private_key_pem,
            member.name,
            member.role,
            point,
            committee.name,
        )
        return SigningCredentials(
            member.id,
            member.name,
            member.name_en,
            member.role,
            cert,
            committee.ca_certificate_pem,
            custody.SoftwareSigner(key),
        )


def run() -> list[Figure]:
    from desktop.documents import decision_letter, ltv
    from desktop.documents.layout import SignatureInfo
    from desktop.documents.pdf_sign import sign_pdf
    from desktop.services import reports
    from desktop.services.certificates import crl_in
    from desktop.vault import Vault
    from tests.sync.harness import Registry, demo_source

    demo = demo_source()
    chair = demo["member_ids"]["王建国"]
    registry = Registry(Path(tempfile.mkdtemp(prefix="quorum-bench-tsa-"))).serve()
    try:
        with Vault.open(demo["vault"], demo["passphrase"]) as vault:
            creds = _p256_credentials(vault, chair)
            data = reports.letter_data(vault, demo["decision_ids"][0])
            at = datetime.now().astimezone().replace(microsecond=0)
            info = SignatureInfo(creds.name, "主任委员", at, "签发审查意见", "0" * 16)
            rendered = decision_letter.build(data, info, "zh")
            ca, tsa = creds.ca_certificate_pem, registry.keys.tsa.certificate_pem
            stamper = ltv.RegistryTimeStamper(registry.url)

            def sign() -> bytes:
                return sign_pdf(rendered, creds, at, reason="签发审查意见")

            signed = sign()

            def augment() -> bytes:
                with vault.session() as s:
                    crl = crl_in(s)
                return ltv.augment(signed, ca, crl, tsa, stamper)

            augment()  # warm up the HTTP client and pyHanko's timestamp path
            pairs = paired(timed(sign), timed(augment), 9)
            size_signed, size_lta = len(signed), len(augment())
            stamper.close()
    finally:
        registry.close()
    fig = ratio_figure(
        "timestamp + validation material vs signing a letter",
        [(o * 1000, b * 1000) for o, b in pairs],
        "ms CPU",
        "<= 2x",
    )
    fig.met = fig.ratio <= 2.0
    fig.notes.update({"bytes_signed": size_signed, "bytes_b_lta": size_lta})
    return [fig]


if __name__ == "__main__":
    for figure in run():
        print(figure)
