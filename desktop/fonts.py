"""A CJK TrueType font for reportlab: shipped in resources/fonts, or Debian's WenQuanYi."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop.resources import resource_path

FONT_NAME = "QuorumCJK"
CANDIDATES = (("fonts", "wqy-microhei.ttc"),)
SYSTEM_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)


def cjk_font_path() -> Path | None:
    for parts in CANDIDATES:
        path = resource_path(*parts)
        if path.exists():
            return path
    return next((p for p in SYSTEM_CANDIDATES if p.exists()), None)


@cache
def cjk_font_name() -> str:
    """Register the CJK font once and return its reportlab name (Helvetica if none)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = cjk_font_path()
    if path is None:
        return "Helvetica"
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME
