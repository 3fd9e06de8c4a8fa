"""Review packets: the meeting's papers sealed to one member, and the member's signed work back.

``sealing`` holds the cryptography (HPKE, RFC 9180, for the per-packet key; AES-256-GCM chunks
for the bulk), ``statements`` the signed statements naming their algorithm, ``enrolment`` the
no-network enrolment files, ``packet``/``response`` the file formats. Nothing here touches a
vault; the services in ``desktop.services.packets`` (committee) and
``desktop.services.member_vault`` (member) do. Format: docs/packet-format.md.
"""
