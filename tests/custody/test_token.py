"""The token custodian against SoftHSM2, a real PKCS#11 module."""

from __future__ import annotations

import pytest

from desktop import custody
from desktop.custody.token import TokenKey, TokenSigner, der_signature, read_public_key
from desktop.errors import SignatureError, ValidationError, WrongPin


def where(softhsm, **changes) -> TokenKey:
    return TokenKey(
        **{
            "module": softhsm["module"],
            "token": softhsm["token"],
            "key_label": softhsm["key_label"],
            **changes,
        }
    )


def test_token_signs_p256_that_verifies_on_the_desktop(softhsm):
    message = b'{"kind":"vote"}'
    with TokenSigner(where(softhsm), softhsm["pin"], "Wang") as signer:
        assert (signer.algorithm, signer.custody) == (custody.ECDSA_P256, custody.TOKEN)
        assert signer.public_key == read_public_key(where(softhsm), softhsm["pin"])
        signature = signer.sign(message)
    custody.verify_signature(custody.ECDSA_P256, signer.public_key, signature, message)
    with pytest.raises(SignatureError):
        custody.verify_signature(custody.ECDSA_P256, signer.public_key, signature, message + b" ")


def test_pin_is_not_shown_and_is_dropped_on_close(softhsm):
    with TokenSigner(where(softhsm), softhsm["pin"]) as signer:
        assert softhsm["pin"] not in repr(signer)
    assert signer.pin == ""
    with pytest.raises(SignatureError, match="closed"):
        signer.sign(b"x")


def test_wrong_token_pin_is_refused_with_one_line(softhsm):
    with pytest.raises(WrongPin) as err:
        TokenSigner(where(softhsm), "000000", "Wang")
    assert "\n" not in err.value.message and "Wang" in err.value.message


def test_missing_token_or_key_is_one_clear_error(softhsm):
    with pytest.raises(ValidationError, match="No token labelled absent"):
        TokenSigner(where(softhsm, token="absent"), softhsm["pin"])
    with pytest.raises(ValidationError, match="no EC key labelled other"):
        TokenSigner(where(softhsm, key_label="other"), softhsm["pin"])
    with pytest.raises(ValidationError, match="Cannot load the PKCS#11 module"):
        TokenSigner(where(softhsm, module="/nonexistent/libp11.so"), softhsm["pin"])


def test_raw_r_s_becomes_der():
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    raw = (1).to_bytes(32, "big") + (2**255 + 7).to_bytes(32, "big")
    assert decode_dss_signature(der_signature(raw)) == (1, 2**255 + 7)
    with pytest.raises(SignatureError):
        der_signature(raw[:63])
