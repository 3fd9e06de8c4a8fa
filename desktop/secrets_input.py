"""Where the CLI gets secrets: a file or the environment, never the command line."""

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
