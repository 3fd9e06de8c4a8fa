"""The installer's trimmed ICU data (installer/icu_data.py): the package it writes is a well-formed
ICU common-data package, and Qt with it still sorts Chinese names by pinyin and names time zones
in Chinese, as with Qt's full ICU data."""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("icu_data", ROOT / "installer" / "icu_data.py")
icu_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_data)


def _qt_icu_data() -> Path:
    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "the Linux PySide6 wheels ship ICU next to QtCore"
    return found[0]


def test_repacked_package_has_the_same_items_sorted_and_aligned():
    symbol, package = icu_data._symbol(_qt_icu_data().read_bytes(), b"icudt")
    header, entries = icu_data.items(package)
    assert symbol.endswith("_dat") and len(entries) > 1000
    repacked = icu_data.pack(header, entries)
    assert len(repacked) == len(package)
    assert icu_data.items(repacked) == (header, entries)
    count = struct.unpack_from("<I", repacked, len(header))[0]
    offsets = [struct.unpack_from("<II", repacked, len(header) + 4 + 8 * i)[1] for i in range(count)]
    assert all((len(header) + offset) % 16 == 0 for offset in offsets)
    names = [name for name, _ in entries]
    assert names == sorted(names)  # ICU finds items by binary search


def test_keeps_chinese_english_and_shared_tables_and_drops_other_locales():
    prefix = "icudt73l/"
    kept = [
        "zh.res",
        "zh_Hans_CN.res",
        "en_GB.res",
        "root.res",
        "coll/zh.res",
        "coll/ucadata.icu",
        "zone/zh_Hant.res",
        "zoneinfo64.res",
        "metaZones.res",
        "likelySubtags.res",
        "pool.res",
        "coll/res_index.res",
        "cnvalias.icu",
        "gb18030.cnv",
        "windows-936-2000.cnv",
        "nfkc.nrm",
    ]
    dropped = [
        "fr.res",
        "de_AT.res",
        "coll/ja.res",
        "zone/ru.res",
        "brkitr/cjdict.dict",
        "translit/root.res",
        "ibm-37_P100-1995.cnv",
        "coll/de_.res",
    ]
    assert [name for name in kept if not icu_data.keep(prefix + name)] == []
    assert [name for name in dropped if icu_data.keep(prefix + name)] == []


QT_LOCALE_USE = """
from PySide6.QtCore import QCollator, QLocale, QTimeZone
names = ["周丽", "王建国", "赵敏", "陈静", "刘芳", "黄志强", "张伟", "杨磊", "李秀梅"]
print(" ".join(sorted(names, key=QCollator(QLocale("zh_CN")).sortKey)))
zone = QTimeZone(b"Asia/Shanghai")
print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("zh_CN")))
print(QLocale("tr_TR").toUpper("istanbul"))
"""


def _qt_says(preload: Path | None) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)  # same soname: QtCore's ICU then reads this data
    done = subprocess.run(
        [sys.executable, "-c", QT_LOCALE_USE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_qt_with_the_trimmed_data_sorts_by_pinyin_and_names_zones_in_chinese(tmp_path):
    library = icu_data.trimmed_library(_qt_icu_data(), tmp_path)
    assert library is not None, "a C compiler builds the data library (scripts/test installs gcc)"
    assert library.stat().st_size < _qt_icu_data().stat().st_size / 3
    # chen huang li liu wang yang zhang zhao zhou
    pinyin = "陈静 黄志强 李秀梅 刘芳 王建国 杨磊 张伟 赵敏 周丽"
    expected = [pinyin, "中国标准时间", "İSTANBUL"]
    assert _qt_says(None) == expected
    assert _qt_says(library) == expected
