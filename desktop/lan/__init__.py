"""The meeting across the room: a host (the secretary's committee vault) and members' devices
(their member vaults) on the room's own network, with no internet.

``wire``: frames and messages; ``tls``: the mutually authenticated channel pinned to the
committee CA; ``host`` / ``device``: the two ends; ``discovery``: DNS-SD and the join code.
The host records through desktop.services.room. Protocol: docs/lan-meeting.md.
"""
