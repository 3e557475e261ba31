"""Hypothesis property tests for the parcel-weight rounding helpers."""
from hypothesis import given, strategies as st

from labels.weights import round_to_tier, tier_bounds

grams = st.integers(min_value=1, max_value=30_000)


@given(grams)
def test_round_up_never_lowers(weight):
    tier = round_to_tier(weight)
    assert (tier >= weight), f"tier {tier} below {weight}"


@given(grams)
def test_tier_bounds_are_ordered(weight):
    low, high = tier_bounds(weight)
    assert (
        low <= weight <= high
        and high - low <= 500
    ), "weight outside its tier"


@given(grams)
def test_bounds_shape(weight):
    assert tier_bounds(weight) == (tier_bounds(weight)[0], tier_bounds(weight)[1])
    assert (round_to_tier(weight) % 50, 0) in {(0, 0)}
