"""Shapely helpers for the delivery app: nearest depots and longest route leg."""
import heapq

from shapely.geometry import LineString, Point


def nearest_depot(address: Point, depots):
    return min(depots, key=lambda depot: depot.location.distance(address))


def three_nearest(address: Point, depots):
    return heapq.nsmallest(3, depots, key=lambda depot: depot.location.distance(address))


def longest_leg(route: LineString):
    coords = list(route.coords)
    return max((LineString([a, b]) for a, b in zip(coords, coords[1:])), key=lambda leg: leg.length, default=None)
