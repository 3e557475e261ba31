import sys

from pyowm import OWM


def forecast_points(owm, city):
    forecaster = owm.weather_manager().forecast_at_place(city, "3h")
    return [(w.reference_time("date"), w.temperature("celsius")["temp"]) for w in forecaster.forecast]


def coldest(points):
    return min(points, key=lambda p: p[1])


def warmest(points):
    return max(points, key=lambda p: p[1], default=None)


def main(api_key, city):
    owm = OWM(api_key)
    points = forecast_points(owm, city)
    low_at, low = coldest(points)
    high_at, high = warmest(points)
    print(f"{city}: low {low:.1f} C at {low_at:%a %H:%M}, high {high:.1f} C at {high_at:%a %H:%M}")
    for when, temp in sorted(points):
        print(f"  {when:%a %H:%M}  {temp:5.1f} C")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
