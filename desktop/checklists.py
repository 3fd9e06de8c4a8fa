"""Structured review checklists (``rules.basis.REVIEW_CONTENT``): load, validate, answer, summarise.

Pure data, no Qt and no database. The checklists live in ``resources/checklists/*.json``
(format in that folder's README.md) and are validated on load, so a broken file is refused
with a message naming the file and the item instead of being half shown to reviewers.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypedDict

from desktop.domain import ChecklistAnswer, Domain
from desktop.errors import ChecklistError, NotFound, ValidationError
from desktop.resources import resource_path
from desktop.rules import basis as rule_basis

CHECKLIST_DIR = "checklists"
# The AI checklist's tier question; its choices are exactly the AIRiskTier values.
AI_RISK_TIER_ITEM = "ai.risk.tier"

_ID_RE = re.compile(r"[a-z][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*")
_CHOICE_RE = re.compile(r"[a-z][a-z0-9_]*")
# semver.org 2.0.0, with ASCII digits only
_NUM = r"(?:0|[1-9][0-9]*)"
_PRE = r"(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)"
_SEMVER_RE = re.compile(
    rf"{_NUM}\.{_NUM}\.{_NUM}(?:-{_PRE}(?:\.{_PRE})*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?"
)
_LANGUAGES = ("zh", "en")
MONITORING = "monitoring"
_WHEN = (MONITORING,)


class ItemKind(StrEnum):
    YES_NO_NA = "yes_no_na"  # answered yes / no / not applicable; "yes" is the satisfactory answer
    CHOICE = "choice"  # answered by one of the item's choices, or not applicable


@dataclass(frozen=True)
class LocalText:
    """A string in both of Quorum's languages."""

    zh: str
    en: str

    def in_language(self, language: str) -> str:
        """The Chinese text for any ``zh*`` locale (``zh``, ``zh_CN``), the English otherwise."""
        return self.zh if language.lower().startswith("zh") else self.en


@dataclass(frozen=True)
class Choice:
    value: str
    label: LocalText


@dataclass(frozen=True)
class Item:
    id: str
    text: LocalText
    basis: str
    kind: ItemKind = ItemKind.YES_NO_NA
    guidance: LocalText | None = None
    choices: tuple[Choice, ...] = ()

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(choice.value for choice in self.choices)

    def validate_answer(
        self, answer: ChecklistAnswer | str, choice: str | None = None
    ) -> tuple[ChecklistAnswer, str | None]:
        """Check one reviewer's answer to this item and return it normalised.

        A ``yes_no_na`` item takes yes, no or na and no choice. A ``choice`` item takes yes
        with one of its choice values, or na without a choice. Raises ValidationError.
        """
        try:
            parsed = ChecklistAnswer(answer)
        except ValueError:
            raise ValidationError(
                "Checklist item {item}: {answer} is not an answer (yes, no or na).",
                item=self.id,
                answer=answer,
            ) from None
        if self.kind is ItemKind.YES_NO_NA:
            if choice is not None:
                raise ValidationError(
                    "Checklist item {item} is answered yes, no or na, without a choice.", item=self.id
                )
            return parsed, None
        if parsed is ChecklistAnswer.NOT_APPLICABLE:
            if choice is not None:
                raise ValidationError(
                    "Checklist item {item}: a not-applicable answer takes no choice.", item=self.id
                )
            return parsed, None
        if parsed is ChecklistAnswer.NO:
            raise ValidationError(
                "Checklist item {item} is answered by a choice or as not applicable.", item=self.id
            )
        if choice not in self.choice_values:
            raise ValidationError(
                "Checklist item {item}: choose one of {choices}.",
                item=self.id,
                choices=", ".join(self.choice_values),
            )
        return parsed, choice


@dataclass(frozen=True)
class Section:
    id: str
    title: LocalText
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Checklist:
    id: str
    version: str
    title: LocalText
    applies_to: tuple[Domain, ...]
    basis: str
    sections: tuple[Section, ...]
    source: Path | None = field(default=None, compare=False)
    # "monitoring": only for the follow-up review of a monitored activity (rules.lifecycle.monitored)
    when: str | None = None

    def items(self) -> Iterator[Item]:
        """Every item, in the order reviewers see them."""
        for section in self.sections:
            yield from section.items

    def item(self, item_id: str) -> Item:
        for candidate in self.items():
            if candidate.id == item_id:
                return candidate
        raise NotFound(what="Checklist item", key=item_id)


# ---- loading and validation -------------------------------------------------------------------


@dataclass(frozen=True)
class _Where:
    """The file and the item (its id, or its position while the id is unknown) an error names."""

    file: str
    item: str

    def at(self, item: str) -> _Where:
        return _Where(self.file, item)

    def error(self, problem: str, **params: object) -> ChecklistError:
        return ChecklistError(
            "Checklist {file}, {item}: " + problem, file=self.file, item=self.item, **params
        )


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json would keep the last of two equal keys silently; a typo must not hide an item's text
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _object(value: Any, where: _Where, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
    if not isinstance(value, dict):
        raise where.error("expected a JSON object.")
    for key in required:
        if key not in value:
            raise where.error("the required key {key} is missing.", key=key)
    for key in value:
        if key not in required and key not in optional:
            raise where.error("unknown key {key}.", key=key)
    return value


def _string(value: Any, where: _Where, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise where.error("{key} must be a non-empty string.", key=key)
    return value.strip()


def _citation(value: Any, where: _Where) -> str:
    """``basis`` names citation keys of ``desktop.rules.basis.CHECKLIST``; articles live there."""
    keys = _string(value, where, "basis")
    try:
        return rule_basis.checklist_citation(keys)
    except KeyError as exc:
        raise where.error("unknown basis key {key}; see desktop/rules/basis.py.", key=exc.args[0]) from None


def _text(value: Any, where: _Where, key: str) -> LocalText:
    if not isinstance(value, dict):
        raise where.error("{key} must be an object with zh and en texts.", key=key)
    for language in _LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            raise where.error("the {language} {key} is missing or empty.", language=language, key=key)
    extra = sorted(set(value) - set(_LANGUAGES))
    if extra:
        raise where.error("{key} has an unknown language {language}.", key=key, language=extra[0])
    return LocalText(zh=value["zh"].strip(), en=value["en"].strip())


def _identifier(value: Any, where: _Where, prefix: str = "") -> str:
    if not isinstance(value, str) or not _ID_RE.fullmatch(value):
        raise where.error("the id must be lowercase and dotted (a-z, 0-9, -, _), not {value}.", value=value)
    if prefix and not value.startswith(prefix):
        raise where.at(value).error("the id must start with {prefix}.", prefix=prefix)
    return value


def _list(value: Any, where: _Where, key: str) -> list:
    if not isinstance(value, list) or not value:
        raise where.error("{key} must be a non-empty list.", key=key)
    return value


def _choices(value: Any, where: _Where) -> tuple[Choice, ...]:
    entries = _list(value, where, "choices")
    if len(entries) < 2:
        raise where.error("a choice item needs at least two choices.")
    choices: list[Choice] = []
    for raw in entries:
        entry = _object(raw, where, ("value", "label"))
        choice_value = entry["value"]
        if not isinstance(choice_value, str) or not _CHOICE_RE.fullmatch(choice_value):
            raise where.error("the choice value {value} must be lowercase (a-z, 0-9, _).", value=choice_value)
        if choice_value in (c.value for c in choices):
            raise where.error("the choice value {value} appears twice.", value=choice_value)
        choices.append(Choice(choice_value, _text(entry["label"], where, "choice label")))
    return tuple(choices)


def _item(raw: Any, where: _Where, checklist_id: str) -> Item:
    if not isinstance(raw, dict):
        raise where.error("expected a JSON object.")
    if "id" not in raw:
        raise where.error("the required key id is missing.")
    item_id = _identifier(raw["id"], where, checklist_id + ".")
    where = where.at(item_id)
    _object(raw, where, ("id", "text", "basis", "kind"), ("guidance", "choices"))
    text = _text(raw["text"], where, "text")
    basis = _citation(raw["basis"], where)
    guidance = _text(raw["guidance"], where, "guidance") if "guidance" in raw else None
    try:
        kind = ItemKind(raw["kind"])
    except (ValueError, TypeError):
        raise where.error(
            "unknown kind {kind}; expected {kinds}.", kind=raw["kind"], kinds=" or ".join(ItemKind)
        ) from None
    if kind is ItemKind.CHOICE and "choices" not in raw:
        raise where.error("an item of kind choice needs a choices list.")
    if kind is not ItemKind.CHOICE and "choices" in raw:
        raise where.error("only an item of kind choice may have choices.")
    choices = _choices(raw["choices"], where) if kind is ItemKind.CHOICE else ()
    return Item(item_id, text, basis, kind, guidance, choices)


def _section(raw: Any, where: _Where, checklist_id: str, seen: dict[str, str]) -> Section:
    if not isinstance(raw, dict) or "id" not in raw:
        raise where.error("a section must be a JSON object with an id.")
    section_id = _identifier(raw["id"], where, checklist_id + ".")
    where = where.at(section_id)
    _object(raw, where, ("id", "title", "items"))
    _claim(section_id, where, seen)
    items = []
    for index, raw_item in enumerate(_list(raw["items"], where, "items")):
        item = _item(raw_item, where.at(f"{section_id}.items[{index}]"), checklist_id)
        _claim(item.id, where.at(item.id), seen)
        items.append(item)
    return Section(section_id, _text(raw["title"], where, "title"), tuple(items))


def _claim(identifier: str, where: _Where, seen: dict[str, str]) -> None:
    if identifier in seen:
        raise where.error("the id is used twice in the file.")
    seen[identifier] = where.item


def _parse(data: Any, where: _Where, stem: str, source: Path) -> Checklist:
    if not isinstance(data, dict) or "id" not in data:
        raise where.error("the file must hold a JSON object with an id.")
    checklist_id = _identifier(data["id"], where)
    where = where.at(checklist_id)
    if checklist_id != stem:
        raise where.error("the id must match the file name {stem}.", stem=stem)
    _object(data, where, ("id", "version", "title", "applies_to", "basis", "sections"), ("when",))
    when = data.get("when")
    if when is not None and when not in _WHEN:
        raise where.error("when must be {expected}, not {value}.", expected=" or ".join(_WHEN), value=when)
    version = data["version"]
    if not isinstance(version, str) or not _SEMVER_RE.fullmatch(version):
        raise where.error("the version {version} is not semantic (MAJOR.MINOR.PATCH).", version=version)
    domains: list[Domain] = []
    for value in _list(data["applies_to"], where, "applies_to"):
        try:
            domain = Domain(value)
        except (ValueError, TypeError):
            raise where.error("applies_to names an unknown domain {domain}.", domain=value) from None
        if domain in domains:
            raise where.error("applies_to names {domain} twice.", domain=domain)
        domains.append(domain)
    seen = {checklist_id: checklist_id}
    sections = tuple(
        _section(raw, where.at(f"sections[{index}]"), checklist_id, seen)
        for index, raw in enumerate(_list(data["sections"], where, "sections"))
    )
    return Checklist(
        id=checklist_id,
        version=version,
        title=_text(data["title"], where, "title"),
        applies_to=tuple(domains),
        basis=_citation(data["basis"], where),
        sections=sections,
        source=source,
        when=when,
    )


def load_checklist(path: str | os.PathLike[str]) -> Checklist:
    """Read and validate one checklist file; any defect raises ChecklistError naming file and item."""
    path = Path(path)
    where = _Where(path.name, "file")
    try:
        text = path.read_bytes().decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except OSError as exc:
        raise where.error("cannot be read: {detail}.", detail=exc.strerror or exc) from exc
    except UnicodeDecodeError as exc:
        raise where.error("is not UTF-8 text (byte {offset}).", offset=exc.start) from exc
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise ChecklistError(
            "Checklist {file}: malformed JSON at line {line}, column {column}: {detail}.",
            file=path.name,
            line=exc.lineno,
            column=exc.colno,
            detail=exc.msg,
        ) from exc
    except _DuplicateKey as exc:
        raise where.error("a JSON object has the key {key} twice.", key=exc.key) from exc
    return _parse(data, where, path.stem, path)


def load_all(directory: str | os.PathLike[str] | None = None) -> dict[str, Checklist]:
    """Every ``*.json`` checklist in ``directory`` (default: the shipped ones), keyed by id."""
    folder = Path(directory) if directory is not None else resource_path(CHECKLIST_DIR)
    if not folder.is_dir():
        raise ChecklistError("Checklist folder {file} does not exist.", file=str(folder))
    files = sorted(folder.glob("*.json"))
    if not files:
        raise ChecklistError("Checklist folder {file} holds no checklists.", file=str(folder))
    # ids equal file stems and item ids carry the checklist id, so ids are unique across files
    return {checklist.id: checklist for checklist in map(load_checklist, files)}


def checklists_for(
    domains: Iterable[Domain | str],
    checklists: Mapping[str, Checklist] | None = None,
    *,
    monitoring: bool = False,
) -> list[Checklist]:
    """The checklists a case needs: the general one always, then those for each of its domains.

    ``checklists`` defaults to ``load_all()``. Order is stable: general first, then by the
    order of the Domain enum. A domain that no checklist covers raises ChecklistError.
    ``monitoring``: the follow-up review of a monitored activity, which also carries the
    continuous-monitoring checklists (``"when": "monitoring"``) of its domains, after the others.
    """
    available = load_all() if checklists is None else checklists
    wanted = {Domain.GENERAL}
    for value in domains:
        try:
            wanted.add(Domain(value))
        except ValueError:
            raise ValidationError("Unknown review domain {domain}.", domain=value) from None
    chosen: dict[str, Checklist] = {}
    for domain in (d for d in Domain if d in wanted):
        matches = sorted(
            (c for c in available.values() if domain in c.applies_to and c.when is None), key=lambda c: c.id
        )
        if not matches:
            raise ChecklistError("No checklist covers the review domain {domain}.", domain=domain)
        for checklist in matches:
            chosen.setdefault(checklist.id, checklist)
    if monitoring:
        for domain in (d for d in Domain if d in wanted):
            extra = (c for c in available.values() if domain in c.applies_to and c.when == MONITORING)
            for checklist in sorted(extra, key=lambda c: c.id):
                chosen.setdefault(checklist.id, checklist)
    return list(chosen.values())


# ---- the chair's panel summary ----------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    """One member's answer to one item; ``summarise`` also takes plain 4- or 5-tuples."""

    member_id: Hashable
    item_id: str
    answer: ChecklistAnswer | str
    note: str | None = None
    choice: str | None = None


class ItemSummary(TypedDict):
    yes: int
    no: int
    na: int
    notes: list[tuple[Hashable, str]]  # (member_id, note), in answer order
    choices: dict[str, int]  # choice value -> count, for choice items


def _unpack(response: Any) -> Response:
    if isinstance(response, Response):
        return response
    if isinstance(response, tuple | list):
        if len(response) not in (4, 5):
            raise ValidationError("A checklist response is (member, item, answer, note[, choice]).")
        return Response(*response)
    return Response(
        response.member_id,
        response.item_id,
        response.answer,
        response.note,
        getattr(response, "choice", None),
    )


def summarise(
    responses: Iterable[Any], checklists: Iterable[Checklist] | None = None
) -> dict[str, ItemSummary]:
    """Count the panel's answers per item for the chair.

    Responses are ``Response`` objects, objects with the same attributes, or tuples
    ``(member_id, item_id, answer, note[, choice])``. A member's later response to an item
    replaces the earlier one. Given ``checklists``, every one of their items appears, in order,
    even unanswered; items answered outside them follow.
    """
    latest: dict[tuple[Hashable, str], tuple[ChecklistAnswer, str, str | None]] = {}
    for raw in responses:
        response = _unpack(raw)
        try:
            answer = ChecklistAnswer(response.answer)
        except ValueError:
            raise ValidationError(
                "Checklist item {item}: {answer} is not an answer (yes, no or na).",
                item=response.item_id,
                answer=response.answer,
            ) from None
        key = (response.member_id, response.item_id)
        latest.pop(key, None)  # re-insert so a changed answer keeps answer order for its note
        latest[key] = (answer, (response.note or "").strip(), response.choice)

    summary: dict[str, ItemSummary] = {}
    for checklist in checklists or ():
        for item in checklist.items():
            summary[item.id] = _empty_summary()
    for (member_id, item_id), (answer, note, choice) in latest.items():
        entry = summary.setdefault(item_id, _empty_summary())
        entry[answer.value] += 1
        if note:
            entry["notes"].append((member_id, note))
        if choice is not None:
            entry["choices"][choice] = entry["choices"].get(choice, 0) + 1
    return summary


def _empty_summary() -> ItemSummary:
    return {"yes": 0, "no": 0, "na": 0, "notes": [], "choices": {}}
