"""Crash reports and logs hold no case data."""

from __future__ import annotations

import gc
import logging
import sys
import warnings

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
    for handler in list(logger.handlers):  # an earlier command's handler: its file is open
        handler.close()
        logger.removeHandler(handler)
    applog.setup_logging()
    for i in range(200):
        logger.info("line %d with some padding to fill the file", i)
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)
    assert (tmp_path / "quorum.log.1").exists() and len(list(tmp_path.glob("quorum.log*"))) <= 6


def test_repeated_setup_keeps_one_handler_and_leaks_no_file(tmp_path, monkeypatch):
    logger = logging.getLogger("quorum")
    saved = list(logger.handlers)
    for handler in saved:
        logger.removeHandler(handler)
    monkeypatch.setenv("QUORUM_LOG_DIR", str(tmp_path / "a"))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for _ in range(5):  # as five cli.main() calls in one process do
                applog.setup_logging()
                logger.info("a line")
            monkeypatch.setenv("QUORUM_LOG_DIR", str(tmp_path / "b"))
            applog.setup_logging()  # another folder: the first file is closed, not leaked
            logger.info("a line")
            gc.collect()
        files = [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
        assert len(files) == 1 and files[0].baseFilename == str((tmp_path / "b" / "quorum.log").resolve())
        assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
        assert (tmp_path / "a" / "quorum.log").read_text("utf-8").count("a line") == 5
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        for handler in saved:
            logger.addHandler(handler)
