"""Next visible pass of the space station over the club's observatory (PyEphem)."""
import ephem

OBSERVATORY = {"lat": "52.37", "lon": "4.89", "elevation": 12}


def upcoming_passes(tle: tuple[str, str, str], count: int = 6) -> list[dict]:
    station = ephem.readtle(*tle)
    site = ephem.Observer()
    site.lat, site.lon, site.elevation = OBSERVATORY["lat"], OBSERVATORY["lon"], OBSERVATORY["elevation"]
    passes = []
    for _ in range(count):
        rise, _azr, peak, alt, setting, _azs = site.next_pass(station)
        passes.append({"rise": rise.datetime(), "peak": float(alt), "set": setting.datetime(), "at": peak})
        site.date = setting + ephem.minute
    return passes


def best_pass(tle):
    passes = upcoming_passes(tle)
    return sorted(passes, key=lambda p: p["peak"], reverse=True)[0]  # expect: sort-for-min


def next_pass(tle):
    ordered = sorted(upcoming_passes(tle), key=lambda p: p["rise"])  # expect: sort-for-min
    return ordered[0]
