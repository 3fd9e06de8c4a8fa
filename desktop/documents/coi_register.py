"""The conflict-of-interest register (利益冲突登记表) for one meeting or a period: every
declaration made, conflicts first in the reader's eye, and what followed from each."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from desktop.documents.layout import PageMeta, Rendered, SignatureInfo, Story, render
from desktop.documents.sheet import BAD, Sheet, Title, day, stamp
from desktop.documents.wording import name_of, person_name
from desktop.rules import basis as rule_basis
from desktop.services.reports_meetings import CoiRegisterData

_T = {
    "title": ("利益冲突登记表", "Conflict-of-Interest Register"),
    "for_meeting": ("会议：{title}（{date}）", "Meeting: {title} ({date})"),
    "for_period": ("登记期间：{start} 至 {end}", "Period: {start} to {end}"),
    "open_start": ("最早记录", "first record"),
    "open_end": ("今", "today"),
    "summary": (
        "本期共登记利益冲突声明{n}份，涉及会议{meetings}次、审查项目{cases}个；其中声明存在利益冲突{k}份。"
        "声明存在利益冲突的委员均已回避相关项目的讨论和表决（{basis}）。",
        "{n} declarations were made at {meetings} meeting(s) on {cases} case(s); {k} declared a conflict of "
        "interest. Each member with a conflict withdrew from that case's discussion and vote ({basis}).",
    ),
    "summary_none": (
        "本期无利益冲突声明记录。",
        "No declarations of interest were recorded in this period.",
    ),
    "s_conflicts": ("一、声明存在利益冲突的情况", "1. Declared conflicts of interest"),
    "s_all": ("二、全部声明记录", "2. All declarations"),
    "s_sign": ("三、登记确认", "3. Confirmation"),
    "no_conflicts": ("本期无委员声明存在利益冲突。", "No member declared a conflict in this period."),
    "no": ("序号", "No."),
    "date": ("日期", "Date"),
    "meeting": ("会议", "Meeting"),
    "case": ("项目编号", "Case"),
    "member": ("委员", "Member"),
    "conflict": ("利益冲突", "Conflict"),
    "statement": ("声明内容", "Statement"),
    "action": ("处理", "Action"),
    "recused": ("回避讨论和表决", "withdrew from discussion and vote"),
    "declared_at": ("声明时间", "Declared"),
    "has": ("有", "yes"),
    "none": ("无", "none"),
}


def _t(key: str, lang: str, **params: object) -> str:
    zh, en = _T[key]
    if "basis" in params:  # citations in the document's language
        params["basis"] = rule_basis.text(str(params["basis"]), lang)
    return (zh if lang == "zh" else en).format(**params)


def build(data: CoiRegisterData, signature: SignatureInfo, language: str) -> Rendered:
    sheet = Sheet(language)
    lang = language
    story = Story(sheet)
    if data.meeting is not None:
        scope = _t("for_meeting", lang, title=data.meeting.title, date=day(data.meeting.held_at, lang))
    else:
        start = day(data.start, lang) if data.start else _t("open_start", lang)
        end = day(data.end, lang) if data.end else _t("open_end", lang)
        scope = _t("for_period", lang, start=start, end=end)
    story.add(Title(_t("title", lang), sheet.font), sheet.p(scope, "subtitle"), sheet.gap(6))

    rows = data.declarations
    if rows:
        summary = _t(
            "summary",
            lang,
            basis=rule_basis.RECUSAL,
            n=len(rows),
            meetings=len({d.meeting_id for d in rows}),
            cases=len({d.case_reference for d in rows}),
            k=data.conflicts,
        )
    else:
        summary = _t("summary_none", lang)
    story.add(sheet.p(summary, "indent"))

    story.add(sheet.heading(_t("s_conflicts", lang)))
    conflicts = [d for d in rows if d.has_conflict]
    if conflicts:
        table_rows = [
            [
                stamp(d.held_at)[:10],
                d.case_reference,
                f"{person_name(d.person, lang)}\n{name_of('role', d.person.role, lang)}",
                d.statement,
                _t("recused", lang),
            ]
            for d in conflicts
        ]
        header = [_t(k, lang) for k in ("date", "case", "member", "statement", "action")]
        story.add(sheet.grid(header, table_rows, [22, 32, 22, 62, 28]))
    else:
        story.add(sheet.p(_t("no_conflicts", lang), "indent"))

    story.add(sheet.heading(_t("s_all", lang)))
    if rows:
        all_rows = [
            [
                str(i),
                d.case_reference,
                person_name(d.person, lang),
                name_of("role", d.person.role, lang),
                sheet.p(_t("has", lang), "cell", color=BAD) if d.has_conflict else _t("none", lang),
                stamp(d.declared_at)[:16],
            ]
            for i, d in enumerate(rows, 1)
        ]
        header = [_t(k, lang) for k in ("no", "case", "member")] + [
            sheet.say("role"),
            _t("conflict", lang),
            _t("declared_at", lang),
        ]
        story.add(sheet.grid(header, all_rows, [10, 34, 28, 24, 18, 30], numeric=(0,)))
    else:
        story.add(sheet.p(_t("summary_none", lang), "indent"))

    story.add(
        KeepTogether(
            [
                sheet.heading(_t("s_sign", lang)),
                sheet.gap(2),
                story.signature(signature, data.letterhead.name),
            ]
        )
    )
    number = data.meeting.title if data.meeting else scope
    meta = PageMeta(_t("title", lang), f"{number} · COI", data.letterhead, lang, signature.name, scope)
    return render(meta, story)
