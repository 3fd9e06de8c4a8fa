"""Quorum: ethics review committees' meeting and record keeping, offline first."""

__version__ = "0.1.0"
