"""The Chinese catalogue says each of the committee's terms one way (resources/translations/
glossary.json): 项目 for a case, never 案件, and so on."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from desktop.resources import resource_path

# Placeholders, addresses, file names and command lines are not prose.
IGNORED = re.compile(r"\{[^}]*\}|https?://\S+|\b[\w-]+\.(?:db|json|pem|pdf)\b|`[^`]*`|--[\w-]+")


def _messages() -> list[tuple[str, str]]:
    root = ET.parse(resource_path("translations", "quorum_zh_CN.ts")).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        source = IGNORED.sub("", (message.find("source").text or "").replace("&", ""))
        found.append((source, translation.text or ""))
    return found


def _glossary() -> list[dict]:
    return json.loads(resource_path("translations", "glossary.json").read_text("utf-8"))["terms"]


def glossary_problems(messages: list[tuple[str, str]]) -> list[str]:
    problems = []
    for term in _glossary():
        flags = 0 if term.get("match_case") else re.IGNORECASE
        pattern = re.compile(rf"\b{re.escape(term['en'])}s?\b", flags)
        for source, translation in messages:
            for phrase in term.get("not_the_term", ()):  # "in a special case" is not a case
                source = re.sub(re.escape(phrase), "", source, flags=re.IGNORECASE)
            if pattern.search(source) and term["zh"] not in translation:
                problems.append(f"{term['en']} → {term['zh']}: {source!r} says {translation!r}")
            problems += [f"never {word}: {translation!r}" for word in term["never"] if word in translation]
    return problems


def test_every_term_is_said_one_way():
    assert glossary_problems(_messages()) == []


def test_the_check_catches_a_wrong_word():
    """A catalogue that says 案件 (as the outbox's column once did) fails the check."""
    found = glossary_problems([*_messages(), ("Case", "案件")])
    assert found == ["case → 项目: 'Case' says '案件'", "never 案件: '案件'"]
