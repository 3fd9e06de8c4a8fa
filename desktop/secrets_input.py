"""Where the CLI gets secrets: a file or the environment, never the command line.

Every CLI module (desktop.cli and the feature modules that add subcommands) opens the vault through
``open_vault`` here, so none of them needs the ``quorum`` command itself, which can start the window.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.errors import ValidationError


def read_secret(file: str | None, env: str, what: str) -> str:
    if file:
        try:
            text = Path(file).read_text("utf-8")
        except OSError as exc:
            raise ValidationError("Cannot read the {what} file: {err}", what=what, err=exc.strerror) from None
        secret = text.splitlines()[0].strip() if text.strip() else ""
    else:
        secret = os.environ.get(env, "")
    if not secret:
        raise ValidationError(
            "Give the {what} with --{flag}-file FILE or the {env} environment variable.",
            what=what,
            flag=what.split()[-1],
            env=env,
        )
    return secret


def read_passphrase(args) -> str:
    """The vault passphrase from ``--passphrase-file`` or QUORUM_PASSPHRASE."""
    return read_secret(args.passphrase_file, "QUORUM_PASSPHRASE", "vault passphrase")


def read_pin(args) -> str:
    """The member's signing PIN from ``--pin-file`` or QUORUM_PIN."""
    return read_secret(args.pin_file, "QUORUM_PIN", "signing pin")


def open_vault(args):
    """The vault at ``args.vault``, opened with the passphrase; close it (or use ``with``)."""
    from desktop.vault import Vault

    return Vault.open(args.vault, read_passphrase(args))
