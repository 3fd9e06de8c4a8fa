"""The page every committee document shares: letterhead, running head, footer with page
numbers, and the visible signature block whose place on the page becomes the signature field.

Every canvas starts on the embedded font (``initialFontName``) so that no unembedded base-14
font is ever referenced, and `pdffonts` lists only the embedded subset.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
)

from desktop.documents.inputs import Letterhead
from desktop.documents.sheet import (
    BOTTOM,
    FIRST_TOP,
    HEADING_ROOM,
    LATER_TOP,
    MARGIN_X,
    MUTED,
    NAVY,
    PAGE_H,
    PAGE_W,
    RED,
    RULE,
    SHADE,
    TEXT_W,
    Heading,
    Sheet,
    day,
    stamp,
    table,
)
from desktop.documents.wording import say


@dataclass(frozen=True)
class PageMeta:
    """What the running head, footer and PDF properties say."""

    title: str
    number: str
    letterhead: Letterhead
    language: str
    author: str = ""
    subject: str = ""


@dataclass(frozen=True)
class SignatureInfo:
    """What the visible signature block prints; the same time goes into the signature itself."""

    name: str
    role: str
    signed_at: datetime
    meaning: str
    key_id: str


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    signature_page: int  # 0-based
    signature_box: tuple[float, float, float, float]  # x1, y1, x2, y2 in PDF points


class SignatureBlock(Flowable):
    """The visible signature: a framed box whose position on the page is recorded for the field."""

    def __init__(self, sheet: Sheet, info: SignatureInfo, committee: str, sink: list, width=92 * mm):
        super().__init__()
        self.sink, self.hAlign = sink, "RIGHT"
        label = sheet.styles["label"]
        rows = [
            (
                sheet.say("sig_signer"),
                f"{info.name}（{info.role}）" if sheet.language == "zh" else f"{info.name} ({info.role})",
            ),
            (sheet.say("sig_time"), stamp(info.signed_at)),
            (sheet.say("sig_meaning"), info.meaning),
            (sheet.say("sig_cert"), sheet.say("sig_cert_value", committee=committee, key_id=info.key_id)),
        ]
        body = [[sheet.p(sheet.say("sig_heading"), "label", color=NAVY), ""]]
        body += [[Paragraph(escape(k), label), sheet.p(v, "cell")] for k, v in rows]
        self.inner = table(
            body,
            [20 * mm, width - 20 * mm],
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, NAVY),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
        )

    def wrap(self, avail_width, avail_height):
        self.width, self.height = self.inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self):
        x, y = self.canv.absolutePosition(0, 0)
        self.sink.append((self.canv.getPageNumber() - 1, (x, y, x + self.width, y + self.height)))
        self.inner.drawOn(self.canv, 0, 0)


def _numbered_canvas(meta: PageMeta, font: str) -> type:
    """A canvas that holds pages back until the end, so each footer can say "page n of total"."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            lang = meta.language
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, BOTTOM - 6 * mm, PAGE_W - MARGIN_X, BOTTOM - 6 * mm)
            self.setFillColor(MUTED)
            self.setFont(font, 7.5)
            y = BOTTOM - 10 * mm
            self.drawString(MARGIN_X, y, f"{say('doc_number', lang)}: {meta.number}")
            self.drawCentredString(PAGE_W / 2, y, say("page", lang, n=self._pageNumber, total=total))
            self.drawRightString(PAGE_W - MARGIN_X, y, say("signed_footer", lang))
            self.restoreState()

    return NumberedCanvas


def _first_page(meta: PageMeta, font: str) -> Callable:
    def draw(c, doc):
        head = meta.letterhead
        c.saveState()
        c.setFillColor(RED)
        c.setStrokeColor(RED)
        size = 21 if len(head.name) <= 18 else 17
        text = c.beginText()
        text.setTextRenderMode(2)
        c.setLineWidth(0.5)
        text.setFont(font, size)
        width = c.stringWidth(head.name, font, size)
        text.setTextOrigin((PAGE_W - width) / 2, PAGE_H - 20 * mm)
        text.textLine(head.name)
        text.setTextRenderMode(0)  # the mode outlives the text object; plain fill for what follows
        c.drawText(text)
        c.setFont(font, 9)
        c.setFillColor(MUTED)
        parts = [head.institution]
        if head.registration_number:
            parts.append(f"{say('registration', meta.language)}: {head.registration_number}")
        c.drawCentredString(PAGE_W / 2, PAGE_H - 26.5 * mm, "   ·   ".join(parts))
        c.setStrokeColor(RED)
        c.setLineWidth(2.2)
        c.line(MARGIN_X, PAGE_H - 30 * mm, PAGE_W - MARGIN_X, PAGE_H - 30 * mm)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, PAGE_H - 31.3 * mm, PAGE_W - MARGIN_X, PAGE_H - 31.3 * mm)
        c.restoreState()

    return draw


def _later_page(meta: PageMeta, font: str) -> Callable:
    def draw(c, doc):
        c.saveState()
        c.setFont(font, 8)
        c.setFillColor(MUTED)
        c.drawString(MARGIN_X, PAGE_H - 15 * mm, meta.letterhead.name)
        c.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 15 * mm, meta.title)
        c.setStrokeColor(RED)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, PAGE_H - 17 * mm, PAGE_W - MARGIN_X, PAGE_H - 17 * mm)
        c.restoreState()

    return draw


@dataclass
class Story:
    """The flowables of one document and the place its signature block lands."""

    sheet: Sheet
    flowables: list = field(default_factory=list)
    signature_places: list = field(default_factory=list)

    def add(self, *items) -> None:
        for item in items:
            if isinstance(item, Heading):
                # Room for the heading and a few lines of what follows, or a new page.
                self.flowables.append(CondPageBreak(HEADING_ROOM))
            self.flowables.append(item)

    def signature(self, info: SignatureInfo, committee: str) -> SignatureBlock:
        return SignatureBlock(self.sheet, info, committee, self.signature_places)

    def sender_and_signature(self, info: SignatureInfo, committee: str, before: list = ()) -> KeepTogether:
        """``before``, then a letter's close: the committee and the date on the right, then the
        signature block, kept on one page."""
        lang = self.sheet.language
        sender = self.sheet.rich(f"{escape(committee)}<br/>{day(info.signed_at, lang)}", "right", cjk=True)
        return KeepTogether([*before, sender, self.sheet.gap(3), self.signature(info, committee)])


def render(meta: PageMeta, story: Story) -> Rendered:
    """Lay out the story on letterhead pages; returns the PDF and where the signature block is."""
    font = story.sheet.font
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=LATER_TOP,
        bottomMargin=BOTTOM,
        title=meta.title,
        # The committee issues the document; the signer is named by the signature itself, so the
        # plain-text metadata carries no personal name.
        author=meta.letterhead.name,
        subject=meta.subject,
        creator="Quorum",
        producer="Quorum (reportlab, pyHanko)",
        lang="zh-CN" if meta.language == "zh" else "en",
        initialFontName=font,
        initialFontSize=10,
    )
    first = Frame(
        MARGIN_X, BOTTOM, TEXT_W, PAGE_H - FIRST_TOP - BOTTOM, id="first", leftPadding=0, rightPadding=0
    )
    later = Frame(
        MARGIN_X, BOTTOM, TEXT_W, PAGE_H - LATER_TOP - BOTTOM, id="later", leftPadding=0, rightPadding=0
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=_first_page(meta, font), autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=_later_page(meta, font)),
        ]
    )
    doc.build(list(story.flowables), canvasmaker=_numbered_canvas(meta, font))
    if len(story.signature_places) != 1:
        raise RuntimeError("a document needs exactly one signature block")
    page, box = story.signature_places[0]
    return Rendered(buffer.getvalue(), doc.page, page, box)
