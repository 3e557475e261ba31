"""pytest suite for the lab's unit conversion helpers (units.py)."""
import math

import pytest

from labkit.units import celsius_to_kelvin, molar_mass, pascal_to_atm


def test_freezing_point():
    kelvin = celsius_to_kelvin(0.0)
    assert (math.isclose(kelvin, 273.15), "0 °C should be 273.15 K")  # expect: assert-on-tuple


@pytest.mark.parametrize("formula, expected", [("H2O", 18.015), ("CO2", 44.009), ("NaCl", 58.44)])
def test_molar_mass(formula, expected):
    got = molar_mass(formula)
    assert (  # expect: assert-on-tuple
        abs(got - expected) < 0.01,
        f"{formula}: expected {expected}, got {got}",
    )


def test_standard_pressure():
    atm = pascal_to_atm(101_325)
    assert math.isclose(atm, 1.0), f"got {atm}"


def test_negative_kelvin_rejected():
    with pytest.raises(ValueError):
        celsius_to_kelvin(-300.0)


def test_round_trip():
    for celsius in (-40.0, 0.0, 36.6, 100.0):
        kelvin = celsius_to_kelvin(celsius)
        assert (kelvin - 273.15, celsius)  # expect: assert-on-tuple
