"""Registry ingest rate of signed bundles vs raw verification of the same signatures, per signature.

Bundles are the demo's, re-issued under fresh decision ids (the chair re-signs each), each
superseding the one before (the registry keeps one decision chain per case), so every one is
new to the registry and passes every check. Ingest runs in-process as a USB import does:
batches of BATCH bundles, each verified (every signature and rule), appended to the Merkle log,
and committed under one signed tree head with one receipt per bundle. Repeated REPEATS times,
each run paired with its own raw-verify baseline, after one warm-up run of each that is not
counted, and a full garbage collection before each timed run (so a run does not pay for the
garbage the set-up or the run before it left); the median ratio is the figure. Each run's new
registry first takes one untimed batch (WARM bundles): a registry server compiles its SQL
statements once per process (SQLAlchemy caches them per engine), not once per batch. Both sides are timed in
process CPU time (the machine is shared: wall time measures the neighbours), and the
wall-clock rate is kept in the notes.
"""

from __future__ import annotations

import gc
import json
import tempfile
import time
import uuid
from pathlib import Path

from bench.common import Figure, paired, ratio_figure  # noqa: F401

BUNDLES = 200
BATCH = 50
WARM = BATCH
REPEATS = 5


def _reissue(bundle: bytes, chair_key, count: int) -> list[bytes]:
    from desktop import signing

    original = json.loads(bundle)
    statement = json.loads(original["decision"]["statement"])
    out, previous = [], None
    for _ in range(count):
        new_id = uuid.uuid4().hex
        content = {**statement["content"], "decision_id": new_id, "supersedes": previous}
        body = {**statement, "content": content}
        data = signing.canonical(body)
        reissued = {
            **original,
            "decision_id": new_id,
            "supersedes": previous,
            "decision": {"statement": data.decode(), "signature": signing.b64(chair_key.sign(data))},
        }
        out.append(signing.canonical(reissued))
        previous = new_id
    return out


def _accept(outcomes) -> None:
    from registry.ingest import Accepted

    if not all(isinstance(o, Accepted) and o.created for o in outcomes):
        raise RuntimeError(f"the benchmark's bundles were refused: {outcomes}")


def run() -> list[Figure]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from desktop import custody, signing
    from desktop.custody import sealed
    from desktop.models import Member
    from desktop.vault import Vault
    from registry.ingest import submit_batch
    from tests.sync.harness import Registry, demo_source

    demo = demo_source()
    chair_id = demo["member_ids"]["王建国"]
    with Vault.open(demo["vault"], demo["passphrase"]) as vault, vault.session() as s:
        chair = s.get(Member, chair_id)
        key = sealed.unseal(chair.sealed_private_key, demo["pins"]["王建国"]).signer
    chain = _reissue(demo["bundles"][0], key, WARM + BUNDLES)  # each supersedes the one before
    warm, bundles = chain[:WARM], chain[WARM:]
    parsed = json.loads(bundles[0])
    signatures = 1 + len(parsed["votes"]) + len(parsed["attendance"])

    # Raw baseline: verifying the same statements with cryptography alone (each member's algorithm).
    pairs = []
    for item in [parsed["decision"], *parsed["votes"], *parsed["attendance"]]:
        body = json.loads(item["statement"])
        member = next(m for m in parsed["members"] if m["id"] == body["signer"]["id"])
        pairs.append(
            (
                custody.load_public_key(
                    member.get("alg", custody.ED25519), signing.unb64(member["public_key"])
                ),
                signing.unb64(item["signature"]),
                item["statement"].encode(),
            )
        )

    def raw() -> float:
        rounds = max(1, 2000 // len(pairs))
        gc.collect()
        start = time.process_time()
        for _ in range(rounds):
            for public, signature, data in pairs:
                if isinstance(public, Ed25519PublicKey):
                    public.verify(signature, data)
                else:
                    public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        return rounds * len(pairs) / (time.process_time() - start)

    wall: list[float] = []

    def ingest() -> float:
        with tempfile.TemporaryDirectory() as tmp:
            registry = Registry(Path(tmp) / "registry")
            registry.enrol(demo["keys_file"])
            _accept(submit_batch(registry.store, registry.keys, [(d, "usb") for d in warm]))
            gc.collect()
            start, cpu = time.perf_counter(), time.process_time()
            for first in range(0, BUNDLES, BATCH):
                _accept(
                    submit_batch(
                        registry.store, registry.keys, [(d, "usb") for d in bundles[first : first + BATCH]]
                    )
                )
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
            registry.close()
        wall.append(BUNDLES * signatures / elapsed)
        return BUNDLES * signatures / cpu

    # Warm-up, not counted: first-use costs (SQL compilation, caches) are paid once per process.
    raw()
    ingest()
    wall.clear()
    pairs_run = paired(raw, ingest, REPEATS)
    fig = ratio_figure(
        "registry ingest (USB batches), signatures/s",
        pairs_run,
        "sig/s",
        ">= 0.5x raw verify (Ed25519, P-256)",
        higher_is_better=True,
    )
    fig.met = fig.ratio >= 0.5
    fig.notes.update(
        {
            "bundles_per_s": round(fig.ours / signatures, 1),
            "signatures_per_bundle": signatures,
            "batch": BATCH,
            "wall_sig_per_s_median": round(sorted(wall)[len(wall) // 2]),
        }
    )
    return [fig]


if __name__ == "__main__":
    for figure in run():
        print(figure)
