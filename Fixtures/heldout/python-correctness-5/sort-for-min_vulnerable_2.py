"""shapely: find the nearest bike dock to each rider."""
from shapely.geometry import Point


class DockFinder:
    def __init__(self, docks):
        self.docks = {name: Point(lon, lat) for name, lon, lat in docks}

    def distances(self, lon, lat):
        rider = Point(lon, lat)
        return [(rider.distance(point), name) for name, point in self.docks.items()]

    def nearest(self, lon, lat):
        return sorted(self.distances(lon, lat))[0][1]  # expect: sort-for-min

    def farthest(self, lon, lat):
        return sorted(self.distances(lon, lat), reverse=True)[0][1]  # expect: sort-for-min
