"""The translations stay in step with the code and Simplified Chinese is complete."""

import re
import shutil

import pytest
from PySide6.QtCore import QTranslator

from tools import translations as pipeline

ZH_TS = pipeline.TRANSLATIONS / "quorum_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?\}")


@pytest.fixture(scope="module")
def fresh_zh(tmp_path_factory):
    """The committed zh_CN catalogue merged with what the code says today (as the tool would)."""
    ts = tmp_path_factory.mktemp("ts") / "quorum_zh_CN.ts"
    shutil.copy(ZH_TS, ts)
    pipeline.lupdate(ts, "zh_CN")
    return ts


def test_every_error_template_is_in_the_generated_catalogue():
    assert pipeline.CATALOGUE.read_text("utf-8") == pipeline.catalogue_source(pipeline.error_templates()), (
        "error messages changed: run `python tools/translations.py`"
    )


def test_catalogue_holds_every_message_of_the_code(fresh_zh):
    committed = set(pipeline.messages(ZH_TS))
    missing = sorted(set(pipeline.messages(fresh_zh)) - committed)
    assert not missing, f"run `python tools/translations.py`; not in the .ts: {missing[:10]}"


def test_every_chinese_message_is_translated(fresh_zh):
    missing = pipeline.unfinished(ts=fresh_zh)
    report = "\n".join(f"[{context}] {source}" for context, source in missing[:40])
    assert not missing, f"{len(missing)} zh_CN messages unfinished or empty:\n{report}"


def test_translations_keep_the_placeholders_of_their_source():
    wrong = [
        (context, source, text)
        for (context, source), text in pipeline.messages(ZH_TS).items()
        if text is not None and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert not wrong, wrong[:10]


def test_compiled_catalogues_match_their_sources(tmp_path):
    for language in pipeline.LANGUAGES:
        ts = pipeline.TRANSLATIONS / f"quorum_{language}.ts"
        pipeline.lrelease(ts, tmp_path / "fresh.qm")
        committed = ts.with_suffix(".qm").read_bytes()
        assert committed == (tmp_path / "fresh.qm").read_bytes(), f"recompile {ts.name}"


def test_chinese_catalogue_loads_and_translates(qapp):
    translator = QTranslator()
    assert translator.load(str(ZH_TS.with_suffix(".qm")))
    assert translator.translate("errors", "Wrong passphrase or recovery code.") == "口令或恢复码错误。"
    assert translator.translate("MainWindow", "Members") == "委员"
