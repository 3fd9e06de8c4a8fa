"""One family of domain errors with user-facing messages.

A message is a template plus parameters so the UI can translate the template
(`QCoreApplication.translate("errors", template)`) before formatting it.
"""

from __future__ import annotations


class QuorumError(Exception):
    """Base of every error a user may see; ``str()`` is a one-line message."""

    template: str = "Quorum could not complete the operation."

    def __init__(self, template: str | None = None, **params: object) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return self.template


class VaultError(QuorumError):
    """The vault cannot be opened, read or written."""


class WrongPassphrase(VaultError):
    template = "Wrong passphrase or recovery code."


class VaultLocked(VaultError):
    template = "The vault is open in another Quorum process (pid {pid})."


class VaultCorrupt(VaultError):
    template = "The vault database is damaged or is not a Quorum vault: {detail}"


class SchemaTooNew(VaultError):
    template = "This vault was written by a newer Quorum (schema {found}); upgrade Quorum to open it."


class DiskFull(VaultError):
    template = "The disk is full; nothing was saved."


class VaultBusy(VaultError):
    template = "The vault is busy with another task; nothing was saved. Try again in a moment."


class ValidationError(QuorumError):
    """Bad input; nothing was changed."""


class PermissionDenied(QuorumError):
    """The acting person may not do this."""


class RuleViolation(QuorumError):
    """The regulations (or the committee's stricter charter) forbid this."""


class NotFound(QuorumError):
    template = "{what} not found: {key}"


class SignatureError(QuorumError):
    """A signature is missing, malformed or does not verify."""


class WrongPin(SignatureError):
    template = "Wrong PIN for {member}."


class ChecklistError(QuorumError):
    """A checklist file is broken; the message names the file and the item."""


class PacketRefused(QuorumError):
    """A packet, response, enrolment file or revocation was refused; nothing changed."""

    template = "The file was refused; nothing changed."


class ConnectionProblem(QuorumError):
    """The registry cannot be reached; ``step`` names where it broke (lookup, proxy, proxy_auth,
    tls, registry, keys) and the message says what to ask IT for."""

    def __init__(self, template: str, step: str, **params: object) -> None:
        self.step = step
        super().__init__(template, **params)


class RoomRefused(ValidationError):
    """The meeting host refused a device's message or statement; nothing changed (desktop/lan)."""

    template = "The host refused the message; nothing changed."


class RoomError(QuorumError):
    """On a member's device: the host refused what it sent (the host's template and parameters)
    or cannot be reached. ``code`` is the host's refusal code (``duplicate`` for a replay)."""

    template = "The meeting host cannot be reached."

    def __init__(self, template: str | None = None, code: str = "refused", **params: object) -> None:
        self.code = code
        super().__init__(template, **params)


class HostUnreachable(RoomError):
    template = "The meeting host cannot be reached."
