"""MicroPython main script for a plant-watering board."""
import machine
import sys
import time

PUMP = machine.Pin(15, machine.Pin.OUT)
SOIL = machine.ADC(26)
THRESHOLD = 30000


def water_if_dry():
    reading = SOIL.read_u16()
    if reading < THRESHOLD:
        print("soil is wet enough")
        return False
    PUMP.on()
    time.sleep(4)
    PUMP.off()
    return True


if not water_if_dry():
    sys.exit(0)
