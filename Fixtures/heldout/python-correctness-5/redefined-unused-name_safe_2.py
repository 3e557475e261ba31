"""Falcon resources for a parking-garage occupancy API."""
import falcon

from garage.sensors import free_spaces, level_names

try:
    import orjson as json_lib
except ImportError:
    import json as json_lib


class OccupancyResource:
    def __init__(self):
        self._label = "spaces"

    @property
    def label(self):
        return self._label

    @label.setter
    def label(self, value):
        self._label = value

    def on_get(self, req, resp):
        resp.text = json_lib.dumps({"free": free_spaces(), "unit": self.label})

    def on_get_level(self, req, resp, level):
        if level not in level_names():
            raise falcon.HTTPNotFound()
        resp.media = {"level": level, "free": free_spaces(level)}


def format_free(count):
    return f"{count} spaces"


legacy_format_free = format_free


def format_free(count):
    return f"{count} free spaces" if count else "full"


app = falcon.App()
occupancy = OccupancyResource()
app.add_route("/occupancy", occupancy)
app.add_route("/occupancy/{level}", occupancy, suffix="level")
