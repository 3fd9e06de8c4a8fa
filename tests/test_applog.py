"""Crash reports and logs hold no case data."""

from __future__ import annotations

import logging
import sys

from desktop import applog


def test_crash_report_has_no_message_or_values(tmp_path, monkeypatch):
    monkeypatch.setenv("QUORUM_LOG_DIR", str(tmp_path))
    secret_title = "新型降压药物临床研究"

    def fail(title):
        raise ValueError(f"cannot save {title}")

    try:
        fail(secret_title)
    except ValueError:
        path = applog.write_crash_report(*sys.exc_info())
    text = path.read_text("utf-8")
    assert "builtins.ValueError" in text and "in fail" in text
    assert secret_title not in text and "cannot save" not in text


def test_logs_rotate(tmp_path, monkeypatch):
    monkeypatch.setenv("QUORUM_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(applog, "LOG_BYTES", 2000)
    logger = logging.getLogger("quorum")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    applog.setup_logging()
    for i in range(200):
        logger.info("line %d with some padding to fill the file", i)
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)
    assert (tmp_path / "quorum.log.1").exists() and len(list(tmp_path.glob("quorum.log*"))) <= 6
