"""attrs models for a greenhouse sensor network."""
from __future__ import annotations

import attrs


@attrs.define
class Reading:
    sensor_id: str
    temperature: float
    humidity: float

    def __attrs_post_init__(self):
        assert (-40.0 <= self.temperature <= 85.0), "temperature out of sensor range"
        assert (
            0.0 <= self.humidity <= 100.0
            and self.sensor_id
        ), "humidity must be a percentage and the sensor named"


@attrs.define
class Zone:
    name: str
    bounds: tuple[float, float] = (15.0, 30.0)

    def check(self, reading: Reading) -> bool:
        low, high = self.bounds
        assert self.bounds == (low, high)
        return low <= reading.temperature <= high
