"""Falcon resources for a parking-garage occupancy API."""
import falcon

from garage.sensors import free_spaces, level_names


class OccupancyResource:
    def on_get(self, req, resp):
        resp.media = {"free": free_spaces()}

    def on_get_level(self, req, resp, level):
        resp.media = {"level": level, "free": free_spaces(level)}

    def on_get_level(self, req, resp, level):  # expect: redefined-unused-name
        if level not in level_names():
            raise falcon.HTTPNotFound()
        resp.media = {"level": level, "free": free_spaces(level)}


def format_free(count):
    return f"{count} spaces"


def format_free(count):  # expect: redefined-unused-name
    return f"{count} free spaces" if count else "full"


app = falcon.App()
occupancy = OccupancyResource()
app.add_route("/occupancy", occupancy)
app.add_route("/occupancy/{level}", occupancy, suffix="level")
