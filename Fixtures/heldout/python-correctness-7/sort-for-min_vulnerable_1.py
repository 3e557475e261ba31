"""Shapely helpers for the delivery app: nearest depot and longest route leg."""
from shapely.geometry import LineString, Point


def nearest_depot(address: Point, depots):
    return sorted(depots, key=lambda depot: depot.location.distance(address))[0]  # expect: sort-for-min


def longest_leg(route: LineString):
    coords = list(route.coords)
    legs = [LineString([a, b]) for a, b in zip(coords, coords[1:])]
    by_length = sorted(legs, key=lambda leg: leg.length)  # expect: sort-for-min
    return by_length[-1]
