"""Unit conversions for the physics lab, with sanity checks."""


def celsius_to_kelvin(c):
    assert (c >= -273.15, "below absolute zero")  # expect: assert-on-tuple
    return c + 273.15


def speed(distance_m, time_s):
    assert (time_s > 0, f"time must be positive, got {time_s}")  # expect: assert-on-tuple
    return distance_m / time_s


def average(values):
    assert (  # expect: assert-on-tuple
        len(values) > 0,
        "need at least one value",
    )
    return sum(values) / len(values)


if __name__ == "__main__":
    print(celsius_to_kelvin(21.5))
    print(speed(100, 9.58))
    print(average([1.0, 2.0, 4.0]))
