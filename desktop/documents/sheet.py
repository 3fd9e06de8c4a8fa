"""Type on the page: geometry, colours, paragraph and table styles on the embedded CJK font,
and the headings every committee document uses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.documents.wording import say
from desktop.fonts import cjk_font_name

PAGE_W, PAGE_H = A4
MARGIN_X = 22 * mm
FIRST_TOP = 38 * mm  # room for the red letterhead
LATER_TOP = 24 * mm
BOTTOM = 22 * mm
HEADING_ROOM = 32 * mm
TEXT_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1b1b1b")
RED = colors.HexColor("#b3121a")  # committee letterheads are printed in red
NAVY = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5b6168")
RULE = colors.HexColor("#b9bec5")
SHADE = colors.HexColor("#eef1f5")
ZEBRA = colors.HexColor("#f8f9fb")
GOOD = colors.HexColor("#1d6b39")
BAD = colors.HexColor("#a3161c")

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def table(rows: list, widths: Sequence[float], commands: Sequence[tuple] = (), **kwargs) -> Table:
    """A reportlab Table whose cells use the embedded font: its default cell font is Helvetica,
    which it sets even for cells holding paragraphs, leaving an unembedded font in the file."""
    t = Table(rows, colWidths=list(widths), **kwargs)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font_name()), *commands]))
    return t


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def stamp(at: datetime) -> str:
    """A local date and time with its UTC offset, the same in both languages."""
    local = at.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M:%S} UTC{offset[:3]}:{offset[3:]}"


def short_day(at) -> str:
    """An ISO date (local day of a stored time) for narrow table columns."""
    if at is None:
        return "—"
    if isinstance(at, datetime):
        at = at.astimezone().date()
    return at.isoformat()


def day(at, language: str) -> str:
    if at is None:
        return say("none", language)
    if isinstance(at, datetime):
        at = at.astimezone().date()
    return f"{at.year}年{at.month}月{at.day}日" if language == "zh" else at.isoformat()


class Sheet:
    """Paragraph and table styles for one language, all on the embedded CJK font."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.font = cjk_font_name()
        f = self.font
        self.styles = {
            "title": ParagraphStyle("title", fontName=f, fontSize=19, leading=26, alignment=TA_CENTER),
            "subtitle": ParagraphStyle(
                "subtitle", fontName=f, fontSize=10, leading=14, alignment=TA_CENTER, textColor=MUTED
            ),
            "h1": ParagraphStyle(
                "h1",
                fontName=f,
                fontSize=12,
                leading=16,
                spaceBefore=5,
                spaceAfter=3,
                textColor=NAVY,
            ),
            "h2": ParagraphStyle("h2", fontName=f, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3),
            "body": ParagraphStyle("body", fontName=f, fontSize=10.5, leading=16, textColor=INK),
            "indent": ParagraphStyle(
                "indent", fontName=f, fontSize=10.5, leading=16, firstLineIndent=21, textColor=INK
            ),
            "note": ParagraphStyle("note", fontName=f, fontSize=9.5, leading=13.5, textColor=INK),
            "cell": ParagraphStyle("cell", fontName=f, fontSize=9, leading=12.5, textColor=INK),
            "label": ParagraphStyle("label", fontName=f, fontSize=9, leading=12.5, textColor=MUTED),
            "small": ParagraphStyle("small", fontName=f, fontSize=8, leading=11, textColor=MUTED),
            "big": ParagraphStyle("big", fontName=f, fontSize=16, leading=22, textColor=NAVY),
            "right": ParagraphStyle("right", fontName=f, fontSize=10.5, leading=15, alignment=2),
        }

    def say(self, key: str, **params: object) -> str:
        return say(key, self.language, **params)

    def p(self, text: str, style: str = "body", color=None) -> Paragraph:
        """Plain text (escaped), wrapped anywhere when it holds Chinese, else at spaces."""
        markup = escape(text).replace("\n", "<br/>")
        if color is not None:
            markup = f'<font color="{color.hexval()}">{markup}</font>'
        return self.rich(markup, style, cjk=has_cjk(text))

    def rich(self, markup: str, style: str = "body", cjk: bool | None = None) -> Paragraph:
        """Markup we wrote ourselves; callers escape any record text inside it."""
        base = self.styles[style]
        if cjk if cjk is not None else (self.language == "zh" or has_cjk(markup)):
            base = ParagraphStyle(f"{base.name}-cjk", parent=base, wordWrap="CJK")
        return Paragraph(markup, base)

    def heading(self, text: str) -> Heading:
        """A section heading; the story starts a new page rather than leave it alone at the foot."""
        para = self.p(text, "h1")
        return Heading(para.text, para.style)

    def fields(self, rows: Sequence, label_width: float = 24 * mm) -> Table:
        """Label / value cells, labels shaded. Each row is one (label, value) pair spanning the
        width, or a list of two pairs side by side; a value is text, a flowable or a list of them."""
        value_w = (TEXT_W - 2 * label_width) / 2
        body, commands = [], []
        for r, row in enumerate(rows):
            pairs = row if isinstance(row, list) else [row]
            cells = []
            for label, value in pairs:
                if not isinstance(value, Flowable | list):
                    value = self.p(str(value), "cell")
                cells += [self.p(label, "label"), value]
            if len(pairs) == 1:
                cells += ["", ""]
                commands.append(("SPAN", (1, r), (3, r)))
            else:
                commands.append(("BACKGROUND", (2, r), (2, r), SHADE))
            body.append(cells)
        return table(
            body,
            [label_width, value_w, label_width, value_w],
            [
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *commands,
            ],
            hAlign="LEFT",
        )

    def grid(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        numeric: Sequence[int] = (),
        width: float = TEXT_W,
    ) -> Table:
        """A data table ``width`` wide (the text width): ``widths`` are relative column weights. Shaded header
        repeated on every page, light zebra rows, the ``numeric`` columns right-aligned."""
        scale = width / sum(widths)
        body = [[self.p(h, "label") for h in header]]
        for col in numeric:
            head = body[0][col]
            head.style = ParagraphStyle(f"numh{col}", parent=head.style, alignment=2)
        for row in rows:
            body.append([c if isinstance(c, Flowable) else self.p(str(c), "cell") for c in row])
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, NAVY),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(body), 2)]
        for col in numeric:
            for r in range(1, len(body)):
                cell = body[r][col]
                if isinstance(cell, Paragraph):
                    cell.style = ParagraphStyle(f"num{col}", parent=cell.style, alignment=2)
        return table(body, [w * scale for w in widths], style, repeatRows=1, hAlign="LEFT")

    def gap(self, height: float = 4) -> Spacer:
        return Spacer(1, height * mm / 4)


class Heading(Paragraph):
    """A section heading (see ``Story.add``)."""


class Title(Flowable):
    """A centred heading drawn with a thin stroke over the fill: the font has no bold face."""

    def __init__(self, text: str, font: str, size: float = 19, color=INK, space_after: float = 2.5 * mm):
        super().__init__()
        self.text, self.font, self.size, self.color, self.space_after = text, font, size, color, space_after

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.size * 1.4 + self.space_after

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.setFillColor(self.color)
        c.setStrokeColor(self.color)
        c.setLineWidth(self.size / 40)
        text = c.beginText()
        text.setTextRenderMode(2)  # fill and stroke: a legible faux bold
        text.setFont(self.font, self.size)
        width = c.stringWidth(self.text, self.font, self.size)
        text.setTextOrigin((self.width - width) / 2, self.space_after + self.size * 0.3)
        text.textLine(self.text)
        text.setTextRenderMode(0)
        c.drawText(text)
        c.restoreState()
