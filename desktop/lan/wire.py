"""Frames on the meeting channel: a 4-byte big-endian length, then one UTF-8 JSON object.

A frame longer than MAX_FRAME is refused before it is read (the connection is then closed: its
remaining bytes cannot be trusted to resynchronise); anything that is not a JSON object is
refused with a message and the connection stays open.
"""

from __future__ import annotations

import json
import struct

MAX_FRAME = 64 * 1024  # device to host: a signed checklist with every item's note fits many times
MAX_STATE = 4 * 1024 * 1024  # host to device: the room state, with the current case's checklist
HEADER = struct.Struct(">I")
PROTOCOL = "quorum.lan/1"


class FrameError(Exception):
    """A frame that cannot be read; ``fatal`` when the stream cannot continue."""

    def __init__(self, message: str, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


def encode(message: dict, limit: int = MAX_STATE) -> bytes:
    data = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(data) > limit:
        raise FrameError("message too large", fatal=False)
    return HEADER.pack(len(data)) + data


def frame_length(header: bytes, limit: int = MAX_FRAME) -> int:
    (length,) = HEADER.unpack(header)
    if length > limit:
        raise FrameError("frame too large", fatal=True)
    return length


def decode(data: bytes) -> dict:
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise FrameError("not JSON") from None
    if not isinstance(message, dict):
        raise FrameError("not a JSON object")
    return message


def refusal(template: str, params: dict | None = None, code: str = "refused", **extra) -> dict:
    """An error as the device shows it: the template (translated there) and its parameters."""
    params = params or {}
    try:
        message = template.format(**params)
    except (KeyError, IndexError, ValueError):
        message = template
    return {
        "ok": False,
        "code": code,
        "error": {"template": template, "params": params, "message": message},
        **extra,
    }
