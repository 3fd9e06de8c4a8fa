"""The PySide6 user interface (screens talk to desktop.services only)."""

import sys

import PySide6

if sys.version_info < (3, 12) and PySide6.__version_info__ >= (6, 12):
    # PySide6 6.12's abi3 modules return None, True and False without a new reference, as
    # is right only where those objects are immortal (Python >= 3.12). On 3.11 every void
    # or bool call then drops a reference nobody took, and after a few thousand calls the
    # interpreter aborts with "deallocating None". Pin their counts out of reach.
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value = 1 << 60
