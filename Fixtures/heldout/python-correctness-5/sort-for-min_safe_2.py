"""shapely: find the nearest bike dock to each rider and print the ranking."""
from shapely.geometry import Point


class DockFinder:
    def __init__(self, docks):
        self.docks = {name: Point(lon, lat) for name, lon, lat in docks}

    def distances(self, lon, lat):
        rider = Point(lon, lat)
        return [(rider.distance(point), name) for name, point in self.docks.items()]

    def nearest(self, lon, lat):
        return min(self.distances(lon, lat))[1]

    def ranking(self, lon, lat):
        ordered = sorted(self.distances(lon, lat))
        return [f"{place}. {name} ({dist:.4f})" for place, (dist, name) in enumerate(ordered, start=1)]

    def runner_up(self, lon, lat):
        ordered = sorted(self.distances(lon, lat))
        return ordered[1][1] if len(ordered) > 1 else None
