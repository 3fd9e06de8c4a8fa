"""Long-term validation through the USB carry: the carry file asks the registry's authority to
timestamp the issued PDFs' digests, the receipts file brings the tokens back, and importing it
makes the PDFs PAdES B-LTA without the desktop ever reaching the registry."""

from __future__ import annotations

import base64
import json

import pytest
from sqlalchemy import select

from desktop.documents import api
from desktop.documents.verify import VALID, verify_pdf
from desktop.errors import ValidationError
from desktop.models import OutboxItem
from desktop.services import issued
from desktop.sync.usb import export_bundle, import_receipts
from registry.carry import import_carry, receipts_bytes
from tests.documents.conftest import chair, secretary


def _carry(world, demo, tmp_path) -> dict:
    vault = world["vault"]
    api.decision_letter(vault, demo["decision_ids"][0], *chair(demo))
    world["registry"].stop()  # no network from here on
    carry = tmp_path / "export.qcarry"
    export_bundle(vault, carry, *secretary(demo))
    registry = world["registry"]
    return import_carry(registry.store, registry.keys, carry.read_bytes())


def test_receipts_file_brings_timestamps_that_make_the_pdfs_b_lta(world, demo, tmp_path):
    doc = _carry(world, demo, tmp_path)
    every = issued.list_issued(world["vault"])
    assert len(doc["timestamps"]) == len(every)
    path = tmp_path / "receipts.json"
    path.write_bytes(receipts_bytes(doc))
    report = import_receipts(world["vault"], path)
    assert report.confirmed == 3 and report.timestamped == len(every)
    for view in issued.list_issued(world["vault"]):
        assert view.level == "B-LTA" and view.timestamped_at is not None
        result = verify_pdf(issued.issued_pdf(world["vault"], view.id), [world["ca"]], [world["tsa"]])
        assert result.verdict == VALID and result.timestamp_trusted, result.problems
        later = verify_pdf(
            issued.issued_pdf(world["vault"], view.id),
            [world["ca"]],
            [world["tsa"]],
            now=world["after_expiry"],
        )
        assert later.verdict == VALID


def test_a_token_that_does_not_verify_stops_the_import_and_changes_nothing(world, demo, tmp_path):
    doc = _carry(world, demo, tmp_path)
    token = bytearray(base64.b64decode(doc["timestamps"][0]["token"]))
    token[-10] ^= 0x01  # inside the authority's signature
    doc["timestamps"][0]["token"] = base64.b64encode(bytes(token)).decode()
    path = tmp_path / "receipts.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(ValidationError, match="timestamp"):
        import_receipts(world["vault"], path)
    assert {v.level for v in issued.list_issued(world["vault"])} == {"B-B"}
    with world["vault"].session() as s:
        assert {i.status for i in s.execute(select(OutboxItem)).scalars()} == {"sent"}


def test_a_token_for_another_digest_is_refused(world, demo, tmp_path):
    doc = _carry(world, demo, tmp_path)
    doc["timestamps"][0]["token"], doc["timestamps"][1]["token"] = (
        doc["timestamps"][1]["token"],
        doc["timestamps"][0]["token"],
    )
    path = tmp_path / "receipts.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(ValidationError, match="timestamp"):
        import_receipts(world["vault"], path)
    assert {v.level for v in issued.list_issued(world["vault"])} == {"B-B"}


def test_receipts_without_timestamps_still_import(world, demo, tmp_path):
    doc = _carry(world, demo, tmp_path)
    del doc["timestamps"]
    path = tmp_path / "receipts.json"
    path.write_text(json.dumps(doc))
    report = import_receipts(world["vault"], path)
    assert report.confirmed == 3 and report.timestamped == 0
