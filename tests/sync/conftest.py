"""Sync fixtures: a private copy of the demo vault and a registry serving on 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.sync.harness import Registry, demo_copy, demo_source


@pytest.fixture
def demo() -> dict:
    return demo_source()


@pytest.fixture
def registry(tmp_path, demo):
    r = Registry(tmp_path / "registry")
    r.enrol(demo["keys_file"])
    yield r
    r.close()


@pytest.fixture
def demo_vault(tmp_path):
    """A private copy of the demo vault: three signed decisions waiting in the outbox."""
    with demo_copy(tmp_path) as v:
        yield v
