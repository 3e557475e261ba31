from typing import overload


class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value


@overload
def to_fahrenheit(value: float) -> float: ...
@overload
def to_fahrenheit(value: Temperature) -> float: ...
def to_fahrenheit(value):
    celsius = value.celsius if isinstance(value, Temperature) else value
    return celsius * 9 / 5 + 32


def describe(temp):
    return f"{temp.celsius:.1f} C"


legacy_describe = describe


def describe(temp):
    return f"{temp.celsius:.1f} C / {to_fahrenheit(temp):.1f} F"
