"""The annual report of the committee's work (年度工作报告): cases by domain, risk, procedure and
decision; deadlines met and missed; follow-up reviews; expert re-review; members and training."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from desktop.documents.charts import bar_chart
from desktop.documents.layout import PageMeta, Rendered, SignatureInfo, Story, render
from desktop.documents.sheet import BAD, GOOD, NAVY, SHADE, TEXT_W, Sheet, Title, day, short_day, table
from desktop.documents.wording import joined, name_of, person_name
from desktop.services.reports_annual import AnnualReportData

_T = {
    "title": ("{year}年度科技伦理审查工作报告", "Annual Report on Ethics Review, {year}"),
    "period": (
        "报告期间：{year}年1月1日至12月31日（统计截至{as_of}）",
        "Reporting period: 1 January to 31 December {year} (figures as of {as_of})",
    ),
    "s_overview": ("一、总体情况", "1. Overview"),
    "s_cases": ("二、审查项目分类统计", "2. Cases by category"),
    "s_decisions": ("三、审查决定", "3. Decisions"),
    "s_deadlines": ("四、审查时限执行情况", "4. Time limits"),
    "s_follow": ("五、跟踪审查", "5. Follow-up reviews"),
    "s_rereview": ("六、专家复核", "6. Expert re-review"),
    "s_members": ("七、委员会组成与培训", "7. Members and training"),
    "s_sign": ("八、报告签署", "8. Signature"),
    "k_received": ("收到申请", "Applications"),
    "k_meetings": ("审查会议", "Meetings"),
    "k_decisions": ("审查决定", "Decisions"),
    "k_on_time": ("按期决定率", "Decided on time"),
    "overview": (
        "本年度共收到科技伦理审查申请{received}项，召开审查会议{meetings}次，作出审查决定{decisions}项"
        "（其中初步审查意见{preliminary}项，待专家复核）。纳入时限统计的项目{tracked}项：按期作出决定{met}项，"
        "逾期作出{missed}项，逾期未决{overdue}项，尚在期限内审查{open}项。",
        "In {year} the committee received {received} applications, held {meetings} meetings and made "
        "{decisions} decisions ({preliminary} preliminary, awaiting expert re-review). Of {tracked} cases "
        "with a time limit, {met} were decided on time, {missed} late, {overdue} are overdue and {open} are "
        "still within their limit.",
    ),
    "chart_domain": ("按审查类别（项）", "By domain (cases)"),
    "chart_decision": ("按审查决定（项）", "By decision"),
    "category": ("类别", "Category"),
    "count": ("项数", "Cases"),
    "share": ("占比", "Share"),
    "domain": ("审查类别", "Domain"),
    "risk": ("风险等级", "Risk level"),
    "procedure": ("审查程序", "Procedure"),
    "decision": ("审查决定", "Decision"),
    "multi": (
        "注：一个项目可涉及多个审查类别，按类别合计可能大于项目总数。",
        "A case may fall in several domains, so domain counts may add up to more than the cases.",
    ),
    "ref": ("项目编号", "Reference"),
    "case_title": ("项目名称", "Title"),
    "accepted": ("受理", "Accepted"),
    "due": ("期限", "Due"),
    "decided": ("决定", "Decided"),
    "result": ("结果", "Result"),
    "extended": ("（已延期：{reason}）", " (extended: {reason})"),
    "none_tracked": ("本年度无纳入时限统计的项目。", "No case had a time limit in this year."),
    "follow_due": ("跟踪审查截止", "Follow-up due"),
    "state": ("状态", "State"),
    "due_passed": ("已到期", "due date passed"),
    "scheduled": ("待开展", "scheduled"),
    "none_follow": ("本年度无跟踪审查安排。", "No follow-up reviews fall in this year."),
    "linked": ("本年度收到的关联报告与申请", "Submissions on approved activities received this year"),
    "items": ("复核清单", "Annex"),
    "preliminary_at": ("初步意见", "Preliminary"),
    "opinion": ("复核意见", "Re-review opinion"),
    "final": ("最终决定", "Final"),
    "pending": ("待复核", "pending"),
    "agrees": ("{authority}：{agreeing}/{experts}名专家同意", "{authority}: {agreeing} of {experts} agreed"),
    "none_rereview": ("本年度无须专家复核的项目。", "No case needed expert re-review in this year."),
    "members_line": (
        "报告期内在任委员{n}人，其中女性{female}人、男性{male}人，外单位委员{external}人；"
        "科技或医学背景{sci}人，伦理或法律背景{eth}人。本年度委员参加科技伦理培训{sessions}人次，共{hours}学时。",
        "{n} members served in the year: {female} women, {male} men, {external} from outside the "
        "institution; {sci} in science or medicine, {eth} in ethics or law. Members attended {sessions} "
        "training sessions, {hours} hours in all.",
    ),
    "term": ("任期", "Term"),
    "attended": ("出席次数", "Meetings"),
    "training": ("本年培训", "Training"),
    "training_cell": ("{hours}学时（{n}次）", "{hours} h ({n})"),
    "unit": ("单位", "Unit"),
    "internal": ("本单位", "internal"),
    "external": ("外单位", "external"),
}


def _t(key: str, lang: str, **params: object) -> str:
    zh, en = _T[key]
    return (zh if lang == "zh" else en).format(**params)


def _figures(sheet: Sheet, data: AnnualReportData) -> object:
    lang = sheet.language
    decided = data.deadline_count("met") + data.deadline_count("missed")
    rate = f"{100 * data.deadline_count('met') / decided:.0f}%" if decided else "—"
    values = [
        (str(data.cases_received), _t("k_received", lang)),
        (str(data.meetings_held), _t("k_meetings", lang)),
        (str(sum(data.by_decision.values())), _t("k_decisions", lang)),
        (rate, _t("k_on_time", lang)),
    ]
    cells = [[sheet.p(v, "big") for v, _ in values], [sheet.p(k, "label") for _, k in values]]
    return table(
        cells,
        [TEXT_W / 4] * 4,
        [
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LINEBEFORE", (1, 0), (-1, -1), 2, "white"),
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ],
    )


def _count_table(
    sheet: Sheet, title: str, kind: str, counts: dict[str, int], total: int, width: float = TEXT_W
) -> object:
    lang = sheet.language
    rows = [
        [name_of(kind, k, lang), str(v), f"{100 * v / total:.0f}%" if total else "—"]
        for k, v in counts.items()
    ]
    header = [title, _t("count", lang), _t("share", lang)]
    return sheet.grid(header, rows, [50, 16, 16], numeric=(1, 2), width=width)


def _side_by_side(left, right) -> object:
    half = TEXT_W / 2
    return table(
        [[left, right]],
        [half, half],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 6),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("LEFTPADDING", (1, 0), (1, 0), 6),
        ],
    )


def _cases(sheet: Sheet, data: AnnualReportData) -> list:
    lang = sheet.language
    total = data.cases_received
    chart_w = TEXT_W / 2 - 6
    domain_chart = bar_chart(
        _t("chart_domain", lang),
        [name_of("domain", k, lang) for k in data.by_domain],
        list(data.by_domain.values()),
        chart_w,
        52 * mm,
    )
    decision_chart = bar_chart(
        _t("chart_decision", lang),
        [name_of("decision", k, lang) for k in data.by_decision],
        list(data.by_decision.values()),
        chart_w,
        52 * mm,
    )
    half = TEXT_W / 2 - 6
    risk = _count_table(sheet, _t("risk", lang), "risk", data.by_risk, total, half)
    procedure = _count_table(sheet, _t("procedure", lang), "procedure_short", data.by_procedure, total, half)
    return [
        _side_by_side(domain_chart, decision_chart),
        sheet.gap(3),
        _count_table(sheet, _t("domain", lang), "domain", data.by_domain, total),
        sheet.p(_t("multi", lang), "small"),
        sheet.gap(3),
        _side_by_side(risk, procedure),
    ]


def _deadlines(sheet: Sheet, data: AnnualReportData) -> list:
    lang = sheet.language
    if not data.deadlines:
        return [sheet.p(_t("none_tracked", lang), "indent")]
    rows = []
    for d in data.deadlines:
        good = d.outcome in ("met", "open")
        rows.append(
            [
                d.case.reference,
                d.case.title,
                short_day(d.case.accepted_at),
                short_day(d.case.due_at),
                short_day(d.decided_at),
                sheet.p(
                    name_of("deadline", d.outcome, lang)
                    + (_t("extended", lang, reason=d.extension) if d.extension else ""),
                    "cell",
                    color=GOOD if good else BAD,
                ),
            ]
        )
    header = [_t(k, lang) for k in ("ref", "case_title", "accepted", "due", "decided", "result")]
    return [sheet.grid(header, rows, [30, 62, 22, 22, 22, 18])]


def _follow_ups(sheet: Sheet, data: AnnualReportData) -> list:
    lang = sheet.language
    if not data.follow_ups:
        return [sheet.p(_t("none_follow", lang), "indent")]
    rows = [
        [
            f.case.reference,
            f.case.title,
            name_of("decision", f.decision_type, lang),
            short_day(f.decided_at),
            short_day(f.follow_up_due),
            _t("due_passed" if f.due_passed else "scheduled", lang),
        ]
        for f in data.follow_ups
    ]
    header = [_t(k, lang) for k in ("ref", "case_title", "decision", "decided", "follow_due", "state")]
    return [sheet.grid(header, rows, [30, 52, 24, 22, 26, 18])]


def _linked(sheet: Sheet, data: AnnualReportData) -> list:
    """Each kind of submission linked to an approved activity, counted."""
    from desktop.documents.submission_letter import kind_name

    lang = sheet.language
    total = sum(data.submissions.values())
    rows = [[kind_name(k, lang), str(v)] for k, v in data.submissions.items()]
    header = [_t("linked", lang), _t("count", lang)]
    return (
        [sheet.gap(3), sheet.grid(header, rows, [66, 16], numeric=(1,), width=TEXT_W * 0.6)] if total else []
    )


def _items(ids: tuple[str, ...], lang: str) -> str:
    """Re-review list ids (``STER-annex-6``) as the annex's item numbers."""
    numbers = [i.rsplit("-", 1)[-1] for i in ids]
    return "、".join(f"第{n}项" for n in numbers) if lang == "zh" else ", ".join(f"item {n}" for n in numbers)


def _rereviews(sheet: Sheet, data: AnnualReportData) -> list:
    lang = sheet.language
    if not data.rereviews:
        return [sheet.p(_t("none_rereview", lang), "indent")]
    rows = []
    for r in data.rereviews:
        o = r.opinion
        opinion = (
            _t("agrees", lang, authority=o.authority, agreeing=o.experts_agreeing, experts=o.experts)
            if o
            else _t("pending", lang)
        )
        rows.append(
            [
                r.case.reference,
                r.case.title,
                _items(r.case.rereview_items, lang),
                short_day(r.preliminary_at),
                opinion,
                name_of("decision", r.final_type, lang) if r.final_type else _t("pending", lang),
            ]
        )
    header = [_t(k, lang) for k in ("ref", "case_title", "items", "preliminary_at", "opinion", "final")]
    return [sheet.grid(header, rows, [31, 40, 17, 20, 36, 22])]


def _members(sheet: Sheet, data: AnnualReportData) -> list:
    lang = sheet.language
    people = [m.person for m in data.members]
    summary = _t(
        "members_line",
        lang,
        n=len(people),
        female=sum(1 for p in people if p.gender == "female"),
        male=sum(1 for p in people if p.gender == "male"),
        external=sum(1 for p in people if p.external),
        sci=sum(1 for p in people if {"science", "medicine"} & set(p.backgrounds)),
        eth=sum(1 for p in people if {"ethics", "law"} & set(p.backgrounds)),
        sessions=sum(len(m.training) for m in data.members),
        hours=sum(m.training_hours for m in data.members),
    )
    rows = []
    for m in data.members:
        p = m.person
        term = f"{m.term_start:%Y.%m}–{m.term_end:%Y.%m}" if m.term_end else f"{m.term_start:%Y.%m}–"
        rows.append(
            [
                person_name(p, lang),
                name_of("role", p.role, lang),
                joined("background", p.backgrounds, lang),
                name_of("gender", p.gender, lang),
                _t("external" if p.external else "internal", lang),
                term,
                str(m.meetings_attended),
                _t("training_cell", lang, hours=m.training_hours, n=len(m.training)) if m.training else "—",
            ]
        )
    header = [sheet.say("name"), sheet.say("role"), sheet.say("category"), sheet.say("gender")] + [
        _t(k, lang) for k in ("unit", "term", "attended", "training")
    ]
    return [
        sheet.p(summary, "indent"),
        sheet.gap(2),
        sheet.grid(header, rows, [17, 23, 25, 11, 14, 29, 17, 24], numeric=(6,)),
    ]


def build(data: AnnualReportData, signature: SignatureInfo, language: str) -> Rendered:
    sheet = Sheet(language)
    lang = language
    story = Story(sheet)
    title = _t("title", lang, year=data.year)
    story.add(
        Title(title, sheet.font),
        sheet.p(_t("period", lang, year=data.year, as_of=day(data.as_of, lang)), "subtitle"),
    )
    story.add(sheet.gap(5))
    story.add(sheet.heading(_t("s_overview", lang)), _figures(sheet, data), sheet.gap(3))
    story.add(
        sheet.p(
            _t(
                "overview",
                lang,
                year=data.year,
                received=data.cases_received,
                meetings=data.meetings_held,
                decisions=sum(data.by_decision.values()),
                preliminary=data.preliminary_pending,
                tracked=len(data.deadlines),
                met=data.deadline_count("met"),
                missed=data.deadline_count("missed"),
                overdue=data.deadline_count("overdue"),
                open=data.deadline_count("open"),
            ),
            "indent",
        )
    )
    story.add(sheet.heading(_t("s_cases", lang)), *_cases(sheet, data))
    story.add(
        sheet.heading(_t("s_decisions", lang)),
        _count_table(
            sheet,
            _t("decision", lang),
            "decision",
            data.by_decision,
            sum(data.by_decision.values()),
            TEXT_W * 0.6,
        ),
    )
    story.add(sheet.heading(_t("s_deadlines", lang)), *_deadlines(sheet, data))
    story.add(sheet.heading(_t("s_follow", lang)), *_follow_ups(sheet, data), *_linked(sheet, data))
    story.add(sheet.heading(_t("s_rereview", lang)), *_rereviews(sheet, data))
    story.add(sheet.heading(_t("s_members", lang)), *_members(sheet, data))
    story.add(
        KeepTogether(
            [
                sheet.heading(_t("s_sign", lang)),
                sheet.gap(2),
                story.signature(signature, data.letterhead.name),
            ]
        )
    )
    meta = PageMeta(
        title,
        f"{data.letterhead.registration_number or data.letterhead.name} / {data.year}",
        data.letterhead,
        lang,
        signature.name,
        title,
    )
    return render(meta, story)
