"""The letter deciding a submission linked to an approved activity: an amendment, a follow-up
report, a serious adverse event or deviation report, a request to suspend or terminate, or the
final report. It reuses the decision letter's sections and adds what the submission was and the
standing the decision leaves the activity in. Its QR code holds the registry's page for the
letter when a registry is configured (basis.PUBLIC_OVERSIGHT), else the decision id
and statement hash as on every decision letter.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from desktop.documents import decision_letter as base
from desktop.documents.layout import PageMeta, Rendered, SignatureInfo, Story, render
from desktop.documents.qr import payload, qr_drawing
from desktop.documents.sheet import BAD, NAVY, SHADE, TEXT_W, Sheet, Title, day, stamp, table
from desktop.documents.wording import name_of, person_name
from desktop.services.activity import SubmissionLine
from desktop.services.reports import LetterData

_KIND = {
    "amendment": ("修正案审查意见书", "Decision on an amendment", "修正案", "amendment"),
    "follow_up_report": ("跟踪审查意见书", "Follow-up review decision", "跟踪审查报告", "follow-up report"),
    "adverse_event": (
        "严重不良事件审查意见书",
        "Decision on a serious adverse event report",
        "严重不良事件报告",
        "serious adverse event report",
    ),
    "deviation": ("方案偏离审查意见书", "Decision on a deviation report", "方案偏离报告", "deviation report"),
    "suspension_request": (
        "暂停审查意见书",
        "Decision on a request to suspend",
        "暂停申请",
        "request to suspend",
    ),
    "termination_request": (
        "终止审查意见书",
        "Decision on a request to terminate",
        "终止申请",
        "request to terminate",
    ),
    "final_report": ("结题审查意见书", "Decision on the final report", "结题报告", "final report"),
}
_STANDING = {
    "approved": ("批准（继续实施）", "approved (may continue)"),
    "approved_with_conditions": ("附条件批准（按要求修改后继续实施）", "approved with conditions"),
    "suspended": (
        "暂停（须经本委员会同意后方可恢复）",
        "suspended (may resume only with the committee's approval)",
    ),
    "terminated": ("终止", "terminated"),
    "closed": ("已结题", "closed"),
}
_T = {
    "number": ("意见编号", "Letter no."),
    "issued": ("签发日期", "Issued"),
    "intro": (
        "本委员会于{received}收到“{title}”（项目编号：{ref}）的{kind}（编号：{sub}），{how}进行了审查。"
        "现将审查意见告知如下。",
        "On {received} the committee received the {kind} ({sub}) for “{title}” (reference {ref}) and "
        "reviewed it {how}. Its decision follows.",
    ),
    "s_submission": ("所审报告或申请", "The submission"),
    "summary": ("内容摘要", "Summary"),
    "event_on": ("事件/偏离发生日期", "Event or deviation on"),
    "standing": ("活动状态", "The activity's standing"),
    "standing_line": (
        "自本意见签发之日起，该活动状态为：{standing}。",
        "From this letter on, the activity is {standing}.",
    ),
    "qr_url": (
        "扫码在登记平台核验本意见的当前状态",
        "Scan to check this letter's current standing at the registry",
    ),
}


def _t(key: str, lang: str, **params: object) -> str:
    zh, en = _T[key]
    return (zh if lang == "zh" else en).format(**params)


def title_of(kind: str, lang: str) -> str:
    return _KIND[kind][0 if lang == "zh" else 1]


def kind_name(kind: str, lang: str) -> str:
    return _KIND[kind][2 if lang == "zh" else 3]


def letter_number(data: LetterData) -> str:
    return f"{data.case.reference}-{data.decision_id[:8].upper()}"


def _standing_box(sheet: Sheet, standing: str) -> list:
    lang = sheet.language
    text = _STANDING[standing][0 if lang == "zh" else 1]
    color = BAD if standing in ("suspended", "terminated") else NAVY
    box = table(
        [[sheet.p(_t("standing_line", lang, standing=text), "label", color=color)]],
        [TEXT_W],
        [("BOX", (0, 0), (-1, -1), 1.2, color), ("BACKGROUND", (0, 0), (-1, -1), SHADE)],
    )
    return [sheet.gap(3), box]


def build(data: LetterData, sub: SubmissionLine, signature: SignatureInfo, language: str) -> Rendered:
    sheet = Sheet(language)
    lang = language
    story = Story(sheet)
    case = data.case
    number = letter_number(data)
    kind_name = _KIND[sub.kind][2 if lang == "zh" else 3]
    subtitle = f"{_t('number', lang)}: {number}    {_t('issued', lang)}: {day(signature.signed_at, lang)}"
    story.add(Title(title_of(sub.kind, lang), sheet.font), sheet.p(subtitle, "subtitle"), sheet.gap(5))
    if data.meeting is not None:
        how = base._t("how_meeting", lang, date=day(data.meeting.held_at, lang), meeting=data.meeting.title)
    else:
        how = base._t("how_other", lang, procedure=name_of("procedure_short", data.procedure, lang))
    intro = _t(
        "intro",
        lang,
        received=day(sub.received_on, lang),
        title=case.title,
        ref=case.reference,
        kind=kind_name,
        sub=sub.reference,
        how=how,
    )
    if data.status == "superseded":
        story.add(sheet.p(base._t("superseded", lang), "body", color=BAD), sheet.gap())
    story.add(sheet.p(sheet.say("dear", applicant=case.applicant)), sheet.p(intro, "indent"))
    rows: list = [(_t("summary", lang), sub.summary)]
    if sub.event_on is not None:
        rows.append((_t("event_on", lang), day(sub.event_on, lang)))
    story.add(sheet.heading(_t("s_submission", lang)), sheet.fields(rows))
    story.add(*base._case_section(sheet, data))
    story.add(*base._decision_section(sheet, data), *_standing_box(sheet, sub.standing))
    story.add(*base._vote_section(sheet, data))
    story.add(*base._follow_up_section(sheet, data))
    notes = [
        sheet.p(base._t("s_notes", lang), "h1"),
        sheet.p(f"1. {base._t('note_scope', lang)}", "note"),
        sheet.p(f"2. {base._t('note_appeal', lang)}", "note"),
        sheet.gap(4),
    ]
    story.add(_closing(sheet, data, sub, signature, story, notes))
    # The subject names the decision so the registry's page can match a dropped PDF to it.
    meta = PageMeta(
        title_of(sub.kind, lang),
        number,
        data.letterhead,
        lang,
        signature.name,
        f"{number} decision:{data.decision_id} sha256:{data.statement_sha256}",
    )
    return render(meta, story)


def _closing(
    sheet: Sheet, data: LetterData, sub: SubmissionLine, signature: SignatureInfo, story: Story, before: list
) -> KeepTogether:
    lang = sheet.language
    sender = sheet.rich(
        f"{escape(data.letterhead.name)}<br/>{day(signature.signed_at, lang)}", "right", cjk=True
    )
    if sub.page_url:
        code = qr_drawing(sub.page_url, 26 * mm)
        caption = sheet.p(f"{_t('qr_url', lang)}\n{sub.page_url}", "small")
    else:
        code = qr_drawing(payload(data.decision_id, data.statement_sha256, data.receipt), 26 * mm)
        caption = sheet.p(base._t("qr_caption", lang), "small")
    recorded = sheet.p(
        base._t(
            "recorded",
            lang,
            at=stamp(data.decided_at),
            name=person_name(data.decided_by, lang),
            sha=data.statement_sha256,
        ),
        "small",
    )
    left = table(
        [[code], [caption], [recorded]],
        [TEXT_W - 98 * mm],
        [("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)],
    )
    right = table(
        [[sender], [story.signature(signature, data.letterhead.name)]],
        [94 * mm],
        [("RIGHTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (0, 0), (-1, -1), "RIGHT")],
    )
    row = table(
        [[left, right]],
        [TEXT_W - 94 * mm, 94 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return KeepTogether([*before, row])
