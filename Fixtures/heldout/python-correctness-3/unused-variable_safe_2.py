import csv
from contextlib import suppress


def read_temperatures(path):
    readings = {}
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        for station, _date, value in reader:
            with suppress(ValueError):
                readings.setdefault(station, []).append(float(value))
    return readings


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


def averages(readings):
    result = {}
    for station, values in readings.items():
        mean = sum(values) / len(values)
        result[station] = round(mean, 1)
    return result
