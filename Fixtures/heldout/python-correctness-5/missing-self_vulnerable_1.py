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

    def percent(level_cm):  # expect: missing-self
        return round(100 * min(level_cm, BARREL_HEIGHT_CM) / BARREL_HEIGHT_CM)

    def update(self):
        level = read_level_cm(self._host)
        self._attr_native_value = RainBarrelSensor.percent(level)

    def icon_for():  # expect: missing-self
        return "mdi:water"


def setup_platform(hass, config, add_entities, discovery_info=None):
    add_entities([RainBarrelSensor(config["host"])])
