"""The canonical-form check every bundle and statement passes: its fast serialisation writes
exactly what the json module writes, and it accepts a text exactly when it is the RFC 8785 form."""

from __future__ import annotations

import json

import orjson
import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import signing
from desktop.sync import shape
from desktop.sync.shape import BundleRejected

# JSON without floats, as bundles hold: any integer, any text (astral characters, control
# characters, lone surrogates as a JSON escape would give them), nested lists and objects.
TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=8)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=16,
)
OBJECTS = st.dictionaries(TEXT, VALUES, max_size=5)


def python_form(value: object) -> bytes | None:
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        return None


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_the_fast_serialisation_writes_what_the_json_module_writes(value):
    assert shape._sorted_compact(value) == python_form(value)


def verdict(data: bytes) -> object:
    try:
        return shape.parse_canonical(data)
    except BundleRejected as exc:
        return exc.code


@settings(max_examples=400, deadline=None)
@given(OBJECTS.filter(lambda o: python_form(o) is not None))
def test_the_rfc_8785_form_is_accepted_and_other_forms_refused(obj):
    try:
        canonical = rfc8785.dumps(obj)
    except Exception:  # integers beyond what RFC 8785 holds
        return
    assert verdict(canonical) == obj
    for other in (
        json.dumps(obj, ensure_ascii=False).encode("utf-8"),  # spaces after separators
        json.dumps(obj, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode(),  # escapes
        json.dumps(dict(reversed(obj.items())), ensure_ascii=False, separators=(",", ":")).encode(),
    ):
        if other != canonical:
            assert verdict(other) == "not_canonical"


@pytest.mark.parametrize(
    "data",
    [
        b'{"a":"\\ud800"}',  # a lone surrogate: no signer's canonical JSON holds one (it used to raise)
        b'{"a":NaN}',  # not JSON, and RFC 8785 has no NaN (it used to pass the fast path)
        b'{"a":1.0}',  # RFC 8785 writes 1
        b'{"b":1,"a":2}',
        b'{"a":"\\u00e9"}',
    ],
)
def test_non_canonical_texts_are_refused(data):
    assert verdict(data) == "not_canonical"


def test_canonical_texts_outside_the_fast_path_are_accepted():
    assert verdict('{"\U0001f600":1,"\ue000":2}'.encode()) == {"\U0001f600": 1, "\ue000": 2}  # UTF-16 order
    assert verdict(b'{"a":1.5}') == {"a": 1.5}


GOOD_HASH = "ab" * 32


@pytest.mark.parametrize(
    "head",
    [
        {"seq": True, "hash": GOOD_HASH},  # a boolean is not a sequence number
        {"seq": -1, "hash": GOOD_HASH},
        {"seq": 1.0, "hash": GOOD_HASH},
        {"seq": 1, "hash": GOOD_HASH.upper()},  # hex in lower case only
        {"seq": 1, "hash": GOOD_HASH[:-2]},
        {"seq": 1, "hash": GOOD_HASH + "\n"},
        {"seq": 1, "hash": " " + GOOD_HASH[1:]},
        {"seq": 1, "hash": GOOD_HASH, "extra": 0},
        {"seq": 1},
        [1, GOOD_HASH],
    ],
)
def test_malformed_audit_heads_are_refused(head):
    with pytest.raises(BundleRejected) as refused:
        shape.audit_head(head, "decision.audit_head")
    assert refused.value.code == "schema"


def test_a_well_formed_audit_head_is_accepted_as_it_is():
    head = {"seq": 12, "hash": GOOD_HASH}
    assert shape.audit_head(head, "decision.audit_head") is head
    assert shape.audit_head({"seq": 0, "hash": "0" * 64}, "x") == {"seq": 0, "hash": "0" * 64}


@pytest.mark.parametrize(
    "char", ["\ue000", "\uf000", "\U00010000", "\U00040000", "\U00080000", "\U000c0000", "\U00100000"]
)
def test_every_lead_byte_of_a_character_from_u_e000_up_is_seen(char):
    assert shape._has_high(f"abc{char}def".encode())


def test_characters_below_u_e000_are_not_high():
    assert not shape._has_high("审查 abc \ud7ff \u00e9".encode())


FLOATY = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=16,
)


def _texts(obj: dict) -> list[bytes]:
    """Several spellings of one object: canonical or not, with floats as each writer spells them."""
    out = [
        json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8", "replace"),
        json.dumps(obj, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode(),
        json.dumps(obj, ensure_ascii=False).encode("utf-8", "replace"),
    ]
    try:
        out.append(orjson.dumps(obj, option=orjson.OPT_SORT_KEYS))
    except orjson.JSONEncodeError:
        pass
    try:
        out.append(rfc8785.dumps(obj))
    except Exception:
        pass
    return out


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(TEXT, FLOATY, max_size=5))
def test_the_quick_path_accepts_only_what_the_full_check_accepts(obj):
    for data in _texts(obj):
        quick = shape._already_canonical(data)
        if quick is not None:
            assert shape._parse_checked(data, "bundle") == quick


@pytest.mark.parametrize(
    "data",
    [
        b'{"a":1e21}',
        b'{"a":1.0}',
        b'{"a":-0}',
        b'{"a":1,"a":1}',
    ],
)
def test_what_orjson_reads_back_alike_but_is_not_canonical_takes_the_full_check(data):
    assert shape._already_canonical(data) is None
    assert verdict(data) == "not_canonical"


def test_a_canonical_float_or_huge_integer_takes_the_full_check_and_is_accepted():
    assert shape._already_canonical(b'{"a":[0.5]}') is None
    assert verdict(b'{"a":[0.5]}') == {"a": [0.5]}
    assert shape._already_canonical(b'{"a":18446744073709551616}') is None  # orjson reads a float
    assert verdict(b'{"a":18446744073709551616}') == {"a": 2**64}


def test_plain_canonical_json_takes_the_quick_path():
    data = signing.canonical({"b": [1, {"c": None}], "a": "审查", "d": True, "e": -(2**63)})
    assert shape._already_canonical(data) == json.loads(data)
    assert verdict(data) == json.loads(data)


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ({"a": "1.5", "b": [1, None, True, {"c": "x"}]}, False),
        ({"a": 1.5}, True),
        ({"a": [1, [2, [{"b": -0.0}]]]}, True),
        ({"a": {"b": {"c": [[], {}, 2.5e30]}}}, True),
        ({}, False),
    ],
)
def test_a_float_anywhere_in_parsed_json_is_found(value, found):
    assert shape._has_float(value) is found


def test_floats_are_found_deeper_than_python_recursion_goes():
    floating: object = 0.5
    whole: object = 1
    for _ in range(5000):
        floating, whole = [floating], {"k": whole}
    assert shape._has_float({"a": floating}) is True
    assert shape._has_float({"a": whole}) is False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.dictionaries(TEXT, FLOATY, max_size=4), min_size=1, max_size=5), st.data())
def test_statements_read_together_give_what_each_read_alone_gives(objs, data):
    """canonical_bodies vouches for a text only when parse_canonical would accept it alone."""
    texts = []
    for obj in objs:
        spelling = data.draw(st.sampled_from(_texts(obj)))
        texts.append(spelling.decode("utf-8", "replace"))
    together = shape.canonical_bodies(texts)
    for text in texts:
        if text in together:
            assert verdict(text.encode("utf-8")) == together[text]


def test_one_statement_out_of_form_sends_every_one_to_its_own_check():
    good = [signing.canonical({"kind": "vote", "n": i}).decode() for i in range(3)]
    assert shape.canonical_bodies(good) == {t: json.loads(t) for t in good}
    for bad in ('{"kind": "vote"}', '{"a":1},{"b":2}', '{"a":1.0}', "", '{"a":1', "[1]"):
        assert shape.canonical_bodies([*good, bad]) == {}
