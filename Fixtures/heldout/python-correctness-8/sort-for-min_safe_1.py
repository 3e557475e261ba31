"""Visible passes of the space station over the club's observatory (PyEphem)."""
import heapq

import ephem


def upcoming_passes(tle, site: ephem.Observer, count: int = 6) -> list[dict]:
    station = ephem.readtle(*tle)
    passes = []
    for _ in range(count):
        rise, _azr, _peak, alt, setting, _azs = site.next_pass(station)
        passes.append({"rise": rise.datetime(), "peak": float(alt), "set": setting.datetime()})
        site.date = setting + ephem.minute
    return passes


def best_pass(passes):
    return max(passes, key=lambda p: p["peak"], default=None)


def three_highest(passes):
    return heapq.nlargest(3, passes, key=lambda p: p["peak"])


def schedule(passes):
    return sorted(passes, key=lambda p: p["rise"])
