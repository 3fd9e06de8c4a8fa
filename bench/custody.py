"""The cost of one guess at a shared-laptop PIN: unsealing a member's key with the default
Argon2id parameters, as a ratio to the scrypt sealing Quorum used before key custody.

The target is absolute by nature (one guess must cost >= 1 s, issue 9), so the figure states it
in seconds; the ratio shows how much dearer a guess became.
"""

from __future__ import annotations

from bench.common import Figure, median_time


def run() -> list[Figure]:
    from desktop import custody
    from desktop.custody import sealed
    from tests.custody.test_sealed import legacy_blob

    saved = sealed.SHARED_LAPTOP_KDF
    sealed.SHARED_LAPTOP_KDF = dict(sealed.DEFAULT_KDF)  # bench.common.cheap_kdf may have lowered it
    try:
        blob = sealed.seal(custody.new_software_key(), "246810")
        argon = median_time(lambda: sealed.unseal(blob, "246810"), repeat=3)
    finally:
        sealed.SHARED_LAPTOP_KDF = saved
    legacy = legacy_blob(custody.new_software_key(custody.ED25519), "246810", n=2**15)
    scrypt = median_time(lambda: sealed.unseal(legacy, "246810"), repeat=3)
    fig = Figure(
        "one PIN guess on the shared laptop (Argon2id vs old scrypt)",
        argon,
        scrypt,
        "s",
        ">= 1 s per guess",
        notes={"kdf": dict(sealed.DEFAULT_KDF), "six_digit_pins_core_days": round(argon * 1e6 / 86400, 1)},
    )
    fig.ratio = argon / scrypt
    fig.met = argon >= 1.0
    return [fig]
