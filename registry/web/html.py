"""The public letter page as server-rendered HTML, in Chinese and English. No script at all."""

from __future__ import annotations

from html import escape

from registry.web.pdfcheck import PdfVerdict
from registry.web.standing import LetterStanding

LANGS = ("zh", "en")

T = {
    "title": ("审查意见核验", "Check a decision letter"),
    "intro": (
        "输入审查意见书上的意见编号，或扫描意见书上的二维码，查看该意见在登记平台的当前状态。",
        "Type the number printed on a decision letter, or scan its QR code, to see its current standing "
        "in the registry.",
    ),
    "number": ("意见编号", "Letter number"),
    "look": ("查询", "Look up"),
    "unknown": ("登记平台中没有编号为“{n}”的审查意见。", "The registry holds no letter numbered “{n}”."),
    "bad_number": ("意见编号格式不正确。", "That is not a letter number."),
    "committee": ("委员会", "Committee"),
    "case": ("项目", "Activity"),
    "reference": ("项目编号", "Reference"),
    "institution": ("单位", "Institution"),
    "decision": ("审查决定", "Decision"),
    "submission": ("所涉报告/申请", "Submission"),
    "signed": ("签署时间", "Signed"),
    "logged": ("登记时间（登记平台时间戳）", "Logged (registry timestamp)"),
    "state": ("本意见状态", "This letter"),
    "activity": ("活动当前状态", "The activity now"),
    "chain": ("决定链", "Decision chain"),
    "proof": ("日志包含证明", "Log inclusion proof"),
    "proof_ok": (
        "已核验：第{leaf}号记录包含在{time}签署的日志树（共{size}条）中。",
        "Verified: entry {leaf} is included in the signed log tree of {size} entries ({time}).",
    ),
    "proof_bad": ("核验失败：{why}", "Not verified: {why}"),
    "this": ("本意见", "this letter"),
    "current": ("现行", "current"),
    "check_pdf": ("核验意见书PDF文件", "Check a letter's PDF"),
    "check_hint": (
        "选择收到的PDF文件后提交，登记平台将核验其签名是否完好、是否由该委员会签发。",
        "Choose the PDF you received and send it: the registry checks that its signature is intact and "
        "the committee issued it.",
    ),
    "send": ("核验", "Check"),
    "pdf_genuine": (
        "这是该委员会签发的真实意见书，签名完好。",
        "This is the genuine letter the committee signed; its signature is intact.",
    ),
    "pdf_tampered": (
        "该文件不是真实的意见书：签名无效、已被修改，或并非由该委员会签发。",
        "This file is not a genuine letter: its signature is broken, it was changed, or the committee did "
        "not sign it.",
    ),
    "pdf_not_pdf": ("该文件不是PDF。", "This file is not a PDF."),
    "pdf_not_letter": (
        "该文件不是本平台可核验的审查意见书。",
        "This file is not a decision letter the registry can check.",
    ),
    "pdf_unknown": (
        "该文件所称的审查意见不在登记平台中。",
        "The decision this file names is not in the registry.",
    ),
    "pdf_other_letter": (
        "该文件是另一份意见书，不是本页所示的意见。",
        "This file is another letter, not the one on this page.",
    ),
    "pdf_missing": ("请选择一个PDF文件。", "Choose a PDF file."),
    "pdf_too_large": ("文件过大。", "The file is too large."),
    "other_lang": ("English", "中文"),
    "privacy": (
        "本页只显示意见书本身载明的信息，不含委员姓名、表决或理由。",
        "This page shows only what the letter itself prints: no member names, votes or reasons.",
    ),
}

NAMES = {
    "state": {
        "in_force": ("有效", "in force"),
        "superseded": ("已被后续决定取代", "superseded"),
        "preliminary": ("初步意见，待专家复核", "preliminary, awaiting expert re-review"),
        "suspended": ("暂停", "suspended"),
        "terminated": ("终止", "terminated"),
        "closed": ("已结题", "closed"),
        "not_approved": ("未批准", "not approved"),
    },
    "standing": {
        "approved": ("批准", "approved"),
        "approved_with_conditions": ("附条件批准", "approved with conditions"),
        "suspended": ("暂停", "suspended"),
        "terminated": ("终止", "terminated"),
        "closed": ("已结题", "closed"),
    },
    "decision": {
        "approve": ("批准", "approve"),
        "approve_after_modification": ("修改后批准", "approve after modification"),
        "modify_and_rereview": ("修改后再审", "modify and re-review"),
        "disapprove": ("不予批准", "disapprove"),
        "suspend": ("暂停", "suspend"),
        "terminate": ("终止", "terminate"),
    },
    "kind": {
        None: ("立项审查", "application"),
        "amendment": ("修正案", "amendment"),
        "follow_up_report": ("跟踪审查报告", "follow-up report"),
        "adverse_event": ("严重不良事件报告", "serious adverse event report"),
        "deviation": ("方案偏离报告", "deviation report"),
        "suspension_request": ("暂停申请", "request to suspend"),
        "termination_request": ("终止申请", "request to terminate"),
        "final_report": ("结题报告", "final report"),
    },
}

STYLE = """
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;max-width:46rem;margin:2rem auto;
padding:0 1rem;color:#1b2a3a;line-height:1.5}
h1{font-size:1.4rem;border-bottom:2px solid #1b3a5c;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #c8d0d8;padding:.3rem .5rem;text-align:left}
th{background:#eef2f6;width:30%}.state{font-size:1.3rem;font-weight:bold;padding:.5rem;border:2px solid}
.good{color:#17613a;border-color:#17613a}.bad{color:#a01c1c;border-color:#a01c1c}
.note{color:#555;font-size:.85rem}.lang{float:right}
"""


def lang_of(value: str | None) -> str:
    return value if value in LANGS else "zh"


def t(key: str, lang: str, **params: object) -> str:
    zh, en = T[key]
    text = zh if lang == "zh" else en
    return escape(text.format(**params) if params else text)


def name(group: str, key, lang: str) -> str:
    pair = NAMES[group].get(key)
    if pair is None:
        return escape(str(key or "—"))
    return escape(pair[0] if lang == "zh" else pair[1])


def page(lang: str, body: str, switch_to: str) -> str:
    other = "en" if lang == "zh" else "zh"
    return (
        f'<!doctype html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{t('title', lang)}</title><style>{STYLE}</style></head><body>"
        f'<a class="lang" href="{escape(switch_to)}lang={other}">{t("other_lang", lang)}</a>'
        f"<h1>{t('title', lang)}</h1>{body}"
        f'<p class="note">{t("privacy", lang)}</p></body></html>'
    )


def lookup_form(lang: str, number: str = "", message: str = "") -> str:
    msg = f'<p class="state bad">{message}</p>' if message else ""
    return (
        f"<p>{t('intro', lang)}</p>{msg}"
        f'<form method="get" action="/letters"><input type="hidden" name="lang" value="{lang}">'
        f'<label>{t("number", lang)} <input name="number" value="{escape(number)}" size="32"></label> '
        f'<button type="submit">{t("look", lang)}</button></form>'
    )


def upload_form(lang: str, action: str) -> str:
    return (
        f"<h2>{t('check_pdf', lang)}</h2><p>{t('check_hint', lang)}</p>"
        f'<form method="post" action="{escape(action)}?lang={lang}" enctype="multipart/form-data">'
        f'<input type="file" name="pdf" accept="application/pdf"> '
        f'<button type="submit">{t("send", lang)}</button></form>'
    )


def verdict_box(lang: str, verdict: PdfVerdict | str) -> str:
    key = verdict if isinstance(verdict, str) else verdict.reason
    good = not isinstance(verdict, str) and verdict.genuine
    return f'<p class="state {"good" if good else "bad"}" id="pdf-verdict">{t(key, lang)}</p>'


def letter(lang: str, ls: LetterStanding, verdict: PdfVerdict | str | None = None) -> str:
    good = ls.state == "in_force"
    c = ls.case
    rows = [
        ("number", escape(ls.number)),
        ("committee", escape(ls.committee["name"])),
        ("case", escape(c["title"])),
        ("reference", escape(c["reference"])),
        ("institution", escape(c.get("institution") or "—")),
        ("decision", name("decision", ls.decision_type, lang)),
    ]
    if ls.submission:
        rows.append(
            (
                "submission",
                f"{name('kind', ls.submission['kind'], lang)} · {escape(ls.submission['reference'])}",
            )
        )
    rows += [("signed", escape(ls.signed_at)), ("logged", escape(ls.accepted_at))]
    table = "".join(f"<tr><th>{t(k, lang)}</th><td>{v}</td></tr>" for k, v in rows)
    proof = (
        t("proof_ok", lang, leaf=ls.leaf_index, size=ls.tree_size, time=ls.tree_head_time)
        if ls.proof_ok
        else t("proof_bad", lang, why=ls.proof_problem)
    )
    now = f" · {t('current', lang)}"
    chain = "".join(
        "<tr>"
        f"<td>{escape(link.signed_at[:10])}</td>"
        f'<td><a href="/letters/{escape(link.number)}?lang={lang}">{escape(link.number)}</a>'
        f"{' (' + t('this', lang) + ')' if link.decision_id == ls.decision_id else ''}</td>"
        f"<td>{name('kind', link.submission_kind, lang)}</td>"
        f"<td>{name('decision', link.decision_type, lang)}</td>"
        f"<td>{name('standing', link.standing, lang)}{now if link.current else ''}</td>"
        "</tr>"
        for link in ls.chain
    )
    activity = name("standing", ls.activity_standing, lang) if ls.activity_standing else "—"
    return (
        f'<p class="state {"good" if good else "bad"}" id="letter-state">{t("state", lang)}: '
        f"{name('state', ls.state, lang)}</p>"
        f'<p id="activity-standing">{t("activity", lang)}: <b>{activity}</b></p>'
        f"<table>{table}</table>"
        f'<h2>{t("proof", lang)}</h2><p id="proof" class="{"good" if ls.proof_ok else "bad"}">{proof}</p>'
        f"<h2>{t('chain', lang)}</h2><table>{chain}</table>"
        + (verdict_box(lang, verdict) if verdict is not None else "")
        + upload_form(lang, f"/letters/{ls.number}/check")
    )
