"""The acceptance notice (受理通知书), or, while materials are missing, the one-time notice that
lists every missing material at once (补正材料一次性告知书, rules.basis.ACCEPTANCE)."""

from __future__ import annotations

from desktop.documents.layout import PageMeta, Rendered, SignatureInfo, Story, render
from desktop.documents.sheet import BAD, Sheet, Title, day, stamp
from desktop.documents.wording import domains_text, name_of
from desktop.rules import basis as rule_basis
from desktop.services.reports import AcceptanceData

_T = {
    "title_ok": ("科技伦理审查受理通知书", "Notice of Acceptance for Ethics Review"),
    "title_missing": ("补正材料一次性告知书", "Notice of Missing Application Materials"),
    "number": ("受理编号", "Reference"),
    "intro_ok": (
        "贵单位提交的“{title}”科技伦理审查申请材料齐全，符合受理要求。本委员会已于{accepted}正式受理，"
        "现将有关事项通知如下。",
        "The application for ethics review of “{title}” is complete. The committee accepted it on "
        "{accepted}; the details follow.",
    ),
    "intro_missing": (
        "贵单位于{received}提交的“{title}”科技伦理审查申请材料不齐全，暂不能受理。根据{basis}，"
        "现将需要补正的全部材料一次性告知如下。",
        "The application for ethics review of “{title}”, received on {received}, is incomplete and cannot "
        "be accepted yet. Under {basis}, every missing material is listed below at once.",
    ),
    "s_case": ("一、申请信息", "1. The application"),
    "s_review": ("二、审查安排", "2. The review"),
    "s_missing": ("二、需补正的材料", "2. Materials to provide"),
    "s_provided": ("三、已收到的材料", "3. Materials received"),
    "procedure_line": (
        "本申请将按{procedure}审查。本委员会将于{due}前作出审查决定；"
        "如需延长，将另行书面告知延长后的期限（{basis}）。",
        "The application will be reviewed under the {procedure}. The committee will decide by {due}; any "
        "extension will be notified in writing with the new time limit ({basis}).",
    ),
    "rereview_line": (
        "该活动列入须开展专家复核的科技活动清单，本委员会作出初步审查意见后，"
        "须报请主管部门组织专家复核（{basis}）。",
        "The activity is on the expert re-review list: after the committee's preliminary decision, the "
        "competent authority organises an expert re-review ({basis}).",
    ),
    "contact": (
        "审查过程中如需补充材料或说明，本委员会将另行通知。请在收到本委员会审查意见前，勿开展须经审查批准的研究活动。",
        "The committee will write if it needs further material or explanation. Do not start activities "
        "that need approval before receiving the committee's decision.",
    ),
    "missing_after": (
        "请补齐上述全部材料后重新提交。材料齐全之日起，本委员会予以受理，并按规定时限作出审查决定。",
        "Provide all the materials above and submit again. The committee accepts a complete application "
        "and decides within the time limits of the regulations.",
    ),
    "no": ("序号", "No."),
    "material": ("材料", "Material"),
    "basis": ("依据", "Basis"),
    "none_received": ("尚未收到任何申请材料。", "No application materials have been received."),
}


def _t(key: str, lang: str, **params: object) -> str:
    zh, en = _T[key]
    if "basis" in params:  # citations in the document's language
        params["basis"] = rule_basis.text(str(params["basis"]), lang)
    return (zh if lang == "zh" else en).format(**params)


def _material_rows(materials, lang: str) -> list:
    return [
        [str(i), m.zh if lang == "zh" else m.en, rule_basis.text(str(m.basis), lang)]
        for i, m in enumerate(materials, 1)
    ]


def build(data: AcceptanceData, signature: SignatureInfo, language: str) -> Rendered:
    sheet = Sheet(language)
    lang = language
    story = Story(sheet)
    case = data.case
    title = _t("title_ok" if data.accepted else "title_missing", lang)
    story.add(Title(title, sheet.font), sheet.p(f"{_t('number', lang)}: {case.reference}", "subtitle"))
    story.add(sheet.gap(5), sheet.p(sheet.say("dear", applicant=case.applicant)))
    if data.accepted:
        intro = _t("intro_ok", lang, title=case.title, accepted=day(case.accepted_at, lang))
    else:
        intro = _t(
            "intro_missing", lang, title=case.title, received=day(case.received_on, lang), basis=data.basis
        )
    story.add(sheet.p(intro, "indent"))

    story.add(sheet.heading(_t("s_case", lang)))
    rows: list = [
        (sheet.say("case_title"), case.title),
        [
            (sheet.say("case_reference"), case.reference),
            (sheet.say("received_on"), day(case.received_on, lang)),
        ],
        [(sheet.say("applicant"), case.applicant), (sheet.say("institution"), case.institution or "—")],
        [
            (sheet.say("domains"), domains_text(case.domains, lang)),
            (sheet.say("risk"), name_of("risk", case.risk_level, lang)),
        ],
    ]
    if data.accepted:
        rows.append(
            [
                (sheet.say("accepted_at"), stamp(case.accepted_at)[:16] if case.accepted_at else "—"),
                (sheet.say("due_at"), day(case.due_at, lang)),
            ]
        )
    story.add(sheet.fields(rows))

    if data.accepted:
        story.add(sheet.heading(_t("s_review", lang)))
        procedure = name_of("procedure", case.procedure, lang)
        story.add(
            sheet.p(
                _t(
                    "procedure_line",
                    lang,
                    procedure=procedure,
                    due=day(case.due_at, lang),
                    basis=rule_basis.TIME_LIMIT,
                ),
                "indent",
            )
        )
        if case.rereview_items:
            story.add(sheet.p(_t("rereview_line", lang, basis=rule_basis.REREVIEW), "indent", color=BAD))
        story.add(sheet.p(_t("contact", lang), "indent"))
    else:
        story.add(sheet.heading(_t("s_missing", lang)))
        header = [_t("no", lang), _t("material", lang), _t("basis", lang)]
        story.add(sheet.grid(header, _material_rows(data.missing, lang), [12, 118, 30], numeric=(0,)))
        story.add(sheet.gap(2), sheet.p(_t("missing_after", lang), "indent"))

    # What was received goes with the close, so the signature never stands alone on a last page.
    if data.provided:
        header = [_t("no", lang), _t("material", lang), _t("basis", lang)]
        received = sheet.grid(header, _material_rows(data.provided, lang), [12, 118, 30], numeric=(0,))
    else:
        received = sheet.p(_t("none_received", lang), "indent")
    heading = sheet.p(_t("s_provided", lang), "h1")
    story.add(story.sender_and_signature(signature, data.letterhead.name, [heading, received, sheet.gap(6)]))
    meta = PageMeta(title, case.reference, data.letterhead, lang, signature.name, case.title)
    return render(meta, story)
