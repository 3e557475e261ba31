"""MicroPython boot script for a plant-watering board (copied from a REPL session)."""
import machine
import time

PUMP = machine.Pin(15, machine.Pin.OUT)
SOIL = machine.ADC(26)
THRESHOLD = 30000

reading = SOIL.read_u16()
if reading < THRESHOLD:
    print("soil is wet enough")
    return  # expect: return-outside-function

PUMP.on()
time.sleep(4)
PUMP.off()
