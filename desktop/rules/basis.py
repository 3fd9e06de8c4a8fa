"""The legal basis each rule rests on, as short citations shown next to every result.

One place for article numbers, so a correction is one edit. Confidence, as in
``shared/domain/rules.md``: high = the article number was read in the regulation's text;
medium = the rule is confirmed in the text or an official summary, the number follows from
the text's structure (sections of chapter 3: 9-13 application, 14-21 general procedure,
22-24 simplified, 25-31 expert re-review).
"""

from __future__ import annotations

COMPOSITION = "STER art. 7"  # high: art. 14 cites 第七条 for the member categories
MATERIALS = "STER art. 9"  # high
ACCEPTANCE = "STER art. 10"  # high: list everything missing at once (一次性完整告知)
GENERAL_PROCEDURE = "STER art. 11, 14"  # high: review by meeting in principle
QUORUM = "STER art. 7, 14"  # high: >= 5 attending, incl. the art. 7 categories; consultants do not vote
PRESIDING = "STER art. 14"  # high: chair or a vice-chair the chair designates
# Approval threshold, medium for the number: the official MOST summary of the final text puts
# "需经到会委员三分之二以上同意" in the general-procedure section, next to the decision types;
# that is art. 16 of the final text (art. 17 is the 30-day limit). The stored copies of the text
# show art. 14 and 15 verbatim but break off before art. 16, so re-check the number on the
# gov.cn text (gongbao 2023 issue 10826) when online.
APPROVAL = "STER art. 16"
VOTING = "STER art. 14, 16"
TIME_LIMIT = "STER art. 17"  # medium: decide within 30 days of acceptance, extendable
FOLLOW_UP = "STER art. 19"  # medium for the number; "generally <= 12 months" is high (MOST notice)
SIMPLIFIED = "STER art. 22-24"  # medium
EMERGENCY = "STER ch. 3, emergency procedure"  # 72 hours; article number not verified
REREVIEW = "STER art. 25-31"  # high per the domain digest
REREVIEW_LIST = "STER annex"  # high
CHARTER = "committee charter"  # the committee's own stricter settings
PROVINCIAL_ODD_SIZE = "committee charter (provincial rules, e.g. Sichuan implementing rules art. 7)"
