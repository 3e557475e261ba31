"""A traffic light state machine for a model railway (Raspberry Pi GPIO)."""
import time

import RPi.GPIO as GPIO

PINS = {"red": 17, "amber": 27, "green": 22}
ORDER = ("red", "red+amber", "green", "amber")


class Signal:
    def __init__(self):
        self.state = "red"
        GPIO.setmode(GPIO.BCM)
        for pin in PINS.values():
            GPIO.setup(pin, GPIO.OUT)

    def show(self):
        lit = set(self.state.split("+"))
        for colour, pin in PINS.items():
            GPIO.output(pin, colour in lit)

    def advance(self):
        position = ORDER.index(self.state)
        self.state = ORDER[(position + 1) % len(ORDER)]
        self.show()

    def is_stop(self):
        return self.state != "green"


if __name__ == "__main__":
    signal = Signal()
    try:
        while True:
            signal.advance()
            time.sleep(3)
    finally:
        GPIO.cleanup()
