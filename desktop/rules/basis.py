"""The legal basis each rule rests on: the one place that holds article numbers.

Screens, services and documents never spell an article; they take a ``Citation`` from here and
show it with :func:`text` in the reader's language (Chinese documents cite
《科技伦理审查办法（试行）》第十四条, English ones "STER art. 14"). A correction is one edit here.

Every article records where it was checked and how sure we are, as in ``shared/domain/rules.md``:

- **high**: the article's words were read in a copy of the regulation's text (for STER the
  chapter 3 sections on application and the general procedure, arts. 9-15, stored copies of the
  State Council gazette edition, 国科发监〔2023〕167号);
- **medium**: the rule is confirmed in the text or an official summary and the number follows
  from the text's structure (ch. 3: arts. 9-13 application, 14-21 general procedure, 22-24
  simplified, 25-31 expert re-review), but the article itself was not read;
- **low**: the rule is confirmed by secondary sources only and the article number could not be
  checked. A low-confidence article number is NOT shown to users: the citation names the
  regulation and the topic instead, and ``docs/regulations.md`` lists what to check.

Run ``python -m desktop.rules.basis`` to print the table that ``docs/regulations.md`` holds.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

HIGH, MEDIUM, LOW = "high", "medium", "low"

# Short name -> (English as Quorum cites it, Chinese title as documents cite it).
REGULATIONS = {
    "STER": ("STER", "《科技伦理审查办法（试行）》"),
    "LSMR": ("LSMR", "《涉及人的生命科学和医学研究伦理审查办法》"),
    "CIVIL": ("Civil Code", "《中华人民共和国民法典》"),
    "BJ": ("BJ", "《北京市关于加强科技伦理治理的实施办法》"),
    "AIACT": ("AIACT", "欧盟《人工智能法》"),
    "DSL": ("DSL", "《中华人民共和国数据安全法》"),
    "PIPL": ("PIPL", "《中华人民共和国个人信息保护法》"),
    "CHARTER": ("committee charter", "本委员会章程"),
    "RECORD": ("meeting record", "会议记录要求"),
}

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1..9999 in Chinese numerals as article numbers are written (14 -> 十四, 1259 -> 一千二百五十九)."""
    if not 0 < n < 10000:
        raise ValueError(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def _zh_articles(articles: str) -> str:
    # "14" -> 第十四条; "22-24" -> 第二十二条至第二十四条; "7, 14" -> 第七条、第十四条;
    # "15(5)" -> 第十五条第（五）项.
    def one(token: str) -> str:
        token = token.strip()
        if "-" in token:
            a, b = token.split("-", 1)
            return f"{one(a)}至{one(b)}"
        item = ""
        if "(" in token:
            token, rest = token.split("(", 1)
            item = f"第（{chinese_number(int(rest.rstrip(')')))}）项"
        return f"第{chinese_number(int(token))}条{item}"

    return "、".join(one(t) for t in articles.split(","))


@dataclass(frozen=True)
class Article:
    """One provision: where it is, what it says in a few words, how it was checked."""

    regulation: str  # a key of REGULATIONS
    articles: str  # "14", "22-24", "7, 14"; "" where the number is not known
    topic_en: str
    topic_zh: str
    source: str
    confidence: str

    @property
    def shows_number(self) -> bool:
        return bool(self.articles) and self.confidence != LOW

    def text(self, lang: str = "en") -> str:
        name_en, name_zh = REGULATIONS[self.regulation]
        if lang.startswith("zh"):
            if self.shows_number:
                return f"{name_zh}{_zh_articles(self.articles)}"
            return f"{name_zh}（{self.topic_zh}）"
        if self.shows_number:
            return f"{name_en} art. {self.articles}"
        return f"{name_en}, {self.topic_en}"


def _joined(parts: tuple[Article, ...], lang: str) -> str:
    # Neighbouring numbered articles of one regulation read as one citation: "STER art. 14, 16".
    zh = lang.startswith("zh")
    groups: list[list[Article]] = []
    for p in parts:
        last = groups[-1][-1] if groups else None
        if last and p.shows_number and last.shows_number and last.regulation == p.regulation:
            groups[-1].append(p)
        else:
            groups.append([p])
    out = []
    for group in groups:
        if len(group) == 1:
            out.append(group[0].text(lang))
            continue
        numbers = ", ".join(dict.fromkeys(n.strip() for p in group for n in p.articles.split(",")))
        name_en, name_zh = REGULATIONS[group[0].regulation]
        out.append(f"{name_zh}{_zh_articles(numbers)}" if zh else f"{name_en} art. {numbers}")
    return ("；" if zh else "; ").join(out)


class Citation(str):
    """The English citation as a plain string (so it travels in JSON and messages unchanged),
    carrying the provisions it names for :func:`text`."""

    parts: tuple[Article, ...]

    def __new__(cls, *parts: Article) -> Citation:
        obj = super().__new__(cls, _joined(parts, "en"))
        obj.parts = parts
        return obj

    def text(self, lang: str = "en") -> str:
        return _joined(self.parts, lang)

    def __reduce__(self):
        return (Citation, self.parts)


def cite(*citations: Citation) -> Citation:
    """Several citations as one ("STER art. 14; LSMR, decisions"), without repeats."""
    return _cite(tuple(c.parts for c in citations))


@functools.lru_cache(maxsize=512)  # the rules cite the same few combinations for every decision checked
def _cite(groups: tuple[tuple[Article, ...], ...]) -> Citation:
    parts: dict[Article, None] = {}
    for group in groups:
        for p in group:
            parts.setdefault(p, None)
    return Citation(*parts)


_GAZETTE_STER = "STER text, 国科发监〔2023〕167号 (gazette edition), stored copies"
_SUMMARY_STER = "MOST summary of the final STER text; article number from the chapter's structure"
_SECONDARY_LSMR = "LSMR 国卫科教发〔2023〕4号: wording from secondary sources (training material, quizzes)"


def _ster(articles, en, zh, confidence, source=_GAZETTE_STER) -> Citation:
    return Citation(Article("STER", articles, en, zh, source, confidence))


def _lsmr(articles, en, zh, confidence, source=_SECONDARY_LSMR) -> Citation:
    return Citation(Article("LSMR", articles, en, zh, source, confidence))


# --- STER (科技伦理审查办法（试行）) -------------------------------------------------------
# high: art. 14 refers to "第七条所列的不同类别的委员" (read); art. 7 itself lists them.
COMPOSITION = _ster("7", "committee composition", "委员会组成", HIGH)
TERM = _ster(
    "7", "term of office", "委员任期", MEDIUM, "domain digest; term rule sits with art. 7's composition"
)
MATERIALS = _ster("9", "application materials", "申请材料", HIGH)
ACCEPTANCE = _ster("10", "acceptance", "受理", HIGH)  # 一次性完整告知, read
MEETING_REVIEW = _ster("11", "review by meeting", "会议审查", HIGH)  # 原则上采取会议审查方式, read
GENERAL_PROCEDURE = cite(MEETING_REVIEW, _ster("14", "general procedure", "一般程序", HIGH))
QUORUM = _ster(
    "7, 14", "meeting quorum", "到会委员人数", HIGH
)  # 到会委员应不少于5人 + art. 7 categories, read
PRESIDING = _ster("14", "who presides", "会议主持", HIGH)  # 主任委员或其指定的副主任委员主持, read
CONSULTANTS = _ster("14", "consultants", "顾问专家", HIGH)  # 顾问专家不参与会议表决, read
REVIEW_CONTENT = _ster("15", "review content", "审查内容", HIGH)
# medium: the MOST summary of the final text puts "到会委员三分之二以上同意" in the general
# procedure next to the decision types; the stored copies break off after art. 15.
APPROVAL = _ster("16", "decision threshold", "表决通过", MEDIUM, _SUMMARY_STER)
TIME_LIMIT = _ster("17", "30-day limit", "审查时限", MEDIUM, _SUMMARY_STER)
FOLLOW_UP = _ster(
    "19", "follow-up review", "跟踪审查", MEDIUM, "MOST notice (<= 12 months, high); number from structure"
)
# The simplified procedure is section 3 of ch. 3 (arts. 22-24). "art. 20", cited in one place
# before, is in the general-procedure section and was wrong.
SIMPLIFIED = _ster("22-24", "simplified procedure", "简易程序", MEDIUM, _SUMMARY_STER)
# Recusal of members with a conflict of interest. Not art. 14: art. 14 (read) speaks of
# consultants "不存在直接利益关系". The members' recusal article could not be read: low.
RECUSAL = _ster("", "recusal of members with a conflict of interest", "委员利益冲突回避", LOW, _SUMMARY_STER)
EMERGENCY = _ster("", "emergency procedure", "应急程序", LOW, "domain digest (72 hours); article not read")
REREVIEW = _ster("25-31", "expert re-review", "专家复核", MEDIUM, "domain digest; section 4 of ch. 3")
REREVIEW_LIST = Citation(
    Article(
        "STER",
        "",
        "annex, expert re-review list",
        "附件：需要开展专家复核的科技活动清单",
        _GAZETTE_STER,
        HIGH,
    )
)
PRINCIPLES = _ster("3", "principles", "科技伦理原则", HIGH)  # cited by art. 15 (read)
# Registration with the competent authority within 30 days: medium for the rule (domain digest),
# the article (8?) not read.
REGISTRATION = _ster("", "registration of the committee", "委员会登记", LOW, "domain digest")

# --- LSMR (涉及人的生命科学和医学研究伦理审查办法) -----------------------------------------
# Not one LSMR article could be read in a stored copy of the text; the wording of each rule is
# confirmed by secondary sources. Numbers are kept here (the candidates) but not shown.
LSMR_COMPOSITION = _lsmr(
    "8", "committee composition", "伦理审查委员会组成", LOW
)  # >= 7 members from life science, medicine, bioethics, law + 非本机构的社会人士; different genders
LSMR_TERM = _lsmr("9", "term of office", "委员任期", LOW)  # 任期不超过5年，可以连任
# "作出决定应当得到超过伦理审查委员会全体委员二分之一同意": more than half of ALL members.
LSMR_APPROVAL = _lsmr("21", "decisions", "审查决定", LOW)
# LSMR sets no attendance number of its own; a meeting that cannot reach more than half of all
# members cannot decide, so Quorum requires that many eligible members present (a reading).
LSMR_QUORUM = _lsmr("21", "decisions (attendance needed to decide)", "审查决定（作出决定所需到会人数）", LOW)
LSMR_RECUSAL = _lsmr("", "recusal of members with a conflict of interest", "委员利益冲突回避", LOW)

# --- BJ (the Beijing implementation measures; the seed holds their drafting notes) -----------
MUTUAL_RECOGNITION = Citation(
    Article(
        "BJ",
        "",
        "ch. 4 item 4, mutual recognition of review results",
        "第四章第四项，审查结果互认",
        "drafting notes (shared/seed); LSMR also provides for it (medium)",
        MEDIUM,
    )
)

# --- Other sources --------------------------------------------------------------------------
# 以上、以下、以内、届满 include the number; 不满、超过、以外 do not (read; well known).
INCLUSIVE_COUNTING = Citation(
    Article("CIVIL", "1259", "counting of numbers", "数字计算", "Civil Code, NPC 2020", HIGH)
)
PERIODS = Citation(Article("CIVIL", "201", "counting of periods", "期间计算", "Civil Code, NPC 2020", HIGH))
CHARTER = Citation(Article("CHARTER", "", "stricter settings", "更严格的设置", "the committee", HIGH))
PROVINCIAL_ODD_SIZE = Citation(
    Article(
        "CHARTER",
        "",
        "odd size (provincial rules, e.g. Sichuan implementing rules)",
        "委员人数为单数（地方细则，如四川省实施细则）",
        "Sichuan S&T department Q&A 2025-04-18 (细则第七条、第八条)",
        MEDIUM,
    )
)
# Quorum's own record rules: a record cannot report a meeting before it happened, and every
# eligible member present either votes or is recorded as not voting.
MEETING_DATE = Citation(
    Article("RECORD", "", "nothing recorded before the meeting day", "会议召开前不得记录", "Quorum", HIGH)
)
VOTES_COMPLETE = Citation(
    Article(
        "RECORD",
        "",
        "complete votes before a decision",
        "表决完整后方可作出决定",
        "Quorum",
        HIGH,
    )
)

# Per-regime pairs, for the rules that differ.
VOTING = cite(CONSULTANTS, APPROVAL)

# --- Checklist citations (resources/checklists/*.json name these keys) ----------------------
# STER art. 15's items were read (high); other laws' article numbers come from the checklists'
# authors and were not re-checked against the official texts (medium).
CHECKLIST: dict[str, Citation] = {
    "ster.scope": Citation(Article("STER", "2", "what must be reviewed", "审查范围", _GAZETTE_STER, HIGH)),
    "ster.principles": Citation(Article("STER", "3", "principles", "科技伦理原则", _GAZETTE_STER, HIGH)),
    "ster.materials": Citation(
        Article("STER", "9", "application materials", "申请材料", _GAZETTE_STER, HIGH)
    ),
    "ster.content.qualifications": Citation(
        Article(
            "STER",
            "15(1)",
            "review content: principles, qualifications, facilities",
            "审查内容：原则、资质与条件",
            _GAZETTE_STER,
            HIGH,
        )
    ),
    "ster.content.value-risk": Citation(
        Article(
            "STER",
            "15(2)",
            "review content: value, risk and benefit, risk control",
            "审查内容：价值、风险受益与风险控制",
            _GAZETTE_STER,
            HIGH,
        )
    ),
    "ster.content.participants": Citation(
        Article(
            "STER", "15(3)", "review content: human participants", "审查内容：研究参与者", _GAZETTE_STER, HIGH
        )
    ),
    "ster.content.animals": Citation(
        Article(
            "STER", "15(4)", "review content: laboratory animals", "审查内容：实验动物", _GAZETTE_STER, HIGH
        )
    ),
    "ster.content.data-algorithms": Citation(
        Article(
            "STER",
            "15(5)",
            "review content: data and algorithms",
            "审查内容：数据和算法",
            _GAZETTE_STER,
            HIGH,
        )
    ),
    "ster.content.coi": Citation(
        Article(
            "STER",
            "15(6)",
            "review content: conflict-of-interest statement",
            "审查内容：利益冲突申明",
            _SUMMARY_STER,
            MEDIUM,
        )
    ),
    "ster.rereview": Citation(
        Article("STER", "25-31", "expert re-review", "专家复核", _SUMMARY_STER, MEDIUM)
    ),
    "ster.rereview-list.algorithms": Citation(
        Article(
            "STER",
            "",
            "re-review list annex, items 6 and 7 (opinion-shaping algorithms, autonomous decision systems)",
            "专家复核清单附件第6、7项（舆论动员类算法、自动化决策系统）",
            _GAZETTE_STER,
            HIGH,
        )
    ),
    "lsmr": Citation(
        Article(
            "LSMR",
            "",
            "human research in life science and medicine",
            "涉及人的生命科学和医学研究",
            "LSMR; secondary sources",
            MEDIUM,
        )
    ),
    "lsmr.consent": Citation(
        Article("LSMR", "", "informed consent", "知情同意", "LSMR; secondary sources", MEDIUM)
    ),
    "lsmr.consent-waiver": Citation(
        Article(
            "LSMR",
            "",
            "waiver of consent; exemption from review",
            "免除知情同意；免除审查",
            "LSMR; secondary sources",
            MEDIUM,
        )
    ),
    "lsmr.consent-protections": Citation(
        Article(
            "LSMR",
            "",
            "informed consent, vulnerable groups, privacy, compensation",
            "知情同意、弱势群体、隐私、补偿",
            "LSMR; secondary sources",
            MEDIUM,
        )
    ),
    "aiact": Citation(
        Article(
            "AIACT",
            "",
            "EU AI Act",
            "欧盟《人工智能法》",
            "Regulation (EU) 2024/1689; checklist authors",
            HIGH,
        )
    ),
    "aiact.risk-tiers": Citation(
        Article(
            "AIACT",
            "5, 6, 50, 51",
            "risk tiers",
            "风险等级",
            "Regulation (EU) 2024/1689; checklist authors",
            MEDIUM,
        )
    ),
    "aiact.risk-management": Citation(
        Article(
            "AIACT",
            "9",
            "risk management",
            "风险管理",
            "Regulation (EU) 2024/1689; checklist authors",
            MEDIUM,
        )
    ),
    "aiact.data-governance": Citation(
        Article(
            "AIACT",
            "10",
            "data governance",
            "数据治理",
            "Regulation (EU) 2024/1689; checklist authors",
            MEDIUM,
        )
    ),
    "aiact.documentation-logging": Citation(
        Article(
            "AIACT",
            "11, 12",
            "technical documentation and logging",
            "技术文档与日志",
            "Regulation (EU) 2024/1689; checklist authors",
            MEDIUM,
        )
    ),
    "aiact.human-oversight": Citation(
        Article(
            "AIACT",
            "14",
            "human oversight",
            "人工监督",
            "Regulation (EU) 2024/1689; checklist authors",
            MEDIUM,
        )
    ),
    "aiact.accuracy-robustness": Citation(
        Article(
            "AIACT",
            "15",
            "accuracy, robustness, cybersecurity",
            "准确性、稳健性与网络安全",
            "Regulation (EU) 2024/1689; checklist authors",
            MEDIUM,
        )
    ),
    "aiact.transparency": Citation(
        Article(
            "AIACT",
            "50",
            "transparency duties",
            "透明度义务",
            "Regulation (EU) 2024/1689; checklist authors",
            MEDIUM,
        )
    ),
    "aiact.post-market": Citation(
        Article(
            "AIACT",
            "72, 73",
            "post-market monitoring and incidents",
            "上市后监测与事件报告",
            "Regulation (EU) 2024/1689; checklist authors",
            MEDIUM,
        )
    ),
    "bj.ai-risk": Citation(
        Article(
            "BJ",
            "",
            "ch. 3 item 1, AI ethics risk assessment",
            "第三章第一项，人工智能伦理风险评估",
            "drafting notes (shared/seed)",
            MEDIUM,
        )
    ),
    # follow-up review (跟踪审查) and the researchers' duty to report serious adverse events, for
    # the monitoring checklists; same provisions and confidence as FOLLOW_UP / ADVERSE_EVENTS
    "ster.follow-up": Citation(
        Article(
            "STER",
            "19",
            "follow-up review",
            "跟踪审查",
            "MOST notice (<= 12 months, high); number from structure",
            MEDIUM,
        )
    ),
    "lsmr.adverse-events": Citation(
        Article("LSMR", "", "reporting serious adverse events", "严重不良事件报告", _SECONDARY_LSMR, LOW)
    ),
    "bj.monitoring": Citation(
        Article(
            "BJ",
            "",
            "ch. 5 item 2, continuous monitoring",
            "第五章第二项，持续监测",
            "drafting notes (shared/seed)",
            MEDIUM,
        )
    ),
    "dsl": Citation(
        Article(
            "DSL",
            "",
            "Data Security Law",
            "《数据安全法》",
            "Data Security Law 2021; checklist authors",
            HIGH,
        )
    ),
    "dsl.classification-protection": Citation(
        Article(
            "DSL",
            "21, 27",
            "data classification and protection duties",
            "数据分类分级与安全保护义务",
            "Data Security Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "dsl.protection": Citation(
        Article(
            "DSL",
            "27",
            "data security protection duties",
            "数据安全保护义务",
            "Data Security Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "dsl.risk-monitoring": Citation(
        Article(
            "DSL",
            "29",
            "risk monitoring and incidents",
            "风险监测与安全事件",
            "Data Security Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "dsl.cross-border": Citation(
        Article(
            "DSL",
            "31",
            "important data leaving the country",
            "重要数据出境",
            "Data Security Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "dsl.lawful-collection": Citation(
        Article(
            "DSL", "32", "lawful collection", "合法收集", "Data Security Law 2021; checklist authors", MEDIUM
        )
    ),
    "pipl": Citation(
        Article(
            "PIPL",
            "",
            "Personal Information Protection Law",
            "《个人信息保护法》",
            "Personal Information Protection Law 2021; checklist authors",
            HIGH,
        )
    ),
    "pipl.purpose-legal-basis": Citation(
        Article(
            "PIPL",
            "6, 13",
            "purpose limitation and legal bases",
            "目的限制与处理依据",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.purpose-legal-basis-security": Citation(
        Article(
            "PIPL",
            "6, 13, 51",
            "purpose, legal bases and security measures",
            "目的、处理依据与安全措施",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.purpose-consent": Citation(
        Article(
            "PIPL",
            "6, 14",
            "purpose limitation and informed consent",
            "目的限制与知情同意",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.sensitive-security": Citation(
        Article(
            "PIPL",
            "6, 28, 51",
            "sensitive personal information and security",
            "敏感个人信息与安全措施",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.individual-rights": Citation(
        Article(
            "PIPL",
            "15, 44-47",
            "withdrawal of consent and individuals' rights",
            "撤回同意与个人权利",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.retention-deletion": Citation(
        Article(
            "PIPL",
            "19, 47",
            "retention and deletion",
            "保存期限与删除",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.entrusted-shared": Citation(
        Article(
            "PIPL",
            "21, 23",
            "entrusted processing and providing to others",
            "委托处理与向他人提供",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.sensitive-minors": Citation(
        Article(
            "PIPL",
            "28, 29, 31",
            "sensitive information, separate consent, minors",
            "敏感个人信息、单独同意、未成年人",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.cross-border": Citation(
        Article(
            "PIPL",
            "38, 39",
            "providing information abroad",
            "个人信息出境",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.security": Citation(
        Article(
            "PIPL",
            "51",
            "security measures",
            "安全保护措施",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.security-anonymisation": Citation(
        Article(
            "PIPL",
            "51, 73",
            "security measures and anonymisation",
            "安全措施与匿名化",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
    "pipl.incidents": Citation(
        Article(
            "PIPL",
            "57",
            "incident notification",
            "安全事件通知",
            "Personal Information Protection Law 2021; checklist authors",
            MEDIUM,
        )
    ),
}


# The life of an approved activity (desktop.rules.lifecycle). What the regulations were not read
# to say is cited by topic; the numbers a committee sets for itself are cited as its charter.
# STER's simplified procedure covers minor changes to an approved plan and follow-up review
# without major change (domain digest; section 3 of ch. 3).
AMENDMENT = _ster(
    "22-24",
    "simplified procedure for minor amendments and plain follow-up",
    "简易程序：已批准方案的微小修改、无重大变化的跟踪审查",
    MEDIUM,
    _SUMMARY_STER,
)
# Suspend (暂停) and terminate (终止) are decision types for ongoing work (domain digest).
SUSPEND_TERMINATE = _ster(
    "", "suspending or terminating an approved activity", "暂停或终止已批准的活动", MEDIUM, "domain digest"
)
# LSMR asks researchers to report serious adverse events and deviations to the committee promptly
# (及时, secondary sources); how fast the committee reviews one is its own charter setting.
ADVERSE_EVENTS = cite(_lsmr("", "reporting serious adverse events", "严重不良事件报告", LOW), CHARTER)
DEVIATIONS = cite(_lsmr("", "reporting protocol deviations", "方案偏离报告", LOW), CHARTER)
# The 30-day decision limit, applied to linked submissions as to applications (our reading).
SUBMISSION_LIMIT = cite(TIME_LIMIT, CHARTER)
# The seed (BJ drafting notes) ch. 5 item 2: continuous monitoring and review of high-risk
# systems; the shorter interval itself is a charter choice. Ch. 3 item 3: public oversight.
MONITORING = cite(CHECKLIST["bj.monitoring"], CHARTER)
PUBLIC_OVERSIGHT = Citation(
    Article(
        "BJ",
        "",
        "ch. 3 item 3, public oversight of S&T activities",
        "第三章第三项，公众监督科技活动",
        "drafting notes (shared/seed)",
        MEDIUM,
    )
)


def text(citation: str, lang: str = "en") -> str:
    """A citation in ``lang``; a plain string (from a stored record) is looked up part by part."""
    if isinstance(citation, Citation):
        return citation.text(lang)
    known = {c: c for c in ALL.values()}
    for c in ALL.values():
        for p in c.parts:
            known.setdefault(p.text("en"), Citation(p))
    parts = [known.get(piece.strip()) for piece in str(citation).split(";")]
    if not citation or any(p is None for p in parts):
        return str(citation)
    return cite(*parts).text(lang)


ALL: dict[str, Citation] = {
    name: value for name, value in list(globals().items()) if isinstance(value, Citation) and name.isupper()
} | {f"CHECKLIST[{key}]": value for key, value in CHECKLIST.items()}


def checklist_citation(keys: str) -> Citation:
    """The citation a checklist names by keys ("ster.content.data-algorithms; aiact.human-oversight").

    Raises KeyError naming an unknown key."""
    return cite(*(CHECKLIST[key.strip()] for key in keys.split(";")))


def table() -> str:
    """Every provision with its source and confidence, as Markdown (``docs/regulations.md``)."""
    rows = [
        "| name | citation (en) | citation (zh) | article on record | confidence | source |",
        "|---|---|---|---|---|---|",
    ]
    seen: set[Article] = set()
    for name, citation in ALL.items():
        for p in citation.parts:
            if p in seen:
                continue
            seen.add(p)
            where = f"{p.regulation} {p.articles}".strip() if p.articles else f"{p.regulation} (none)"
            rows.append(
                f"| {name} | {p.text('en')} | {p.text('zh')} | {where} | {p.confidence} | {p.source} |"
            )
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())
