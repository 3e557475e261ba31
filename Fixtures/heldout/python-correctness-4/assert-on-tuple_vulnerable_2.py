"""attrs models for a greenhouse sensor network."""
from __future__ import annotations

import attrs


@attrs.define
class Reading:
    sensor_id: str
    temperature: float
    humidity: float

    def __attrs_post_init__(self):
        assert (-40.0 <= self.temperature <= 85.0, "temperature out of sensor range")  # expect: assert-on-tuple
        assert 0.0 <= self.humidity <= 100.0, "humidity must be a percentage"


@attrs.define
class Zone:
    name: str
    readings: list[Reading] = attrs.field(factory=list)

    def add(self, reading: Reading) -> None:
        assert (reading.sensor_id.startswith(self.name),  # expect: assert-on-tuple
                f"sensor {reading.sensor_id} does not belong to zone {self.name}")
        self.readings.append(reading)

    def average_temperature(self) -> float:
        if not self.readings:
            return float("nan")
        return sum(r.temperature for r in self.readings) / len(self.readings)
