"""Canonical JSON and signed statements (Ed25519 and ECDSA P-256)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import custody, signing
from desktop.errors import SignatureError


def test_canonical_json_follows_rfc8785():
    # Keys sorted by UTF-16 code units, no whitespace, numbers in shortest form, non-ASCII kept.
    assert (
        signing.canonical({"b": 1, "a": [1.0, 2.5e-7, "é"], "€": True})
        == '{"a":[1,2.5e-7,"é"],"b":1,"€":true}'.encode()
    )
    assert signing.canonical({"\u20ac": 1, "\r": 2, "1": 3}) == '{"\\r":2,"1":3,"€":1}'.encode()


def _statement(signer, content=None, **extra):
    return signing.make_statement(
        "vote",
        committee_id="c1",
        signer_id="m1",
        signer_name="王建国",
        signer_role="chair",
        public_key=signer.public_key,
        content=content or {"choice": "approve"},
        case_id="case1",
        case_reference="R-1",
        meeting_id="meet1",
        algorithm=signer.algorithm,
        **extra,
    )


def _signer(algorithm=custody.ECDSA_P256):
    return custody.SoftwareSigner(custody.new_software_key(algorithm), custody.SHARED_LAPTOP)


@pytest.mark.parametrize("algorithm", custody.ALGORITHMS)
def test_sign_and_verify_roundtrip_names_everything(algorithm):
    signer = _signer(algorithm)
    signed = signing.sign_statement(_statement(signer, key_custody=custody.TOKEN), signer)
    body = signing.verify_statement(signed.statement, signed.signature, signer.public_key, algorithm)
    assert body["case"] == "case1" and body["meeting"] == "meet1" and body["signer"]["id"] == "m1"
    assert body["signer"]["alg"] == algorithm and body["signer"]["custody"] == custody.TOKEN
    assert body["meaning"] == signing.MEANINGS["vote"] and body["signed_at"].endswith("Z")


@pytest.mark.parametrize("algorithm", custody.ALGORITHMS)
def test_altered_statement_or_other_key_fails(algorithm):
    signer, other = _signer(algorithm), _signer(algorithm)
    signed = signing.sign_statement(_statement(signer), signer)
    body = json.loads(signed.statement)
    body["content"]["choice"] = "disapprove"
    with pytest.raises(SignatureError):
        signing.verify_statement(signing.canonical(body), signed.signature, signer.public_key, algorithm)
    with pytest.raises(SignatureError):
        signing.verify_statement(signed.statement, signed.signature, other.public_key, algorithm)
    with pytest.raises(SignatureError, match="canonical"):
        signing.verify_statement(
            json.dumps(json.loads(signed.statement), indent=1).encode(),
            signed.signature,
            signer.public_key,
            algorithm,
        )


def test_statement_must_name_the_enrolled_keys_algorithm():
    signer = _signer(custody.ECDSA_P256)
    signed = signing.sign_statement(_statement(signer), signer)
    with pytest.raises(SignatureError, match="algorithm"):
        signing.verify_statement(signed.statement, signed.signature, signer.public_key, custody.ED25519)
    # re-labelled as Ed25519 and re-signed by nobody: the named algorithm no longer matches the key
    body = json.loads(signed.statement)
    body["signer"]["alg"] = custody.ED25519
    with pytest.raises(SignatureError):
        signing.verify_statement(
            signing.canonical(body), signed.signature, signer.public_key, custody.ECDSA_P256
        )


def test_statement_from_before_custody_is_ed25519():
    signer = _signer(custody.ED25519)
    body = _statement(signer)
    del body["signer"]["alg"]  # as every statement was signed before issue 9
    data = signing.canonical(body)
    old = signer.sign(data)
    assert signing.verify_statement(data, old, signer.public_key, custody.ED25519)["signer"]["id"] == "m1"
    with pytest.raises(SignatureError, match="algorithm"):
        signing.verify_statement(data, old, signer.public_key, custody.ECDSA_P256)


def test_signer_must_hold_the_key_the_statement_names():
    signer, other = _signer(), _signer()
    with pytest.raises(SignatureError, match="different signing key"):
        signing.sign_statement(_statement(signer), other)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=6), children, max_size=5)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_fast_canonical_form_equals_the_reference_implementation(value):
    import rfc8785

    assert signing.canonical(value) == rfc8785.dumps(value)


def test_canonical_form_of_enums_and_subclasses_is_their_plain_json():
    import enum

    from desktop.domain import DecisionType
    from desktop.rules import basis

    class Count(enum.IntEnum):
        THREE = 3

    class Text(str):
        pass

    value = {
        "basis": basis.QUORUM,  # a Citation, a str subclass
        "decision": DecisionType.APPROVE,
        "count": Count.THREE,
        "text": Text("文本"),
        "pair": (1, "\u2028\x7f\x1f"),
        "big": 2**70,  # beyond 64 bits: written by the json module
    }
    python = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert signing.canonical(value) == python
    del value["big"]
    assert signing.canonical(value) == python.replace(b',"big":1180591620717411303424', b"")
