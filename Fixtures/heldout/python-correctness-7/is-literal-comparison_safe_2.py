"""gpiozero doorbell: the button's long press silences the chime at night."""
from signal import pause

from gpiozero import Button, Buzzer

button = Button(17, hold_time=2)
buzzer = Buzzer(27)


class Chime:
    def __init__(self, mode="day"):
        self.mode = mode

    def ring(self):
        if self.mode == "night" or buzzer.value == 1:
            return
        buzzer.beep(on_time=0.2, off_time=0.1, n=3)

    def toggle(self):
        self.mode = "day" if self.mode == "night" else "night"


chime = Chime()
button.when_pressed = chime.ring
button.when_held = chime.toggle
pause()
