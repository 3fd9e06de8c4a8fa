"""A real PKCS#11 token for the custody tests: SoftHSM2 with its own token directory."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
)
TOKEN_LABEL = "quorum-test"
USER_PIN = "135790"
SO_PIN = "97531086"
KEY_LABEL = "member-signing"


def softhsm_module() -> str:
    for path in MODULE_CANDIDATES:
        if Path(path).exists():
            return path
    raise RuntimeError("SoftHSM2 is not installed (Debian package softhsm2; ./scripts/test installs it)")


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory) -> dict:
    """An initialised SoftHSM2 token holding one EC P-256 key pair (label KEY_LABEL).

    SoftHSM reads SOFTHSM2_CONF when the module is first initialised, which happens once per
    process, so every test in the run shares this one token directory."""
    import pkcs11
    from pkcs11 import Attribute, KeyType
    from pkcs11.util.ec import encode_named_curve_parameters

    root = tmp_path_factory.mktemp("softhsm")
    (root / "tokens").mkdir()
    conf = root / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {root / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            TOKEN_LABEL,
            "--pin",
            USER_PIN,
            "--so-pin",
            SO_PIN,
        ],
        check=True,
        capture_output=True,
    )
    module = softhsm_module()
    token = pkcs11.lib(module).get_token(token_label=TOKEN_LABEL)
    with token.open(rw=True, user_pin=USER_PIN) as session:
        params = session.create_domain_parameters(
            KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True
        )
        params.generate_keypair(store=True, label=KEY_LABEL, id=b"\x01")
    return {"module": module, "token": TOKEN_LABEL, "pin": USER_PIN, "key_label": KEY_LABEL}
