"""pytest suite for the thermostat controller."""
from unittest import mock

import pytest

from thermostat import Controller, Mode, SensorError


@pytest.fixture
def controller():
    sensor = mock.Mock()
    sensor.read.return_value = 19.5
    return Controller(sensor=sensor, target=21.0)


def test_heats_when_cold(controller):
    controller.step()
    assert controller.mode is Mode.HEATING


def test_sensor_error_bubbles(controller):
    controller.sensor.read.side_effect = SensorError("bus error")
    with pytest.raises(SensorError):
        controller.step(strict=True)
