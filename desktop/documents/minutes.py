"""The minutes of a review meeting (会议纪要): attendance with categories, the quorum, declarations
and recusals, and per case the checklist summary, discussion, vote and decision."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

from desktop.documents.layout import PageMeta, Rendered, SignatureInfo, Story, render
from desktop.documents.sheet import BAD, GOOD, Sheet, Title, day, stamp
from desktop.documents.wording import domains_text, joined, name_of, person_name
from desktop.rules import basis as rule_basis
from desktop.services.reports_meetings import CaseMinutes, MinutesData

CASE_ROOM = 70 * mm

_T = {
    "title": ("会议纪要", "Minutes"),
    "meeting": ("会议名称", "Meeting"),
    "held": ("会议时间", "Held"),
    "opened": ("开始 / 结束", "Opened / closed"),
    "form": ("会议形式", "Form"),
    "presiding": ("主持人", "Presiding"),
    "recorder": ("记录人", "Minutes taken by"),
    "s_attendance": ("一、出席情况", "1. Attendance"),
    "s_quorum": ("二、法定人数", "2. Quorum"),
    "s_coi": ("三、利益冲突声明与回避", "3. Declarations of interest and recusals"),
    "s_cases": ("四、审议项目", "4. Cases reviewed"),
    "s_sign": ("五、纪要确认", "5. Confirmation"),
    "no": ("序号", "No."),
    "unit": ("单位", "Unit"),
    "internal": ("本单位", "internal"),
    "external": ("外单位", "external"),
    "checked_in": ("签到时间", "Check-in"),
    "left": ("{t} 离席", "left {t}"),
    "pin_note": (
        "出席委员均以本人签名密钥签到，签到时间后注明密钥所在（共用电脑、本人设备或硬件密钥），签到记录已签名存档。",
        "Each member checked in with their own signing key; beside the time, where that key was held "
        "(shared laptop, own device or token). The signed check-ins are on record.",
    ),
    "custody_shared-laptop": ("共用电脑", "shared laptop"),
    "custody_own-device": ("本人设备", "own device"),
    "custody_token": ("硬件密钥", "token"),
    "absent": ("缺席：{names}。", "Absent: {names}."),
    "quorum_met": (
        "到会有表决权委员{n}人（不少于{minimum}人），包括科技或医学背景委员{sci}人、伦理或法律背景委员{eth}人、"
        "外单位委员{ext}人，男性{male}人、女性{female}人，符合法定人数及人员构成要求（{basis}）。",
        "{n} voting members were present (at least {minimum} needed): {sci} in science or medicine, {eth} in "
        "ethics or law, {ext} from outside the institution, {male} men and {female} women. The quorum and "
        "composition requirements were met ({basis}).",
    ),
    "quorum_not_met": (
        "到会有表决权委员{n}人，不符合法定人数要求（{basis}）：{why}。",
        "{n} voting members were present; the quorum was NOT met ({basis}): {why}.",
    ),
    "coi_none": (
        "到会委员均已就各审议项目作出利益冲突声明，无人声明存在利益冲突。",
        "Every member present declared their interests for each case; nobody declared a conflict.",
    ),
    "coi_rest": (
        "其余到会委员均已声明与各审议项目不存在利益冲突。",
        "All other members present declared no conflict of interest for any case.",
    ),
    "case": ("项目", "Case"),
    "declaration": ("声明内容", "Declaration"),
    "handling": ("处理", "Action"),
    "recused": ("回避该项目的讨论和表决", "withdrew from its discussion and vote"),
    "case_head": ("（{n}）{ref}　{title}", "4.{n} {ref}: {title}"),
    "reviewers": ("主审委员", "Reviewers"),
    "recused_members": ("回避委员", "Recused"),
    "case_quorum": ("本项目法定人数", "Quorum for this case"),
    "case_quorum_ok": ("符合（有表决权委员{n}人）", "met ({n} voting members)"),
    "case_quorum_bad": ("不符合：{why}", "not met: {why}"),
    "checklist_line": (
        "{title}（第{version}版）：共{items}项，已作答{answered}项；{concerns}",
        "{title} (version {version}): {answered} of {items} items answered; {concerns}",
    ),
    "no_concerns": ("未提出问题。", "no concerns raised."),
    "concerns": ("以下{n}项有委员提出问题：", "concerns raised on {n} item(s):"),
    "checklists": ("审查要点", "Checklist summary"),
    "discussion": ("讨论情况", "Discussion"),
    "no_notes": ("（无记录）", "(none recorded)"),
    "vote": ("表决", "Vote"),
    "vote_line": (
        "应参加表决{eligible}人，实际投票{cast}人：{result}。",
        "{eligible} entitled, {cast} voted: {result}.",
    ),
    "count": ("{choice}{n}票", "{n} {choice}"),
    "no_votes": ("未进行表决。", "No vote was taken."),
    "not_voting": ("到会但未投票：{name}（{reason}）", "Present but not voting: {name} ({reason})"),
    "decision": ("决定", "Decision"),
    "no_decision": ("本次会议未作出决定。", "No decision was recorded at this meeting."),
    "follow_up": ("跟踪审查截止：{due}", "follow-up review due {due}"),
}


def _t(key: str, lang: str, **params: object) -> str:
    zh, en = _T[key]
    if "basis" in params:  # citations in the document's language
        params["basis"] = rule_basis.text(str(params["basis"]), lang)
    return (zh if lang == "zh" else en).format(**params)


def _attendance(sheet: Sheet, data: MinutesData) -> list:
    lang = sheet.language
    rows = []
    for i, a in enumerate(data.attendance, 1):
        p = a.person
        unit = _t("external", lang) if p.external else _t("internal", lang)
        how = _t(f"custody_{a.custody}", lang) if f"custody_{a.custody}" in _T else a.custody
        when = stamp(a.checked_in_at)[11:16] + " · " + how
        if a.left_at is not None:
            when += "；" + _t("left", lang, t=stamp(a.left_at)[11:16])
        rows.append(
            [
                str(i),
                person_name(p, lang),
                name_of("role", p.role, lang),
                joined("background", p.backgrounds, lang),
                name_of("gender", p.gender, lang),
                f"{unit} · {p.affiliation}" if p.affiliation else unit,
                when,
            ]
        )
    header = ["no", "name", "role", "category", "gender", "unit", "checked_in"]
    labels = [_t(h, lang) if h in _T else sheet.say(h) for h in header]
    # the last column holds the time and where the key was held ("09:12 · 共用电脑")
    widths = [12, 22, 22, 28, 12, 40, 30] if lang == "zh" else [12, 24, 22, 30, 16, 32, 32]
    out = [sheet.grid(labels, rows, widths), sheet.gap(2)]
    out.append(sheet.p(_t("pin_note", lang), "small"))
    if data.absent:
        names = ("、" if lang == "zh" else ", ").join(
            f"{person_name(p, lang)}（{name_of('role', p.role, lang)}）"
            if lang == "zh"
            else f"{person_name(p, lang)} ({name_of('role', p.role, lang)})"
            for p in data.absent
        )
        out.append(sheet.p(_t("absent", lang, names=names)))
    return out


def _quorum(sheet: Sheet, data: MinutesData) -> list:
    lang = sheet.language
    present = [a.person for a in data.attendance if a.left_at is None and a.person.role != "consultant"]
    if data.quorum_met:
        text = _t(
            "quorum_met",
            lang,
            n=data.quorum_counted,
            minimum=data.quorum_minimum,
            sci=sum(1 for p in present if {"science", "medicine"} & set(p.backgrounds)),
            eth=sum(1 for p in present if {"ethics", "law"} & set(p.backgrounds)),
            ext=sum(1 for p in present if p.external),
            male=sum(1 for p in present if p.gender == "male"),
            female=sum(1 for p in present if p.gender == "female"),
            basis=data.quorum_basis,
        )
        return [sheet.p(text, "indent")]
    why = joined("shortfall", data.quorum_shortfalls, lang)
    return [
        sheet.p(
            _t("quorum_not_met", lang, n=data.quorum_counted, basis=data.quorum_basis, why=why),
            "indent",
            color=BAD,
        )
    ]


def _declarations(sheet: Sheet, data: MinutesData) -> list:
    lang = sheet.language
    conflicts = [(c, d) for c in data.cases for d in c.declarations if d.has_conflict]
    if not conflicts:
        return [sheet.p(_t("coi_none", lang), "indent")]
    rows = [
        [
            c.case.reference,
            f"{person_name(d.person, lang)}（{name_of('role', d.person.role, lang)}）"
            if lang == "zh"
            else f"{person_name(d.person, lang)} ({name_of('role', d.person.role, lang)})",
            d.statement,
            _t("recused", lang),
        ]
        for c, d in conflicts
    ]
    header = [_t("case", lang), sheet.say("name"), _t("declaration", lang), _t("handling", lang)]
    return [sheet.grid(header, rows, [32, 28, 70, 36]), sheet.gap(2), sheet.p(_t("coi_rest", lang), "indent")]


def _votes_text(c: CaseMinutes, lang: str) -> str:
    if not c.cast:
        return _t("no_votes", lang)
    order = (
        "approve",
        "approve_after_modification",
        "modify_and_rereview",
        "disapprove",
        "suspend",
        "terminate",
        "abstain",
    )
    result = ("，" if lang == "zh" else ", ").join(
        _t("count", lang, choice=name_of("vote", k, lang), n=c.counts[k]) for k in order if c.counts.get(k)
    )
    return _t("vote_line", lang, eligible=c.eligible, cast=c.cast, result=result)


def _checklist_cell(sheet: Sheet, c: CaseMinutes) -> list:
    lang = sheet.language
    out = []
    for cl in c.checklists:
        title = cl.title_zh if lang == "zh" else cl.title_en
        concerns = _t("concerns", lang, n=len(cl.concerns)) if cl.concerns else _t("no_concerns", lang)
        line = _t(
            "checklist_line",
            lang,
            title=title,
            version=cl.version,
            items=cl.items,
            answered=cl.answered,
            concerns=concerns,
        )
        out.append(sheet.p(line, "cell"))
        for item in cl.concerns:
            text = item.text_zh if lang == "zh" else item.text_en
            answered = item.yes + item.no + item.na
            if lang == "zh":
                line = f"· {text}（{item.no}/{answered}人答“否”）"
                line += f"：{'；'.join(item.notes)}" if item.notes else ""
            else:
                line = f"· {text} ({item.no} of {answered} answered no)"
                line += f": {'; '.join(item.notes)}" if item.notes else ""
            out.append(sheet.p(line, "cell", color=BAD))
    return out


def _decision_cell(sheet: Sheet, c: CaseMinutes) -> list:
    lang = sheet.language
    if c.decision_type is None:
        return [sheet.p(_t("no_decision", lang), "cell")]
    text = name_of("decision", c.decision_type, lang)
    if c.decision_status and c.decision_status != "final":
        status = name_of("status", c.decision_status, lang)
        text += f"（{status}）" if lang == "zh" else f" ({status})"
    out = [sheet.p(text, "cell", color=GOOD if c.decision_type.startswith("approve") else BAD)]
    extra = [x for x in (c.conditions, c.reasons if c.reasons != c.conditions else "") if x]
    if c.follow_up_due:
        extra.append(_t("follow_up", lang, due=day(c.follow_up_due, lang)))
    return out + [sheet.p(x, "cell") for x in extra]


def _case(sheet: Sheet, n: int, c: CaseMinutes, show_names: bool, lead: tuple = ()) -> list:
    """One agenda item; ``lead`` (the section heading, for the first) goes on the same page."""
    lang = sheet.language
    case = c.case
    sep = "、" if lang == "zh" else ", "
    number = _cn(n) if lang == "zh" else n
    head = sheet.p(_t("case_head", lang, n=number, ref=case.reference, title=case.title), "h2")
    quorum = (
        _t("case_quorum_ok", lang, n=c.quorum_counted)
        if c.quorum_met
        else _t("case_quorum_bad", lang, why=joined("shortfall", c.quorum_shortfalls, lang))
    )
    notes = [sheet.p(f"{stamp(at)[11:16]}  {text}", "cell") for at, text in c.notes] or [
        sheet.p(_t("no_notes", lang), "cell")
    ]
    votes = [sheet.p(_votes_text(c, lang), "cell")]
    if show_names and c.votes:
        votes += [
            sheet.p(f"{person_name(p, lang)}: {name_of('vote', choice, lang)}", "cell")
            for p, choice in c.votes
        ]
    votes += [
        sheet.p(_t("not_voting", lang, name=person_name(p, lang), reason=reason), "cell")
        for p, reason in c.not_voting
    ]
    reviewers = sep.join(person_name(p, lang) for p in c.reviewers) or sheet.say("none")
    recused = sep.join(person_name(p, lang) for p in c.recused) or sheet.say("none")
    procedure = name_of("procedure_short", case.procedure, lang)
    rows: list = [
        [(sheet.say("applicant"), case.applicant), (sheet.say("procedure"), procedure)],
        [
            (sheet.say("domains"), domains_text(case.domains, lang)),
            (sheet.say("risk"), name_of("risk", case.risk_level, lang)),
        ],
        [(_t("reviewers", lang), reviewers), (_t("recused_members", lang), recused)],
        (_t("case_quorum", lang), quorum),
        (_t("checklists", lang), _checklist_cell(sheet, c)),
        (_t("discussion", lang), notes),
        (_t("vote", lang), votes),
        (_t("decision", lang), _decision_cell(sheet, c)),
    ]
    table = sheet.fields(rows)
    # Start a new page unless the heading and the first rows fit; the table may then split by rows.
    return [CondPageBreak(CASE_ROOM), *lead, head, table, sheet.gap(4)]


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九十"
    if n <= 10:
        return digits[n]
    if n < 20:
        return "十" + digits[n - 10]
    return str(n)


def build(data: MinutesData, signature: SignatureInfo, language: str) -> Rendered:
    sheet = Sheet(language)
    lang = language
    story = Story(sheet)
    m = data.meeting
    story.add(Title(_t("title", lang), sheet.font), sheet.p(m.title, "subtitle"), sheet.gap(5))
    opened = " / ".join(stamp(t)[11:16] if t else "—" for t in (m.opened_at, m.closed_at))
    form = sheet.say("video") if m.video else sheet.say("onsite")
    story.add(
        sheet.fields(
            [
                (_t("meeting", lang), m.title),
                [(_t("held", lang), day(m.held_at, lang)), (_t("opened", lang), opened)],
                [(sheet.say("place"), m.place or "—"), (_t("form", lang), form)],
                [
                    (_t("presiding", lang), person_name(data.presiding, lang) if data.presiding else "—"),
                    (_t("recorder", lang), person_name(data.recorder, lang) if data.recorder else "—"),
                ],
            ]
        )
    )
    story.add(sheet.heading(_t("s_attendance", lang)), *_attendance(sheet, data))
    story.add(sheet.heading(_t("s_quorum", lang)), *_quorum(sheet, data))
    story.add(sheet.heading(_t("s_coi", lang)), *_declarations(sheet, data))
    lead: tuple = (sheet.heading(_t("s_cases", lang)),)
    for n, c in enumerate(data.cases, 1):
        story.add(*_case(sheet, n, c, data.show_vote_names, lead))
        lead = ()
    if lead:
        story.add(*lead)
    story.add(
        KeepTogether(
            [
                sheet.heading(_t("s_sign", lang)),
                sheet.gap(2),
                story.signature(signature, data.letterhead.name),
            ]
        )
    )
    number = f"{m.title or m.id[:8]}-{_t('title', lang)}" if lang == "zh" else f"{m.id[:8].upper()} minutes"
    meta = PageMeta(f"{m.title} {_t('title', lang)}", number, data.letterhead, lang, signature.name, m.title)
    return render(meta, story)
