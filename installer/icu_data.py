"""A smaller ICU data library for the Linux bundle: the same ICU, with only the data Qt can reach.

Qt's Linux wheels link QtCore against ICU, whose data library (libicudataNN) carries every CLDR
locale, converter, dictionary and transliterator: 31 MB. QtCore calls only ICU case mapping,
collation (ucol_*), time-zone ids and display names (ucal_*) and charset converters (ucnv_*)
(its undefined ICU symbols, `nm -D --undefined-only libQt6Core.so.6`). ICU documents trimming its
data to what an application needs ("ICU Data Build Tool", https://unicode-org.github.io/icu/userguide/icu_data/buildtool.html);
this does the same on the built package: keep the root, English and Chinese locales, every
non-locale table (time zones, likely subtags, plurals, normalisation, collation base), and the
Chinese, Windows and ISO-8859 converters; drop other locales, break-iterator dictionaries,
transliterators and mainframe code pages. A locale whose data is gone falls back to root in ICU,
as for any locale CLDR does not cover.

The package format is ICU's "common data" (udata.cpp, icupkg's package.cpp): a data header, then
a table of contents (count, then name and data offsets from the table's start, sorted by name),
the names, and the items, each 16-byte aligned.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
# yue: zh_Hant_HK's number spell-out rules point at Cantonese.
KEEP_LOCALES = ("root", "en", "zh", "yue")
# GB18030, GBK (ibm-1386), GB2312 (ibm-1383), Big5 and Big5-HKSCS (windows-950, ibm-950, ibm-1373,
# ibm-1375, ibm-5471), EUC-TW, Shift-JIS (ibm-943), EUC-JP, EUC-KR (ibm-970), the Windows code pages
# (windows-125x are ibm-5346..5354) and ISO-8859: what files in a Chinese hospital may be written in.
KEEP_CONVERTERS = re.compile(
    r"^(gb18030|windows-|iso-8859|euc-|ibm-(1383|1386|1373|1375|5471|950|964|943|949|1363|970|53(4[6-9]|5[0-4])"
    r"|91[2-6]|920|923|1089|813|437|850|852|866)_)"
)


def keep(name: str) -> bool:
    """Whether the item ``name`` (e.g. ``icudt73l/coll/zh.res``) stays in the trimmed data."""
    item = name.split("/", 1)[1]
    folder, _, base = item.rpartition("/")
    if folder == "translit" or base.endswith(".dict"):
        return False
    if base.endswith(".cnv"):
        return bool(KEEP_CONVERTERS.match(base))
    if LOCALE.match(base) and base != "res_index.res":  # each tree's list of its locales
        locale = base[: -len(".res")]
        return locale in KEEP_LOCALES or locale.startswith(tuple(f"{lang}_" for lang in KEEP_LOCALES))
    return True


def items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, data) items of a common-data package."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD" or package[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in toc[1:]] + [len(package) - header_size]
    found = []
    for (name_at, data_at), end in zip(toc, ends, strict=True):
        name_end = package.index(b"\0", header_size + name_at)
        name = package[header_size + name_at : name_end].decode("ascii")
        found.append((name, package[header_size + data_at : header_size + end]))
    return package[:header_size], found


def pack(header: bytes, entries: list[tuple[str, bytes]]) -> bytes:
    """A common-data package of ``entries`` (kept in their sorted order) under ``header``."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in entries)
    toc_size = 4 + 8 * len(entries)
    data_start = -(-(toc_size + len(names) + len(header)) // 16) * 16 - len(header)
    name_offsets, data_offsets, blobs = [], [], bytearray()
    name_at = toc_size
    for name, blob in entries:
        name_offsets.append(name_at)
        name_at += len(name) + 1
        data_offsets.append(data_start + len(blobs))
        blobs += blob + b"\0" * (-len(blob) % 16)
    toc = struct.pack("<I", len(entries)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    body = toc + names
    return header + body + b"\0" * (data_start - len(body)) + bytes(blobs)


def _symbol(elf: bytes, prefix: bytes) -> tuple[str, bytes]:
    """The name and bytes of the first dynamic symbol starting with ``prefix`` in a 64-bit ELF."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a little-endian 64-bit ELF file")
    shoff, shentsize, shnum = struct.unpack_from("<Q", elf, 0x28)[0], *struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for at in range(dynsym[4], dynsym[4] + dynsym[5], 24):
        st_name, _info, _other, _shndx, value, size = struct.unpack_from("<IBBHQQ", elf, at)
        name = elf[strtab[4] + st_name : elf.index(b"\0", strtab[4] + st_name)]
        if name.startswith(prefix) and size:
            holder = next(s for s in sections if s[3] <= value < s[3] + s[5] and s[1] != 8)
            start = holder[4] + value - holder[3]
            return name.decode(), elf[start : start + size]
    raise ValueError(f"no symbol {prefix!r}")


def trimmed_library(library: Path, out_dir: Path) -> Path | None:
    """A copy of ICU's data ``library`` holding only what ``keep`` keeps, built in ``out_dir`` with
    the same soname and symbol; None when no C compiler is found (the full library ships then)."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    symbol, package = _symbol(library.read_bytes(), b"icudt")
    header, entries = items(package)
    data = out_dir / f"{symbol}.bin"
    out_dir.mkdir(parents=True, exist_ok=True)
    data.write_bytes(pack(header, [(name, blob) for name, blob in entries if keep(name)]))
    source = out_dir / f"{symbol}.S"
    source.write_text(
        f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n"
        f'.incbin "{data}"\n.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n'
    )
    out = out_dir / library.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(source)],
        check=True,
    )
    return out
