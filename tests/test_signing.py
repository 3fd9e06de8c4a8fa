"""Members' keys under PIN, canonical JSON and signed statements."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import signing
from desktop.errors import SignatureError, ValidationError, WrongPin


def test_canonical_json_follows_rfc8785():
    # Keys sorted by UTF-16 code units, no whitespace, numbers in shortest form, non-ASCII kept.
    assert (
        signing.canonical({"b": 1, "a": [1.0, 2.5e-7, "é"], "€": True})
        == '{"a":[1,2.5e-7,"é"],"b":1,"€":true}'.encode()
    )
    assert signing.canonical({"\u20ac": 1, "\r": 2, "1": 3}) == '{"\\r":2,"1":3,"€":1}'.encode()


def _statement(public, content=None):
    return signing.make_statement(
        "vote",
        committee_id="c1",
        signer_id="m1",
        signer_name="王建国",
        signer_role="chair",
        public_key=public,
        content=content or {"choice": "approve"},
        case_id="case1",
        case_reference="R-1",
        meeting_id="meet1",
    )


def test_sign_and_verify_roundtrip_names_everything():
    public, sealed, key = signing.new_member_key("123456")
    signed = signing.sign_statement(_statement(public), key)
    body = signing.verify_statement(signed.statement, signed.signature, public)
    assert body["case"] == "case1" and body["meeting"] == "meet1" and body["signer"]["id"] == "m1"
    assert body["meaning"] == signing.MEANINGS["vote"] and body["signed_at"].endswith("Z")


def test_altered_statement_or_other_key_fails():
    public, _sealed, key = signing.new_member_key("123456")
    other_public, _s, _k = signing.new_member_key("654321")
    signed = signing.sign_statement(_statement(public), key)
    body = json.loads(signed.statement)
    body["content"]["choice"] = "disapprove"
    with pytest.raises(SignatureError):
        signing.verify_statement(signing.canonical(body), signed.signature, public)
    with pytest.raises(SignatureError):
        signing.verify_statement(signed.statement, signed.signature, other_public)
    with pytest.raises(SignatureError, match="canonical"):
        signing.verify_statement(
            json.dumps(json.loads(signed.statement), indent=1).encode(), signed.signature, public
        )


def test_private_key_needs_the_members_pin():
    public, sealed, _key = signing.new_member_key("123456")
    with pytest.raises(WrongPin):
        signing.unseal_private_key(sealed, "000000")
    key = signing.unseal_private_key(sealed, "123456")
    assert signing.verify_statement(
        *signing.sign_statement(_statement(public), key).__dict__.values(), public
    )
    assert b"123456" not in sealed


def test_short_pin_refused():
    with pytest.raises(ValidationError):
        signing.new_member_key("123")


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
