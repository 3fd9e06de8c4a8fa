"""The registry's public page for a decision letter (public oversight: basis.PUBLIC_OVERSIGHT):
look a letter up by its number or QR code, see whether it still stands, check a PDF of it.

Server-rendered HTML in Chinese and English (``?lang=zh|en``); no login, no script. Bad input
(an unknown number, a forged PDF) gets a plain page saying so, never a stack trace.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from registry.keys import RegistryKeys
from registry.models import LogEntry
from registry.store import Store
from registry.web import html, pdfcheck, standing


def _find_ca(store: Store):
    def find(decision_id: str) -> bytes | None:
        with store.session() as s:
            committee_id = s.execute(
                select(LogEntry.committee_id).where(LogEntry.decision_id == decision_id)
            ).scalar_one_or_none()
        return standing.committee_ca(store, committee_id) if committee_id else None

    return find


async def _read_pdf(request: Request) -> bytes | str:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > pdfcheck.MAX_PDF + 4096:
        return "pdf_too_large"
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > pdfcheck.MAX_PDF + 4096:
                return "pdf_too_large"
    except ClientDisconnect:
        return "pdf_missing"
    data = pdfcheck.uploaded_file(bytes(body), request.headers.get("content-type", ""))
    return data if data else "pdf_missing"


def mount(app: FastAPI, store: Store, keys: RegistryKeys) -> None:
    def render(lang: str, body: str, here: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(html.page(lang, body, here), status_code=status)

    @app.get("/letters", include_in_schema=False)
    def lookup(number: str = "", lang: str = "zh") -> HTMLResponse:
        lang = html.lang_of(lang)
        number = number.strip()
        if number:
            return RedirectResponse(f"/letters/{quote(number, safe='')}?lang={lang}", status_code=303)
        return render(lang, html.lookup_form(lang), "/letters?")

    async def _letter(number: str, lang: str, verdict=None) -> HTMLResponse:
        lang = html.lang_of(lang)
        here = f"/letters/{quote(number, safe='')}?"
        found = await run_in_threadpool(standing.letter_standing, store, keys, number)
        if found is None:
            body = html.lookup_form(lang, number, html.t("unknown", lang, n=number[:80]))
            return render(lang, body, here, 404)
        return render(lang, html.letter(lang, found, verdict), here)

    @app.get("/letters/{number:path}", include_in_schema=False)
    async def letter(number: str, lang: str = "zh") -> HTMLResponse:
        return await _letter(number, lang)

    @app.post("/letters/{number:path}/check", include_in_schema=False)
    async def check(number: str, request: Request, lang: str = "zh") -> HTMLResponse:
        data = await _read_pdf(request)
        found = await run_in_threadpool(standing.letter_standing, store, keys, number)
        if isinstance(data, str):
            verdict = data
        else:
            expected = found.decision_id if found else None
            verdict = await run_in_threadpool(pdfcheck.check, data, _find_ca(store), expected)
        return await _letter(number, lang, verdict)
