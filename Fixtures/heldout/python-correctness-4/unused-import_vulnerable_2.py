"""pytest suite for the thermostat controller."""
import time  # expect: unused-import
from unittest import mock

import pytest

from thermostat import Controller, Mode, SensorError  # expect: unused-import


@pytest.fixture
def controller():
    sensor = mock.Mock()
    sensor.read.return_value = 19.5
    return Controller(sensor=sensor, target=21.0)


def test_heats_when_cold(controller):
    controller.step()
    assert controller.mode is Mode.HEATING


def test_idle_at_target(controller):
    controller.sensor.read.return_value = 21.0
    controller.step()
    assert controller.mode is Mode.IDLE


def test_fallback_on_sensor_failure(controller):
    import logging  # expect: unused-import

    controller.sensor.read.side_effect = OSError("bus error")
    controller.step()
    assert controller.mode is Mode.IDLE
