"""Unit conversions for the physics lab (fixed): condition, then message."""


def celsius_to_kelvin(c):
    assert c >= -273.15, "below absolute zero"
    return c + 273.15


def speed(distance_m, time_s):
    assert (time_s > 0), f"time must be positive, got {time_s}"
    return distance_m / time_s


def average(values):
    assert (
        len(values) > 0
    ), "need at least one value"
    return sum(values) / len(values)


def as_pair(value):
    assert isinstance(value, tuple) and len(value) == 2, "expected a pair"
    return value


if __name__ == "__main__":
    print(celsius_to_kelvin(21.5), speed(100, 9.58))
    print(average([1.0, 2.0, 4.0]), as_pair((1, 2)))
