"""Verdicts of a PDF signature check (kept apart so the UI can name them without pyHanko)."""

VALID, UNTRUSTED, TAMPERED, UNSIGNED = "VALID", "UNTRUSTED", "TAMPERED", "UNSIGNED"
