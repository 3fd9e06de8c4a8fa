"""Where Quorum's shipped data files (checklists, translations, fonts) live.

One locator for every module, so a source checkout, a PyInstaller bundle and an
administrator's override all find the same ``resources/`` tree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "QUORUM_RESOURCES"


def resources_root() -> Path:
    """The ``resources/`` directory, found in this order.

    1. ``$QUORUM_RESOURCES`` when set and not empty (an administrator's or a test's override);
    2. ``<sys._MEIPASS>/resources`` inside a PyInstaller bundle, when that directory exists;
    3. ``resources/`` next to the ``desktop`` package, as in a source checkout.

    The directory is not required to exist; callers report a missing file themselves.
    """
    override = os.environ.get(RESOURCES_ENV, "").strip()
    if override:
        return Path(override).expanduser().resolve()
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        bundled = Path(bundle) / "resources"
        if bundled.is_dir():
            return bundled
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside the resources directory, e.g. ``resource_path("checklists", "ai.json")``."""
    return resources_root().joinpath(*parts)
