import sys

from pyowm import OWM


def forecast_points(owm, city):
    forecaster = owm.weather_manager().forecast_at_place(city, "3h")
    return [(w.reference_time("date"), w.temperature("celsius")["temp"]) for w in forecaster.forecast]


def coldest(points):
    points.sort(key=lambda p: p[1])  # expect: sort-for-min
    return points[0]


def warmest(points):
    return sorted(points, key=lambda p: p[1])[-1]  # expect: sort-for-min


def main(api_key, city):
    owm = OWM(api_key)
    points = forecast_points(owm, city)
    low_at, low = coldest(list(points))
    high_at, high = warmest(points)
    print(f"{city}: low {low:.1f} C at {low_at:%a %H:%M}, high {high:.1f} C at {high_at:%a %H:%M}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
