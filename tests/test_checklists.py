"""The shipped review checklists, their validation on load, answers and the panel summary."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

from desktop import checklists as cl
from desktop.checklists import (
    AI_RISK_TIER_ITEM,
    ItemKind,
    Response,
    checklists_for,
    load_all,
    load_checklist,
    summarise,
)
from desktop.domain import AIRiskTier, ChecklistAnswer, Domain
from desktop.errors import ChecklistError, NotFound, ValidationError
from desktop.resources import RESOURCES_ENV, resource_path, resources_root

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "resources" / "checklists"

# Ids are stored with answers and appear in signed minutes: they may be added, never removed.
PINNED_IDS = frozenset(
    {
        "ai.risk.assessment",
        "ai.risk.tier",
        "ai.risk.rereview-list",
        "ai.fairness.bias-assessed",
        "ai.fairness.affected-groups",
        "ai.transparency.explainability",
        "ai.transparency.disclosure",
        "ai.transparency.documentation",
        "ai.oversight.human-control",
        "ai.oversight.accountability",
        "ai.data.governance",
        "ai.data.personal-info",
        "ai.robustness.accuracy",
        "ai.robustness.security",
        "ai.monitoring.post-deployment",
        "animal.three-r.replacement",
        "animal.three-r.reduction",
        "animal.three-r.refinement",
        "animal.source.lawful",
        "animal.source.species",
        "animal.welfare.housing",
        "animal.welfare.humane-endpoints",
        "animal.welfare.euthanasia-disposal",
        "animal.staff.training",
        "animal.staff.safety",
        "data.collection.lawful-basis",
        "data.collection.sensitive",
        "data.collection.third-party-sources",
        "data.storage.security",
        "data.storage.retention",
        "data.processing.purpose-limitation",
        "data.processing.de-identification",
        "data.processing.sharing",
        "data.governance.responsibility",
        "data.governance.incident-response",
        "data.governance.individual-rights",
        "data.cross-border.transfer",
        "general.principles.well-being",
        "general.principles.rights",
        "general.principles.fairness",
        "general.principles.transparency",
        "general.qualifications.staff",
        "general.qualifications.facilities",
        "general.value-risk.value",
        "general.value-risk.risks-identified",
        "general.value-risk.risk-benefit",
        "general.value-risk.risk-control",
        "general.value-risk.emergency-plan",
        "general.conflicts.declared",
        "general.conflicts.managed",
        "life_science_medicine.recruitment.fair-selection",
        "life_science_medicine.recruitment.materials",
        "life_science_medicine.consent.purpose-procedures",
        "life_science_medicine.consent.risks-benefits",
        "life_science_medicine.consent.privacy-compensation",
        "life_science_medicine.consent.voluntary-withdrawal",
        "life_science_medicine.consent.contact",
        "life_science_medicine.consent.process",
        "life_science_medicine.consent.waiver",
        "life_science_medicine.vulnerable.justified",
        "life_science_medicine.vulnerable.safeguards",
        "life_science_medicine.samples-data.samples-lawful",
        "life_science_medicine.samples-data.secondary-use",
        "life_science_medicine.samples-data.personal-info",
        "life_science_medicine.compensation.reasonable",
        "life_science_medicine.compensation.injury",
        "monitoring_general.risk.reassessed",
        "monitoring_general.risk.early-warning",
        "monitoring_ai.use.performance",
        "monitoring_ai.use.fairness",
        "monitoring_ai.use.incidents",
        "monitoring_ai.use.oversight",
        "monitoring_life_science_medicine.safety.adverse-events",
        "monitoring_life_science_medicine.safety.plan",
        "monitoring_life_science_medicine.safety.risk-benefit",
        "monitoring_life_science_medicine.safety.reconsent",
    }
)


@pytest.fixture
def shipped():
    return load_all(SHIPPED_DIR)


# ---- the shipped files ------------------------------------------------------------------------


def test_every_shipped_checklist_loads(shipped):
    review = {k: c for k, c in shipped.items() if c.when is None}
    assert set(review) == {d.value for d in Domain}
    for checklist in shipped.values():
        assert checklist.source is not None and checklist.source.name == f"{checklist.id}.json"
    for checklist in review.values():
        assert 8 <= len(list(checklist.items())) <= 16, checklist.id


def test_monitoring_checklists_cover_ai_and_life_science_and_cite_the_monitoring_item(shipped):
    monitoring = {k: c for k, c in shipped.items() if c.when == "monitoring"}
    assert set(monitoring) == {"monitoring_general", "monitoring_ai", "monitoring_life_science_medicine"}
    for checklist in monitoring.values():
        assert [d.value for d in checklist.applies_to] == [checklist.id.removeprefix("monitoring_")]
        for item in checklist.items():  # every item rests on the seed's ch. 5 item 2
            assert "continuous monitoring" in item.basis, item.id
    ai = {i.id for i in monitoring["monitoring_ai"].items()}
    assert {
        "monitoring_ai.use.performance",
        "monitoring_ai.use.fairness",
        "monitoring_ai.use.incidents",
    } <= ai


def test_monitoring_checklists_come_only_with_monitoring(shipped):
    assert [c.id for c in checklists_for([Domain.AI], shipped)] == ["general", "ai"]
    assert [c.id for c in checklists_for([Domain.AI], shipped, monitoring=True)] == [
        "general",
        "ai",
        "monitoring_general",
        "monitoring_ai",
    ]
    assert [c.id for c in checklists_for(["animal"], shipped, monitoring=True)] == [
        "general",
        "animal",
        "monitoring_general",
    ]


def test_a_checklist_with_an_unknown_when_is_refused(tmp_path):
    data = json.loads((SHIPPED_DIR / "monitoring_ai.json").read_text(encoding="utf-8"))
    data["when"] = "sometimes"
    (tmp_path / "monitoring_ai.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ChecklistError, match="when must be monitoring"):
        load_checklist(tmp_path / "monitoring_ai.json")


def test_default_folder_is_the_shipped_one(monkeypatch):
    monkeypatch.delenv(RESOURCES_ENV, raising=False)
    assert resource_path("checklists") == SHIPPED_DIR
    assert set(load_all()) == set(load_all(SHIPPED_DIR))


def test_shipped_ids_are_unique_across_checklists(shipped):
    ids = [item.id for checklist in shipped.values() for item in checklist.items()]
    ids += [section.id for checklist in shipped.values() for section in checklist.sections]
    assert len(ids) == len(set(ids))


def test_no_pinned_id_has_disappeared(shipped):
    current = {item.id for checklist in shipped.values() for item in checklist.items()}
    assert PINNED_IDS - current == set(), "an item id was removed or renamed; ids are forever"


def test_items_are_questions_in_both_languages(shipped):
    for checklist in shipped.values():
        for item in checklist.items():
            assert item.text.zh.endswith("？"), item.id
            assert item.text.en.endswith("?"), item.id
            assert item.text.in_language("zh_CN") == item.text.zh
            assert item.text.in_language("en") == item.text.en


def test_ai_risk_tier_choices_are_the_ai_risk_tiers(shipped):
    tier = shipped["ai"].item(AI_RISK_TIER_ITEM)
    assert tier.kind is ItemKind.CHOICE
    assert set(tier.choice_values) == {t.value for t in AIRiskTier}
    assert all(choice.label.zh and choice.label.en for choice in tier.choices)


def test_only_the_tier_question_is_a_choice(shipped):
    choice_items = [i.id for c in shipped.values() for i in c.items() if i.kind is ItemKind.CHOICE]
    assert choice_items == [AI_RISK_TIER_ITEM]


def test_unknown_item_lookup_is_not_found(shipped):
    with pytest.raises(NotFound):
        shipped["ai"].item("ai.no-such-item")


# ---- resources locator ------------------------------------------------------------------------


def test_resources_env_var_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))
    assert resources_root() == tmp_path.resolve()
    assert resource_path("checklists", "ai.json") == tmp_path.resolve() / "checklists" / "ai.json"


def test_resources_found_in_pyinstaller_bundle(monkeypatch, tmp_path):
    monkeypatch.delenv(RESOURCES_ENV, raising=False)
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_root() == tmp_path / "resources"


# ---- broken files -----------------------------------------------------------------------------


def _ai_data() -> dict:
    return json.loads((SHIPPED_DIR / "ai.json").read_text(encoding="utf-8"))


def _item(data: dict, item_id: str) -> dict:
    return next(i for s in data["sections"] for i in s["items"] if i["id"] == item_id)


def _write(tmp_path: Path, data: dict, name: str = "ai.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _missing_zh(data):
    _item(data, "ai.fairness.bias-assessed")["text"]["zh"] = "  "


def _duplicate_id(data):
    _item(data, "ai.transparency.disclosure")["id"] = "ai.fairness.bias-assessed"


def _unknown_kind(data):
    _item(data, "ai.fairness.bias-assessed")["kind"] = "scale"


def _choice_without_choices(data):
    del _item(data, "ai.risk.tier")["choices"]


def _choices_on_yes_no(data):
    _item(data, "ai.fairness.bias-assessed")["choices"] = _item(data, "ai.risk.tier")["choices"]


def _foreign_prefix(data):
    _item(data, "ai.fairness.bias-assessed")["id"] = "data.fairness.bias-assessed"


def _unknown_key(data):
    _item(data, "ai.fairness.bias-assessed")["guidence"] = {"zh": "x", "en": "x"}


def _missing_basis(data):
    del _item(data, "ai.fairness.bias-assessed")["basis"]


def _single_choice(data):
    tier = _item(data, "ai.risk.tier")
    tier["choices"] = tier["choices"][:1]


@pytest.mark.parametrize(
    ("mutate", "item", "words"),
    [
        (_missing_zh, "ai.fairness.bias-assessed", "zh"),
        (_duplicate_id, "ai.fairness.bias-assessed", "twice"),
        (_unknown_kind, "ai.fairness.bias-assessed", "scale"),
        (_choice_without_choices, "ai.risk.tier", "choices"),
        (_choices_on_yes_no, "ai.fairness.bias-assessed", "choices"),
        (_foreign_prefix, "data.fairness.bias-assessed", "start with ai."),
        (_unknown_key, "ai.fairness.bias-assessed", "guidence"),
        (_missing_basis, "ai.fairness.bias-assessed", "basis"),
        (_single_choice, "ai.risk.tier", "two choices"),
    ],
)
def test_broken_item_names_file_and_item(tmp_path, mutate, item, words):
    data = _ai_data()
    mutate(data)
    with pytest.raises(ChecklistError) as caught:
        load_checklist(_write(tmp_path, data))
    message = str(caught.value)
    assert "ai.json" in message and item in message and words in message
    assert caught.value.params["file"] == "ai.json" and caught.value.params["item"] == item


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "1.0.0.0", "01.0.0", "", 1])
def test_bad_version_is_refused(tmp_path, version):
    data = _ai_data()
    data["version"] = version
    with pytest.raises(ChecklistError, match=r"ai\.json, ai: the version"):
        load_checklist(_write(tmp_path, data))


def test_prerelease_version_is_accepted(tmp_path):
    data = _ai_data()
    data["version"] = "1.1.0-rc.1"
    assert load_checklist(_write(tmp_path, data)).version == "1.1.0-rc.1"


def test_malformed_json_gives_line_and_column(tmp_path):
    path = tmp_path / "ai.json"
    path.write_text('{\n  "id": "ai",\n  "version": "1.0.0"\n  "title": {}\n}\n', encoding="utf-8")
    with pytest.raises(ChecklistError) as caught:
        load_checklist(path)
    assert "ai.json" in str(caught.value)
    assert caught.value.params["line"] == 4 and caught.value.params["column"] == 3


def test_repeated_json_key_is_refused(tmp_path):
    path = tmp_path / "ai.json"
    path.write_text('{"id": "ai", "id": "ai"}', encoding="utf-8")
    with pytest.raises(ChecklistError, match="ai.json.*key id twice"):
        load_checklist(path)


def test_checklist_id_must_match_file_name(tmp_path):
    with pytest.raises(ChecklistError, match="file name other"):
        load_checklist(_write(tmp_path, _ai_data(), name="other.json"))


def test_unknown_domain_in_applies_to_is_refused(tmp_path):
    data = _ai_data()
    data["applies_to"] = ["robots"]
    with pytest.raises(ChecklistError, match="robots"):
        load_checklist(_write(tmp_path, data))


def test_utf8_bom_is_tolerated(tmp_path):
    path = tmp_path / "ai.json"
    path.write_bytes(b"\xef\xbb\xbf" + (SHIPPED_DIR / "ai.json").read_bytes())
    assert load_checklist(path).id == "ai"


def test_missing_file_and_folder_are_checklist_errors(tmp_path):
    with pytest.raises(ChecklistError, match="nope.json"):
        load_checklist(tmp_path / "nope.json")
    with pytest.raises(ChecklistError, match="does not exist"):
        load_all(tmp_path / "missing")
    with pytest.raises(ChecklistError, match="no checklists"):
        load_all(tmp_path)


def test_load_all_stops_at_the_first_broken_file(tmp_path):
    _write(tmp_path, _ai_data())
    general = json.loads((SHIPPED_DIR / "general.json").read_text(encoding="utf-8"))
    general["sections"][0]["items"][0]["text"]["en"] = ""
    _write(tmp_path, general, name="general.json")
    with pytest.raises(ChecklistError, match="general.json, general.principles.well-being"):
        load_all(tmp_path)


# ---- choosing checklists for a case -----------------------------------------------------------


def test_general_checklist_always_applies(shipped):
    assert [c.id for c in checklists_for([], shipped)] == ["general"]
    assert [c.id for c in checklists_for([Domain.GENERAL], shipped)] == ["general"]


def test_each_domain_adds_its_checklist_in_a_stable_order(shipped):
    chosen = checklists_for([Domain.DATA, Domain.AI, Domain.AI], shipped)
    assert [c.id for c in chosen] == ["general", "ai", "data"]
    everything = checklists_for(list(Domain), shipped)
    assert [c.id for c in everything] == ["general", "life_science_medicine", "ai", "animal", "data"]


def test_domains_may_be_given_as_stored_strings(shipped):
    assert [c.id for c in checklists_for(["animal"], shipped)] == ["general", "animal"]


def test_unknown_domain_is_a_validation_error(shipped):
    with pytest.raises(ValidationError, match="robots"):
        checklists_for(["robots"], shipped)


def test_domain_without_a_checklist_is_a_checklist_error(shipped):
    partial = {k: v for k, v in shipped.items() if k != "animal"}
    with pytest.raises(ChecklistError, match="animal"):
        checklists_for([Domain.ANIMAL], partial)


def test_checklists_for_defaults_to_shipped_files(monkeypatch):
    monkeypatch.delenv(RESOURCES_ENV, raising=False)
    assert [c.id for c in checklists_for([Domain.AI])] == ["general", "ai"]


# ---- answers ----------------------------------------------------------------------------------


def test_yes_no_item_takes_answers_without_choice(shipped):
    item = shipped["general"].item("general.conflicts.declared")
    assert item.validate_answer("yes") == (ChecklistAnswer.YES, None)
    assert item.validate_answer(ChecklistAnswer.NOT_APPLICABLE) == (ChecklistAnswer.NOT_APPLICABLE, None)
    with pytest.raises(ValidationError, match="general.conflicts.declared"):
        item.validate_answer("maybe")
    with pytest.raises(ValidationError):
        item.validate_answer("yes", choice="high")


def test_tier_item_takes_a_tier_or_not_applicable(shipped):
    item = shipped["ai"].item(AI_RISK_TIER_ITEM)
    assert item.validate_answer("yes", AIRiskTier.HIGH) == (ChecklistAnswer.YES, "high")
    assert item.validate_answer("na") == (ChecklistAnswer.NOT_APPLICABLE, None)
    with pytest.raises(ValidationError, match="choose one of"):
        item.validate_answer("yes")
    with pytest.raises(ValidationError, match="choose one of"):
        item.validate_answer("yes", "catastrophic")
    with pytest.raises(ValidationError):
        item.validate_answer("no")
    with pytest.raises(ValidationError):
        item.validate_answer("na", "high")


# ---- the chair's panel summary ----------------------------------------------------------------


def test_summarise_counts_answers_and_collects_notes():
    responses = [
        ("m1", "general.conflicts.declared", "yes", ""),
        ("m2", "general.conflicts.declared", ChecklistAnswer.NO, "Funding from the sponsor not declared."),
        ("m3", "general.conflicts.declared", "yes", None),
        Response("m4", "general.conflicts.declared", "na", "  "),
        ("m1", "general.value-risk.value", "no", " Weak rationale. "),
    ]
    summary = summarise(responses)
    assert summary["general.conflicts.declared"] == {
        "yes": 2,
        "no": 1,
        "na": 1,
        "notes": [("m2", "Funding from the sponsor not declared.")],
        "choices": {},
    }
    assert summary["general.value-risk.value"]["no"] == 1
    assert summary["general.value-risk.value"]["notes"] == [("m1", "Weak rationale.")]


def test_a_members_later_answer_replaces_the_earlier():
    summary = summarise(
        [
            ("m1", "ai.risk.assessment", "no", "missing"),
            ("m2", "ai.risk.assessment", "yes", ""),
            ("m1", "ai.risk.assessment", "yes", "now attached"),
        ]
    )
    entry = summary["ai.risk.assessment"]
    assert (entry["yes"], entry["no"], entry["na"]) == (2, 0, 0)
    assert entry["notes"] == [("m1", "now attached")]


def test_summarise_counts_tier_choices():
    summary = summarise(
        [
            ("m1", AI_RISK_TIER_ITEM, "yes", "", "high"),
            ("m2", AI_RISK_TIER_ITEM, "yes", "", "high"),
            ("m3", AI_RISK_TIER_ITEM, "yes", "", "limited"),
        ]
    )
    assert summary[AI_RISK_TIER_ITEM]["choices"] == {"high": 2, "limited": 1}
    assert summary[AI_RISK_TIER_ITEM]["yes"] == 3


def test_summarise_accepts_objects_with_response_attributes():
    class Row:
        member_id = 7
        item_id = "animal.source.lawful"
        answer = "yes"
        note = "licence seen"

    assert summarise([Row()])["animal.source.lawful"]["notes"] == [(7, "licence seen")]


def test_summarise_lists_unanswered_items_of_given_checklists(shipped):
    general = shipped["general"]
    summary = summarise([("m1", "ai.risk.assessment", "yes", "")], [general])
    assert list(summary)[: len(list(general.items()))] == [i.id for i in general.items()]
    assert summary["general.principles.rights"] == {"yes": 0, "no": 0, "na": 0, "notes": [], "choices": {}}
    assert summary["ai.risk.assessment"]["yes"] == 1


def test_summarise_refuses_a_bad_answer():
    with pytest.raises(ValidationError, match="ai.risk.assessment"):
        summarise([("m1", "ai.risk.assessment", "perhaps", "")])
    with pytest.raises(ValidationError):
        summarise([("m1", "ai.risk.assessment")])


def test_module_is_free_of_qt_and_databases():
    source = Path(cl.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source and "sqlalchemy" not in source


def test_loaded_checklists_are_immutable(shipped):
    checklist = copy.copy(shipped["ai"])
    with pytest.raises(AttributeError):
        checklist.version = "9.9.9"  # type: ignore[misc]
