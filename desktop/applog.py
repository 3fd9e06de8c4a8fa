"""Where the app keeps its own files, rotating logs, and crash reports without case data.

Logs and crash reports go under the platform's user folders (platformdirs). A crash
report holds the exception type and the code locations only: exception messages and
local values can carry names and titles, so they are never written.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from desktop import __version__

APP = "Quorum"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5


def data_dir() -> Path:
    return Path(os.environ.get("QUORUM_DATA_DIR") or platformdirs.user_data_dir(APP, APP))


def log_dir() -> Path:
    return Path(os.environ.get("QUORUM_LOG_DIR") or platformdirs.user_log_dir(APP, APP))


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to the rotating file in ``log_dir()``. Called once per CLI command, so it keeps one
    handler: a handler for the same file is reused, one for another folder is closed first."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "quorum.log"
    root = logging.getLogger("quorum")
    root.setLevel(level)
    for handler in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if Path(handler.baseFilename) == path.resolve():
            return path
        root.removeHandler(handler)
        handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def crash_report(exc_type, exc, tb) -> str:
    """Type and frames only: file, line and function, never messages or values."""
    frames = traceback.extract_tb(tb)
    lines = [
        f"Quorum {__version__} crash report {datetime.now(UTC).isoformat()}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Exception: {exc_type.__module__}.{exc_type.__qualname__}",
        "Where:",
    ]
    for frame in frames:
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def _short_path(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("desktop", "registry", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name


def write_crash_report(exc_type, exc, tb) -> Path:
    folder = log_dir() / "crashes"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%f')}.txt"
    path.write_text(crash_report(exc_type, exc, tb), "utf-8")
    return path


def install_crash_handler() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return previous(exc_type, exc, tb)
        path = write_crash_report(exc_type, exc, tb)
        logging.getLogger("quorum").error("unexpected error %s; report %s", exc_type.__name__, path.name)
        sys.stderr.write(f"quorum: an unexpected error occurred; a report was written to {path}\n")

    sys.excepthook = hook
