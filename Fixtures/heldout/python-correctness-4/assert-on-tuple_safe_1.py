"""pytest suite for the lab's unit conversion helpers (units.py)."""
import math

import pytest

from labkit.units import celsius_to_kelvin, molar_mass


def test_freezing_point():
    kelvin = celsius_to_kelvin(0.0)
    assert math.isclose(kelvin, 273.15), "0 °C should be 273.15 K"


@pytest.mark.parametrize("formula, expected", [("H2O", 18.015), ("CO2", 44.009)])
def test_molar_mass(formula, expected):
    got = molar_mass(formula)
    assert (
        abs(got - expected) < 0.01
    ), f"{formula}: expected {expected}, got {got}"


def test_round_trip_pairs():
    pairs = [(c, celsius_to_kelvin(c)) for c in (-40.0, 0.0, 100.0)]
    assert pairs[0] == (-40.0, 233.15)
    assert (pairs[1][0], pairs[1][1]) in {(0.0, 273.15), (0.0, 273.150)}


def test_bad_formula():
    with pytest.raises(KeyError) as info:
        molar_mass("Xx9")
    assert info.value.args, ("message should name the element", info.value)
