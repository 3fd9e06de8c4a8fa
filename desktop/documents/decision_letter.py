"""The decision letter (科技伦理审查意见书) the applicant receives.

Counts of votes, not names, unless the committee's settings ask for names; reasons for any
decision but approval; the follow-up review date; a QR code holding the registry's page for the
letter once a registry is configured, else the decision id and the hash of its signed statement;
the signer's block.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table

from desktop.documents.layout import PageMeta, Rendered, SignatureInfo, Story, render
from desktop.documents.qr import payload, qr_drawing, receipt_summary
from desktop.documents.sheet import BAD, NAVY, SHADE, TEXT_W, Sheet, Title, day, stamp, table
from desktop.documents.wording import domains_text, name_of, person_name
from desktop.rules import basis as rule_basis
from desktop.services.reports import LetterData

VOTE_ORDER = (
    "approve",
    "approve_after_modification",
    "modify_and_rereview",
    "disapprove",
    "suspend",
    "terminate",
    "abstain",
)

_T = {
    "title": ("科技伦理审查意见书", "Ethics Review Decision"),
    "number": ("意见编号", "Decision no."),
    "issued": ("签发日期", "Issued"),
    "intro": (
        "{institution}提交的“{title}”（项目编号：{ref}）科技伦理审查申请，本委员会于{accepted}受理，"
        "{how}进行了审查。现将审查意见告知如下。",
        "The committee accepted the application for ethics review of “{title}” (reference {ref}), "
        "submitted by {institution}, on {accepted}, and reviewed it {how}. Its decision follows.",
    ),
    "how_meeting": (
        "于{date}召开的{meeting}上按一般程序",
        "under the general procedure at {meeting} on {date}",
    ),
    "how_other": ("按{procedure}", "under the {procedure}"),
    "s_case": ("一、项目信息", "1. The activity"),
    "s_decision": ("二、审查决定", "2. Decision"),
    "s_votes": ("三、表决情况", "3. The vote"),
    "s_follow": ("四、跟踪审查", "4. Follow-up review"),
    "s_notes": ("五、说明", "5. Notes"),
    "conditions": ("修改要求", "Required modifications"),
    "reasons": ("理由", "Reasons"),
    "vote_line": (
        "本项目应参加表决的到会委员{eligible}人{extra}，实际投票{cast}人，表决结果：{result}。"
        "作出决定须至少{needed}票同意（{basis}）。",
        "{eligible} voting members present were entitled to vote{extra}; {cast} voted: {result}. "
        "A decision needed at least {needed} votes ({basis}).",
    ),
    "count": ("{choice}{n}票", "{n} {choice}"),
    "recused_extra": ("（另有{n}人因利益冲突回避）", " ({n} withdrew for a conflict of interest)"),
    "objection_upheld": (
        "本决定系对申请人于{date}提出的申诉的复审结果：维持原审查决定。",
        "This decision answers the applicant's objection of {date}: the original decision is upheld.",
    ),
    "objection_superseded": (
        "本决定系对申请人于{date}提出的申诉的复审结果：原审查决定不再有效，以本决定为准。",
        "This decision answers the applicant's objection of {date}: it replaces the original decision.",
    ),
    "not_voting": ("到会但未投票：{who}。", "Present but not voting: {who}."),
    "not_voting_one": ("{name}（{reason}）", "{name} ({reason})"),
    "choice": ("表决意见", "Vote"),
    "votes": ("票数", "Votes"),
    "member": ("委员", "Member"),
    "no_vote": (
        "本决定未经会议表决（{procedure}）。",
        "This decision was not put to a meeting vote ({procedure}).",
    ),
    "follow": (
        "本项目实行跟踪审查，间隔{months}个月。请于{due}前向本委员会提交跟踪审查报告；研究方案如有修改，"
        "须经本委员会审查同意后方可实施。",
        "The activity is subject to follow-up review every {months} months. Submit a follow-up report by "
        "{due}; any change to the protocol needs the committee's approval before it is implemented.",
    ),
    "no_follow_rereview": (
        "请按上述意见修改后重新提交本委员会审查。",
        "Revise as set out above and submit the application to the committee again.",
    ),
    "no_follow": ("不适用。", "Not applicable."),
    "note_scope": (
        "本意见仅适用于所审查的方案及材料版本。研究过程中发生严重不良事件、非预期问题或方案偏离，应及时向本委员会报告。",
        "This decision covers only the versions of the protocol and materials reviewed. Report serious "
        "adverse events, unexpected problems and deviations to the committee promptly.",
    ),
    "note_appeal": (
        "申请人对审查决定有异议的，可向本委员会提出申诉。",
        "An applicant who disagrees with the decision may appeal to the committee.",
    ),
    "preliminary": (
        "本意见为初步审查意见。该活动列入须开展专家复核的科技活动清单，须经主管部门组织专家复核后方可生效（{basis}）。",
        "This is a preliminary decision. The activity is on the expert re-review list; the decision takes "
        "effect only after the expert re-review organised by the competent authority ({basis}).",
    ),
    "superseded": (
        "本意见已被委员会后续作出的审查意见取代，仅供存档。",
        "This decision has been superseded by a later decision of the committee; kept for the record.",
    ),
    "rereview": (
        "专家复核：{authority}组织{experts}名专家复核，{agreeing}名同意（{date}收到复核意见）。",
        "Expert re-review: organised by {authority}; {agreeing} of {experts} experts agreed (opinion "
        "received {date}).",
    ),
    "qr_caption": (
        "扫码核验：决定编号及签名声明 SHA-256",
        "Scan to check: decision id, statement SHA-256",
    ),
    "qr_url": (
        "扫码在登记平台核验本意见的当前状态",
        "Scan to check this letter's current standing at the registry",
    ),
    "recorded": (
        "本审查决定已由{name}于 {at} 在委员会审查记录中签署（签名声明 SHA-256：{sha}）。",
        "Signed in the committee's record by {name} at {at}; statement SHA-256: {sha}",
    ),
    "receipt_line": (
        "登记平台回执：日志第{leaf}号记录，{at}（回执 SHA-256：{sha}）",
        "Registry receipt: log entry {leaf}, {at} (receipt SHA-256: {sha})",
    ),
}


def _t(key: str, lang: str, **params: object) -> str:
    zh, en = _T[key]
    if "basis" in params:  # citations in the document's language
        params["basis"] = rule_basis.text(str(params["basis"]), lang)
    return (zh if lang == "zh" else en).format(**params)


def _decision_box(sheet: Sheet, data: LetterData) -> Table:
    lang = sheet.language
    rows = [[sheet.p(name_of("decision", data.decision_type, lang), "big")]]
    if data.status != "final":
        rows.append([sheet.p(name_of("status", data.status, lang), "label", color=BAD)])
    return table(
        rows,
        [TEXT_W],
        [
            ("BOX", (0, 0), (-1, -1), 1.2, NAVY),
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )


def _vote_table(sheet: Sheet, data: LetterData) -> Table:
    """Who voted how: only when the committee's settings put names in letters."""
    lang = sheet.language
    rows = [
        [person_name(p, lang), name_of("role", p.role, lang), name_of("vote", c, lang)]
        for p, c in data.vote_names or ()
    ]
    return sheet.grid([_t("member", lang), sheet.say("role"), _t("choice", lang)], rows, [50, 40, 60])


def _intro(sheet: Sheet, data: LetterData) -> list:
    lang, case = sheet.language, data.case
    if data.meeting is not None:
        how = _t("how_meeting", lang, date=day(data.meeting.held_at, lang), meeting=data.meeting.title)
    else:
        how = _t("how_other", lang, procedure=name_of("procedure_short", data.procedure, lang))
    intro = _t(
        "intro",
        lang,
        institution=case.institution or case.applicant,
        title=case.title,
        ref=case.reference,
        accepted=day(case.accepted_at, lang),
        how=how,
    )
    out = (
        [sheet.p(_t("superseded", lang), "body", color=BAD), sheet.gap()]
        if data.status == "superseded"
        else []
    )
    return [*out, sheet.p(sheet.say("dear", applicant=case.applicant)), sheet.p(intro, "indent")]


def _case_section(sheet: Sheet, data: LetterData) -> list:
    lang, case = sheet.language, data.case
    sep = "、" if lang == "zh" else ", "
    risk = name_of("risk", case.risk_level, lang)
    if case.ai_risk_tier:
        risk += f"{sep}AI: {name_of('ai_tier', case.ai_risk_tier, lang)}"
    rows: list = [
        (sheet.say("case_title"), case.title),
        [
            (sheet.say("case_reference"), case.reference),
            (sheet.say("procedure"), name_of("procedure", data.procedure, lang)),
        ],
        [(sheet.say("applicant"), case.applicant), (sheet.say("institution"), case.institution or "—")],
        [(sheet.say("domains"), domains_text(case.domains, lang)), (sheet.say("risk"), risk)],
    ]
    if data.meeting is not None:
        m = data.meeting
        rows.append((sheet.say("meeting"), f"{m.title} · {stamp(m.held_at)[:16]} · {m.place or '—'}"))
    return [sheet.heading(_t("s_case", lang)), sheet.fields(rows)]


def _decision_section(sheet: Sheet, data: LetterData) -> list:
    lang = sheet.language
    out = [sheet.heading(_t("s_decision", lang)), _decision_box(sheet, data)]
    terms = []
    if data.conditions:
        terms.append((_t("conditions", lang), data.conditions))
    if data.reasons and data.decision_type != "approve" and data.reasons != data.conditions:
        terms.append((_t("reasons", lang), data.reasons))
    if terms:
        out += [sheet.gap(3), sheet.fields(terms)]
    if data.status == "preliminary":
        out += [sheet.gap(3), sheet.p(_t("preliminary", lang, basis=rule_basis.REREVIEW), color=BAD)]
    if data.rereview is not None:
        r = data.rereview
        text = _t(
            "rereview",
            lang,
            authority=r.authority,
            experts=r.experts,
            agreeing=r.experts_agreeing,
            date=day(r.received_on, lang),
        )
        out += [sheet.gap(3), sheet.p(text)]
    return out


def _vote_section(sheet: Sheet, data: LetterData) -> list:
    lang = sheet.language
    out: list = [sheet.heading(_t("s_votes", lang))]
    if data.meeting is None or not data.cast:
        procedure = name_of("procedure_short", data.procedure, lang)
        return [*out, sheet.p(_t("no_vote", lang, procedure=procedure))]
    counts = [
        _t("count", lang, choice=name_of("vote", k, lang), n=data.counts[k])
        for k in VOTE_ORDER
        if data.counts.get(k)
    ]
    line = _t(
        "vote_line",
        lang,
        eligible=data.eligible,
        extra=_t("recused_extra", lang, n=data.recused) if data.recused else "",
        cast=data.cast,
        result=("，" if lang == "zh" else ", ").join(counts),
        needed=data.needed,
        basis=data.basis or rule_basis.VOTING,  # the rule the decision was counted under
    )
    out.append(sheet.p(line, "indent"))
    if data.not_voting:
        who = ("；" if lang == "zh" else "; ").join(
            _t("not_voting_one", lang, name=person_name(p, lang), reason=reason)
            for p, reason in data.not_voting
        )
        out.append(sheet.p(_t("not_voting", lang, who=who), "indent"))
    if data.vote_names is not None:
        out += [sheet.gap(2), _vote_table(sheet, data)]
    return out


def _follow_up_section(sheet: Sheet, data: LetterData) -> list:
    lang = sheet.language
    if data.follow_up_due is not None:
        text = _t("follow", lang, months=data.follow_up_months, due=day(data.follow_up_due, lang))
    elif data.decision_type == "modify_and_rereview":
        text = _t("no_follow_rereview", lang)
    else:
        text = _t("no_follow", lang)
    return [sheet.heading(_t("s_follow", lang)), sheet.p(text, "indent")]


def build(data: LetterData, signature: SignatureInfo, language: str) -> Rendered:
    sheet = Sheet(language)
    lang = language
    story = Story(sheet)
    case = data.case
    number = f"{case.reference}-{data.decision_id[:8].upper()}"
    subtitle = f"{_t('number', lang)}: {number}    {_t('issued', lang)}: {day(signature.signed_at, lang)}"
    story.add(Title(_t("title", lang), sheet.font), sheet.p(subtitle, "subtitle"), sheet.gap(5))
    story.add(*_intro(sheet, data))
    story.add(*_case_section(sheet, data))
    story.add(*_decision_section(sheet, data))
    story.add(*_vote_section(sheet, data))
    story.add(*_follow_up_section(sheet, data))
    # The notes go with the close, so a signature never stands alone on a last page.
    notes = [
        sheet.p(_t("s_notes", lang), "h1"),
        sheet.p(f"1. {_t('note_scope', lang)}", "note"),
        sheet.p(f"2. {_t('note_appeal', lang)}", "note"),
    ]
    if data.objection is not None:
        received, outcome = data.objection
        key = "objection_upheld" if outcome == "upheld" else "objection_superseded"
        notes.append(sheet.p(f"3. {_t(key, lang, date=day(received, lang))}", "note"))
    notes.append(sheet.gap(4))
    story.add(_closing(sheet, data, signature, story, notes))
    meta = PageMeta(
        _t("title", lang),
        number,
        data.letterhead,
        lang,
        signature.name,
        # the decision id lets the registry's letter page match a dropped PDF (registry/web)
        f"{case.reference} {case.title} · decision:{data.decision_id}",
    )
    return render(meta, story)


def _receipt_text(receipt: dict, lang: str) -> str:
    r = receipt_summary(receipt)
    return _t("receipt_line", lang, leaf=r.get("leaf", "?"), at=r.get("at", "?"), sha=r["sha256"])


def _closing(
    sheet: Sheet, data: LetterData, signature: SignatureInfo, story: Story, before: list
) -> KeepTogether:
    """``before``, then the QR code beside the sender, date and signature block, on one page."""
    lang = sheet.language
    sender = sheet.rich(
        f"{escape(data.letterhead.name)}<br/>{day(signature.signed_at, lang)}", "right", cjk=True
    )
    if data.page_url:  # the registry's page for this letter (basis.PUBLIC_OVERSIGHT)
        code = qr_drawing(data.page_url, 26 * mm)
        caption = sheet.p(f"{_t('qr_url', lang)}\n{data.page_url}", "small")
    else:
        code = qr_drawing(payload(data.decision_id, data.statement_sha256, data.receipt), 26 * mm)
        caption = sheet.p(_t("qr_caption", lang), "small")
    recorded = sheet.p(
        _t(
            "recorded",
            lang,
            at=stamp(data.decided_at),
            name=person_name(data.decided_by, lang),
            sha=data.statement_sha256,
        ),
        "small",
    )
    notes = [[recorded]] + ([[sheet.p(_receipt_text(data.receipt, lang), "small")]] if data.receipt else [])
    left = table(
        [[code], [caption], *notes],
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
