"""The cost of one guess at a shared-laptop PIN: unsealing a member's key with the default
Argon2id parameters, as a ratio to the scrypt sealing Quorum used before key custody.

The target is absolute by nature (one guess must cost >= 1 s, issue 9), so the figure states it
in seconds; the ratio shows how much dearer a guess became. Both derivations are single-threaded
(Argon2id p=1, scrypt p=1) and timed in CPU time, in paired runs.
"""

from __future__ import annotations

from bench.common import Figure, paired, ratio_figure, timed


def run() -> list[Figure]:
    from desktop import custody
    from desktop.custody import sealed
    from tests.custody.test_sealed import legacy_blob

    saved = sealed.SHARED_LAPTOP_KDF
    sealed.SHARED_LAPTOP_KDF = dict(sealed.DEFAULT_KDF)  # bench.common.cheap_kdf may have lowered it
    try:
        blob = sealed.seal(custody.new_software_key(), "246810")
    finally:
        sealed.SHARED_LAPTOP_KDF = saved
    legacy = legacy_blob(custody.new_software_key(custody.ED25519), "246810", n=2**15)
    pairs = paired(
        timed(lambda: sealed.unseal(legacy, "246810")), timed(lambda: sealed.unseal(blob, "246810")), 3
    )
    fig = ratio_figure(
        "one PIN guess on the shared laptop (Argon2id vs old scrypt)", pairs, "s CPU", ">= 1 s per guess"
    )
    fig.notes.update(
        {"kdf": dict(sealed.DEFAULT_KDF), "six_digit_pins_core_days": round(fig.ours * 1e6 / 86400, 1)}
    )
    fig.met = fig.ours >= 1.0
    return [fig]
