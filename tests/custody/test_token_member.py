"""A member whose key is on a token (SoftHSM2): enrolment, votes and PDFs signed on the token."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from desktop import custody, signing
from desktop.custody.token import TokenKey, read_public_key
from desktop.documents import api
from desktop.errors import WrongPin
from desktop.models import Attendance, Member
from desktop.services import committee, meetings, members
from desktop.services.reports_meetings import minutes_data
from tests.conftest import make_case


def _where(softhsm) -> TokenKey:
    return TokenKey(softhsm["module"], softhsm["token"], softhsm["key_label"])


@pytest.fixture
def token_member(vault, softhsm):
    view = members.enrol_member(
        vault,
        name="Token Tang",
        role="secretary",
        backgrounds=["law"],
        external=False,
        gender="male",
        term_start=date(2025, 1, 1),
        pin=softhsm["pin"],
        token=_where(softhsm),
    )
    return view


def test_enrolment_reads_the_public_key_from_the_token_and_keeps_no_pin(vault, softhsm, token_member):
    assert (token_member.key_algorithm, token_member.key_custody) == (custody.ECDSA_P256, custody.TOKEN)
    with vault.session() as s:
        m = s.get(Member, token_member.id)
        assert m.public_key == read_public_key(_where(softhsm), softhsm["pin"])
        assert m.sealed_private_key == b"" and m.key_reference == _where(softhsm).to_dict()
        stored = repr(m.key_reference).encode() + m.sealed_private_key + m.certificate_pem
    assert softhsm["pin"].encode() not in stored


def test_check_in_signed_on_the_token_verifies_on_the_desktop(vault, softhsm, token_member):
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    meetings.check_in(vault, meeting.id, token_member.id, softhsm["pin"])
    with vault.session() as s:
        row = s.execute(select(Attendance)).scalar_one()
        m = s.get(Member, token_member.id)
        body = signing.verify_statement(row.statement, row.signature, m.public_key, custody.ECDSA_P256)
    assert body["signer"]["custody"] == custody.TOKEN and body["signer"]["alg"] == custody.ECDSA_P256
    # the minutes say how each member signed
    lines = minutes_data(vault, meeting.id).attendance
    assert [(line.person.name, line.custody) for line in lines] == [("Token Tang", custody.TOKEN)]


def test_wrong_token_pin_is_refused_and_records_nothing(vault, softhsm, token_member):
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    with pytest.raises(WrongPin) as err:
        meetings.check_in(vault, meeting.id, token_member.id, "000000")
    assert "\n" not in err.value.message and "Token Tang" in err.value.message
    with vault.session() as s:
        assert s.execute(select(Attendance)).first() is None


def test_pdf_signed_on_the_token_verifies(vault, softhsm, token_member, tmp_path):
    case = make_case(vault, "T-1")
    pdf = api.acceptance_notice(vault, case.id, token_member.id, softhsm["pin"], language="en")
    result = api.verify_pdf(pdf, [committee.ca_certificate(vault)])
    assert result.intact and result.valid and result.signed, result
    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf)
    assert shutil.which("pdfsig"), "poppler-utils (pdfsig) is installed by ./scripts/test"
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out, out
    tampered = bytearray(pdf)
    at = pdf.index(b"Acceptance") if b"Acceptance" in pdf else len(pdf) // 3
    tampered[at] ^= 1
    assert not api.verify_pdf(bytes(tampered), [committee.ca_certificate(vault)]).ok


def test_cli_enrols_a_token_member_with_the_pin_from_the_environment(tmp_path, softhsm, monkeypatch, capsys):
    from desktop.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("QUORUM_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("QUORUM_PIN", raising=False)
    folder = str(tmp_path / "v")
    assert main(["init", folder, "--name", "某医院科技伦理委员会", "--institution", "某医院"]) == 0
    add = ["member", "add", folder, "--name", "唐明", "--background", "law", "--gender", "male"]
    token = ["--token-module", softhsm["module"], "--token-label", softhsm["token"]]
    token += ["--token-key-label", softhsm["key_label"]]
    monkeypatch.setenv("QUORUM_TOKEN_PIN", "000000")
    capsys.readouterr()
    assert main(add + token) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "PIN" in err
    monkeypatch.setenv("QUORUM_TOKEN_PIN", softhsm["pin"])
    assert main(add + token) == 0
    assert "ecdsa-p256, token" in capsys.readouterr().out
    assert main(add[:4] + ["唐明二"] + add[5:] + ["--token-module", softhsm["module"]]) == 2
    assert "--token-label" in capsys.readouterr().err
