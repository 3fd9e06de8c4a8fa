"""Application materials (``basis.MATERIALS``) and the at-once list of what is missing
(``basis.ACCEPTANCE``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain import Domain
from desktop.errors import ValidationError
from desktop.rules import basis

_ANY_DOMAIN: frozenset[Domain] = frozenset()


@dataclass(frozen=True)
class Material:
    """One kind of application material with a stable id.

    ``domains`` empty means every domain. ``only_with_humans``: required only when the activity
    has human participants. ``with_humans``: also required whenever humans take part, whatever
    the domain.
    """

    id: str
    zh: str
    en: str
    domains: frozenset[Domain] = _ANY_DOMAIN
    only_with_humans: bool = False
    with_humans: bool = False
    basis: str = basis.MATERIALS

    def applies(self, domains: Iterable[Domain], involves_humans: bool) -> bool:
        if self.only_with_humans and not involves_humans:
            return False
        if not self.domains:
            return True
        return bool(self.domains & frozenset(domains)) or (self.with_humans and involves_humans)


_MATERIALS = (
    Material(
        "overview",
        "科技活动概况（名称、目的、意义、必要性、既往伦理审查情况）",
        "Overview of the activity (name, purpose, significance, need, earlier ethics reviews)",
    ),
    Material(
        "plan_and_risks",
        "实施方案及可能的伦理风险与防控措施",
        "Plan of the activity with its possible ethical risks and controls",
    ),
    Material("emergency_plan", "应急处理预案", "Emergency plan"),
    Material("publication_plan", "成果发布形式", "How the results will be published"),
    Material(
        "qualifications",
        "相关机构的合法资质及参加人员的研究经验",
        "Legal qualifications of the institutions and research experience of the staff",
    ),
    Material("training", "参加人员的科技伦理培训情况", "Ethics training of the staff"),
    Material("funding", "经费来源", "Source of funding"),
    Material("coi_statement", "利益冲突声明", "Conflict-of-interest statement"),
    Material("consent_form", "知情同意书", "Informed consent form", only_with_humans=True),
    Material(
        "sample_data_origin",
        "生物样本、数据信息、实验动物等的来源说明",
        "Origin of the biological samples, data and laboratory animals",
        domains=frozenset({Domain.LIFE_SCIENCE_MEDICINE, Domain.ANIMAL, Domain.DATA, Domain.AI}),
        with_humans=True,
    ),
    Material(
        "integrity_pledge",
        "遵守科技伦理和科研诚信要求的承诺书",
        "Pledge to follow S&T ethics and research integrity",
    ),
)


def required_materials() -> tuple[Material, ...]:
    """Every material ``basis.MATERIALS`` names, in the regulation's order."""
    return _MATERIALS


def missing_materials(
    provided: Iterable[str],
    domains: Iterable[Domain],
    involves_humans: bool,
) -> tuple[Material, ...]:
    """All applicable materials not yet provided, at once (``basis.ACCEPTANCE``).

    Ids in ``provided`` that are not art. 9 materials (a committee's extra documents) are ignored.
    """
    try:
        case_domains = frozenset(Domain(d) for d in domains)
    except ValueError as exc:
        raise ValidationError("Unknown domain: {detail}", detail=str(exc)) from exc
    if not isinstance(involves_humans, bool):
        raise ValidationError("involves_humans must be true or false.")
    have = set(provided)
    return tuple(m for m in _MATERIALS if m.applies(case_domains, involves_humans) and m.id not in have)
