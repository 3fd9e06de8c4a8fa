"""The documents' fixed wording in Chinese and English, and the names of the record's enum values.

Documents are produced without Qt, so they carry their own two-language catalogue: every
phrase is a (Chinese, English) pair looked up with ``say(key, language)``.
"""

from __future__ import annotations

LANGUAGES = ("zh", "en")

ENUMS: dict[str, dict[str, tuple[str, str]]] = {
    "decision": {
        "approve": ("批准", "Approved"),
        "approve_after_modification": ("修改后批准", "Approved after modification"),
        "modify_and_rereview": ("修改后再审", "Modify and submit for re-review"),
        "disapprove": ("不予批准", "Not approved"),
        "suspend": ("暂停", "Suspended"),
        "terminate": ("终止", "Terminated"),
    },
    "vote": {
        "approve": ("批准", "approve"),
        "approve_after_modification": ("修改后批准", "approve after modification"),
        "modify_and_rereview": ("修改后再审", "modify and re-review"),
        "disapprove": ("不予批准", "disapprove"),
        "suspend": ("暂停", "suspend"),
        "terminate": ("终止", "terminate"),
        "abstain": ("弃权", "abstain"),
    },
    "procedure": {
        "general": ("一般程序（会议审查）", "General procedure (meeting review)"),
        "simplified": ("简易程序", "Simplified procedure"),
        "emergency": ("应急程序", "Emergency procedure"),
    },
    "procedure_short": {
        "general": ("一般程序", "General"),
        "simplified": ("简易程序", "Simplified"),
        "emergency": ("应急程序", "Emergency"),
    },
    "risk": {
        "minimal": ("不大于最小风险", "Not above minimal risk"),
        "low": ("低风险", "Low risk"),
        "moderate": ("中等风险", "Moderate risk"),
        "high": ("高风险", "High risk"),
    },
    "domain": {
        "general": ("一般科技活动", "General S&T"),
        "life_science_medicine": ("生命科学与医学", "Life science & medicine"),
        "ai": ("人工智能", "Artificial intelligence"),
        "animal": ("实验动物", "Laboratory animals"),
        "data": ("数据与算法", "Data & algorithms"),
    },
    "role": {
        "chair": ("主任委员", "Chair"),
        "vice_chair": ("副主任委员", "Vice-chair"),
        "secretary": ("秘书", "Secretary"),
        "member": ("委员", "Member"),
        "consultant": ("独立顾问", "Consultant"),
    },
    "background": {
        "science": ("科学技术", "science & technology"),
        "medicine": ("医学", "medicine"),
        "ethics": ("伦理学", "ethics"),
        "law": ("法学", "law"),
        "lay": ("社会人士", "lay member"),
    },
    "gender": {"female": ("女", "F"), "male": ("男", "M"), "other": ("其他", "other")},
    "status": {
        "final": ("正式意见", "final"),
        "preliminary": ("初步审查意见（待专家复核）", "preliminary (awaiting expert re-review)"),
        "superseded": ("已被新意见取代", "superseded by a later decision"),
    },
    "ai_tier": {
        "prohibited": ("禁止类", "prohibited"),
        "high": ("高风险", "high-risk"),
        "limited": ("有限风险", "limited risk"),
        "minimal": ("最小风险", "minimal risk"),
        "gpai": ("通用模型", "general-purpose AI"),
        "gpai_systemic": ("系统性风险通用模型", "GPAI with systemic risk"),
    },
    "shortfall": {
        "needs_members": ("到会有表决权委员人数不足", "too few voting members present"),
        "needs_presiding": ("无主任委员或副主任委员主持", "no chair or vice-chair to preside"),
        "needs_science": ("缺少科技/医学背景委员", "no science, technology or medicine member"),
        "needs_ethics_law": ("缺少伦理/法律背景委员", "no ethics or law member"),
        "needs_external": ("缺少外单位委员", "no member from outside the institution"),
        "needs_gender": ("缺少不同性别委员", "members of only one gender"),
    },
    "deadline": {
        "met": ("按期", "on time"),
        "missed": ("逾期作出", "decided late"),
        "overdue": ("已逾期未决", "overdue, undecided"),
        "open": ("审查中", "in review"),
    },
}

PHRASES: dict[str, tuple[str, str]] = {
    # letterhead and footer
    "registration": ("登记编号", "Registration no."),
    "page": ("第 {n} 页 / 共 {total} 页", "Page {n} of {total}"),
    "doc_number": ("文件编号", "Document no."),
    "signed_footer": (
        "本文件经数字签名，可使用 quorum verify 离线核验",
        "Digitally signed; check offline with quorum verify",
    ),
    # signature block
    "sig_heading": ("电子签名", "Electronic signature"),
    "sig_signer": ("签署人", "Signed by"),
    "sig_time": ("签署时间", "Signed at"),
    "sig_meaning": ("签署含义", "Meaning"),
    "sig_cert": ("证书", "Certificate"),
    "sig_cert_value": ("本委员会 CA 签发 · 密钥 {key_id}", "committee CA · key {key_id}"),
    "meaning_letter": (
        "本人代表委员会签发本审查意见",
        "I issue this decision on behalf of the committee",
    ),
    "meaning_minutes": ("本人确认本会议纪要内容属实", "I confirm these minutes"),
    "meaning_coi": ("本人确认本利益冲突登记表", "I confirm this register"),
    "meaning_annual": ("本人代表委员会报送本年度报告", "I submit this annual report for the committee"),
    "meaning_acceptance": ("本人代表委员会发出本通知", "I send this notice for the committee"),
    # shared field names
    "case_reference": ("项目编号", "Reference"),
    "case_title": ("项目名称", "Title"),
    "applicant": ("申请人", "Applicant"),
    "institution": ("申请单位", "Institution"),
    "domains": ("审查类别", "Domains"),
    "risk": ("风险等级", "Risk level"),
    "ai_tier": ("人工智能风险分级", "AI risk tier"),
    "procedure": ("审查程序", "Procedure"),
    "received_on": ("申请收到日期", "Received"),
    "accepted_at": ("受理时间", "Accepted"),
    "due_at": ("审查决定期限", "Decision due by"),
    "meeting": ("审查会议", "Meeting"),
    "meeting_time": ("会议时间", "Held"),
    "place": ("会议地点", "Place"),
    "video": ("视频会议", "video meeting"),
    "onsite": ("现场会议", "in person"),
    "none": ("无", "none"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "name": ("姓名", "Name"),
    "role": ("职务", "Role"),
    "category": ("专业类别", "Category"),
    "external": ("外单位", "External"),
    "gender": ("性别", "Gender"),
    "affiliation": ("工作单位/部门", "Affiliation"),
    "dear": ("{applicant}：", "To {applicant}:"),
    "basis": ("依据", "Basis"),
    "ster": ("《科技伦理审查办法（试行）》", "the Measures for S&T Ethics Review (Trial) (STER)"),
}


def say(key: str, language: str, **params: object) -> str:
    """The phrase ``key`` in ``language`` ("zh" or "en"), formatted with ``params``."""
    zh, en = PHRASES[key]
    text = zh if language == "zh" else en
    return text.format(**params) if params else text


def name_of(kind: str, value: str | None, language: str) -> str:
    """The display name of an enum value, e.g. ``name_of("decision", "approve", "zh")`` -> 批准."""
    if value is None:
        return say("none", language)
    pair = ENUMS[kind].get(value)
    if pair is None:
        return value
    return pair[0] if language == "zh" else pair[1]


def person_name(person, language: str) -> str:
    """Chinese name in Chinese documents; the English name, when recorded, in English ones."""
    if language == "en" and person.name_en:
        return person.name_en
    return person.name


def check_language(language: str) -> str:
    from desktop.errors import ValidationError

    if language not in LANGUAGES:
        raise ValidationError("Documents are written in zh or en, not {language!r}.", language=language)
    return language


def joined(kind: str, values, language: str) -> str:
    """Several enum values as one phrase: 生命科学与医学、人工智能 / Life science & medicine, AI."""
    sep = "、" if language == "zh" else ", "
    return sep.join(name_of(kind, v, language) for v in values) or say("none", language)


def domains_text(domains, language: str) -> str:
    """A case's domains; "general" is implied by any other and shown only on its own."""
    specific = [d for d in domains if d != "general"]
    return joined("domain", specific or ["general"], language)
