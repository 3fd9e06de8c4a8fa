"""`quorum room host` (the secretary's vault serves a meeting) and `quorum room join` (a member
vault joins it). Both take commands as JSON lines on standard input and answer one JSON line
each on standard output, so a script (or a test) can drive a whole meeting; the first line
either prints is the join information or the room state.
"""

from __future__ import annotations

import json
import sys

from desktop.errors import QuorumError


def _secret(args) -> str:
    from desktop.secrets_input import read_secret

    return read_secret(args.passphrase_file, "QUORUM_PASSPHRASE", "vault passphrase")


def _say(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def _error(exc: QuorumError) -> dict:
    return {"ok": False, "error": exc.message, "code": getattr(exc, "code", "refused")}


def cmd_host(args) -> int:
    from desktop.lan import discovery
    from desktop.lan.host import MeetingHost
    from desktop.services import decisions, meetings, room
    from desktop.vault import Vault

    vault = Vault.open(args.vault, _secret(args))
    host = MeetingHost(vault, args.meeting, args.bind, args.port)
    info = host.start()
    advert = None
    if args.advertise:
        advert = discovery.advertise(info, args.bind)
    _say(
        {
            "ok": True,
            "address": info.address,
            "port": host.port,
            "fingerprint": info.fingerprint,
            "code": f"{info.address}:{host.port}/{info.fingerprint[:16]}",
        }
    )
    try:
        for line in sys.stdin:
            try:
                cmd = json.loads(line)
                op = cmd.get("op")
                if op == "quit":
                    break
                if op == "connections":
                    _say({"ok": True, "connections": [c.__dict__ for c in host.connections()]})
                    continue
                if op == "state":
                    _say({"ok": True, "state": room.room_state(vault, args.meeting, host.current_case)})
                    continue
                if op == "current":
                    host.set_current_case(cmd["case"])
                elif op == "check_in":  # a member without a device, at the host with their PIN
                    meetings.check_in(vault, args.meeting, cmd["member"], cmd["pin"])
                elif op == "declare":
                    meetings.declare(
                        vault,
                        args.meeting,
                        cmd["case"],
                        cmd["member"],
                        bool(cmd["conflict"]),
                        cmd.get("text", ""),
                        pin=cmd["pin"],
                    )
                elif op == "vote":
                    meetings.cast_vote(
                        vault, args.meeting, cmd["case"], cmd["member"], cmd["choice"], cmd["pin"]
                    )
                elif op == "not_voting":
                    meetings.record_not_voting(vault, args.meeting, cmd["case"], cmd["member"], cmd["reason"])
                elif op == "decide":
                    decisions.record_decision(
                        vault,
                        args.meeting,
                        cmd["case"],
                        cmd["member"],
                        cmd["pin"],
                        cmd["decision"],
                        reasons=cmd.get("reasons", ""),
                        conditions=cmd.get("conditions", ""),
                    )
                else:
                    _say({"ok": False, "error": f"unknown command {op!r}"})
                    continue
                host.changed()
                _say({"ok": True})
            except QuorumError as exc:
                _say(_error(exc))
            except (ValueError, KeyError, TypeError) as exc:
                _say({"ok": False, "error": f"bad command: {exc}"})
    finally:
        if advert is not None:
            advert.close()
        host.stop()
        vault.close()
    return 0


def cmd_join(args) -> int:
    from desktop.lan import discovery
    from desktop.lan.device import RoomDevice, parse_code
    from desktop.services.member_vault import open_member_vault

    vault = open_member_vault(args.vault, _secret(args))
    try:
        if args.code:
            address, port, fingerprint = parse_code(args.code)
        else:
            found = discovery.browse(args.browse_timeout)
            if not found:
                _say({"ok": False, "error": "no meeting found on the network"})
                return 2
            address, port, fingerprint = found[0].address, found[0].port, found[0].fingerprint
        device = RoomDevice(vault, address, port, fingerprint)
        try:
            state = device.connect()
        except QuorumError as exc:
            _say(_error(exc))
            return 2
        _say({"ok": True, "member": device.member_id, "state": state})
        for line in sys.stdin:
            try:
                cmd = json.loads(line)
                op = cmd.get("op")
                if op == "quit":
                    break
                if op == "state":
                    _say({"ok": True, "state": device.refresh(), "version": device.version})
                elif op == "check_in":
                    _say(device.check_in())
                elif op == "declare":
                    _say(device.declare(cmd["case"], bool(cmd["conflict"]), cmd.get("text", "")))
                elif op == "answer":
                    _say(device.answer(cmd["case"], cmd["answers"]))
                elif op == "vote":
                    _say(device.vote(cmd["case"], cmd["choice"]))
                elif op == "decide":  # the presiding chair signs the decision on this device
                    _say(
                        device.decide(
                            cmd["case"],
                            cmd["decision"],
                            cmd.get("conditions", ""),
                            cmd.get("reasons", ""),
                            cmd.get("follow_up_months"),
                        )
                    )
                elif op == "replay":  # sends exactly the bytes given (a test of the host's replay check)
                    answer, _ = device.request(
                        {"op": "submit", "statement": cmd["statement"], "signature": cmd["signature"]}
                    )
                    _say(answer)
                elif op == "sign_vote":  # signs without sending, for the replay test
                    signed = device.sign("vote", {"choice": cmd["choice"]}, cmd["case"])
                    _say(
                        {
                            "ok": True,
                            "statement": signed.statement.decode(),
                            "signature": __import__("desktop.signing").signing.b64(signed.signature),
                        }
                    )
                else:
                    _say({"ok": False, "error": f"unknown command {op!r}"})
            except QuorumError as exc:
                _say(_error(exc))
            except (ValueError, KeyError, TypeError) as exc:
                _say({"ok": False, "error": f"bad command: {exc}"})
        device.close()
    finally:
        vault.close()
    return 0


def register(sub, vault_cmd) -> None:
    room = sub.add_parser(
        "room", allow_abbrev=False, help="the meeting room on the local network"
    ).add_subparsers(dest="room_command", required=True)
    p = vault_cmd("host", cmd_host, "serve a meeting to members' devices (commands on stdin)", room)
    p.add_argument("--meeting", required=True)
    p.add_argument("--bind", required=True, help="the address of the room's network interface")
    p.add_argument("--port", type=int, default=0)
    p.add_argument(
        "--advertise", action="store_true", help="announce the meeting by DNS-SD on that interface"
    )
    p = vault_cmd("join", cmd_join, "join a meeting from a member vault (commands on stdin)", room)
    p.add_argument("--code", help="the join code the host shows (ADDRESS:PORT/FINGERPRINT)")
    p.add_argument("--browse-timeout", type=float, default=3.0)
