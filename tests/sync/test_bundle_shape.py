"""Malformed entries of a bundle are refused for their shape, before any digest or rule."""

from __future__ import annotations

import json

import pytest

from desktop import signing
from desktop.sync.keybook import BundleKeys
from desktop.sync.shape import BundleRejected
from desktop.sync.verify import verify_bundle
from tests.sync.harness import demo_source


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(has_conflict=0),  # a number is not true or false
        lambda d: d.update(has_conflict=None),
        lambda d: d.update(member=""),
        lambda d: d.update(member=7),
        lambda d: d.update(extra=True),
        lambda d: d.pop("has_conflict"),
    ],
)
def test_a_malformed_declaration_is_refused_for_its_shape(change):
    bundle = json.loads(demo_source()["bundles"][0])
    change(bundle["declarations"][1])
    data = signing.canonical(bundle)
    with pytest.raises(BundleRejected, match=r"declarations\[1\]") as refused:
        verify_bundle(data, BundleKeys(data))
    assert refused.value.code == "schema"


def test_a_declaration_that_is_not_an_object_is_refused():
    bundle = json.loads(demo_source()["bundles"][0])
    bundle["declarations"][0] = ["member", False]
    data = signing.canonical(bundle)
    with pytest.raises(BundleRejected, match=r"declarations\[0\]") as refused:
        verify_bundle(data, BundleKeys(data))
    assert refused.value.code == "schema"


def test_the_demo_bundle_verifies_as_it_is():
    data = demo_source()["bundles"][0]
    assert verify_bundle(data, BundleKeys(data)).decision_type
