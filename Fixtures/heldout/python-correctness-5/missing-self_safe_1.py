"""Home Assistant sensor platform for a rain barrel level gauge."""
from homeassistant.components.sensor import SensorEntity

from .gauge import read_level_cm

BARREL_HEIGHT_CM = 90


class RainBarrelSensor(SensorEntity):
    _attr_name = "Rain barrel"
    _attr_native_unit_of_measurement = "%"

    def __init__(self, host):
        self._host = host
        self._attr_native_value = None

    @staticmethod
    def percent(level_cm):
        return round(100 * min(level_cm, BARREL_HEIGHT_CM) / BARREL_HEIGHT_CM)

    @classmethod
    def from_config(cls, config):
        return cls(config["host"])

    @property
    def icon(self):
        return "mdi:water"

    def update(self):
        def clamp(value):
            return max(0, value)

        self._attr_native_value = self.percent(clamp(read_level_cm(self._host)))


def setup_platform(hass, config, add_entities, discovery_info=None):
    add_entities([RainBarrelSensor.from_config(config)])
