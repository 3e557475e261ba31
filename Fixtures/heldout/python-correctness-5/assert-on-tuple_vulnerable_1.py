"""Hypothesis property tests for the shipping-label barcode encoder."""
from hypothesis import given, strategies as st

from labels.barcode import checksum, encode_code128, decode_code128

payloads = st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-", min_size=1, max_size=24)


@given(payloads)
def test_round_trip(payload):
    bars = encode_code128(payload)
    assert (decode_code128(bars) == payload, f"lost data for {payload!r}")  # expect: assert-on-tuple


@given(payloads)
def test_checksum_in_range(payload):
    value = checksum(payload)
    assert (  # expect: assert-on-tuple
        0 <= value < 103,
        "checksum must be a Code 128 symbol value",
    )


@given(st.lists(payloads, min_size=2, max_size=5))
def test_distinct_payloads_encode_differently(batch):
    encoded = {encode_code128(item) for item in batch}
    assert len(encoded) == len(set(batch))
